import Foundation

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
        String(decoding: bytes(), as: UTF8.self)
    }

    /// `serialized()` as a file's bytes, without making a String on the way
    /// (a report's CSV is written for every report of a build).
    public func serializedData() -> Data {
        Data(bytes())
    }

    /// Written as UTF-8 bytes: appending to an array is cheaper than to a
    /// String, which checks its capacity and flags on every small append.
    private func bytes() -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(rows.count * 64 + 256)
        CSVTable.appendLine(header, to: &out)
        for row in rows { CSVTable.appendLine(row, to: &out) }
        return out
    }

    static func appendLine(_ row: [String], to out: inout String) {
        var line: [UInt8] = []
        appendLine(row, to: &line)
        out += String(decoding: line, as: UTF8.self)
    }

    static func appendLine(_ row: [String], to out: inout [UInt8]) {
        for (index, text) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendField(text, to: &out)
        }
        out.append(UInt8(ascii: "\r"))
        out.append(UInt8(ascii: "\n"))
    }

    /// Quotes when needed, and defuses text a spreadsheet would run as a
    /// formula (a leading =, + or @); numbers like -8 are left alone.
    static func appendField(_ text: String, to out: inout [UInt8]) {
        // Most fields (ids, numbers, labels) need neither: look at the bytes
        // once, in place, and append them whole.
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, !startsFormula(first) else { return bytes.isEmpty }
            for byte in bytes where needsQuotes(byte) { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain == true { return }
        let utf8 = text.utf8
        let formula = utf8.first.map(startsFormula) ?? false
        let quoted = utf8.contains(where: needsQuotes)
        if quoted { out.append(UInt8(ascii: "\"")) }
        if formula { out.append(UInt8(ascii: "'")) }
        if quoted {
            // A quote inside a quoted field is doubled.
            for byte in utf8 {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(contentsOf: utf8)
        }
    }

    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "@")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
