import Foundation
@testable import PortalImport
import XCTest

/// Made reports whose tables hold varied figures (`CELLS=random real-formats.sh`, VARIANTS.md, "Round forty-five"),
/// through the format that read a cell wrong: every cell imported must be the cell printed (`varied-cells/NAME.cells.json`,
/// the figures and marks `make-real-formats.py` put into the tables).
final class VariedCellsTests: XCTestCase {
    /// The printed cells by row, as report.yaml keeps them (`12,345` as 12345, `0.00` as 0, `—` as `-`).
    private func printed(_ name: String) throws -> [String: [String]] {
        let data = try Data(contentsOf: ImportFixtures.own("varied-cells/\(name).cells.json"))
        return try JSONDecoder().decode([String: [String]].self, from: data).mapValues { cells in
            cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }
        }
    }

    private func assertCellsAsPrinted(_ file: String, report name: String, year: Int, line: UInt = #line) throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("varied-cells/\(file)"), agency: "varied")
        XCTAssertEqual(outcome.status, .written, "\(file): \(outcome.problems)", line: line)
        let report = try XCTUnwrap(site.report("varied", year), file, line: line)
        var imported: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { a, _ in a } }
        for (row, cells) in try printed(name).sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(imported[row], cells, "\(file): row \(row)", line: line)
        }
    }

    /// `行政许可            /`: a row of one column printing a mark for its nothing, a word apart from its label in the
    /// PDF's text (常家镇 2024, LibreOffice's PDF, read through its word boxes). Before: written blank, the mark lost.
    func testALoneMarkInARowOfOneColumnIsItsCell() throws {
        try assertCellsAsPrinted("eighteen-changjia-2024-plain-lo.pdf.bbox.html", report: "eighteen-changjia-2024-plain", year: 2024)
    }

    /// `1    1    1    1   /      1      5` under a wrapped label (沂源县 2023, 部分公开's row in LibreOffice's PDF): with its
    /// gaps taken out it reads 1111/15, which was taken for a page mark (`4/6`) and left out, so the row was written blank.
    func testFiguresWithASlashAmongThemAreNoPageMark() throws {
        try assertCellsAsPrinted("twentynine-yiyuan-2023-flat-lo.pdf.bbox.html", report: "twentynine-yiyuan-2023-flat", year: 2023)
        XCTAssertFalse(TextExtractor.isPageMark("1    1    1    1   /      1      5"))
        XCTAssertFalse(TextExtractor.isPageMark("12    /    5"))
        XCTAssertFalse(TextExtractor.isPageMark("  -     4     -"))
        for mark in ["4/6", "4 / 6", "-4-", "- 4 -", "－ 12 －", "—\u{3000}3\u{3000}—", "第 3 页"] { XCTAssertTrue(TextExtractor.isPageMark(mark), mark) }
    }

    /// `三、本年度 法提供   0  0  0  0  1  24  25` (蒋湖农场 2021, Chromium's print of the made page, `ZEROS=1`): row
    /// 2.没有现成信息需要另行制作's figures beside pieces of 三、本年度办理结果 and （四）无法提供, which the browser centres across
    /// the rows. Before: kept as a row of the agency's own and the national row written blank. Words each a piece of the
    /// form's labels name no such row (the print now imports every cell as printed; a text so is refused).
    func testWordsEachAPieceOfTheGroupsLabelsNameNoExtraRow() throws {
        let file = try edited("browser-copy.txt") { lines in
            let index = lines.firstIndex { $0.contains("本机关不掌握相关政府信息\t") } ?? 0
            lines.insert("三、本年度 法提供\t0\t0\t0\t0\t1\t24\t25", at: index + 1)
        }
        let outcome = try ImportSite().importFile(file, agency: "varied")
        XCTAssertEqual(outcome.status, .failed, "\(outcome.problems)")
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-row-extra" }, "\(outcome.problems)")
        // A label of the agency's own with a space in it is still one.
        let own = try edited("browser-copy.txt") { lines in
            let index = lines.firstIndex { $0.hasPrefix("行政规范性文件\t") } ?? 0
            lines.insert("其他 主动公开文件\t2\t0\t9", at: index + 1)
        }
        XCTAssertTrue(try ImportSite().importFile(own, agency: "varied").problems.contains { $0.rule == "import-row-extra" })
    }

    /// A lone `/` after a label is its cell, a lone 无 only a column's gap apart; after a sentence (情况：无) neither.
    func testALoneMarkAfterASentenceIsNoCell() {
        let line = { (text: String) in RegionLine(SourceLine(text: text, position: SourcePosition(line: 1))) }
        XCTAssertEqual(line("行政许可          /").cells, ["/"])
        XCTAssertEqual(line("行政许可 /").cells, ["/"])
        XCTAssertEqual(line("行政许可          无").cells, ["无"])
        XCTAssertNil(line("本年度行政复议 无").cells)
        XCTAssertNil(line("本年度行政复议情况： 无").cells)
        XCTAssertNil(line("本机关未收到申请。 无").cells)
    }
}
