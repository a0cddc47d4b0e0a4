import PortalModel

/// A blank or "-" cell is kept as published, but it is a finding: no
/// identity that uses it can be verified. One warning per row.
enum BlankCellCheck {
    static func run(_ portal: Portal) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // A report that prints blanks for zeros has declared what they mean.
        let declared = portal
        var portal = portal
        portal.reports.removeAll { declared.blanksAreZeros($0) }
        TableReader.forEachRow(in: portal) { reader, block, row in
            let blanks = block.columns.enumerated().compactMap { index, column -> (String, Located<CellValue>)? in
                guard let cell = reader.cell(row: row.id, column: index), case .blank = cell.value else { return nil }
                return (reader.columnName(column.id, in: block), cell)
            }
            guard let first = blanks.first else { return }
            let list = blanks.map { name, cell in "\(name) “\(cell.value.display)”" }.joined(separator: ", ")
            problems.append(.warning("blank-cell", at: first.1.location,
                                     "\(row.ref) has \(blanks.count == 1 ? "a blank cell" : "\(blanks.count) blank cells") as published (\(list)); the identities that use \(blanks.count == 1 ? "it" : "them") cannot be verified",
                                     hint: "keep it blank if the report printed nothing; write the number if the report gives it"))
        }
        return problems
    }
}
