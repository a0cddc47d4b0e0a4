import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Apache Tika's plain text of the published files (Fixtures/tika/, made with
/// the real Tika 3.3.1 by make-tika-text.sh, as the reference report's seed
/// text was made) imports as the file itself does: the same cells, the same
/// narratives; or is refused where the file is.
final class TikaTextTests: XCTestCase {
    func tika(_ name: String) -> URL { ImportFixtures.own("tika/\(name).txt") }

    static let narratives = ["preamble", "overview", "problems", "other"]

    /// Imports Tika's text of `original` and `original` into one site and
    /// compares every cell, and the narratives (`sameWords`: their words only).
    @discardableResult
    func assertSameAsOriginal(_ original: URL, tikaOf: String? = nil, year: Int = 2022, sameWords: Set<String> = [],
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
    /// Tika prints a text box's paragraphs inside the paragraph it is anchored in, between ` (` and `)`.
    func testATextBoxImportsWithTheWordFilesCells() throws {
        try assertSameAsOriginal(variant("word-text-box.docx"))
    }

    func testAFramedWordFileAndALayoutTableImportAsTheWordFile() throws {
        try assertSameAsOriginal(variant("framed.docx"))
        try assertSameAsOriginal(variant("word-nested-layout.docx"))
    }

    // MARK: Web pages

    func testTikasTextOfLibreOfficesTabIndentedExportImportsAsThePage() throws {
        // Round seven. LibreOffice indents its markup with tabs, which Tika keeps: `\t\t\t` for a `<td>`,
        // `\t\t\t规章` for its text, `\t\t` and `\t` alone between the blank lines. Before: refused (import-cell).
        try assertSameAsOriginal(ImportFixtures.own("xiasha-2021-libreoffice.html"), year: 2021, sameWords: Set(Self.narratives))
    }

    func testTikasTextOfAWebPageARowALineImportsAsThePage() throws {
        for name in ["template-filled.html", "split-table.html", "blanks.html", "cms-page.html", "template-filled.mhtml"] {
            try assertSameAsOriginal(variant(name))
        }
    }

    /// A page pasted from Word: each cell's text in a paragraph on an indented line. Tika keeps the
    /// markup's whitespace: a tab alone, the text on the next line, a blank line between cells, two between rows.
    func testTikasTextOfAPageWithIndentedParagraphsInItsCellsImportsAsThePage() throws {
        try assertSameAsOriginal(ImportFixtures.own("tika-sources/word-saved-page.html"))
        let lines = IndentedCells.rowsALine(["\t", "  规章", "", "\t", "  1", "", "\t", "  ", "", "", "\t", "  行政许可", "", "\t", "  236", "", "",
                                             "\t", "  第二十条第（五）项", "", "", "\t", "  a", "", "\t", "  b", "", ""])
        XCTAssertEqual(lines.filter { !$0.isEmpty }, ["\t规章\t1\t", "\t行政许可\t236", "\t第二十条第（五）项", "\ta\tb"])
        XCTAssertEqual(lines.count, 28, "every line keeps its number")
        // Word's shape, a cell's text on the tab's line, is left alone.
        XCTAssertEqual(IndentedCells.rowsALine(["\t规章", "\t1", "", "\t", "\t5"]), ["\t规章", "\t1", "", "\t", "\t5"])
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
        let report = try assertSameAsOriginal(ImportFixtures.own("tika-sources/word-parts.docx"), narratives: ["preamble", "other"])
        // The notes' text and the marks gone; the list's （二）, drawn in Chinese numerals, Tika prints as （2）,
        // and a list's number with a space after it (Word's tab), as a typed `1. ` would be: kept as printed.
        XCTAssertEqual(report.narratives["overview"]?.value, "2022年，示范区政府持续推进政务公开工作。\n\n### （一）主动公开\n\n全年主动公开政府信息1200条。\n\n（2） 依申请公开\n\n全年收到政府信息公开申请46件。\n")
        XCTAssertEqual(report.narratives["problems"]?.value, "1\\. 公开内容的解读还不够深入。\n\n2\\. 下一步将加强政策解读。\n")
        // The page header (示例市示范区人民政府办公室) over the agency's line is not taken for the agency.
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(tika("word-parts.docx"), agency: "shifan").status, .written)
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2022/report.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.hasPrefix("# 示例市示范区人民政府 2022年"), String(yaml.prefix(80)))
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

    /// Text wrapped at a page's width is read as a PDF's: paragraphs by the lines' widths (a
    /// sentence ending at the margin does not end its paragraph), Word's gaps before 年 and 件 out.
    func testTikasTextOfAPDFGivesTheWordFilesParagraphs() throws {
        // (The variants' narratives are a few lines each: too few to tell a wrapped text.)
        try assertSameAsOriginal(ImportFixtures.own("xiasha-2021.docx"), tikaOf: "xiasha-2021.pdf", year: 2021)
    }

    /// PDFBox ends every printed line of a browser's print (and of 淮安's PDF, its lines set wide apart) as a
    /// paragraph: a blank line after each. Those blank lines end no paragraph; the words and widths do.
    func testTikasDoubleSpacedTextOfAPDFGivesThePDFsParagraphs() throws {
        // The portal's page printed by Chromium: 一, 五 and 六 word for word the Word file's (the preamble holds the page's
        // quality box, printed as text).
        try assertSameAsOriginal(ImportFixtures.own("xiasha-2021.docx"), tikaOf: "xiasha-2021-page-chromium.pdf", year: 2021,
                                 narratives: ["overview", "problems", "other"])
        // A real PDF: every cell and every narrative as the PDF's own import reads them.
        try assertSameAsOriginal(ImportFixtures.huaianPDF, tikaOf: "huaian-szf-2024.pdf", year: 2024)
    }

    /// PDFBox also sets a blank line where a printed line's figures, in another font, change its height
    /// (`…主动公开街道信息 423条,` / (blank) / `其中工作总结…`), and LibreOffice's PDF of a real opening's Word file (公文
    /// layout, narrow layout) has several in each paragraph. After a line of running text reaching the margin inside
    /// a sentence — or ending in a figure whose unit opens the next line (`…2024年12月31` / `日止。`) — it ends nothing.
    func testBlankLinesInsideAPDFsParagraphsInTikasTextEndNothing() throws {
        try assertSameAsOriginal(ImportFixtures.own("real-formats/eighteen-changhe-2023-gongwen.txt"),
                                 tikaOf: "eighteen-changhe-2023-gongwen-lo.pdf", year: 2023)
        try assertSameAsOriginal(ImportFixtures.own("real-formats/eighteen-xili-2024-narrow.txt"),
                                 tikaOf: "eighteen-xili-2024-narrow-lo.pdf", year: 2024)
    }

    /// Its paragraphs torn at each printed line, 淮安's `行政诉讼46件，其中结果维持25` / `件，…` read 46 as 结果维持: a
    /// false error against a report whose narrative and table agree.
    func testTikasDoubleSpacedTextOfARealPDFRaisesNoFalseNarrativeError() throws {
        let outcome = try ImportSite().importFile(tika("huaian-szf-2024.pdf"), agency: "huaian")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.checks.filter { $0.severity == .error }.map(\.message), [])
    }

    /// Word's text with an empty paragraph after each paragraph is double spaced too, but a paragraph a line:
    /// its paragraphs stay apart, a short one after a long one included.
    func testDoubleSpacedParagraphsALineStayParagraphs() {
        let paragraphs = (1...24).map { "第\($0)段，本机关认真贯彻落实政府信息公开条例，持续推进政务公开工作，全年主动公开政府信息\($0)条。" }
        let text = paragraphs.joined(separator: "\n\n")
        XCTAssertTrue(DoubleSpacedText.separatesEveryLine(text.components(separatedBy: "\n")))
        let lines = TextExtractor.lines(of: text)
        XCTAssertEqual(lines.filter(\.startsParagraph).count, 24)
    }

    func testTextWithParagraphsApartIsNotDoubleSpaced() {
        // The reference report's seed: Word's text, a paragraph a line, blank lines only around tables' rows.
        let seed = (try? String(contentsOf: ImportFixtures.shared.appendingPathComponent("seeds/000_f113ad9132274b61.txt"), encoding: .utf8)) ?? ""
        XCTAssertFalse(seed.isEmpty)
        XCTAssertFalse(DoubleSpacedText.separatesEveryLine(seed.components(separatedBy: "\n")))
        let tika = (try? String(contentsOf: tika("huaian-szf-2024.pdf"), encoding: .utf8)) ?? ""
        XCTAssertTrue(DoubleSpacedText.separatesEveryLine(tika.components(separatedBy: "\n")))
    }

    /// `1 0 0 1 2 1 1 0 0 2 0 0 0 1 1五、存在的主要问题…`: PDFBox runs table 四's row into the heading under it.
    func testARowRunIntoTheNextHeadingIsARowAndAHeading() {
        XCTAssertEqual(TextExtractor.figuresThenHeading("1 0 0 1 2 1 1五、存在的主要问题及改进情况"), ["1 0 0 1 2 1 1", "五、存在的主要问题及改进情况"])
        XCTAssertEqual(TextExtractor.figuresThenHeading("全年办理2件。三、其他"), ["全年办理2件。三、其他"])
        XCTAssertEqual(TextExtractor.figuresThenHeading("2022年一、总体情况"), ["2022年一、总体情况"])
        XCTAssertEqual(TextExtractor.figuresThenHeading("2 0 0 0 0 0 2 三、本年度办理结果"), ["2 0 0 0 0 0 2", "三、本年度办理结果"])
        XCTAssertEqual(TextExtractor.figuresThenHeading("3 五、存在的主要问题"), ["3 五、存在的主要问题"], "a lone number is a page's")
        // A row of marks printed for nothing (table 四 all `—`, 西藏自治区人民政府 2023 made with drawn cells, seed 46): its
        // marks were dropped and 四 written blank.
        XCTAssertEqual(TextExtractor.figuresThenHeading("— — — — —五、存在的主要问题及改进情况"), ["— — — — —", "五、存在的主要问题及改进情况"])
        XCTAssertEqual(TextExtractor.figuresThenHeading("0 / 1 - 1五、存在的主要问题及改进情况"), ["0 / 1 - 1", "五、存在的主要问题及改进情况"])
        XCTAssertEqual(TextExtractor.figuresThenHeading("——五、存在的主要问题"), ["——五、存在的主要问题"], "a dash of words")
    }

    /// The same in a whole report: 淮安 2024's Tika text with table 四 printing `—` in every cell, run into 五's heading.
    func testARowOfMarksRunIntoTheNextHeadingKeepsItsMarks() throws {
        let text = try String(contentsOf: tika("huaian-szf-2024.pdf"), encoding: .utf8)
        let figures = "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20"
        XCTAssertTrue(text.contains(figures + "\n\n五、"))
        let marked = text.replacingOccurrences(of: figures + "\n\n五、", with: Array(repeating: "—", count: 15).joined(separator: " ") + "五、")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tika-\(UUID().uuidString).txt")
        try Data(marked.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, ImportOutcome.Status.written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.load().portal?.reports.first { $0.year == 2024 && $0.agencySlug == outcome.agencySlug })
        XCTAssertEqual(cellTexts(report, table: "appeals")["cases"], Array(repeating: "-", count: 15))
    }

    /// In PDFBox's text as in any plain text, a blank cell leaves no trace: a short row is refused, naming it.
    func testBlankCellsInTikasTextOfAPDFAreRefusedNotGuessed() throws {
        let outcome = try ImportSite().importFile(tika("template-some-blanks.pdf"), agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let cell = try XCTUnwrap(outcome.problems.first { $0.rule == "import-cell" }, "\(outcome.problems)")
        XCTAssertTrue(cell.message.contains("二、上年结转政府信息公开申请数量"), cell.message)
    }

    // MARK: the shapes, line by line

    /// In wrapped text (a PDF's), `1、公开渠道与数量` alone on a line is a numbered item's heading: the paragraph under
    /// it starts anew, as 一、 and （一） do (兴华镇 2024 through LibreOffice's PDF and Tika ran them together).
    func testANumberedItemsHeadingInWrappedTextEndsItsParagraph() {
        let text = """
        （一）主动公开情况
        1、公开渠道与数量
        截至2024年12月31日，兴华镇政府通过多种渠道累计主动公开政府信息424条，具体包括政府网站
        公开信息300条，政务新媒体公开信息124条，信息发布及时准确，内容涵盖机构职能、政策文件
        和重点领域信息等，较好地保障了群众的知情权、参与权和监督权，取得了较好的社会效果。
        2、公开内容与质量
        全年围绕重点领域信息公开，持续规范公开内容，健全信息发布审核机制，做到信息发布前严格
        审核，发布后及时检查，确保公开信息准确规范，切实提升了政府信息公开工作的质量和水平。
        """
        let lines = TextExtractor.lines(of: text)
        XCTAssertTrue(WrappedText.isWrapped(lines))
        XCTAssertEqual(lines.filter(\.startsParagraph).map { String($0.text.prefix(6)) },
                       ["（一）主动公", "1、公开渠道", "截至2024", "2、公开内容", "全年围绕重点"])
        // A row's label with its figures, or an item that is a sentence, is no heading.
        let row = TextExtractor.lines(of: text.replacingOccurrences(of: "1、公开渠道与数量", with: "1、公开渠道，数量"))
        XCTAssertFalse(row.first { $0.text.hasPrefix("截至") }?.startsParagraph ?? true)
    }

    func testANoteReferencedInACellDoesNotEndItsRow() {
        // Tika prints the footnote's text after the cell's paragraph, and a blank line after the note.
        let lines = TextExtractor.lines(of: "\t行政规范性文件\n\t12[footnoteRef:2]\n 示例：其中2件为修订。\n\n\t3\n\t47\n\n正文。\n")
        XCTAssertEqual(lines.compactMap(\.cells), [["行政规范性文件", "12", "3", "47"]])
        XCTAssertEqual(lines.filter { $0.cells == nil }.map(\.text), ["正文。"])
        // A note Tika did not find prints nothing: the next cell is the row's.
        XCTAssertEqual(TextExtractor.lines(of: "\t规章\n\t1[footnoteRef:1]\n\t0\n\n").compactMap(\.cells), [["规章", "1", "0"]])
        // In running text: the note's lines (led by Word's space) after the paragraph, each ended by a blank line.
        let text = TextExtractor.lines(of: "全年公开1200条[footnoteRef:1]。[endnoteRef:1]\n 含网站。\n\n 来自平台。\n\n下一段。\n")
        XCTAssertEqual(text.map(\.text), ["全年公开1200条。", "下一段。"])
    }

    func testACommentIsNotTheReportsAndDoesNotMakeARow() {
        let lines = TextExtractor.lines(of: "本报告根据条例编制。\tComment by 示例: 示例批注：请核实。\n\t规章\n\t1\tComment by 示例: 核实。\n\n")
        XCTAssertEqual(lines.first?.text, "本报告根据条例编制。")
        XCTAssertNil(lines.first?.cells)
        XCTAssertEqual(lines.compactMap(\.cells), [["规章", "1"]])
    }

    func testAPictureIsMarkedAndBookmarksAreDropped() {
        let lines = TextExtractor.lines(of: "三、收到和处理政府信息公开申请情况\n[image: 表三]\n[bookmark: _GoBack]四、政府信息公开行政复议、行政诉讼情况\n")
        XCTAssertEqual(lines.map(\.holdsPicture), [false, true, false])
        XCTAssertEqual(lines.last?.text, "四、政府信息公开行政复议、行政诉讼情况")
    }

    /// A web page's table: a row a line, a tab before each cell; a page's own indentation can double them.
    func testARowALineWithBlankCellsAndDoubledTabs() {
        XCTAssertEqual(TabLedRows.cells("\t规章\t1\t\t5", tabs: 1), ["规章", "1", "", "5"])
        XCTAssertEqual(TabLedRows.cells("\t（二）部分公开\t4\t0\t", tabs: 1), ["（二）部分公开", "4", "0", ""])
        XCTAssertEqual(TabLedRows.cells("\t\t规章\t\t1\t\t\t\t5", tabs: 2), ["规章", "1", "", "5"])
        let page = "标题\n\t信息内容\t本年制发件数\n\t规章\t1\n\t行政规范性文件\t12\n\t第二十条第（五）项\n"
        XCTAssertEqual(TabLedRows.cellTabs(page.components(separatedBy: "\n")), 1)
        XCTAssertEqual(TabLedRows.cellTabs(["\t\t规章\t\t1", "\t\t\t\t0\t\t5"]), 2)
        XCTAssertEqual(TextExtractor.lines(of: page).compactMap(\.cells), [["信息内容", "本年制发件数"], ["规章", "1"], ["行政规范性文件", "12"], ["第二十条第（五）项"]])
        // A cell's own tab (`\t\t7`, Word's shape) is no row.
        XCTAssertFalse(TabLedRows.isRow("\t\t7"))
        XCTAssertEqual(TextExtractor.lines(of: "\t规章\n\t\t7\n\t0\n\n").compactMap(\.cells), [["规章", "7", "0"]])
    }

    /// A cell whose lines are the page's paragraphs (a frame around the report) is text; a label
    /// broken over two lines (商业 / 企业) stays a cell.
    func testACellOfParagraphsIsTextAndALabelBrokenInTwoIsACell() {
        let framed = TextExtractor.lines(of: "\t示例市示范区人民政府\n2022年政府信息公开工作年度报告\n本报告根据条例编制。\n二、主动公开政府信息情况\n\t第二十条第（一）项\n\n")
        XCTAssertEqual(framed.map(\.text), ["示例市示范区人民政府", "2022年政府信息公开工作年度报告", "本报告根据条例编制。", "二、主动公开政府信息情况", "第二十条第（一）项"])
        XCTAssertEqual(framed.last?.cells, ["第二十条第（一）项"])
        XCTAssertEqual(TextExtractor.lines(of: "\t自然人\n\t商业\n企业\n\t科研\n机构\n\n").compactMap(\.cells), [["自然人", "商业企业", "科研机构"]])
        // Two figures in one cell, a paragraph each: kept apart (an error the mapper names), never 10.
        XCTAssertEqual(TextExtractor.lines(of: "\t规章\n\t1\n0\n\t0\n\n").compactMap(\.cells), [["规章", "1 0", "0"]])
        // A layout table's row holding a section's heading alone is the heading.
        XCTAssertNil(TextExtractor.lines(of: "\t二、主动公开政府信息情况\n\n").first?.cells)
    }

    // MARK: what Tika loses

    /// Tika drops a table row wrapped in a content control (`w:sdt`, word-markup.docx: table 四's row):
    /// the table prints its headings and no row of figures, which is an error, not a blank table.
    func testARowTikaDroppedMakesTheTableIncompleteNotBlank() throws {
        let outcome = try ImportSite().importFile(tika("word-markup.docx"), agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let error = try XCTUnwrap(outcome.problems.first { $0.rule == "import-incomplete-table" }, "\(outcome.problems)")
        XCTAssertTrue(error.message.hasPrefix("table 四 is incomplete"), error.message)
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-table-absent" })
    }

    /// The same table with its row of figures printed blank (every cell a lone tab) is written blank, as published.
    func testATableWhoseRowIsPrintedBlankIsStillWrittenBlank() throws {
        var lines = try String(contentsOf: tika("template-filled.docx"), encoding: .utf8).components(separatedBy: "\n")
        let heading = try XCTUnwrap(lines.firstIndex(of: "四、政府信息公开行政复议、行政诉讼情况"))
        let row = try XCTUnwrap(lines.indices.dropFirst(heading).first { lines[$0] == "\t1" })
        for index in row..<(row + 15) { lines[index] = "\t" }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tika-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let cells = try XCTUnwrap(site.report("shifan", 2022).map { cellTexts($0, table: "appeals") })
        XCTAssertEqual(Set(cells.values.flatMap { $0 }), [""])
    }

    /// Tika's text keeps tracked changes' deleted and moved-away text and hidden text (`263236`): here the
    /// deleted draft row is printed twice and the import refuses; figures changed alone would read wrong,
    /// and nothing in the text can tell (VARIANTS.md): import the Word file.
    func testTrackedChangesTikaKeepsAreRefusedWhereTheyShow() throws {
        let text = try String(contentsOf: tika("word-tracked-changes.docx"), encoding: .utf8)
        XCTAssertTrue(text.contains("\t263236\n"), "Tika no longer keeps deleted text: update VARIANTS.md")
        let outcome = try ImportSite().importFile(tika("word-tracked-changes.docx"), agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-row-twice" }, "\(outcome.problems)")
    }
}
