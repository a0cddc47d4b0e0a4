import PortalModel

extension Report {
    /// Every field of the report as text, cells with their lines and
    /// columns: two readings of one file compare equal when this does.
    public var everyField: String {
        var lines = ["\(agencySlug) \(year) \(formID) \(published ?? "-") \(location) \(formLocation) \(sourceDigest)"]
        lines.append("\(String(describing: source)) \(String(describing: blankCells)) \(acknowledgements) \(corrections.map(\.location))")
        for (id, text) in narratives.sorted(by: { $0.key < $1.key }) { lines.append("\(id) \(text.location) \(text.value)") }
        for table in tables.keys.sorted() {
            for (row, cells) in tables[table]!.sorted(by: { $0.key < $1.key }) {
                lines.append("\(table).\(row): " + cells.map { "\($0.value.display)@\($0.location)" }.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
