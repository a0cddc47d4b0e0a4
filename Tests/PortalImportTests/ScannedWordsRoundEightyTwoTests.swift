import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Round eighty-two's scans: round eighty-one's new V3 (the reports' LibreOffice PDFs of seed 58 scanned 2–3° askew with
/// specks, `scanned-cells.py make … --skew 3 --noise`), as OCR read them on this machine (`NAME-v3-scan.words.json`), each
/// refused on main; their cells as printed (the made report's oracle).
final class ScannedWordsRoundEightyTwoTests: XCTestCase {
    /// 厦门市司法局 2024 (flat layout, 无 for nothing): a speck beside 三（四）2's first `无` read as its point (`无.`), so
    /// that cell was no mark and the row held 6 cells for 7 (`import-cell`, “法提供 无. 无 无 1 无 无 1”). A mark with a
    /// point beside it, alone in its ruled cell, is the mark.
    func testASpeckBesideACellsMarkIsNoPartOfIt() throws {
        let pages = try scannedPages("thirtyfive-xiamen-sfj-2024-flat-v3")
        XCTAssertTrue(pages[2].words.contains { $0.text == "无." && $0.cell != nil }, "the words as OCR read them")
        try assertCellsAsPrinted("thirtyfive-xiamen-sfj-2024-flat-v3", year: 2024, printed: "thirtyfive-xiamen-sfj-2024-flat")
    }

    /// 汉阴县 2023 (flat layout: blank cells blank): table 四's row prints 12 figures for 15 columns, placed by the columns'
    /// headings (their characters one under another). The heading 结果纠正 of 行政复议 was read with a speck as its point
    /// (`.结`), so no word began it; the columns were not found and the row was refused (“holds 12 cells”). A cell's word
    /// opening with a point before Chinese characters is those characters.
    func testASpeckBeforeAHeadingsCharacterIsNoPartOfIt() throws {
        let pages = try scannedPages("eighteen-hanyin-2023-flat-v3")
        XCTAssertTrue(pages[3].words.contains { $0.text == ".结" && $0.cell != nil }, "the words as OCR read them")
        try assertCellsAsPrinted("eighteen-hanyin-2023-flat-v3", year: 2023, printed: "eighteen-hanyin-2023-flat")
    }

    /// 高青县常家镇 2024 (plain layout): 三（六）1's label read `1 申请人…`, its list number's point lost, so the label's line
    /// printed a figure and the row, every cell blank as printed, was refused (“has no cells”). The number opening the
    /// label's ruled cell is the label's.
    func testAListNumberReadApartInItsLabelsCellIsTheLabels() throws {
        let pages = try scannedPages("eighteen-changjia-2024-plain-v3")
        XCTAssertTrue(pages[2].words.contains { $0.text == "1" && $0.cell == 107 }, "the words as OCR read them")
        try assertCellsAsPrinted("eighteen-changjia-2024-plain-v3", year: 2024, toConfirm: ["unavailableNotHeld": 0, "cases": 14])
    }

    /// 西安临潼旅游商贸开发区 2024 (plain layout): a speck in page 2's right margin (0.7 × 1.7 pt, in no ruled cell, on no
    /// printed line) read `6` opened a line of its own, a figure no row takes (`import-row-unplaced`). A speck on no line
    /// and in no cell is no print. Every other cell as printed, but two to confirm (ink read as nothing in 三（五）5, an
    /// unsure `1` in 四) and 三（四）2's 总计 read `7` for 2 (Tesseract's, sure of it: the checks' sum of the row names it).
    func testASpeckOnNoLineAndInNoCellIsNoFigure() throws {
        let name = "twenty-lintong-lskfq-2024-plain-v3"
        let pages = try scannedPages(name)
        XCTAssertTrue(pages[1].words.contains { $0.text == "6" && $0.cell == nil && $0.xMax - $0.xMin < 1 }, "the words as OCR read them")
        try assertCellsAsPrinted(name, year: 2024, misread: ["unavailableNeedsCreation": 6, "notProcessedConfirmation": 4],
                                 printed: "twenty-lintong-lskfq-2024-plain", toConfirm: ["carriedForward": 0])
        let lines = try XCTUnwrap(PDFWordBoxes(scanned: pages).pages[2])
        XCTAssertFalse(lines.contains { $0.map(\.text) == ["6"] }, "no line of the speck alone")
    }

    /// Only a mark alone in its cell with one point, or a point opening a cell's Chinese word: a figure's point is
    /// `ScannedPages.words`' to mark, and words outside cells or beside others are left as read.
    func testOnlyPointsWhereNoneCanBePrintedAreSettled() {
        let box = { (text: String, cell: Int?) in WordBox(text: text, xMin: 0, xMax: 20, yMin: 0, yMax: 10, cell: cell) }
        let settled = SpeckSizedInk.settlingPoints([box("无.", 1), box(".无", 2), box("-.", 3), box("—·", 4), box(".结", 5), box("、其他", 6)])
        XCTAssertEqual(settled.map(\.text), ["无", "无", "-", "—", "结", "其他"])
        XCTAssertEqual(settled.map(\.xMin), [0, 10, 0, 0, 10, 0], "the point's width off a Chinese word's box")
        XCTAssertEqual(settled.map(\.xMax), [10, 20, 20, 20, 20, 20])
        let kept = [box("无.", nil), box("0.", 7), box("无无", 8), box("无.", 9), box("1", 9), box(".5", 10), box("1.属于", 11), box(".", 12)]
        XCTAssertEqual(SpeckSizedInk.settlingPoints(kept).map(\.text), kept.map(\.text))
    }

    /// Digits opening a ruled cell right against its Chinese word, level with it, are the label's number; a figure in a
    /// cell of its own, one set apart or lower, a count of three digits, and words in no cell are left as read.
    func testOnlyANumberOpeningItsLabelsCellIsTheLabels() {
        let word = { (text: String, left: Double, right: Double, top: Double, cell: Int?) in
            WordBox(text: text, xMin: left, xMax: right, yMin: top, yMax: top + 10, cell: cell)
        }
        let joined = ScannedLabelNumbers.joined([word("1", 100, 104, 1, 1), word("申请人", 106, 136, 0, 1), word("无正当理", 100, 140, 15, 1)])
        XCTAssertEqual(joined.map(\.text), ["1申请人", "无正当理"])
        XCTAssertEqual(joined.first?.xMin, 100)
        for kept in [[word("1", 100, 104, 1, 1), word("申请人", 106, 136, 0, 2)],
                     [word("1", 100, 104, 1, 1), word("申请人", 120, 150, 0, 1)],
                     [word("1", 100, 104, 8, 1), word("申请人", 106, 136, 0, 1)],
                     [word("125", 100, 112, 1, 1), word("申请人", 114, 144, 0, 1)],
                     [word("1", 100, 104, 1, nil), word("申请人", 106, 136, 0, nil)]] {
            XCTAssertEqual(ScannedLabelNumbers.joined(kept).map(\.text), kept.map(\.text))
        }
    }
}
