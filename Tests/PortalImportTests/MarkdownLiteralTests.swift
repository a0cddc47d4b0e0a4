import Foundation
@testable import PortalImport
import PortalRender
import XCTest

/// Published text written as Markdown must render as the same text: a star,
/// a leading `1. ` or `- `, an angle bracket are the report's characters,
/// not syntax.
final class MarkdownLiteralTests: XCTestCase {
    /// Lines of the shapes real reports print, each with a mark cmark reads as syntax.
    static let published = [
        "注：带*号的数据为初步统计，带*号的数据不含上年结转。",
        "**重点**工作按期完成",
        "- 3 -",
        "1. 加强政务公开业务培训。",
        "3) 完善依申请公开答复流程。",
        "# 附件目录",
        "> 摘自政府信息公开条例",
        "+1件，较上年增加。",
        "===",
        "---",
        "数量<5件，<b>粗体</b>仍为原文。",
        "详见 http://www.example.gov.cn/col/col_123/art_4_5.html 专栏",
        "_全年_ 公开 `代码` 与 [1](附件) 注释",
        "&nbsp;与&#32;照原样显示，A&B 亦然",
        "路径 D:\\公开\\年报\\ 结尾反斜杠\\",
        "[1]: 附件一为统计表",
        "![图](tu.png) 见附图",
    ]

    func testEveryLineRendersAsThePublishedText() {
        for line in Self.published {
            let markdown = MarkdownLiteral.line(line, atLineStart: true)
            XCTAssertEqual(renderedText(markdown), line, "escaped as “\(markdown)”")
        }
    }

    func testPlainReportTextIsWrittenAsTyped() {
        for line in ["2022年，本机关共收到政府信息公开申请12件（含上年结转1件），办结11件。",
                     "（一）主动公开情况", "2021.12.31前完成整改", "一是加强培训；二是完善制度。",
                     "网址 www.example.gov.cn/col_123/index.html", "占比3.5%，同比增长10%",
                     "（国办发[2019]54号）要求"] {
            XCTAssertEqual(MarkdownLiteral.line(line, atLineStart: true), line)
        }
    }

    /// Inside a paragraph (a PDF line wrapped onto the previous one) a
    /// leading `-` or `1. ` is no block mark and stays bare.
    func testBlockMarksCountOnlyAtTheStartOfALine() {
        XCTAssertEqual(MarkdownLiteral.line("- 3 -", atLineStart: false), "- 3 -")
        XCTAssertEqual(MarkdownLiteral.line("1. 加强", atLineStart: false), "1. 加强")
        XCTAssertEqual(MarkdownLiteral.line("带*号", atLineStart: false), "带\\*号")
    }

    /// Through the importer: the narrative file it writes renders as the
    /// lines the report printed.
    func testAnImportedNarrativeRendersItsStarsNumbersAndBracketsAsPublished() throws {
        let added = ["注：带*号的数据为初步统计，带*号的数据不含上年结转。", "1. 加强政务公开业务培训。", "数量<5件，<b>粗体</b>仍为原文。"]
        let text = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n" + added.joined(separator: "\n") + "\n")
        XCTAssertNotEqual(edited, text)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xiasha-\(UUID().uuidString).txt")
        try Data(edited.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let overview = try XCTUnwrap(site.report("xiasha", 2021)?.narratives["overview"]?.value)
        let rendered = renderedText(overview)
        for line in added {
            XCTAssertTrue(rendered.contains(line), "“\(line)” not in the rendered overview:\n\(rendered.prefix(400))")
        }
    }

    /// A page's lists: the numbers and bullets the browser drew, as text.
    func testAPagesListsRenderAsTheBrowserDrewThem() throws {
        let page = try String(contentsOf: ImportFixtures.own("variants/template-filled.html"), encoding: .utf8)
        let listed = page.replacingOccurrences(of: "<p>全年主动公开政府信息1200条。</p>",
            with: "<p>全年主动公开政府信息1200条。</p><ul><li>政策解读8篇</li><li>新闻发布会3场</li></ul><ol><li>加强培训</li><li>完善制度</li></ol>")
        XCTAssertNotEqual(listed, page)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lists-\(UUID().uuidString).html")
        try Data(listed.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let rendered = renderedText(try XCTUnwrap(site.report("shifan", 2022)?.narratives["overview"]?.value))
        for line in ["• 政策解读8篇", "• 新闻发布会3场", "1. 加强培训", "2. 完善制度"] {
            XCTAssertTrue(rendered.contains(line), "“\(line)” not in:\n\(rendered)")
        }
    }
}

extension XCTestCase {
    /// The text a browser shows for rendered HTML: tags dropped, the five entities decoded.
    func renderedText(_ markdown: String) -> String {
        var html = Markdown.html(markdown)
        html = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            html = html.replacingOccurrences(of: entity, with: character)
        }
        return html.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
