import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Table 四's column headings printed a character a line in narrow cells (结/果/维/持), one character misread by OCR:
/// the row's blanks could not be placed, and a row printing 12 figures for 15 columns was refused (round eighty-seven's
/// Left 1). Each heading is now read down its column with one character misread or lost
/// (`ColumnPositions.columns(fromStackedHeadings:lines:)`), from the words OCR read (round eighty-five's V4 and V5).
final class StackedHeadingsTests: XCTestCase {
    /// 汉阴县 2023 at 150 dpi: 行政诉讼's 其他结果 read `于他结果` and `过他结果`, its first 尚未审结 `沿未审结`. Before: refused,
    /// “table 四 … holds 12 cells”. After: every cell of every table as printed, table 四's three blanks in their columns.
    func testHeadingsWithACharacterMisreadPlaceTheRowsBlanks() throws {
        let pages = try scannedPages("eighteen-hanyin-2023-flat-v4")
        let table = pages[3].words.filter { $0.cell.map { (151...167).contains($0) } == true }.map(\.text)
        XCTAssertEqual(table.filter { ["于", "过", "沿"].contains($0) }.sorted(), ["于", "沿", "过"], "the words as OCR read them")
        try assertCellsAsPrinted("eighteen-hanyin-2023-flat-v4", year: 2023, printed: "eighteen-hanyin-2023-flat")
    }

    /// 高青县常家镇 2024 at 300 dpi: 未经复议直接起诉's 总计 read `名计`. Before: refused, “table 四 … holds 12 cells”. After:
    /// read, every cell as printed.
    func testATwoCharacterHeadingWithOneMisread() throws {
        let pages = try scannedPages("eighteen-changjia-2024-plain-v5")
        XCTAssertTrue(pages[2].words.contains { $0.text == "名" && $0.cell == 135 }, "the words as OCR read them")
        try assertCellsAsPrinted("eighteen-changjia-2024-plain-v5", year: 2024, printed: "eighteen-changjia-2024-plain-v3")
    }

    /// A column read bottom up: as printed, one character read as another, one lost (three characters and more); never
    /// two wrong, nor one character for two.
    func testAColumnReadsItsHeadingWithOneCharacterOff() {
        let reads = { (label: String, topDown: String) in ColumnPositions.reads(Array(label), bottomUp: Array(topDown).reversed()) }
        XCTAssertTrue(reads("尚未审结", "尚未审结"))
        XCTAssertTrue(reads("尚未审结", "沿未审结"))
        XCTAssertTrue(reads("尚未审结", "未审结"), "its first character lost")
        XCTAssertTrue(reads("尚未审结", "行沿未审结"), "a character above the heading's cell is another's")
        XCTAssertTrue(reads("总计", "名计"))
        XCTAssertFalse(reads("总计", "计"))
        XCTAssertFalse(reads("总计", "审结"))
        XCTAssertFalse(reads("其他结果", "结果"))
        XCTAssertFalse(reads("结果维持", "结果纠正"))
        XCTAssertFalse(reads("其他结果", "于他结困"))
    }

    /// Headings a character a line, nearest the row first: found with one misread; not with a heading two characters off.
    func testColumnsFromHeadingsReadDownTheirCells() {
        let labels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        func lines(_ headings: [String]) -> [[(text: String, centre: Double)]] {
            (0..<4).reversed().map { row in
                headings.enumerated().compactMap { column, heading in
                    let characters = Array(heading), top = 4 - characters.count
                    return row >= top ? (text: String(characters[row - top]), centre: 100 + 30 * Double(column) + Double(row % 2) * 0.5) : nil
                }
            }
        }
        XCTAssertNil(ColumnPositions.columns(fromHeadings: labels, lines: lines(["结果维持", "结果纠正", "于他结果", "沿未审结", "总计"])),
                     "the first characters alone")
        XCTAssertEqual(ColumnPositions.columns(fromStackedHeadings: labels, lines: lines(["结果维持", "结果纠正", "于他结果", "沿未审结", "名计"])),
                       [100.5, 130.5, 160.5, 190.5, 220.5], "where each column's bottom character stands")
        XCTAssertNil(ColumnPositions.columns(fromStackedHeadings: labels, lines: lines(["结果维持", "结果纠正", "于他结困", "尚未审结", "总计"])))
        XCTAssertNil(ColumnPositions.columns(fromStackedHeadings: labels, lines: lines(["结果维持", "结果纠正", "尚未审结", "总计"])), "a heading missing")
    }
}
