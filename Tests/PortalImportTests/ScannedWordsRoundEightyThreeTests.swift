import Foundation
@testable import PortalImport
import XCTest

/// Round eighty-three's scans: a figure cell read as its figure and its unit (`3` + `件`), from the kept words of round
/// eighty-one's V3 (`NAME-v3-scan.words.json`); the cells as printed (the made report's oracle).
final class ScannedWordsRoundEightyThreeTests: XCTestCase {
    /// 汉阴县 2023 (flat layout), two figures printed with their unit as OCR reads such a cell — a figure beside a Chinese
    /// character is a word of its own (`ScannedPages.words`): `3` + `件` in 三（一）'s 法律服务机构 cell and in table 四.
    /// `ScannedLabelNumbers` joins one or two digits right against the first Chinese word of their ruled cell as a
    /// label's number; here the cell is the figure's, the join gives `3件`, and that is read as a cell prints it (a count
    /// with its unit, `CellText`): the figure 3 in its column, never a label's word, every other cell as printed.
    func testAFiguresUnitInItsCellLeavesTheFigureTheCells() throws {
        let name = "eighteen-hanyin-2023-flat-v3"
        var pages = try scannedPages(name)
        for (page, word) in [(1, 41), (3, 104)] {
            let figure = pages[page].words[word]
            XCTAssertEqual(figure.text, "3", "a figure, as OCR read it")
            var unit = figure
            (unit.text, unit.xMin, unit.xMax) = ("件", figure.xMax + 0.5, figure.xMax + 0.5 + (figure.yMax - figure.yMin))
            pages[page].words.insert(unit, at: word + 1)
        }
        XCTAssertTrue(try XCTUnwrap(PDFWordBoxes(scanned: pages).pages[2]).joined().contains { $0.text == "3件" })
        try assertCellsAsPrinted(name, year: 2023, printed: "eighteen-hanyin-2023-flat", pages: pages)
    }

    /// Digits before a unit of count in their ruled cell are joined to it as to a label's word, and the cell reads as the
    /// figure: no cell's figure is lost to a label.
    func testDigitsBeforeAUnitReadAsTheFigure() {
        let word = { (text: String, left: Double, right: Double) in WordBox(text: text, xMin: left, xMax: right, yMin: 0, yMax: 10, cell: 1) }
        for unit in ["件", "个", "次", "项", "条", "万元"] {
            let joined = ScannedLabelNumbers.joined([word("3", 100, 104), word(unit, 105, 105 + 10 * Double(unit.count))]).map(\.text)
            XCTAssertEqual(joined, ["3" + unit])
            XCTAssertEqual(joined.first.flatMap(CellText.value), .number(3), "3\(unit)")
        }
    }
}
