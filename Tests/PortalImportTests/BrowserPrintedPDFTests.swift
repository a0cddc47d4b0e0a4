import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Agencies often print their report's web page to PDF. A browser wraps a
/// table's narrow columns, so a row's label runs over several printed lines
/// and a cell whose text starts higher than its neighbours' breaks the row
/// in two in `pdftotext -layout` text. The fixtures are made by
/// `make-browser-pdfs.sh` (headless Chromium).
final class BrowserPrintedPDFTests: XCTestCase {
    /// The report page `portal build` makes of the reference report, printed
    /// with the browser's header (date, page title) and footer (address, 1/4):
    /// its title wrapped (…工作年 / 度报告), the footer at every page break,
    /// table 三's labels wrapped. The page's own furniture (年度, 格式, 质量信息)
    /// stays above the preamble: nothing in a PDF tells it from the report's text.
    func testThePrintedReportPageImportsAsTheWordFileDoes() throws {
        try ImportFixtures.requirePdftotext()
        let (_, report) = try assertSameReport(pdf: ImportFixtures.own("xiasha-2021-page-chromium.pdf"), word: ImportFixtures.own("xiasha-2021.docx"),
                                               year: 2021, sameNarratives: ["overview", "problems", "other"], furnitureAbovePreamble: true)
        XCTAssertFalse(report.narratives.values.contains { $0.value.contains("file://") || $0.value.contains("PM") })
    }

    /// A title a page's width wraps inside its words, under the site's name; a sentence of the preamble is no title.
    func testATitleWrappedInsideItsWordsIsOneTitle() {
        let lines = ["杭州市钱塘区人民政府下沙街道办事处", "杭州市钱塘区人民政府下沙街道办事处2021年政府信息公开工作年", "度报告",
                     "本年度报告中所列数据的统计期限从2021年1月1日到12月31日止。本年报的电子版可在"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        let title = ReportTitle(lines[...])
        XCTAssertEqual(title.year, 2021)
        XCTAssertEqual(title.agencyName, "杭州市钱塘区人民政府下沙街道办事处")
        XCTAssertEqual(title.line, 2)
        XCTAssertNil(ReportTitle([lines[3]][...]).line)
    }

    /// A page printed without a title above its preamble (兴华镇 2024's, made with `WIDTHS=1 make-real-formats.py`): the
    /// preamble's list of the report's parts, wrapped at the margin before 的事项, ends in 报告 with 信息公开 in it, and was
    /// taken for a title — the five lines above it lost from the preamble.
    func testAPreamblesListOfPartsWrappedAtTheMarginIsNoTitle() {
        let lines = ["为深入贯彻落实《中华人民共和国政府信息公开条例》(国务院令第711号,以", "下简称《条例》),积极响应国家关于政府信息公开的号召,提升政府工作的透明度和",
                     "公信力,兴华镇人民政府特此编制2024年度政府信息公开工作年度报告。本次年度", "报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政",
                     "府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告", "的事项等六个部分组成。所列数据统计时限为2024年1月1日至2024年12月31"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        XCTAssertNil(ReportTitle(lines[...]).line)
        // A report on 信息公开 titled without 年度报告 is still a title.
        let titled = ["示例县林业局关于政府信息公开工作情况的报告", "根据《中华人民共和国政府信息公开条例》规定，编制本报告。"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        XCTAssertEqual(ReportTitle(titled[...]).line, 0)
        // Nor is a line of a sentence going on after the report's words: 鄯善县 2022's print was filed as 乡镇人民政府's.
        let sentence = ["结合我县29个部门及11个", "乡镇人民政府信息公开工作年度报告有关统计数据编制完成", "《鄯善县2022年政府信息公开工作年度报告》。报告共分为"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        XCTAssertNotEqual(ReportTitle(sentence[...]).agencyName, "乡镇人民政府")
        XCTAssertNotEqual(ReportTitle(sentence[...]).line, 1)
        // A title's 年报告 (a year's 报告) is no 年报 going on.
        let yearly = ["示例县林业局政府信息公开工作2022年报告", "根据《中华人民共和国政府信息公开条例》规定，编制本报告。"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        XCTAssertEqual(ReportTitle(yearly[...]).line, 0)
        XCTAssertEqual(ReportTitle(yearly[...]).year, 2022)
    }

    /// A CMS page printed (`make-cms-page.py`): the browser's header on two lines (its date,
    /// then the page title's year wrapped alone: `2022`, no figure of table 二), every line a
    /// little right of the header (indents counted from the text's left edge), 发布日期 … 字体【大 中 小】
    /// under the title and 【打印本页】 and the site's footer after the report (not narratives; the
    /// publication date still read).
    func testAPrintedCMSPageImportsAsThePage() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, report) = try assertSameReport(pdf: ImportFixtures.own("variants/cms-page-chromium.pdf"),
                                                     word: ImportFixtures.own("variants/template-filled.html"), year: 2022,
                                                     sameNarratives: ["preamble", "overview", "problems", "other"])
        XCTAssertEqual(outcome.published, "2023-01-18")
        XCTAssertEqual(report.narratives["other"]?.value.contains("ICP"), false)
    }

    /// LibreOffice's HTML of the Word file, printed: rows split in two are
    /// joined by their word boxes; the rows the browser laid out past the
    /// page's edge (LibreOffice's `rowspan` headers push their last figures
    /// on top of each other: `0 0 002`) are refused, each naming its line.
    func testARowSplitOverPrintedLinesIsOneRowAndOverlappingFiguresAreRefused() throws {
        try ImportFixtures.requirePdftotext()
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("xiasha-2021-libreoffice-chromium.pdf"), agency: "printed", dryRun: true)
        XCTAssertEqual(outcome.status, .failed)
        let errors = outcome.problems.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.rule), ["import-cell", "import-cell", "import-cell"], "\(errors)")
        XCTAssertEqual(errors.map(\.location.line), [104, 108, 242])
        XCTAssertEqual(errors.map { $0.message.contains("printed against each other") }, [true, true, true])
        XCTAssertTrue(errors[0].message.contains("“002”"), errors[0].message)
    }

    /// `补正后 0` / `3.  0  0  0  0  0  0`: the word boxes print one line of seven figures.
    func testLayoutLinesHoldingOnePrintedLinesWordsAreJoined() throws {
        let xhtml = page([
            [("3.", 164, 91), ("补正后", 191, 89), ("0", 212, 90), ("0", 253, 90), ("0", 293, 90)],
            [("申请内容", 184, 103)],
        ])
        let lines = [
            SourceLine(text: "   补正后 0", position: SourcePosition(line: 7, page: 1)),
            SourceLine(text: "3.      0   0", position: SourcePosition(line: 8, page: 1)),
            SourceLine(text: "   申请内容", position: SourcePosition(line: 9, page: 1)),
        ]
        let placed = PDFWordBoxes(xhtml: xhtml).placing(lines)
        // The label as the layout printed it (the mapper finds 补正后申请内容仍不明确 without its number), the figures left to right.
        XCTAssertEqual(placed.map(\.text), ["补正后  3.  0  0  0", "   申请内容"])
        XCTAssertEqual(placed[0].position.line, 7)
        XCTAssertEqual(placed[0].figureCentres, [212, 253, 293])
        // Words the printed line does not hold: nothing is joined.
        var other = lines
        other[1].text = "4.      0   0"
        XCTAssertEqual(PDFWordBoxes(xhtml: xhtml).placing(other).map(\.text), other.map(\.text))
    }

    /// The filled-in template with every zero of tables 三 and 四 an empty cell, printed by a
    /// browser (`make-blank-prints.py`): no row is full, the cells are aligned left, the headings
    /// wrap a character a line (自 / 然 / 人, 总 / 计), rows of blanks print their label alone.
    func testBlankCellsOfAPrintedPageAreBlanksInTheirColumns() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, report) = try assertSameReport(pdf: ImportFixtures.own("variants/blanks-chromium.pdf"),
                                                     word: ImportFixtures.own("variants/blanks.html"), year: 2022, sameNarratives: [])
        XCTAssertEqual(outcome.blanksKept, 142)
        XCTAssertEqual(cellTexts(report, table: "applications")["carriedOver"], ["2", "", "", "", "", "1", "3"])
        XCTAssertEqual(cellTexts(report, table: "appeals").values.first, ["1", "", "", "1", "2", "1", "1", "", "", "2", "", "", "", "1", "1"])
    }

    /// Table 四 with blank cells in a Word table exported to PDF: its headings 结果维持 … 总计
    /// are printed three times, each column's in turn, left to right.
    func testTable4sRepeatedHeadingsPlaceItsFigures() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, _) = try assertSameReport(pdf: ImportFixtures.own("variants/appeals-blank.pdf"),
                                                word: ImportFixtures.own("variants/appeals-blank.docx"), year: 2022, sameNarratives: [])
        XCTAssertEqual(outcome.blanksKept, 7)
    }

    func testRepeatedHeadingsAreEachColumnsInTurn() {
        let outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        let labels = outcomes + outcomes + outcomes
        // The 行政诉讼 headings nearest the row, the 行政复议 ones printed a line higher (merged over two rows).
        func headings(_ count: Int, from left: Double) -> [(text: String, centre: Double)] {
            (0..<count).map { (text: outcomes[$0 % 5], centre: left + Double($0) * 30) }
        }
        let lines = [headings(10, from: 250), [(text: "行政诉讼", centre: 400)] + headings(5, from: 100)]
        let expected: [Double] = (0..<5).map { 100 + Double($0) * 30 } + (0..<10).map { 250 + Double($0) * 30 }
        XCTAssertEqual(ColumnPositions.columns(fromHeadings: labels, lines: lines), expected)
        // One heading short: no columns.
        XCTAssertNil(ColumnPositions.columns(fromHeadings: labels, lines: [Array(lines[0].dropLast()), lines[1]]))
    }

    func testDigitsStartingWithZeroAreNoFigure() {
        XCTAssertTrue(CellText.isGlued("002"))
        XCTAssertTrue(CellText.isGlued("00"))
        XCTAssertFalse(CellText.isGlued("0"))
        XCTAssertFalse(CellText.isGlued("0.5"))
        XCTAssertFalse(CellText.isGlued("20"))
        XCTAssertNil(CellText.value("002"))
        XCTAssertTrue(CellText.isCellToken("002"))
    }

    /// A page of `pdftotext -bbox-layout` words: text, horizontal centre, vertical middle (each 10 wide, 14 high).
    private func page(_ lines: [[(String, Double, Double)]]) -> Data {
        let words = lines.joined().map { text, centre, middle in
            #"<word xMin="\#(centre - 5)" yMin="\#(middle - 7)" xMax="\#(centre + 5)" yMax="\#(middle + 7)">\#(text)</word>"#
        }
        return Data(("<html><body><doc><page width=\"612\" height=\"792\"><flow><block><line>" + words.joined()
            + "</line></block></flow></page></doc></body></html>").utf8)
    }
}
