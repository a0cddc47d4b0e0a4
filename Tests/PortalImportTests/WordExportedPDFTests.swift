import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Most PDFs agencies publish are their Word file exported: no first-line
/// indents (every line at the margin in `pdftotext -layout`), and a gap
/// between Chinese and Western characters that comes out as a space. The
/// PDF must import as the Word file does: the same cells, the same paragraphs,
/// the same text. The fixtures are LibreOffice's PDF export of the Word
/// fixtures (`soffice --headless --convert-to pdf`).
final class WordExportedPDFTests: XCTestCase {
    func testTheReferenceReportsPDFImportsAsItsWordFileDoes() throws {
        try ImportFixtures.requirePdftotext()
        try assertSameReport(pdf: ImportFixtures.own("xiasha-2021.pdf"), word: ImportFixtures.own("xiasha-2021.docx"), year: 2021,
                             sameNarratives: ["preamble", "overview", "problems", "other"])
    }

    func testTheFilledInTemplatesPDFImportsAsItsWordFileDoes() throws {
        try ImportFixtures.requirePdftotext()
        // The preamble's first paragraph ends with 。 short of the margin, which the table's headers (结 / 果 / 维 / 持,
        // wrapped in narrow columns) do not set: running text is the lines without layout gaps.
        try assertSameReport(pdf: ImportFixtures.own("variants/template-filled.pdf"), word: ImportFixtures.own("variants/template-filled.docx"),
                             year: 2022, sameNarratives: ["preamble", "overview", "problems", "other"])
    }

    /// Tables 三 crossing four page breaks, its header rows marked to repeat (`w:tblHeader`, 标题行重复), so
    /// LibreOffice prints them again on top of each page, a row's label wrapped across the break
    /// (`make-repeated-header.py`). Before: refused (rows not found, figures “belong to no row”).
    func testATableWhoseHeaderRepeatsOnEachPageImportsAsItsWordFileDoes() throws {
        try ImportFixtures.requirePdftotext()
        let tool = try XCTUnwrap(ExternalTool.executable("pdftotext"))
        guard case .finished(0, let output) = ExternalTool.run(tool, ["-layout", ImportFixtures.own("variants/repeated-header.pdf").path, "-"], timeout: 60) else {
            return XCTFail("pdftotext did not read the fixture")
        }
        let text = String(decoding: output, as: UTF8.self)
        XCTAssertGreaterThanOrEqual(text.components(separatedBy: "申请人情况").count - 1, 3, "the fixture prints the header again")
        try assertSameReport(pdf: ImportFixtures.own("variants/repeated-header.pdf"), word: ImportFixtures.own("variants/repeated-header.docx"),
                             year: 2022, sameNarratives: ["preamble", "overview", "problems", "other"])
        try assertSameReport(pdf: ImportFixtures.own("variants/repeated-header.pdf"), word: ImportFixtures.own("variants/template-filled.docx"),
                             year: 2022, sameNarratives: ["overview", "problems", "other"])
    }

    /// Paragraphs ending exactly at the right margin (`make-margin-paragraphs.py`, LibreOffice's PDF):
    /// the next one's first-line indent, or its number (（二）), starts it; a plain paragraph after
    /// one that fills its last line is joined to it, its words kept (nothing on the page tells them apart).
    func testAParagraphEndingAtTheMarginEndsWhereTheNextIsIndentedOrNumbered() throws {
        try ImportFixtures.requirePdftotext()
        let (_, report) = try assertSameReport(pdf: ImportFixtures.own("variants/margin-paragraphs.pdf"),
                                               word: ImportFixtures.own("variants/margin-paragraphs.docx"), year: 2022,
                                               sameNarratives: ["preamble", "problems", "other"])
        let paragraphs = try XCTUnwrap(report.narratives["overview"]?.value).components(separatedBy: "\n\n")
        XCTAssertEqual(paragraphs.count, 7, "\(paragraphs)")
        XCTAssertTrue(paragraphs[1].hasSuffix("全部落实到。"), paragraphs[1])
        XCTAssertEqual(paragraphs[2], "全年主动公开政府信息1200条。")
        XCTAssertTrue(paragraphs[3].hasSuffix("取得。"), paragraphs[3])
        XCTAssertEqual(paragraphs[4], "### （二）依申请公开")
        XCTAssertTrue(paragraphs[6].hasSuffix("取得。申请均在法定期限内答复。\n"), paragraphs[6])
    }

    /// A table in a narrow frame: the wrapped label's first characters print
    /// against the first figure (`四、结3    0    0   0   0      1   4`).
    func testAFigureGluedToANarrowLabelColumnIsAFigure() throws {
        try ImportFixtures.requirePdftotext()
        try assertSameReport(pdf: ImportFixtures.own("variants/framed.pdf"), word: ImportFixtures.own("variants/framed.docx"),
                             year: 2022, sameNarratives: [])
        XCTAssertEqual(RegionLine(SourceLine(text: "四、结3    0    0   0   0      1   4", position: SourcePosition(line: 1))).cells,
                       ["3", "0", "0", "0", "0", "1", "4"])
        // Digits ending a sentence with no figures after them stay words.
        XCTAssertNil(RegionLine(SourceLine(text: "全年收取信息处理费3940", position: SourcePosition(line: 1))).cells)
    }

    func testAutospaceBetweenChineseAndWesternCharactersIsTakenOut() {
        XCTAssertEqual(NarrativeText.withoutAutospace("2021 年共收到申请 2 件，其中 APP 渠道 1 件"), "2021年共收到申请2件，其中APP渠道1件")
        // Two spaces (a layout gap), punctuation and Western words keep theirs.
        XCTAssertEqual(NarrativeText.withoutAutospace("政务动态  800"), "政务动态  800")
        XCTAssertEqual(NarrativeText.withoutAutospace("（电话：0571- 86921701） open data"), "（电话：0571- 86921701） open data")
    }

    func testALineSpreadToItsFullWidthIsReadWithoutItsSpaces() {
        XCTAssertEqual(NarrativeText.withoutLetterSpacing("全 年 共 收 到 政 府 信 息 公 开 申 请 2 件 。"), "全年共收到政府信息公开申请 2 件。")
        // A line with a few spaces between words stays as it is.
        XCTAssertEqual(NarrativeText.withoutLetterSpacing("政务动态 800 条，政策解读 12 篇"), "政务动态 800 条，政策解读 12 篇")
        XCTAssertEqual(NarrativeText.withoutLetterSpacing("一是 二是 三是"), "一是 二是 三是")
    }

    /// Layout text without indents: a short line that ends a sentence ends
    /// its paragraph; a line at the margin continues, unless the next opens a numbered item.
    func testParagraphsOfLayoutTextWithoutIndentsEndAtShortLines() {
        let full = String(repeating: "公开", count: 20)
        let text = """
        一、总体情况
        \(full)，
        \(full)。
        短句结束。
        \(full)，
        \(full)；
        2.有的公开内容不规范；
        （二）依申请公开
        \(full)，
        末行。
        """
        let lines = TextExtractor.lines(of: text, layout: true)
        XCTAssertEqual(NarrativeText.paragraphs(lines.dropFirst(), fromPDF: true).count, 5)
    }

    /// 沭阳县发展和改革局 2023 (a page of round thirty-nine, made a Word file and that file's PDF by LibreOffice: its
    /// paragraphs without first-line indents; `layout-texts/shuyang-fgj-2023-lo.txt`, parts 一 and 六 of its
    /// `pdftotext -layout`). Sub-headings holding a comma (（三）完善公开制度规范，加强政府信息管理), a paragraph whose 。 the
    /// agency left out before one, and the signature's name over its date each end their paragraph. Before: the
    /// sub-headings ran into the paragraphs under them, 申请人 into （三）, the name into its date.
    func testSubHeadingsWithACommaAndASignatureEndTheirParagraphsAtTheMargin() throws {
        let text = try String(contentsOf: ImportFixtures.own("layout-texts/shuyang-fgj-2023-lo.txt"), encoding: .utf8)
        let paragraphs = NarrativeText.paragraphs(TextExtractor.lines(of: text, layout: true)[...], fromPDF: true)
        for heading in ["（三）完善公开制度规范，加强政府信息管理", "（四）加强平台建设，扩展公开渠道", "（五）及时回应关切，自觉接受监督",
                        "沭阳县发展和改革局", "2024年1月17日"] {
            XCTAssertTrue(paragraphs.contains(heading), "\(heading) in \(paragraphs)")
        }
        let ended = try XCTUnwrap(paragraphs.firstIndex { $0.hasPrefix("2023年度我局共收到依申请信息公开26件") })
        XCTAssertTrue(paragraphs[ended].hasSuffix("子邮箱发送给申请人"), paragraphs[ended])
        XCTAssertTrue(paragraphs[ended + 2].hasPrefix("我局所有发布信息均按照") && paragraphs[ended + 2].hasSuffix("和时效性。"), paragraphs[ended + 2])
        XCTAssertEqual(paragraphs.count, 16, "\(paragraphs)")
    }

}

/// A Word table with blank cells exported to PDF: the text keeps no trace
/// of a blank, the page keeps each figure under its column.
final class PDFBlankCellTests: XCTestCase {
    /// `variants/template-some-blanks.docx` (make-pdf-blanks.py: three rows of table 三 with their
    /// zeros left blank) and LibreOffice's PDF of it.
    func testBlankCellsOfAPDFTableAreBlanksInTheirColumns() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, report) = try assertSameReport(pdf: ImportFixtures.own("variants/template-some-blanks.pdf"),
                                                     word: ImportFixtures.own("variants/template-some-blanks.docx"), year: 2022, sameNarratives: [])
        XCTAssertEqual(outcome.blanksKept, 12)
        XCTAssertEqual(cellTexts(report, table: "applications")["carriedOver"], ["2", "", "", "", "", "1", "3"])
    }

    /// Zeros left blank in every row (the 法人或其他组织 columns): no row is full, so the
    /// columns' headings above say where they stand (商业 for 商业企业 where it wraps).
    func testWithNoFullRowTheColumnsHeadingsPlaceTheFigures() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, _) = try assertSameReport(pdf: ImportFixtures.own("variants/template-zeros-blank.pdf"),
                                                word: ImportFixtures.own("variants/template-zeros-blank.docx"), year: 2022, sameNarratives: [])
        XCTAssertEqual(outcome.blanksKept, 111)
    }

    func testFiguresArePlacedUnderTheColumnsFullRowsShow() throws {
        let rows: [[Double]] = [[230, 270, 310, 350, 390, 430, 470], [234, 270, 310, 350, 390, 430, 474], [230, 271, 309, 350, 390, 430, 470]]
        let columns = try XCTUnwrap(ColumnPositions.columns(fromRows: rows, count: 7))
        XCTAssertEqual(ColumnPositions.place([("2", 231), ("1", 431), ("3", 471)], columns: columns), ["2", "", "", "", "", "1", "3"])
        // A figure between two columns, or two figures under one: no guess.
        XCTAssertNil(ColumnPositions.place([("2", 250), ("3", 470)], columns: columns))
        XCTAssertNil(ColumnPositions.place([("2", 229), ("1", 233)], columns: columns))
        // Fewer than two full rows, or full rows that do not line up (a table whose rows have their own widths).
        XCTAssertNil(ColumnPositions.columns(fromRows: Array(rows.prefix(1)), count: 7))
        XCTAssertNil(ColumnPositions.columns(fromRows: rows + [[125, 169, 215, 262, 309, 356, 406], [172, 215, 262, 309, 356, 403, 453]], count: 7))
    }

    func testColumnsByTheirHeadingsNearestTheRowFirst() {
        let labels = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
        let header: [[(text: String, centre: Double)]] = [
            [("企业", 270), ("机构", 310), ("公益", 350), ("服务", 390)],
            [("人", 230), ("商业", 270), ("科研", 310), ("社会", 350), ("法律", 390), ("其他", 430)],
            [("一项加第二项之和", 120), ("自然", 230), ("法人或其他组织", 350), ("总计", 470)],
        ]
        XCTAssertEqual(ColumnPositions.columns(fromHeadings: labels, lines: header), [230, 270, 310, 350, 390, 430, 470])
        // A heading not found, or headings out of order: no columns.
        XCTAssertNil(ColumnPositions.columns(fromHeadings: labels, lines: Array(header.prefix(2))))
        XCTAssertNil(ColumnPositions.columns(fromHeadings: ["总计", "自然人"], lines: header))
    }
}

extension XCTestCase {
    /// Imports a PDF and the Word file it was exported from into one site:
    /// the same cells, and the narratives the same (`sameNarratives`) or the
    /// same words. Returns the PDF's import.
    @discardableResult
    /// `furnitureAbovePreamble`: the PDF prints a page's furniture between its title and its
    /// preamble, so only the PDF's preamble ends with the Word file's.
    func assertSameReport(pdf: URL, word: URL, year: Int, sameNarratives: [String], furnitureAbovePreamble: Bool = false,
                          line: UInt = #line) throws -> (outcome: ImportOutcome, report: Report) {
        let site = try ImportSite()
        let fromPDF = site.importFile(pdf, agency: "from-pdf")
        XCTAssertEqual(fromPDF.status, .written, "\(fromPDF.problems)", line: line)
        XCTAssertEqual(fromPDF.format, .pdf, line: line)
        let fromWord = site.importFile(word, agency: "from-word")
        XCTAssertEqual(fromWord.status, .written, "\(fromWord.problems)", line: line)
        let a = try XCTUnwrap(site.report("from-pdf", year)), b = try XCTUnwrap(site.report("from-word", year))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(a, table: table), cellTexts(b, table: table), table, line: line)
        }
        for id in ["preamble", "overview", "problems", "other"] {
            let pdfText = try XCTUnwrap(a.narratives[id]?.value), wordText = try XCTUnwrap(b.narratives[id]?.value)
            if furnitureAbovePreamble, id == "preamble" {
                let words = wordText.filter { !$0.isWhitespace }
                XCTAssertTrue(pdfText.filter { !$0.isWhitespace }.hasSuffix(words), "\(pdfText)", line: line)
            } else if sameNarratives.contains(id) {
                XCTAssertEqual(pdfText, wordText, id, line: line)
            } else {
                XCTAssertEqual(pdfText.filter { !$0.isWhitespace }, wordText.filter { !$0.isWhitespace }, id, line: line)
            }
        }
        return (fromPDF, a)
    }
}
