import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Apache Tika's plain text of the published files (Fixtures/tika/, made with
/// the real Tika 3.3.1 by make-tika-text.sh, as the reference report's seed
/// text was made) imports as the file itself does: the same cells, the same
/// narratives; or is refused where the file is.
final class TikaTextTests: XCTestCase {
    private func tika(_ name: String) -> URL { ImportFixtures.own("tika/\(name).txt") }

    private static let narratives = ["preamble", "overview", "problems", "other"]

    /// Imports Tika's text of `original` and `original` into one site and
    /// compares every cell, and the narratives (`sameWords`: their words only).
    @discardableResult
    private func assertSameAsOriginal(_ original: URL, tikaOf: String? = nil, year: Int = 2022, sameWords: Set<String> = [],
                                      narratives: [String] = narratives, line: UInt = #line) throws -> Report {
        let site = try ImportSite()
        let fromTika = site.importFile(tika(tikaOf ?? original.lastPathComponent), agency: "from-tika")
        XCTAssertEqual(fromTika.status, .written, "\(original.lastPathComponent): \(fromTika.problems)", line: line)
        XCTAssertEqual(fromTika.format, .text, line: line)
        let fromOriginal = site.importFile(original, agency: "from-original")
        XCTAssertEqual(fromOriginal.status, .written, "\(fromOriginal.problems)", line: line)
        let a = try XCTUnwrap(site.report("from-tika", year), original.lastPathComponent, line: line)
        let b = try XCTUnwrap(site.report("from-original", year), line: line)
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(a, table: table), cellTexts(b, table: table), "\(original.lastPathComponent) \(table)", line: line)
        }
        for id in narratives {
            let tikaText = a.narratives[id]?.value ?? "", originalText = b.narratives[id]?.value ?? ""
            if sameWords.contains(id) {
                XCTAssertEqual(tikaText.filter { !$0.isWhitespace }, originalText.filter { !$0.isWhitespace }, "\(original.lastPathComponent) \(id)", line: line)
            } else {
                XCTAssertEqual(tikaText, originalText, "\(original.lastPathComponent) \(id)", line: line)
            }
        }
        return a
    }

    // MARK: Word files

    func testTikasTextOfTheReferenceReportsWordFileImportsAsTheWordFile() throws {
        try assertSameAsOriginal(ImportFixtures.own("xiasha-2021.docx"), year: 2021)
    }

    func testTikasTextOfEveryWordVariantImportsAsTheWordFile() throws {
        for name in ["template-filled.docx", "split-table.docx", "template-some-blanks.docx", "template-zeros-blank.docx",
                     "appeals-blank.docx", "margin-paragraphs.docx", "word-hmerge.docx"] {
            try assertSameAsOriginal(variant(name))
        }
        try assertSameAsOriginal(variant("template-2019-filled.docx"), year: 2019)
    }

    func testTikasTextOfOldWordFilesImportsAsTheWordFile() throws {
        // Tika reads .doc itself (POI's HWPF): the same shape of text, no LibreOffice.
        try assertSameAsOriginal(variant("template-filled.doc"))
        try assertSameAsOriginal(variant("template-2019-filled.doc"), year: 2019)
    }

    /// A Word file framed in a table of one cell, and one laid out in a table whose cells hold the
    /// headings and the tables: Tika prints the frame's paragraphs as one cell's lines.
    func testAFramedWordFileAndALayoutTableImportAsTheWordFile() throws {
        try assertSameAsOriginal(variant("framed.docx"))
        try assertSameAsOriginal(variant("word-nested-layout.docx"))
    }

    // MARK: Web pages

    func testTikasTextOfAWebPageARowALineImportsAsThePage() throws {
        for name in ["template-filled.html", "split-table.html", "blanks.html", "cms-page.html", "template-filled.mhtml"] {
            try assertSameAsOriginal(variant(name))
        }
    }

    /// Numbers Word draws from a numbered style (一、 （一） 1.) are not in Tika's text: the cells are the
    /// same, the sub-headings and list items come unnumbered (nothing in the text says they were).
    func testNumbersFromWordsStylesAreLostInTikasTextButNotTheCells() throws {
        let report = try assertSameAsOriginal(variant("numbered.docx"), narratives: ["preamble", "other"])
        XCTAssertEqual(report.narratives["overview"]?.value, "2022年，示范区政府持续推进政务公开工作。\n\n主动公开\n\n全年主动公开政府信息1200条。\n\n依申请公开\n\n全年依申请公开工作依法有序开展。\n")
        XCTAssertEqual(report.narratives["problems"]?.value, "公开内容的解读还不够深入；\n\n公开渠道还不够多样。\n\n下一步将加强政策解读。\n")
    }

    // MARK: what Tika adds

    /// A page header and footer, footnotes and an endnote (in the text and in a cell of table 二), a
    /// comment, a hyperlink, `_GoBack`, list numbering (tika-sources/word-parts.docx).
    func testTikasMarkersNotesCommentsAndPageFurnitureAreNotTheReports() throws {
        let report = try assertSameAsOriginal(ImportFixtures.own("tika-sources/word-parts.docx"), narratives: ["preamble", "problems", "other"])
        // The notes' text and the marks gone; the list's （二）, drawn in Chinese numerals, Tika prints as （2）.
        XCTAssertEqual(report.narratives["overview"]?.value, "2022年，示范区政府持续推进政务公开工作。\n\n### （一）主动公开\n\n全年主动公开政府信息1200条。\n\n（2）依申请公开\n\n全年收到政府信息公开申请46件。\n")
        let text = try String(contentsOf: tika("word-parts.docx"), encoding: .utf8)
        for marker in ["[footnoteRef:1]", "[endnoteRef:1]", "[footnoteRef:2]", "Comment by 示例", "[bookmark: _GoBack]", "示例市示范区人民政府办公室\n示例市示范区人民政府", "— 3 —"] {
            XCTAssertTrue(text.contains(marker), "the fixture no longer shows \(marker)")
        }
    }

    func testATablePastedAsAPictureIsSaidSoNotWrittenBlank() throws {
        for name in ["tika-sources/table-picture-media.docx", "variants/table-picture.docx", "variants/table-picture.html"] {
            let outcome = try ImportSite().importFile(tika(URL(fileURLWithPath: name).lastPathComponent), agency: "shifan")
            XCTAssertEqual(outcome.status, .failed, name)
            let error = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-tables" }, "\(name): \(outcome.problems)")
            XCTAssertTrue(error.message.contains("section 三、收到和处理政府信息公开申请情况"), error.message)
            XCTAssertFalse(outcome.problems.contains { $0.rule == "import-table-absent" }, name)
        }
    }

    // MARK: PDFs (PDFBox's text: no layout, a row's cells on one line, wrapped lines)

    func testTikasTextOfAPDFWithFullRowsImportsAsTheWordFile() throws {
        let words: Set<String> = ["preamble", "overview", "problems", "other"]
        try assertSameAsOriginal(ImportFixtures.own("xiasha-2021.docx"), tikaOf: "xiasha-2021.pdf", year: 2021, sameWords: words)
        for name in ["template-filled", "framed", "margin-paragraphs"] {
            try assertSameAsOriginal(variant("\(name).docx"), tikaOf: "\(name).pdf", sameWords: words)
        }
        try assertSameAsOriginal(variant("cms-page.html"), tikaOf: "cms-page-chromium.pdf", sameWords: words)
    }

    /// `1 0 0 1 2 1 1 0 0 2 0 0 0 1 1五、存在的主要问题…`: PDFBox runs table 四's row into the heading under it.
    func testARowRunIntoTheNextHeadingIsARowAndAHeading() {
        XCTAssertEqual(TextExtractor.figuresThenHeading("1 0 0 1 2 1 1五、存在的主要问题及改进情况"), ["1 0 0 1 2 1 1", "五、存在的主要问题及改进情况"])
        XCTAssertEqual(TextExtractor.figuresThenHeading("全年办理2件。三、其他"), ["全年办理2件。三、其他"])
        XCTAssertEqual(TextExtractor.figuresThenHeading("2022年一、总体情况"), ["2022年一、总体情况"])
    }

    /// In PDFBox's text as in any plain text, a blank cell leaves no trace: a short row is refused, naming it.
    func testBlankCellsInTikasTextOfAPDFAreRefusedNotGuessed() throws {
        let outcome = try ImportSite().importFile(tika("template-some-blanks.pdf"), agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let cell = try XCTUnwrap(outcome.problems.first { $0.rule == "import-cell" }, "\(outcome.problems)")
        XCTAssertTrue(cell.message.contains("二、上年结转政府信息公开申请数量"), cell.message)
    }
}
