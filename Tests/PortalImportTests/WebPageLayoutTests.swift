import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Web page shapes of the second round (VARIANTS.md): headings that are links, a
/// report paged over several pages, tables drawn with `<div>`s or laid out inside
/// other tables, and LibreOffice's export of a Word report.
final class WebPageLayoutTests: XCTestCase {
    private static let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                   "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]

    private func linked(_ heading: String) -> (String, String) {
        ("<p>\(heading)</p>", #"<p><a href="/zwgk/\#(heading.prefix(1)).html">\#(heading)</a></p>"#)
    }

    func testSectionHeadingsThatAreLinksAreKept() throws {
        // A CMS that links every heading: each line is all link, yet it is the report's.
        let file = try editedPage("template-filled.html", Self.headings.map(linked))
        let outcome = try assertImports(file, blanked: false)
        XCTAssertFalse(outcome.problems.contains { $0.severity == .error }, "\(outcome.problems)")
    }

    func testLinkedHeadingsUnderATableOfContentsOfTheSameLinksImport() throws {
        // The contents repeat each heading above the report: the last of the same lines is the heading.
        let contents = Self.headings.map { ##"<p><a href="#\##($0.prefix(1))">\##($0)</a></p>"## }.joined()
        let file = try editedPage("template-filled.html", Self.headings.map(linked) + [("<body>", "<body>" + contents)])
        try assertImports(file, blanked: false)
    }

    func testALinkListAboveTheReportIsStillLeftOut() throws {
        // Numbered like a heading but printed again below: a contents entry, not a heading;
        // a link to another report: the site's.
        let file = try editedPage("template-filled.html", [("<body>", ##"<body><p><a href="/1.html">示例市示范区人民政府2021年政府信息公开工作年度报告</a></p><p><a href="#a">一、总体情况</a></p>"##)])
        let outcome = try assertImports(file, blanked: false)
        XCTAssertEqual(outcome.year, 2022)
    }

    func testANumberedListOfLinksAfterTheReportStaysOut() throws {
        // 相关文件 under the report, numbered like headings: links beside links, the site's.
        let list = #"<p>相关文件：</p><p><a href="/a.html">一、关于印发示例办法的通知</a></p><p><a href="/b.html">二、关于示例工作的通知</a></p>"#
        let file = try editedPage("template-filled.html", [("</body>", list + "</body>")])
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(file, agency: "shifan").status, .written)
        let other = try XCTUnwrap(site.report("shifan", 2022)?.narratives["other"]?.value)
        XCTAssertFalse(other.contains("关于印发"), other)
    }

    func testAPageOfAReportPagedOverSeveralPagesIsRefusedSayingSo() throws {
        for pager in [#"<div class="pages"><a href="t20230120_123_1.html">1</a> <a href="t20230120_123_2.html">2</a> <a href="t20230120_123_2.html">下一页</a></div>"#,
                      #"<p><a href="?page=2">2</a></p>"#] {
            let file = try editedPage("template-filled.html", [("</body>", pager + "</body>")])
            let outcome = try ImportSite().importFile(file, agency: "shifan")
            XCTAssertEqual(outcome.status, .failed)
            let problem = try XCTUnwrap(outcome.problems.first { $0.rule == "import-paged" }, "\(outcome.problems)")
            XCTAssertTrue(problem.message.contains("2"), problem.message)
        }
        // 下一篇 (the next article) is no page of this one.
        let next = try editedPage("template-filled.html", [("</body>", #"<p><a href="t20230121_124.html">下一篇：示例</a></p></body>"#)])
        try assertImports(next, blanked: false)
    }

    func testCellsAsParagraphsAndLabelsBrokenByLineBreaksImport() throws {
        var changes = [("行政许可", "行政<br>许可"), ("<td>236</td>", "<td><p>236</p></td>"), ("<td colspan=\"3\">236</td>", "<td colspan=\"3\"><p>236</p></td>")]
        let page = try String(contentsOf: variant("template-filled.html"), encoding: .utf8)
        changes = changes.filter { page.contains($0.0) }
        XCTAssertEqual(changes.count, 2, "the fixture holds 行政许可 and one form of its cell")
        try assertImports(try editedPage("template-filled.html", changes), blanked: false)
    }

    func testTwoFiguresInOneCellOnTwoLinesAreNoNumber() throws {
        // 1<br>0 or <p>1</p><p>0</p> in 规章's first cell: two figures, not 10.
        for cell in ["1<br>0", "<p>1</p><p>0</p>"] {
            let page = try String(contentsOf: variant("template-filled.html"), encoding: .utf8)
            let row = try XCTUnwrap(page.range(of: "<td>规章</td><td>1</td>"))
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("cell-\(UUID().uuidString).html")
            try Data(page.replacingCharacters(in: row, with: "<td>规章</td><td>\(cell)</td>").utf8).write(to: file)
            addTeardownBlock { try? FileManager.default.removeItem(at: file) }
            let outcome = try ImportSite().importFile(file, agency: "shifan")
            XCTAssertEqual(outcome.status, .failed, cell)
            XCTAssertTrue(outcome.problems.contains { $0.rule == "import-cell" && $0.message.contains("1 0") }, "\(outcome.problems)")
        }
    }

    func testTextAPageHidesOrStrikesOutIsNotRead() throws {
        // Characters hidden inside figures and text against copying, a hidden row and cell, deleted text.
        let file = try editedPage("template-filled.html", [
            (#"<td colspan="3">236</td>"#, #"<td colspan="3">23<span style="display: none">9</span>6</td>"#),
            ("<p>全年主动公开政府信息1200条。</p>", #"<p>全年主动公开<font style="visibility:hidden">示例</font>政府信息1200条。<span hidden>7</span></p>"#),
            ("<td>规章</td>", #"<td>规章</td><td style="display:none">99</td>"#),
            // Word's HTML of a tracked change: the deleted figure in <del>, the new one in <ins>.
            (#"<td colspan="3">58</td>"#, #"<td colspan="3"><del cite="mailto:示例" datetime="2023-01-10T09:00">85</del><ins cite="mailto:示例" datetime="2023-01-10T09:00">58</ins></td>"#),
            ("本年度未收取信息处理费。", "本年度<s>共收取信息处理费100元</s>未收取信息处理费。"),
            ("</table>", #"<tr style="display:none"><td>行政许可</td><td colspan="3">1</td></tr></table>"#),
        ])
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(file, agency: "shifan").status, .written)
        let report = try XCTUnwrap(site.report("shifan", 2022))
        try assertFigures(report)
        XCTAssertEqual(report.narratives["overview"]?.value, "2022年，示范区政府持续推进政务公开工作。\n\n### （一）主动公开\n\n全年主动公开政府信息1200条。\n")
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n")
    }

    func testAnArticleHiddenUntilItsScriptShowsItIsRead() throws {
        // A WeChat article (公众号) saved as HTML: the whole article in `#js_content`, `visibility: hidden`
        // until the page's script shows it. Characters hidden inside it against copying stay out.
        let file = try editedPage("template-filled.html", [
            ("<body>", #"<body><div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">"#),
            ("</body>", #"</div><script>document.getElementById("js_content").style.visibility = "visible";</script></body>"#),
            (#"<td colspan="3">236</td>"#, #"<td colspan="3">23<span style="visibility: hidden">9</span>6</td>"#),
        ])
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        try assertFigures(report)
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n")
        // The same article hidden by `display: none` (a tab or a copy the page never shows) is not the page's.
        let undisplayed = try editedPage("template-filled.html", [
            ("<body>", #"<body><div style="display: none">"#), ("</body>", "</div></body>"),
        ])
        XCTAssertEqual(try ImportSite().importFile(undisplayed, agency: "shifan").problems.first?.rule, "import-no-report")
    }

    func testAFootnoteMarkAfterAFigureIsNoDigitOfIt() throws {
        // 236 with a superscript 1 (a note below the table): refused, not 2361.
        let file = try editedPage("template-filled.html", [(#"<td colspan="3">236</td>"#, #"<td colspan="3">236<sup>1</sup></td>"#)])
        let outcome = try ImportSite().importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-cell" && $0.message.contains("236 1") }, "\(outcome.problems)")
    }

    func testAReportInsideAPageLayoutTableImports() throws {
        let file = try editedPage("template-filled.html", [("<body>", #"<body><table width="100%"><tr><td><p>栏目导航</p></td><td>"#),
                                                           ("</body>", "</td></tr></table></body>")])
        try assertImports(file, blanked: false)
    }

    func testTablesDrawnWithDivsImport() throws {
        var page = try String(contentsOf: variant("template-filled.html"), encoding: .utf8)
        page = page.replacingOccurrences(of: #"<table border="1">"#, with: #"<div class="table" style="display: grid">"#)
            .replacingOccurrences(of: "</table>", with: "</div>")
            .replacingOccurrences(of: "<tr>", with: #"<div class="tr">"#).replacingOccurrences(of: "</tr>", with: "</div>")
            .replacingOccurrences(of: #"<td[^>]*>"#, with: #"<div class="td">"#, options: .regularExpression)
            .replacingOccurrences(of: "</td>", with: "</div>")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("grid-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        try assertImports(file, blanked: false)
    }

    /// template-filled.html with its first table (table 二: no cell spans rows) as a flat CSS grid.
    private func flatGrid(rowSpan: Bool = false) throws -> URL {
        var page = try String(contentsOf: variant("template-filled.html"), encoding: .utf8)
        let table = try XCTUnwrap(page.range(of: #"<table border="1">.*?</table>"#, options: .regularExpression))
        var grid = String(page[table])
            .replacingOccurrences(of: #"<table border="1">"#, with: #"<div style="display: grid; grid-template-columns: 160px repeat(3, 1fr)">"#)
            .replacingOccurrences(of: "</table>", with: "</div>").replacingOccurrences(of: "<tr>", with: "").replacingOccurrences(of: "</tr>", with: "")
            .replacingOccurrences(of: #"<td colspan="(\d)">"#, with: #"<div style="grid-column: span $1">"#, options: .regularExpression)
            .replacingOccurrences(of: "<td>", with: "<div>").replacingOccurrences(of: "</td>", with: "</div>")
        if rowSpan { grid = grid.replacingOccurrences(of: "<div>规章</div>", with: #"<div style="grid-row: span 2">规章</div>"#) }
        page.replaceSubrange(table, with: grid)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("flat-grid-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func testATableDrawnAsAFlatCSSGridImports() throws {
        try assertImports(try flatGrid(), blanked: false)
        // A cell spanning rows would need the browser's placement: refused, not guessed.
        let outcome = try ImportSite().importFile(try flatGrid(rowSpan: true), agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        // Said as such, not read as its cells a line each (a page whose tables are paragraphs).
        XCTAssertEqual(outcome.problems.map(\.rule), ["import-unreadable"], "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.first?.message.contains("a cell spanning rows") ?? false, "\(outcome.problems)")
    }

    func testAnArticleInABlockNamedLikeATableIsNotReadAsOne() throws {
        // class="content_table" around paragraphs, one of them a bare year: still the article.
        let file = try editedPage("template-filled.html", [("<body>", #"<body><div class="content_table"><p><span>2022</span></p>"#),
                                                           ("</body>", "</div></body>")])
        try assertImports(file, blanked: false)
    }

    func testLibreOfficesExportOfTheReferenceWordFileImportsItsFigures() throws {
        // LibreOffice writes the template's 总计 header as rowspan 4 colspan 7 (and 行政诉讼 over 14
        // columns): the spans are ended where a row's own cells fill the table.
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("xiasha-2021-libreoffice.html"), force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let imported = try XCTUnwrap(site.report("xiasha", 2021))
        let example = try XCTUnwrap(ImportSite().report("xiasha", 2021))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(imported, table: table), cellTexts(example, table: table), table)
        }
    }
}
