import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round forty-one (Fixtures/VARIANTS.md): the real openings laid out in the shapes real Word files
/// take (make-real-openings-layouts.py); the shapes the import read differently, each on the invented
/// opening (Fixtures/real-layouts/, `--fixtures`) and through Apache Tika's text of it (Fixtures/tika/).
final class RealOpeningLayoutsTests: XCTestCase {
    /// The Word file and Tika's text of it imported into one site: their preamble and part 一.
    private func narratives(_ name: String, line: UInt = #line) throws -> (word: Report, tika: Report) {
        let site = try ImportSite()
        let fromWord = site.importFile(ImportFixtures.own("real-layouts/\(name)"), agency: "from-word")
        XCTAssertEqual(fromWord.status, .written, "\(name) (Word): \(fromWord.problems)", line: line)
        let fromTika = site.importFile(ImportFixtures.own("tika/\(name).txt"), agency: "from-tika")
        XCTAssertEqual(fromTika.status, .written, "\(name) (Tika): \(fromTika.problems)", line: line)
        return try (XCTUnwrap(site.report("from-word", 2022), line: line), XCTUnwrap(site.report("from-tika", 2022), line: line))
    }

    /// Word's table of contents under the title (一、总体情况→1 …): the outline, not the preamble's first paragraphs.
    func testATableOfContentsUnderTheTitleIsNoPartOfThePreamble() throws {
        let (word, tika) = try narratives("contents-and-page-break.docx")
        for report in [word, tika] {
            XCTAssertEqual(report.narratives["preamble"]?.value.hasPrefix("本报告根据《中华人民共和国政府信息公开条例》编制。"), true,
                           report.narratives["preamble"]?.value ?? "no preamble")
        }
        XCTAssertEqual(word.narratives["preamble"]?.value, tika.narratives["preamble"]?.value)
        XCTAssertTrue(TableOfContents.isEntry(SourceLine(text: "（一）主动公开……………2", position: SourcePosition(line: 1))))
        XCTAssertTrue(TableOfContents.isEntry(SourceLine(text: "目  录", position: SourcePosition(line: 1))))
        XCTAssertFalse(TableOfContents.isEntry(SourceLine(text: "一、总体情况", position: SourcePosition(line: 1))))
        XCTAssertFalse(TableOfContents.isEntry(SourceLine(text: "（一）全年主动公开政府信息1200", position: SourcePosition(line: 1))),
                       "a figure run on after words is no page number")
    }

    /// A page break opening the paragraph of part 一's sub-heading: the sub-heading is still one line, a `###`.
    func testAPageBreakBeforeASubHeadingKeepsItASubHeading() throws {
        let (word, tika) = try narratives("contents-and-page-break.docx")
        XCTAssertEqual(word.narratives["overview"]?.value,
                       "2022年，示范区政府持续推进政务公开工作。\n\n### （一）主动公开\n\n全年主动公开政府信息1200条。\n")
        XCTAssertEqual(word.narratives["overview"]?.value, tika.narratives["overview"]?.value)
    }

    /// A file pasted from a PDF: a soft return (`w:br`) at the end of each printed line. The Word file's paragraph
    /// is one again, as Tika's text (wrapped at one width) is read; lines of no one width stay apart.
    func testSoftReturnsAtEachPrintedLineJoinTheParagraphAgain() throws {
        let (word, tika) = try narratives("pasted-soft-returns.docx")
        XCTAssertEqual(word.narratives["preamble"]?.value, "本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n\n"
                       + "如对本报告有疑问，请与示例市示范区人民政府办公室联系（地址：示例市示范区示例路1号，邮编：000000，电话：0000-00000000）。\n")
        // (Tika's text of it joins the preamble's two paragraphs: the first ends its sentence at the margin, as a
        // line inside a paragraph would; nothing in the text tells them apart. Part 一 is the Word file's.)
        XCTAssertEqual(word.narratives["overview"]?.value, tika.narratives["overview"]?.value)
        XCTAssertEqual(SoftReturns.joined("示例市示范区人民政府办公室\n示例市示范区示例路1号\n邮编：000000"),
                       "示例市示范区人民政府办公室\n示例市示范区示例路1号\n邮编：000000", "an address typed a line a part")
    }
}
