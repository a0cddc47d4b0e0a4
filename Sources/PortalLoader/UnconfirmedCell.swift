import PortalModel

/// A cell `portal import` could not read for certain — a figure OCR was not sure of, or ink it read nothing from — is
/// written with its reading and a question mark (`"575?"`, or `"?"`), not left out: the operator confirms one cell
/// against the scan instead of typing the whole report. The loader reads it as the reading and fails the build
/// (`cell-unconfirmed`) until the mark is gone, so no figure is published unconfirmed.
public enum UnconfirmedCell {
    /// What a marked cell ends with.
    public static let mark: Character = "?"

    /// The cell's text in report.yaml for a reading (digits, or nothing).
    public static func text(reading: String) -> String {
        reading + String(mark)
    }

    /// The reading of a marked cell (`575` of `575?`, `""` of `?`), or nil for any other text. A full-width ？ typed by
    /// hand marks a cell too.
    static func reading(_ text: String) -> String? {
        guard let last = text.last, last == mark || last == "？" else { return nil }
        let reading = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        return reading.isEmpty || CellParser.isPlainDecimal(reading) ? reading : nil
    }
}
