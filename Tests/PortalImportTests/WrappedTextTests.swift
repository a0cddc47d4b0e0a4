import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Text wrapped at the page's width, as `pdftotext` prints a PDF without
/// `-layout` (and as text pasted from a PDF viewer comes): the same cells as
/// the PDF itself, and paragraphs, not one paragraph a printed line.
final class WrappedTextTests: XCTestCase {
    func testThePDFsTextWithoutLayoutImportsTheSameCellsAndWholeParagraphs() throws {
        try ImportFixtures.requirePdftotext()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wrapped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let raw = folder.appendingPathComponent("huaian-szf-2024.txt")
        let pdftotext = Process()
        pdftotext.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pdftotext.arguments = ["pdftotext", "-raw", ImportFixtures.huaianPDF.path, raw.path]
        try pdftotext.run()
        pdftotext.waitUntilExit()
        XCTAssertEqual(pdftotext.terminationStatus, 0)

        let site = try ImportSite()
        let fromText = site.importFile(raw, agency: "huaian-raw")
        XCTAssertEqual(fromText.status, .written, "\(fromText.problems)")
        XCTAssertEqual(fromText.format, .text)
        let fromPDF = site.importFile(ImportFixtures.huaianPDF, agency: "huaian-pdf")
        XCTAssertEqual(fromPDF.status, .written, "\(fromPDF.problems)")
        let text = try XCTUnwrap(site.report("huaian-raw", 2024))
        let pdf = try XCTUnwrap(site.report("huaian-pdf", 2024))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(text, table: table), cellTexts(pdf, table: table), table)
        }
        for section in ["overview", "problems", "other"] {
            let wrapped = try XCTUnwrap(text.narratives[section]?.value)
            let laidOut = try XCTUnwrap(pdf.narratives[section]?.value)
            // The same words; a paragraph may end at a printed line ending a sentence (a run the raw text broke there:
            // 出具各县区、各部门政务公开评估分报告。 / 在日常巡查的基础上，, one line in the PDF).
            XCTAssertEqual(wrapped.filter { !$0.isWhitespace }, laidOut.filter { !$0.isWhitespace }, section)
            XCTAssertLessThanOrEqual(wrapped.components(separatedBy: "\n\n").count,
                                     laidOut.components(separatedBy: "\n\n").count + 1, section)
        }
        XCTAssertTrue(try XCTUnwrap(text.narratives["overview"]?.value)
            .hasPrefix("2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习宣传贯彻党的二十大"), "Word's gap before 年, printed as a space in the PDF, is taken out as from the PDF itself")
    }

    /// A paragraph a line (copied from a page or Word) is left as it is,
    /// headings without a full stop included.
    func testTextWithAParagraphALineIsNotJoined() {
        let lines = TextExtractor.lines(of: """
        一、总体情况
        2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。
        （一）主动公开情况
        全年主动公开政府信息120条，其中政策文件15件，政策解读8篇，均按时发布。
        """)
        XCTAssertFalse(WrappedText.isWrapped(lines))
        XCTAssertEqual(NarrativeText.paragraphs(lines[...]).count, 4)
    }

    /// A short report wrapped at a page's width (PyMuPDF's text of a two-paragraph preamble):
    /// too few lines end inside a sentence to tell, but two of them reach the same width.
    func testAShortTextWhoseLinesReachOneWidthIsWrapped() {
        let lines = TextExtractor.lines(of: """
        本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2022 年1
        月1 日起至2022 年12 月31 日止。
        如对本报告有疑问，请与示例市示范区人民政府办公室联系（地址：示例市示范区示例路1 号，邮编：
        000000，电话：0000-00000000）。
        """)
        XCTAssertTrue(WrappedText.isWrapped(lines))
        let paragraphs = NarrativeText.paragraphs(lines[...], fromPDF: true)
        XCTAssertEqual(paragraphs, ["本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
                                    "如对本报告有疑问，请与示例市示范区人民政府办公室联系（地址：示例市示范区示例路1号，邮编：000000，电话：0000-00000000）。"])
        // The same widths in a text of a paragraph a line, each ending its sentence: not wrapped.
        XCTAssertFalse(WrappedText.isWrapped(TextExtractor.lines(of: """
        本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为一年。
        如对本报告有疑问，请与示例市示范区人民政府办公室联系，电话：0000-00000000。
        """)))
    }

    /// A sentence ending at the margin, then a line short of it by an indent yet breaking inside a
    /// sentence: the indented first line of the next paragraph (淮安's 五 through PyMuPDF).
    func testALineShortOfTheMarginByItsLostIndentStartsAParagraph() {
        let text = """
        对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主
        要表现在：一是政策解读质量仍需提升，个别单位政策解读内容简单
        、形式单一；二是政务公开队伍建设还需进一步加强，个别单位存。
        针对存在问题，下一步，我市将着力加强政策解读质效，重点提
        升解读的针对性和通俗化，探索建立政社合作、多元参与的政策宣传
        解读模式，开发更多可读、可视、可感的政策解读产品。
        """
        let paragraphs = NarrativeText.paragraphs(TextExtractor.lines(of: text)[...], fromPDF: true)
        XCTAssertEqual(paragraphs.count, 2, "\(paragraphs)")
        XCTAssertTrue(paragraphs.last?.hasPrefix("针对存在问题") == true)
    }

    /// A short line of no marks ending in a word that never ends a title or a sentence (的, 和, 对 …) is a clause
    /// the text broke, not a paragraph's last line: `pdftotext -raw` breaks 淮安's 五 where the PDF's text runs break,
    /// its page number `- 6 -` between (`还有一些需要加强和改进的` / `地方。主要表现在：…`).
    func testAShortLineEndingInAParticleGoesOnWithTheNextLine() {
        let text = """
        五、存在的主要问题及改进情况
        对照上级新要求和公众新期待，
        还有一些需要加强和改进的
        - 6 -
        地方。主要表现在：一是政策解读质量仍需提升，个别单位政策
        解读内容简单、形式单一；二是政务公开队伍建设还需进一步加
        强，个别单位存在人员配备不足、兼职多、流动性过快的问题。
        针对存在问题，下一步，我市将着力加强政策解读质效，重
        点提升解读的针对性和通俗化，探索建立政社合作、多元参与的
        政策宣传解读模式，开发更多可读、可视、可感的政策解读产品。
        六、其他需要报告的事项
        """
        let paragraphs = NarrativeText.paragraphs(TextExtractor.lines(of: text)[...], fromPDF: true)
        XCTAssertTrue(paragraphs.contains { $0.hasPrefix("对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主要表现在") }, "\(paragraphs)")
        // A title of no marks, a line short of the margin before a full line of running text, still ends its paragraph.
        let titled = NarrativeText.paragraphs(TextExtractor.lines(of: """
        示例市示范区人民政府2023年政府信息公开工作年度报告
        本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅有关要求，由本区人
        民政府办公室编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息
        公开申请情况等。
        """)[...], fromPDF: true)
        XCTAssertEqual(titled.first, "示例市示范区人民政府2023年政府信息公开工作年度报告", "\(titled)")
    }

    /// Figures a line (a table's cells) and a date alone (a signature's) are never a paragraph's words.
    func testAFigureOrADateAloneIsNotJoinedToTheWordsAround() {
        let lines = TextExtractor.lines(of: """
        本机关全年共收到政府信息公开申请，均在法定期限内答复，办理情况统计如下，其中
        3001
        件为自然人申请，其余为法人或者其他组织申请，未发生因政府信息公开被申请行政复议的
        情况。本年度无其他需要报告的事项，特此报告，如有疑问请与本机关联系，谢谢各位
        示例市示范区人民政府
        2023年1月20日
        """)
        let paragraphs = NarrativeText.paragraphs(lines[...], fromPDF: true)
        XCTAssertTrue(paragraphs.contains("3001"), "\(paragraphs)")
        XCTAssertTrue(paragraphs.contains("2023年1月20日"), "\(paragraphs)")
        XCTAssertFalse(paragraphs.contains { $0.contains("3001件") || $0.hasSuffix("人民政府2023年1月20日") })
    }

    /// A browser's print header and footer, which PyMuPDF and pdfplumber print on lines of their own.
    func testABrowsersPrintHeaderAndFooterOnLinesOfTheirOwnArePageMarks() {
        XCTAssertTrue(TextExtractor.isPageMark("11/30/26, 11:18 PM"))
        XCTAssertTrue(TextExtractor.isPageMark("file:///tmp/site/public/agencies/xiasha/2021/index.html"))
        // A browser's printed footer scanned, as OCR read it (沭阳 2023 printed by Chromium, copied on toned paper).
        XCTAssertTrue(TextExtractor.isPageMark("file:/wptmp/pr 43 /shuyang/shuyang-fgj- 2023/shuyang-fgj- 2023.html                            476"))
        XCTAssertTrue(TextExtractor.isPageMark("file:/wtmpypr 43 /shuyang/shuyang-fgj- 2023/shuyang-fgj- 2023.html     2 / 6"))
        XCTAssertFalse(TextExtractor.isPageMark("file:/tmp/报告.html 申请 12 件"), "words after the address: not the footer")
        XCTAssertTrue(TextExtractor.isPageMark("1/4"))
        XCTAssertFalse(TextExtractor.isPageMark("https://www.example.gov.cn/zwgk/"), "a web address alone may be the report's")
        let lines = TextExtractor.lines(of: """
        一、总体情况
        全年主动公开政府信息83条。
        11/30/26, 11:18 PM
        某街道2021年政府信息公开工作年度报告 - 示例门户
        file:///tmp/site/index.html
        1/4
        （一）主动公开
        全年主动公开政府信息83条。
        11/30/26, 11:18 PM
        某街道2021年政府信息公开工作年度报告 - 示例门户
        file:///tmp/site/index.html
        2/4
        （二）依申请公开
        """)
        XCTAssertEqual(lines.map(\.text), ["一、总体情况", "全年主动公开政府信息83条。", "（一）主动公开", "全年主动公开政府信息83条。", "（二）依申请公开"])
    }
}
