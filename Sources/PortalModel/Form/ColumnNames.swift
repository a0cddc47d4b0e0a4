extension FormBlock {
    /// A column's label, with the header group above it when the label
    /// alone is ambiguous (table 四 has three 结果维持 columns).
    public func columnName(_ id: String) -> String {
        guard let column = columns.first(where: { $0.id == id }) else { return id }
        let sameLabel = columns.filter { $0.label == column.label }.count
        guard sameLabel > 1, let group = group(ofColumn: id) else { return column.label }
        return "\(group) \(column.label)"
    }

    /// The label of the innermost header group above a column, if any.
    public func group(ofColumn id: String) -> String? {
        Self.group(of: id, in: header, parent: nil)
    }

    private static func group(of id: String, in nodes: [ColumnHeader], parent: String?) -> String? {
        for node in nodes {
            switch node {
            case .column(let column) where column.id == id: return parent
            case .column: continue
            case .group(let label, let children):
                if let found = group(of: id, in: children, parent: label) { return found }
            }
        }
        return nil
    }
}
