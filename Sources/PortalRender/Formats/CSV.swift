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
        CSVTable.appendLine(header, to: &out)
        out += body
        return out
    }

    /// The data lines without the header: reports' lines are joined into
    /// agency, year and whole-portal files.
    public var body: String {
        var out = ""
        out.reserveCapacity(rows.count * 64)
        for row in rows { CSVTable.appendLine(row, to: &out) }
        return out
    }

    static func appendLine(_ row: [String], to out: inout String) {
        for (index, text) in row.enumerated() {
            if index > 0 { out += "," }
            appendField(text, to: &out)
        }
        out += "\r\n"
    }

    /// Quotes when needed, and defuses text a spreadsheet would run as a
    /// formula (a leading =, + or @); numbers like -8 are left alone.
    static func field(_ text: String) -> String {
        var out = ""
        appendField(text, to: &out)
        return out
    }

    static func appendField(_ text: String, to out: inout String) {
        let utf8 = text.utf8
        let formula = utf8.first.map { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "@")
            || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") } ?? false
        let quoted = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        if quoted { out += "\"" }
        if formula { out += "'" }
        out += quoted ? text.replacingOccurrences(of: "\"", with: "\"\"") : text
        if quoted { out += "\"" }
    }
}
