/// RFC 4180 CSV, UTF-8 with a byte-order mark so that spreadsheet programs
/// (Excel and WPS in particular) open Chinese text correctly.
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [[String]] = []

    public init(header: [String]) {
        self.header = header
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    public func serialized() -> String {
        var out = "\u{FEFF}"
        for row in [header] + rows {
            out += row.map(CSVTable.field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// Quotes when needed, and defuses text a spreadsheet would run as a
    /// formula (a leading =, + or @); numbers like -8 are left alone.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+@\t\r".contains(first) {
            value = "'" + value
        }
        if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
