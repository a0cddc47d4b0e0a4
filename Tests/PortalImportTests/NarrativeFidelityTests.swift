import Foundation
@testable import PortalImport
import PortalRender
import XCTest

/// The narratives as readers see them (VARIANTS.md, “Narratives as published”): the Markdown the import writes
/// renders as the words the agency printed, and holds them as typed where nothing in them is Markdown's syntax,
/// for the staff who open the files.
final class NarrativeFidelityTests: XCTestCase {
    /// 高青县常家镇 2024 (`real-pages/eighteen/changjia-2024.txt`) cites the notice as most preambles do,
    /// **`《…关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》`**: a `<` before Chinese starts no tag.
    /// Before: written `印发\<中华…`, the backslash in the file though not on the page (11 of the 130 real
    /// openings imported).
    func testTheCitedFormatsTitleInAngleBracketsIsWrittenAsTyped() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("eighteen", "changjia-2024"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let preamble = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2024)?.narratives["preamble"]?.value)
        let cited = "《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》"
        XCTAssertTrue(preamble.contains(cited), preamble)
        XCTAssertTrue(renderedText(preamble).contains(cited), renderedText(preamble))
    }

    /// Marks that open nothing where they stand are the text's: a minus before a figure, a number sign before a
    /// building's number, a plus before a change, an equals sign before words. Each renders as typed, bare.
    func testMarksThatOpenNoBlockAreWrittenAsTyped() {
        for line in ["-0.5%，较上年略有下降。", "#1楼一层设政务公开查阅点。", "+1件，较上年增加。", "=号前后为同一数据。",
                     "详见《关于印发<2024年政务公开工作要点>的通知》", "数量<5件"] {
            XCTAssertEqual(MarkdownLiteral.line(line, atLineStart: false), line)
            XCTAssertEqual(renderedText(MarkdownLiteral.line(line, atLineStart: true)), line)
        }
        XCTAssertEqual(MarkdownLiteral.line("#1楼", atLineStart: true), "#1楼")
        XCTAssertEqual(MarkdownLiteral.line("-0.5%", atLineStart: true), "-0.5%")
        XCTAssertEqual(MarkdownLiteral.line("印发<中华人民共和国…格式>的通知", atLineStart: true), "印发<中华人民共和国…格式>的通知")
        // Still syntax, still escaped: a heading, a list item, a rule, a setext underline, a tag, an e-mail autolink.
        for line in ["# 附件", "- 3 -", "---", "===", "#", "数量<b>5</b>件", "邮箱<12345@qq.com>"] {
            XCTAssertNotEqual(MarkdownLiteral.line(line, atLineStart: true), line)
            XCTAssertEqual(renderedText(MarkdownLiteral.line(line, atLineStart: true)), line)
        }
    }

    /// A line of three tildes or more opens a code fence in CommonMark: every paragraph after it, to the section's
    /// end, would show as code, its sub-headings lost. Before: written bare.
    func testALineOfTildesOpensNoCodeBlock() throws {
        let paragraphs = NarrativeText.paragraphs([
            SourceLine(text: "~~~~~~ 以下为主动公开情况 ~~~~~~", position: SourcePosition(line: 1)),
            SourceLine(text: "（一）主动公开情况", position: SourcePosition(line: 2)),
            SourceLine(text: "全年主动公开政府信息1200条。", position: SourcePosition(line: 3)),
        ].map { line in var line = line; line.startsParagraph = true; return line }[...])
        let markdown = try XCTUnwrap(NarrativeText.markdown(paragraphs))
        let html = Markdown.html(markdown)
        XCTAssertFalse(html.contains("<code>"), html)
        XCTAssertTrue(html.contains("<h3>（一）主动公开情况</h3>"), html)
        XCTAssertTrue(html.contains("<p>~~~~~~ 以下为主动公开情况 ~~~~~~</p>"), html)
        XCTAssertEqual(MarkdownLiteral.line("~~ 约 ~~", atLineStart: true), "~~ 约 ~~")
    }
}
