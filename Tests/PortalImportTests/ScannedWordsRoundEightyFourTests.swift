import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Round eighty-four's scans: a figure's unit of count read as a word of its own in the ruled cell it shares with its row's
/// label, from the kept words of round eighty-one's V3 (`NAME-v3-scan.words.json`); the cells as printed (the oracle).
final class ScannedWordsRoundEightyFourTests: XCTestCase {
    /// 汉阴县 2023's table 二: OCR found no rule between 行政许可 and its figure, so both were read in one ruled cell (13).
    private func hanyinWithUnit(_ extra: [String] = []) throws -> [ScannedPages.Page] {
        var pages = try scannedPages("eighteen-hanyin-2023-flat-v3")
        let figure = pages[1].words[2]
        XCTAssertEqual([pages[1].words[1].text, figure.text], ["行政许可", "12"], "the words as OCR read them")
        XCTAssertEqual([pages[1].words[1].cell, figure.cell], [13, 13], "one ruled cell")
        var words: [WordBox] = []
        var right = figure.xMax
        for text in ["件"] + extra {
            var word = figure
            let width = text.allSatisfy(\.isNumber) ? figure.xMax - figure.xMin : figure.yMax - figure.yMin
            (word.text, word.xMin, word.xMax) = (text, right + 0.5, right + 0.5 + width)
            right = word.xMax + (text.allSatisfy(\.isNumber) ? 6 : 0)
            words.append(word)
        }
        pages[1].words.insert(contentsOf: words, at: 3)
        return pages
    }

    /// The cell as a text layer prints it, `行政许可  12件`, read by OCR as `12` and `件`: before, the row's line ended in
    /// the unit and table 二 was refused (`import-incomplete-table`, “row 第（五）项 行政许可 has no cells”). The cell's one
    /// figure joined to its unit reads as the figure, as `12件` does in a text layer: every cell as printed.
    func testAFiguresUnitInTheLabelsCellLeavesTheFigureTheRows() throws {
        let pages = try hanyinWithUnit()
        XCTAssertTrue(try XCTUnwrap(PDFWordBoxes(scanned: pages).pages[2]).joined().contains { $0.text == "12件" })
        try assertCellsAsPrinted("eighteen-hanyin-2023-flat-v3", year: 2023, printed: "eighteen-hanyin-2023-flat", pages: pages)
    }

    /// Two figures in the label's cell (`行政许可 12 件 3 件`): which is the row's cannot be told, so nothing is joined and
    /// the row is refused, its message naming the row, quoting its line and saying what ends it.
    func testTwoFiguresInTheLabelsCellAreRefusedNamingWhatWasFound() throws {
        let pages = try hanyinWithUnit(["3", "件"])
        let lines = try PDFExtractor.lines(ofScannedPages: pages, path: "hanyin.pdf").get()
        let forms = Array(FormLoader.builtInForms().forms.values)
        let result = ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: lines), forms: forms, year: 2023, path: "hanyin.pdf")
        guard case .failure(let failure) = result else { return XCTFail("written: \(result)") }
        let refusal = try XCTUnwrap(failure.diagnostics.first { $0.message.contains("行政许可 has no cells") }, "\(failure.diagnostics.map(\.message))")
        XCTAssertEqual(refusal.rule, Rule.importIncompleteTable.id)
        XCTAssertTrue(refusal.message.contains("12 件 3 件”)"), refusal.message)
        XCTAssertTrue(refusal.message.hasSuffix("its figure “3” is followed by “件”, where a row's cells end its line"), refusal.message)
    }

    /// Only a cell's one sure figure with a unit right after it on its line: not two figures, not an unsure one, not a unit
    /// a line below or far off, and never 元.
    func testOnlyACellsOneFigureIsJoinedToItsUnit() {
        let word = { (text: String, left: Double, right: Double, top: Double, cell: Int?) in
            WordBox(text: text, xMin: left, xMax: right, yMin: top, yMax: top + 10, cell: cell)
        }
        let joined = ScannedFigureUnits.joined([
            word("行政许可", 0, 40, 0, 1), word("125", 60, 75, 0, 1), word("件", 76, 86, 0, 1),
            word("3", 100, 105, 0, 2), word("件", 106, 116, 0, 2), word("5", 130, 135, 0, 2), word("件", 136, 146, 0, 2),
            word("7⁇", 160, 165, 0, 3), word("件", 166, 176, 0, 3),
            word("8", 200, 205, 0, 4), word("件", 200, 210, 12, 4),
            word("9", 230, 235, 0, 5), word("件", 260, 270, 0, 5),
            word("54.5", 300, 320, 0, 6), word("万元", 321, 341, 0, 6),
            word("4", 360, 365, 0, 7), word("元", 366, 376, 0, 7),
            word("6", 400, 405, 0, nil), word("件", 406, 416, 0, nil),
        ]).map(\.text)
        XCTAssertEqual(joined, ["行政许可", "125件", "3", "件", "5", "件", "7⁇", "件", "8", "件", "9", "件", "54.5万元", "4", "元", "6", "件"])
    }
}
