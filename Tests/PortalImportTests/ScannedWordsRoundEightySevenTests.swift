import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Round eighty-seven's scans: round eighty-five's V4 (150 dpi) and V5 (300 dpi), made from the same LibreOffice PDFs as
/// V3 (`scanned-cells.py make S OUT --dpi N`), as OCR read them on this machine (`NAME-v4-scan.words.json`,
/// `NAME-v5-scan.words.json`). A table 三 row printed blank was refused “has no cells”: its label's list number, its point
/// lost, read a word apart from the label, farther than half a character.
final class ScannedWordsRoundEightySevenTests: XCTestCase {
    private let forms = Array(FormLoader.builtInForms().forms.values)

    private func refusals(_ name: String, year: Int) throws -> [String] {
        let lines = try PDFExtractor.lines(ofScannedPages: scannedPages(name), path: name).get()
        let result = ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: lines), forms: forms, year: year, path: name)
        // Written since table 四's headings are read down their cells (`StackedHeadingsTests`): no refusal at all.
        guard case .failure(let failure) = result else { return [] }
        return failure.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    /// 高青县常家镇 2024 at 300 dpi: 三（五）5's label read `5` and `要求行…` 7 pt apart (its characters 9.8 pt high), the
    /// point lost and its place left. Before: “三（五）5 … has no cells (page 3, line 102: “5 要求行”)”. After: the row is
    /// read blank, as printed (table 四's row, refused then, is read since session 53: `StackedHeadingsTests`).
    func testAListNumberALostPointApartFromItsLabelIsTheLabels() throws {
        let pages = try scannedPages("eighteen-changjia-2024-plain-v5")
        XCTAssertTrue(pages[2].words.contains { $0.text == "5" && $0.cell == 105 }, "the words as OCR read them")
        let lines = try PDFExtractor.lines(ofScannedPages: pages, path: "changjia.pdf").get()
        XCTAssertTrue(lines.contains { $0.text == "5要求行" }, "\(lines.map(\.text).filter { $0.contains("要求行") })")
        let refused = try refusals("eighteen-changjia-2024-plain-v5", year: 2024)
        XCTAssertFalse(refused.contains { $0.contains("三（五）5") }, "\(refused)")
    }

    /// 汉阴县 2023 at 150 dpi: 三（三）7's label read `7` and `,属于行…` (the point read as a comma), and 三（五）4's `4` and
    /// `,无正当…`; the comma is taken off the label's box (`SpeckSizedInk.settlingPoints`), which leaves the number 5.5 pt
    /// from its label. Before: both rows “has no cells” (“7 属于行”, “予处理 4 无正当”). After: read blank, as printed.
    func testAListNumberWhosePointWasReadAsACommaIsTheLabels() throws {
        let pages = try scannedPages("eighteen-hanyin-2023-flat-v4")
        XCTAssertTrue(pages[2].words.contains { $0.text == ",属于行" && $0.cell == 81 }, "the words as OCR read them")
        let refused = try refusals("eighteen-hanyin-2023-flat-v4", year: 2023)
        XCTAssertFalse(refused.contains { $0.contains("三（三）7") || $0.contains("三（五）4") }, "\(refused)")
    }

    /// Within a character's width: a number a point's place from its label is joined; one farther off stays a word.
    func testANumberIsItsLabelsWithinACharactersWidth() {
        let word = { (text: String, left: Double, right: Double) in WordBox(text: text, xMin: left, xMax: right, yMin: 0, yMax: 10, cell: 1) }
        XCTAssertEqual(ScannedLabelNumbers.joined([word("5", 100, 105), word("要求行", 112, 142)]).map(\.text), ["5要求行"], "before: apart")
        XCTAssertEqual(ScannedLabelNumbers.joined([word("5", 100, 105), word("要求行", 116, 146)]).map(\.text), ["5", "要求行"])
    }
}
