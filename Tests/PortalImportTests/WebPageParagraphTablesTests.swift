import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round ten (VARIANTS.md): web pages whose tables are paragraphs — a table typed in a `<pre>`,
/// as `<br>`-separated lines, a row a `<p>` with `&nbsp;` runs for column gaps, a cell a `<p>`.
/// Each page is made here from a committed text (the invented report of `variants/`, the real 淮安
/// text), and imports as that text does: every cell, every narrative.
final class WebPageParagraphTablesTests: XCTestCase {
    // MARK: making the pages

    /// A page whose body is this markup.
    func page(_ body: String, name: String = "page") throws -> URL {
        let html = #"<html><head><meta charset="utf-8"><title>2022年政府信息公开工作年度报告</title></head><body>"# + body + "</body></html>"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    static func escaped(_ text: String) -> String {
        WordParagraphTablesTests.escaped(text)
    }

    /// Spaces as `&nbsp;`, as a site's editor keeps a run of them.
    static func nonBreaking(_ line: String) -> String {
        escaped(line).replacingOccurrences(of: " ", with: "&nbsp;")
    }

    func lines(_ name: String) throws -> [String] {
        try String(contentsOf: variant(name), encoding: .utf8).components(separatedBy: "\n")
    }

    /// The browser copy's rows aligned with spaces (zeros printed: a blank leaves no trace there).
    func spaceAligned() throws -> [String] {
        try WordParagraphTablesTests.spaceAligned(try lines("browser-copy.txt"))
    }

    func text(_ lines: [String]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("page-text-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    // MARK: a page without a table

    /// Before: refused (`import-no-tables`): a `<pre>` was one line, its spaces collapsed.
    func testAReportInAPreImportsAsItsText() throws {
        let lines = try spaceAligned()
        let (report, _) = try assertSameReport(try page("<pre>" + Self.escaped(lines.joined(separator: "\n")) + "</pre>"),
                                               as: try text(lines), format: .html)
        try assertFigures(report, blanked: false)
        XCTAssertEqual(report.narratives["problems"]?.value, "公开内容的解读还不够深入，下一步将加强政策解读。\n")
    }

    /// Tabs in a `<pre>` are column gaps, a blank between two a blank cell, as in the text.
    func testATabbedPreImportsItsBlanks() throws {
        let lines = try lines("browser-copy.txt")
        let (report, _) = try assertSameReport(try page("<pre>" + Self.escaped(lines.joined(separator: "\n")) + "</pre>"),
                                               as: variant("browser-copy.txt"), format: .html)
        try assertFigures(report, blanked: true)
    }

    /// Before: refused the same (a row's `&nbsp;` runs shown as one space). A row a `<p>`.
    func testRowsAParagraphWithNonBreakingSpacesImport() throws {
        let lines = try spaceAligned()
        let body = lines.map { "<p>" + Self.nonBreaking($0) + "</p>" }.joined()
        let (report, _) = try assertSameReport(try page(body), as: try text(lines), format: .html)
        try assertFigures(report, blanked: false)
    }

    /// Before: refused the same. The whole article one `<div>`, its lines ended by `<br>`.
    func testLinesEndedByBreaksInOneDivImport() throws {
        let lines = try spaceAligned()
        let body = "<div class=\"article\">" + lines.map(Self.nonBreaking).joined(separator: "<br>\n") + "</div>"
        let (report, _) = try assertSameReport(try page(body), as: try text(lines), format: .html)
        try assertFigures(report, blanked: false)
    }

    /// Before: refused the same. A cell a `<p>`, as a table copied from a PDF viewer into a site's editor.
    func testACellAParagraphImports() throws {
        let body = try lines("cell-per-line.txt").map { "<p>" + Self.escaped($0) + "</p>" }.joined()
        let (report, _) = try assertSameReport(try page(body), as: variant("cell-per-line.txt"), format: .html)
        try assertFigures(report, blanked: false)
    }

    /// Saved as .mhtml, the same page reads the same.
    func testTheSameInASavedMHTMLImports() throws {
        let lines = try spaceAligned()
        let html = #"<html><head><meta charset="utf-8"></head><body><pre>"# + Self.escaped(lines.joined(separator: "\n")) + "</pre></body></html>"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString).mhtml")
        try MHTMLTests.mhtml(MHTMLTests.quotedPrintable(Data(html.utf8)), encoding: "quoted-printable", charset: "utf-8").write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let (report, _) = try assertSameReport(file, as: try text(lines), format: .mhtml)
        try assertFigures(report, blanked: false)
    }

    /// The real 淮安 layout text made a web page by LibreOffice (`soffice --convert-to html`: one
    /// `<pre>`, at test time): the 200 cells of the text's import, and the narratives of that text
    /// as the page holds it — LibreOffice writes each form feed as a line break, so a paragraph
    /// running over a page is two there.
    func testTheHuaianTextSavedAsAPageByLibreOfficeImportsAllCells() throws {
        let (source, html) = try huaianTextConverted(to: "html")
        let text = try String(contentsOf: source, encoding: .utf8)
        XCTAssertFalse(try String(contentsOf: html, encoding: .utf8).contains("\u{0C}"))
        let (report, outcome) = try assertSameReport(html, as: try self.text([text.replacingOccurrences(of: "\u{0C}", with: "\n")]),
                                                     format: .html, agency: "huaian", year: 2024)
        XCTAssertEqual(outcome.cellsFilled, 200)
        XCTAssertEqual(cellTexts(report, table: "proactive"), HuaianPDFTests.proactive)
        XCTAssertEqual(cellTexts(report, table: "applications"), HuaianPDFTests.applications)
        XCTAssertEqual(cellTexts(report, table: "appeals"), HuaianPDFTests.appeals)
    }

    // MARK: some tables tables, one paragraphs

    /// The filled-in page with its `n`th table replaced by its rows, each made a line by `row`.
    func templatePage(replacingTable number: Int, _ row: ([String]) -> String) throws -> URL {
        var html = try String(contentsOf: variant("template-filled.html"), encoding: .utf8)
        let tables = WordParagraphTablesTests.ranges(#"<table.*?</table>"#, in: html)
        XCTAssertEqual(tables.count, 3)
        let rows = WordParagraphTablesTests.matches(#"<tr>.*?</tr>"#, in: String(html[tables[number]])).map { tr in
            row(WordParagraphTablesTests.matches(#"<td[^>]*>[^<]*</td>"#, in: tr).map { String($0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }) })
        }
        html.replaceSubrange(tables[number], with: rows.joined())
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    /// Before: table 二's rows were read as lines of a browser's spacing (`规章 1 0 5`), which held
    /// here, but a blank lost its column; table 四 as `<br>` lines, the same.
    func testOneTableAsParagraphsBesideTablesImports() throws {
        let rows = try templatePage(replacingTable: 0) { "<p>" + $0.map(Self.escaped).joined(separator: "&nbsp;&nbsp;&nbsp;") + "</p>" }
        try assertSameReport(rows, as: variant("template-filled.html"), format: .html)
        let lines = try templatePage(replacingTable: 2) { $0.map(Self.escaped).joined(separator: "&nbsp;&nbsp;&nbsp;") + "<br>" }
        let (report, _) = try assertSameReport(lines, as: variant("template-filled.html"), format: .html)
        try assertFigures(report, blanked: false)
    }

    /// A blank typed as nothing between two tabs, in a row of table 二 typed in a `<pre>`: a blank, in its column.
    func testABlankBetweenTwoTabsInAPreIsABlankCell() throws {
        let file = try templatePage(replacingTable: 0) { cells in
            "<pre>" + (cells.first == "行政规范性文件" ? "行政规范性文件\t12\t\t47" : cells.joined(separator: "\t")) + "</pre>"
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "proactive")["normativeDocuments"], ["12", "", "47"])
    }

    // MARK: tables that are not there

    /// The sections' headings and prose, and neither a table, rows nor a picture: no tables, and no word of images.
    func testAPageWithoutTablesOrPicturesIsNotSaidToHoldImages() throws {
        let body = try lines("browser-copy.txt").filter { !$0.contains("\t") && !$0.hasPrefix("第二十条") }
            .map { "<p>" + Self.escaped($0) + "</p>" }.joined()
        let outcome = try ImportSite().importFile(try page(body), agency: "shifan", year: 2022)
        XCTAssertEqual(outcome.status, .failed)
        let error = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-tables" }, "\(outcome.problems)")
        XCTAssertTrue(error.message.contains("the document has no tables"), error.message)
        XCTAssertFalse(error.hint?.contains("images") ?? true, error.hint ?? "")
    }

    /// Pictures under the tables' headings, no table: the images hint, and the page's attachment named.
    func testPicturesInAPageWithoutTablesAreSaidToBeImages() throws {
        var body = ""
        var inTable = false
        for line in try lines("browser-copy.txt") {
            if line.hasSuffix("情况"), ["二", "三", "四"].contains(where: line.hasPrefix) {
                body += "<p>" + line + "</p><p><img src=\"table.png\"></p>"
                inTable = true
            } else if line.hasPrefix("五、") || !inTable {
                inTable = false
                body += "<p>" + Self.escaped(line) + "</p>"
            }
        }
        body += #"<p>附件：<a href="/files/2022nb.docx">2022年年度报告.docx</a></p>"#
        let outcome = try ImportSite().importFile(try page(body), agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let error = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-tables" }, "\(outcome.problems)")
        XCTAssertTrue(error.message.contains("the document has no tables"), error.message)
        XCTAssertTrue(error.message.contains("the page links to a file, “2022年年度报告.docx”"), error.message)
        XCTAssertTrue(error.hint?.contains("appear to be images") ?? false, error.hint ?? "")
    }

    // MARK: the reader

    /// A line's spacing as the page holds it: `&nbsp;` runs and tabs kept, the markup's line breaks one space.
    func testTheSpacingOfALineIsThePages() throws {
        let html = "<html><body><p>规章&nbsp;&nbsp;&nbsp;1\t0 \n  5</p><pre>\n甲  1\n\n\n乙  2</pre></body></html>"
        let lines = try HTMLExtractor.lines(of: Data(html.utf8), path: "x.html").get()
        XCTAssertEqual(lines.map(\.text), ["规章 1 0 5", "甲 1", "乙 2"])
        XCTAssertEqual(lines.map(\.layoutText), ["规章   1\t0 5", "甲  1", "\n\n乙  2"])
    }
}
