import Foundation
import PortalModel
import Yams

/// Turns one YAML scalar into a cell value. Numbers are read from their
/// text (never through Double), so 0.1 stays 0.1 and large counts stay exact.
enum CellParser {
    /// Marks that reports print instead of a number. They are kept as
    /// published: a blank is a finding, not a zero.
    static let blankMarks: Set<String> = ["", "-", "－", "—", "–", "/", "／", "\\", "无"]

    /// Counts beyond this are typos, not applications (and would lose
    /// precision in spreadsheets).
    static let maximumDigits = 12

    static func parse(_ node: Node, column: FormColumn, row: FormRow, location: SourceLocation, log: DiagnosticLog) -> CellValue? {
        guard let scalar = node.scalar else {
            log.error("yaml-type", at: location, "the cell \(row.ref) \(column.label) must be a single value, found \(node.kindDescription)")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if scalar.style == .plain, node.null != nil { return .blank("") }
        if blankMarks.contains(text) { return .blank(text) }
        guard text.range(of: #"^[+-]?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil,
              let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            log.error("cell-value", at: location, "the cell \(row.ref) \(column.label) holds “\(scalar.string)”, which is not a number",
                      hint: "write the number as published; a blank cell as \"\" or \"-\"")
            return nil
        }
        let integerDigits = text.drop { $0 == "+" || $0 == "-" }.prefix { $0 != "." }.drop { $0 == "0" }.count
        if integerDigits > maximumDigits {
            log.error("cell-value", at: location, "the cell \(row.ref) \(column.label) holds \(text), which is too large to be a real figure",
                      hint: "check for a missing separator or a pasted row")
            return nil
        }
        return .number(number)
    }
}
