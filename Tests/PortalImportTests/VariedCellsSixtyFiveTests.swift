import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Round sixty-five (VARIANTS.md, "Round sixty-five"): the word boxes read alone (`pdftotext -bbox`, their layout text
/// made from them) lost a line of marks — `无`, printed 1 pt lower than the digits beside it, opened a printed line of
/// its own where the row's label starts half a line higher, and the row was written with blanks where `无` was printed.
final class VariedCellsSixtyFiveTests: XCTestCase {
    /// Every cell of the word boxes read alone, as printed.
    private func assertWordBoxesAloneAsPrinted(_ name: String, year: Int, line: UInt = #line) throws {
        let data = try Data(contentsOf: ImportFixtures.own("varied-cells/\(name)-lo.pdf.bbox.html"))
        let forms = Array(FormLoader.builtInForms().forms.values)
        let lines = try PDFExtractor.lines(ofWordBoxes: data, path: name).get()
        let report = try ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: forms, year: year, path: name).get()
        let imported = report.cells.values.reduce(into: [String: [String]]()) { all, rows in
            for (row, cells) in rows { all[row] = cells.map(\.display) }
        }
        for (row, cells) in try PrintedCells.of(name).sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(imported[row], cells, "\(name): row \(row)", line: line)
        }
    }

    /// 纪村 2023 (seed 58, flat layout): 二、上年结转政府信息公开申请 starts half a line above its cells, `541  1  542`
    /// within half a line of it, the four `无` 1 pt lower just beyond — a line of their own. Before: carriedOver written
    /// `[541, "", "", 1, "", "", 542]`, 28 `无` in six rows written blank (silent). The marks stand level with the row's figures in columns they leave
    /// free: the row's, every cell as printed (table 四's row two lines high, round sixty-four's, too).
    func testMarksSplitFromTheirRowsFiguresAreTheRows() throws {
        try assertWordBoxesAloneAsPrinted("nineteen-jicun-2023-flat", year: 2023)
    }

    /// 湛江海关 2023 (seed 58, flat layout): the marks' line holds the label's next line too (`数量  无  无  无  无`),
    /// and four more of table 三's rows split alike (三（三）1, 2, 三（四）1, 三（五）2). Before: 24 `无` in five rows written
    /// blank (silent). Every cell as printed.
    func testMarksSplitFromTheirRowWithTheLabelsNextLineAreTheRows() throws {
        try assertWordBoxesAloneAsPrinted("seventeen-zhanjiang-hg-2023-flat", year: 2023)
    }

    /// 资溪 农业农村局 2020 (seed 58, narrow layout): table 三's rows split alike (five rows' `无` written blank before,
    /// silent), and table 四's row two lines high (`1881` as `188` over `1`, marks between: round sixty-four's join,
    /// which the split cells' join leaves to it, `无` standing level with the row's figures). Every cell as printed.
    func testMarksSplitFromTheirRowsBesideARowTwoLinesHighAreTheRows() throws {
        try assertWordBoxesAloneAsPrinted("twentyseven-zixi-nyj-2020-narrow", year: 2020)
    }

    /// The rule on made boxes: cells level with the row's (within a fifth of a height) in columns it leaves free join it;
    /// a next row a line lower is its own; cells level with the row's but sharing a column, or only some of a line's
    /// cells level, or the row's own cells not level, are refused — never a row with blanks.
    func testSplitCellsJoinOnlyWhereTheBoxesTellForSure() {
        func word(_ text: String, _ left: Double, _ middle: Double) -> PDFWordBoxes.Word {
            PDFWordBoxes.Word(text: text, left: left, centre: left + Double(text.count) * 3.35, middle: middle, height: 13.65)
        }
        let row = [word("二、上年结转", 88.0, 455.45), word("1", 339.5, 462.05), word("1", 379.2, 462.05), word("2", 498.5, 462.05)]
        let marks = [word("无", 258.1, 463.05), word("无", 297.8, 463.05), word("数量", 151.0, 470.65)]
        guard case .success(let joined) = PDFWordBoxes.joiningSplitRowCells([row, marks]) else { return XCTFail("not joined") }
        XCTAssertEqual(joined.map { $0.map(\.text) }, [["二、上年结转", "无", "无", "1", "1", "2"], ["数量"]])
        // The next row, a line lower: its own.
        let next = [word("无", 258.1, 477.05), word("3", 339.5, 476.05)]
        guard case .success(let apart) = PDFWordBoxes.joiningSplitRowCells([row, next]) else { return XCTFail("refused") }
        XCTAssertEqual(apart.map { $0.map(\.text) }, [row.map(\.text), ["无", "3"]])
        // A mark level with the row's cells in a figure's column, or under the label.
        guard case .failure = PDFWordBoxes.joiningSplitRowCells([row, [word("无", 340.0, 463.05)]]),
              case .failure = PDFWordBoxes.joiningSplitRowCells([row, [word("无", 100.0, 463.05)]]) else { return XCTFail("joined") }
        // Some of the line's cells level with the row's, some not.
        guard case .failure = PDFWordBoxes.joiningSplitRowCells([row, [word("无", 258.1, 463.05), word("无", 297.8, 468.0)]]) else {
            return XCTFail("joined")
        }
        // The row's own cells not level with one another.
        let uneven = row + [word("7", 419.0, 456.0)]
        guard case .failure = PDFWordBoxes.joiningSplitRowCells([uneven, [word("无", 258.1, 463.05)]]) else { return XCTFail("joined") }
    }
}
