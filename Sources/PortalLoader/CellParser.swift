import Foundation
import PortalModel

/// Turns one YAML scalar into a cell value. Numbers are read from their
/// text (never through Double), so 0.1 stays 0.1 and large counts stay exact.
enum CellParser {
    /// Marks that reports print instead of a number. They are kept as
    /// published: a blank is a finding, not a zero (無: 无 as a 繁體 mirror prints it).
    static let blankMarks: Set<String> = ["", "-", "－", "—", "–", "/", "／", "\\", "无", "無"]

    /// Counts beyond this are typos, not applications (and would lose
    /// precision in spreadsheets).
    static let maximumDigits = 12

    /// A cell as read: nearly always a whole number, kept as an `Int` (the
    /// model packs it without making a `Decimal`).
    enum Parsed {
        case whole(Int)
        case value(CellValue)
    }

    static func parse(_ node: YAMLNode, column: FormColumn, row: FormRow, location: SourceLocation, log: DiagnosticLog) -> Parsed? {
        guard let scalar = node.scalar else {
            log.error(.yamlType, at: location, "the cell \(row.ref) \(column.label) must be a single value, found \(node.kindDescription)")
            return nil
        }
        let text = trimmed(scalar.string)
        // Numbers first: nearly every cell is one, and no number is a null or a blank mark.
        let isNumber = isPlainDecimal(text)
        if !isNumber, node.isNull { return .value(.blank("")) }
        if !isNumber, blankMarks.contains(text) { return .value(.blank(text)) }
        // Whole numbers (nearly every cell) go through Int, which is exact and much cheaper than Decimal's parser.
        if isNumber, text.utf8.count <= maximumDigits, let whole = Int(text) { return .whole(whole) }
        if !isNumber, let reading = UnconfirmedCell.reading(text) {
            return unconfirmed(reading, text: text, column: column, row: row, location: location, log: log)
        }
        guard isNumber, let number = Decimal(string: text, locale: posix) else {
            log.error(.cellValue, at: location, "the cell \(row.ref) \(column.label) holds “\(scalar.string)”, which is not a number",
                      hint: "write the number as published; a blank cell as \"\" or \"-\"")
            return nil
        }
        // Bytes, not Characters: a plain decimal is ASCII, and this runs for every cell.
        let integerDigits = text.utf8.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
            .prefix { $0 != UInt8(ascii: ".") }.drop { $0 == UInt8(ascii: "0") }.count
        if integerDigits > maximumDigits {
            log.error(.cellValue, at: location, "the cell \(row.ref) \(column.label) holds \(text), which is too large to be a real figure",
                      hint: "check for a missing separator or a pasted row")
            return nil
        }
        return .value(.number(number))
    }

    /// A cell an import marked for confirmation: an error until the mark is gone, read as its reading meanwhile (so
    /// the checks say whether the reading fits the identities), or blank where OCR read nothing.
    private static func unconfirmed(_ reading: String, text: String, column: FormColumn, row: FormRow,
                                    location: SourceLocation, log: DiagnosticLog) -> Parsed {
        let read = reading.isEmpty ? "it read nothing from the ink there" : "it read \(reading), but was not sure of it"
        log.error(.cellUnconfirmed, at: location,
                  "the cell \(row.ref) \(column.label) holds “\(text)”: an import marked it for you to confirm (\(read))",
                  hint: "compare it with the published report (the file under source:) and write the figure as printed, without “?”; portal build stops until every marked cell is confirmed")
        guard !reading.isEmpty, let number = Decimal(string: reading, locale: posix) else { return .value(.blank("")) }
        return .value(.number(number))
    }

    /// Spaces around a cell's text are not part of it. Cells are short
    /// ASCII: only text that may start or end with a space goes through
    /// Foundation's trimming (which also knows 全角 spaces).
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first <= 0x20 || first >= 0x80 || last <= 0x20 || last >= 0x80 else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `[+-]?[0-9]+(\.[0-9]+)?`, checked by hand: this runs for every cell
    /// of every report.
    static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let whole = bytes.prefix(while: isDigit)
        guard !whole.isEmpty else { return false }
        bytes = bytes.dropFirst(whole.count)
        guard let dot = bytes.first else { return true }
        guard dot == UInt8(ascii: ".") else { return false }
        let fraction = bytes.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy(isDigit)
    }
}
