import PortalModel

/// Reads `blankCells: zero` (or `unknown`) from site.yaml or report.yaml.
enum BlankCellsReader {
    static func read(_ text: Located<String>, log: DiagnosticLog) -> BlankCells? {
        guard let value = BlankCells(rawValue: text.value) else {
            log.error(.yamlType, at: text.location, "“blankCells” must be zero or unknown, found “\(text.value)”",
                      hint: "blankCells: zero when the report prints blanks for zeros; unknown (the default) otherwise")
            return nil
        }
        return value
    }
}
