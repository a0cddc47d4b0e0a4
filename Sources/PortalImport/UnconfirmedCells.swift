import PortalLoader
import PortalModel

/// The cells of a scan OCR is not sure of (`CellText.unsureMark`): written with the reading and a question mark
/// (`UnconfirmedCell`), so the operator confirms a cell or two against the scan instead of typing ~200; `portal build`
/// stops (`cell-unconfirmed`) until each is confirmed. Past a few, the scan is too poor to trust its sure readings
/// either, and the report is refused as before.
enum UnconfirmedCells {
    /// The most cells a report is written with for confirmation.
    static let mostPerReport = 12

    /// The cell as written in report.yaml (an import-only mark in the report's cells: `"575?"`).
    static func value(_ unsure: String) -> CellValue {
        .blank(UnconfirmedCell.text(reading: CellText.unsureReading(unsure)?.reading ?? String(unsure.dropLast())))
    }

    static func isMarked(_ value: CellValue) -> Bool {
        if case .blank(let mark) = value { return mark.last == UnconfirmedCell.mark }
        return false
    }

    /// What the operator is told of one such cell.
    static func warning(_ unsure: String, cell: String, at location: SourceLocation, printed: String) -> Diagnostic {
        let (reading, shape) = CellText.unsureReading(unsure) ?? (String(unsure.dropLast()), nil)
        let read = if reading.isEmpty {
            "it read nothing from the ink there"
        } else if let shape {
            // Both figures, the reading written: a speck may make a 7's foot or a faint stroke open a 9's loop, so neither is sure.
            "it read “\(reading)”, but the ink's shape says “\(shape)” (\(DigitShapes.why(reading: reading, shapeSays: shape)))"
        } else {
            "it read “\(reading)”, but a second reading differed, its confidence was low, or the ink's shape denies a digit of it (a 9 with no loop, a 7 on a 2's foot)"
        }
        return .warning(.importUnconfirmed, at: location,
            "OCR is not sure of the cell \(cell) (\(printed)): \(read); written “\(UnconfirmedCell.text(reading: reading))” for you to confirm",
            hint: "compare it with the scan and write the figure as printed, without “?”: portal build stops until you do")
    }

    /// The report's diagnostics, with one error more where it holds more such cells than `mostPerReport`.
    static func limited(_ diagnostics: [Diagnostic], path: String) -> [Diagnostic] {
        let marked = diagnostics.filter { $0.rule == Rule.importUnconfirmed.id }
        guard marked.count > mostPerReport else { return diagnostics }
        return diagnostics + [.error(.importCell, at: SourceLocation(path: path, line: marked[0].location.line),
            "OCR is not sure of \(marked.count) cells of this report (the warnings above name them): more than \(mostPerReport), too many to confirm by hand, and the scan too poor to trust its other readings; nothing is written",
            hint: "scan the pages again (in grey, at 300 dpi, flat on the glass), or type the report by hand")]
    }
}
