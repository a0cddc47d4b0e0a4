import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round six (Fixtures/VARIANTS.md): Word files laid out as real reports depart from the official
/// template (Fixtures/real-layouts/, make-real-layouts.py), through the real Apache Tika's text
/// (Fixtures/tika/, make-tika-text.sh). Each imports every cell of figures.json and the Word
/// file's own narratives, or is refused naming what is wrong.
final class RealTikaLayoutsTests: XCTestCase {
    private func layout(_ name: String) -> URL { ImportFixtures.own("real-layouts/\(name)") }
    private func tika(_ name: String) -> URL { ImportFixtures.own("tika/\(name).txt") }

    /// Imports Tika's text of the layout and the Word file itself into one site: both must hold
    /// every figure; the narratives `same` must be equal. Returns the report from Tika's text.
    @discardableResult
    private func assertImportsAsTheWordFile(_ name: String, figures: [String: [String]]? = nil, year: Int = 2022,
                                            same: [String] = ["preamble", "overview", "problems", "other"],
                                            line: UInt = #line) throws -> (report: Report, site: ImportSite, outcome: ImportOutcome) {
        let site = try ImportSite()
        let fromTika = site.importFile(tika(name), agency: "from-tika")
        XCTAssertEqual(fromTika.status, .written, "\(name): \(fromTika.problems)", line: line)
        let fromWord = site.importFile(layout(name), agency: "from-word")
        XCTAssertEqual(fromWord.status, .written, "\(name) (Word): \(fromWord.problems)", line: line)
        let a = try XCTUnwrap(site.report("from-tika", year), name, line: line)
        let b = try XCTUnwrap(site.report("from-word", year), name, line: line)
        let expected = try figures ?? XCTUnwrap(VariantFixtures.figures).figures
        for report in [a, b] {
            var imported: [String: [String]] = [:]
            for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { $1 } }
            XCTAssertEqual(imported, expected, name, line: line)
        }
        for id in same {
            XCTAssertEqual(a.narratives[id]?.value, b.narratives[id]?.value, "\(name) \(id)", line: line)
        }
        return (a, site, fromTika)
    }

    private func agencyLine(_ site: ImportSite, _ slug: String) throws -> String {
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/\(slug)/2022/report.yaml"), encoding: .utf8)
        return String(yaml.prefix { $0 != "\n" })
    }

    // MARK: sections

    /// 一、总体情况 first, the preamble's sentences under it (many 街道, 乡 and 局 reports).
    func testAPreambleUnderSectionOneIsTheOverviewsOpening() throws {
        let (report, _, _) = try assertImportsAsTheWordFile("preamble-under-one.docx")
        XCTAssertTrue(report.narratives["overview"]?.value.hasPrefix("本报告根据《中华人民共和国政府信息公开条例》编制。") == true)
    }

    /// 二、主动公开政府信息的情况, 四、因政府信息公开被申请行政复议和提起行政诉讼情况,
    /// 五、政府信息公开工作中存在的问题及改进措施, 六、其它需要报告事项; 规范性文件, 行政事业型收费.
    func testHeadingsAndRowsInOtherWordingsAreFound() throws {
        let (report, _, _) = try assertImportsAsTheWordFile("reworded-headings.docx")
        XCTAssertEqual(report.narratives["problems"]?.value, "公开内容的解读还不够深入，下一步将加强政策解读。\n")
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n")
        for (printed, form) in [("二、主动公开政府信息的情况", "主动公开政府信息情况"),
                                ("四、因政府信息公开被申请行政复议和提起行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
                                ("政府信息公开工作中存在的问题及改进措施", "存在问题及改进措施"),
                                ("五、政府信息公开工作存在主要问题及改进情况", "存在的主要问题及改进情况"),
                                ("五、存在问题及改进情况", "存在的问题及改进情况"),
                                ("六、其它需要报告事项", "其他需要报告事项")] {
            XCTAssertEqual(SectionLocator.key(printed).drop { "二四五六".contains($0) }, Substring(SectionLocator.key(form)), printed)
        }
        // Only words that wordings add are left out: another section's words stay apart.
        XCTAssertNotEqual(SectionLocator.key("存在的主要问题及改进情况"), SectionLocator.key("其他需要报告的事项"))
    }

    /// The same wordings on a web page (Tika's text of a page: a row a line).
    func testHeadingsInOtherWordingsOnAWebPage() throws {
        let (report, _, _) = try assertImportsAsTheWordFile("reworded-headings.html")
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n")
    }

    /// A 2020 report in the 2019 trial format, its column headers cut short (本年新 / 本年新),
    /// 一、工作基本情况, 六、其它需要报告事项: the rows are read by their labels, the columns in order.
    func testThe2019FormatForA2020ReportWithHeadersCutShort() throws {
        let figures = try XCTUnwrap(VariantFixtures.figures).figures2019
        let (report, _, _) = try assertImportsAsTheWordFile("format-2019-in-2020.docx", figures: figures, year: 2020)
        XCTAssertEqual(report.formID, "gov-info-2019")
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n")
    }

    /// 一、 / 总体情况: a line break inside the heading; the number is the heading's, not the preamble's.
    func testAHeadingBrokenAfterItsNumberIsOneHeading() throws {
        let (report, _, _) = try assertImportsAsTheWordFile("heading-broken.docx", same: ["overview", "problems", "other"])
        XCTAssertEqual(report.narratives["preamble"]?.value.contains("一、"), false, report.narratives["preamble"]?.value ?? "")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasSuffix("电话：0000-00000000）。\n") == true)
    }

    /// Under 一, a sub-heading in heading 二's very words whose （一） Word drew from a style:
    /// Tika prints 主动公开政府信息情况 alone, before the real heading 二 (typed, numbered).
    func testASubHeadingInASectionsWordsIsNotTheSection() throws {
        let text = try String(contentsOf: tika("subheading-like-section.docx"), encoding: .utf8)
        XCTAssertTrue(text.contains("持续推进政务公开工作。\n主动公开政府信息情况\n全年主动公开"), "the fixture no longer shows the unnumbered sub-heading")
        let (report, _, outcome) = try assertImportsAsTheWordFile("subheading-like-section.docx", same: ["preamble", "problems", "other"])
        XCTAssertEqual(report.narratives["overview"]?.value,
                       "2022年，示范区政府持续推进政务公开工作。\n\n主动公开政府信息情况\n\n全年主动公开政府信息1200条。\n\n依申请公开情况\n\n全年依申请公开工作依法有序开展。\n")
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-text-dropped" }, "\(outcome.problems)")
    }

    /// Every heading numbered by its style as well: nothing in Tika's text is numbered, and the
    /// sub-heading is told from heading 二 by the table that follows the heading.
    func testEveryHeadingUnnumberedStillFindsEachSection() throws {
        let (report, _, _) = try assertImportsAsTheWordFile("all-unnumbered.docx", same: ["preamble", "problems", "other"])
        XCTAssertTrue(report.narratives["overview"]?.value.contains("全年依申请公开工作依法有序开展。") == true)
    }

    /// 该部分以表格形式报告。表格如下： before a table: the table is read, the sentence named as not kept.
    func testASentenceBeforeATableIsNamedNotRead() throws {
        let (_, _, outcome) = try assertImportsAsTheWordFile("table-intros.docx")
        let dropped = outcome.problems.filter { $0.rule == "import-text-dropped" }
        // 四's lead-in (…具体如下：) ends no sentence: left out without a word, as a caption would be.
        XCTAssertEqual(dropped.count, 2, "\(outcome.problems)")
        XCTAssertTrue(dropped.contains { $0.message.contains("该部分以表格形式报告。表格如下：") })
    }

    // MARK: cells

    /// Rows 一 and 二 with only 总计 filled: blanks stay blank, never a figure moved left.
    func testOnlyTheTotalFilledKeepsTheBlanks() throws {
        var expected = try XCTUnwrap(VariantFixtures.figures).figures
        for key in ["received", "carriedOver"] { expected[key] = Array(repeating: "", count: 6) + [expected[key]![6]] }
        try assertImportsAsTheWordFile("total-only.docx", figures: expected)
    }

    /// Row 一's figure one cell merged over the seven columns: refused, the row named, both ways.
    func testAFigureMergedOverTheRowIsRefused() throws {
        for file in [tika("merged-across.docx"), layout("merged-across.docx")] {
            let outcome = try ImportSite().importFile(file, agency: "shifan")
            XCTAssertEqual(outcome.status, .failed, file.lastPathComponent)
            let cell = try XCTUnwrap(outcome.problems.first { $0.rule == "import-cell" }, "\(file.lastPathComponent): \(outcome.problems)")
            XCTAssertTrue(cell.message.contains("一、本年新收政府信息公开申请数量"), cell.message)
        }
    }

    // MARK: who published it; what Tika adds around the body

    /// A page header (the government's office) over a title naming no agency: the signature names it.
    func testAPageHeaderOverATitleNamingNoOneGivesWayToTheSignature() throws {
        let text = try String(contentsOf: tika("header-and-signature.docx"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("示例市示范区人民政府办公室\n2022年政府信息公开工作年度报告\n"), "the fixture no longer shows the header")
        let (_, site, _) = try assertImportsAsTheWordFile("header-and-signature.docx")
        for slug in ["from-tika", "from-word"] {
            let line = try agencyLine(site, slug)
            XCTAssertTrue(line.hasPrefix("# 示例市示范区交通运输局 2022年"), "\(slug): \(line)")
        }
    }

    /// The signature wins only when it names another body than the line above the title: a name
    /// shortened (钱塘区下沙街道办事处 under 杭州市钱塘区人民政府下沙街道办事处) is the same agency's, kept in full.
    func testASignatureShorteningTheNameAboveTheTitleKeepsTheFullName() {
        XCTAssertTrue(SignedAgency.sameBody("钱塘区下沙街道办事处", "杭州市钱塘区人民政府下沙街道办事处"))
        XCTAssertTrue(SignedAgency.sameBody("示例县示例乡人民政府", "示例县示例乡"))
        XCTAssertFalse(SignedAgency.sameBody("示例市示范区交通运输局", "示例市示范区人民政府办公室"))
    }

    /// The title printed twice under the agency's name: the second is no preamble.
    func testATitlePrintedTwiceIsNotThePreambles() throws {
        let (report, _, _) = try assertImportsAsTheWordFile("title-twice.docx")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本报告根据") == true, report.narratives["preamble"]?.value ?? "")
    }

    /// No title: the agency's name alone above a preamble saying 现公布…2022年…年度报告. The name is
    /// the agency's, the year the published report's; neither is the preamble's first paragraph.
    func testANameWithoutATitleAndThePreamblesReportGiveAgencyAndYear() throws {
        let (report, site, _) = try assertImportsAsTheWordFile("name-without-title.docx")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("根据《中华人民共和国政府信息公开条例》规定") == true)
        let line = try agencyLine(site, "from-tika")
        XCTAssertTrue(line.hasPrefix("# 示例市示范区国资局 2022年"), line)
        // Only a name the preamble's sentences follow: a page's 欢迎访问…门户网站 over its menus is none.
        func opening(_ texts: [String]) -> String? {
            SignedAgency.opening(of: texts.map { SourceLine(text: $0, position: SourcePosition(line: 1)) }[...])
        }
        XCTAssertEqual(opening(["示例市示范区国资局", "根据条例规定，现公布本局2022年年度报告。"]), "示例市示范区国资局")
        XCTAssertNil(opening(["欢迎访问示范区人民政府门户网站", "无障碍", "根据条例规定编制。"]))
        // The statistics period, where printed, wins over the report the preamble names (last year's, say).
        let lines = ["现公布示范区2021年政府信息公开工作年度报告。", "本报告统计期限自2022年1月1日起至2022年12月31日止。"]
            .enumerated().map { SourceLine(text: $1, position: SourcePosition(line: $0 + 1)) }
        XCTAssertEqual(ReportYear.publishedReport(in: lines[...]), 2021)
        XCTAssertEqual(ReportYear.statisticsPeriod(in: lines[...]), 2022)
        let two = ["现公布2021年年度报告。", "现将2022年度信息公开工作情况报告如下。"].map { SourceLine(text: $0, position: SourcePosition(line: 1)) }
        XCTAssertNil(ReportYear.publishedReport(in: two[...]), "two years named: none")
    }

    /// No title, no name (现将我乡2022年度信息公开工作情况报告如下): the year is read, the agency asked for.
    func testAPreambleWithoutTitleOrNameAsksForTheAgency() throws {
        let outcome = try ImportSite().importFile(tika("preamble-only.docx"))
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(rules(outcome.problems.filter { $0.severity == .error }), ["import-no-agency"], "\(outcome.problems)")
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(tika("preamble-only.docx"), agency: "shifan").status, .failed, "a new agency needs its name")
    }

    /// A footer of words and a page number, which Tika prints after the body: not section 六's.
    func testAFooterAfterTheSignatureIsNotSectionSix() throws {
        let (report, site, _) = try assertImportsAsTheWordFile("footer-words.docx")
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n\n示例市示范区交通运输局\n\n2023年1月20日\n")
        let line = try agencyLine(site, "from-tika")
        XCTAssertTrue(line.hasPrefix("# 示例市示范区交通运输局 2022年"), line)
    }

    /// A page's invitation to follow its account after 六 (更多精彩内容欢迎扫描下方二维码关注…) is the site's.
    func testAnInvitationToScanTheSitesCodeIsPageChrome() {
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("更多精彩内容欢迎扫描下方二维码关注示范区！"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("群众可扫描二维码查看办事指南。"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("我们开设了政务公众号，群众可扫描二维码关注示范区发布，及时了解政策"))
    }

    func testTheSignatureEndsTheReportOnlyWhenFewShortLinesFollow() {
        func end(_ texts: [String]) -> Int {
            let lines = texts.enumerated().map { SourceLine(text: $1, position: SourcePosition(line: $0 + 1)) }
            return SignedAgency.endOfSignature(lines, from: 0, to: lines.count)
        }
        XCTAssertEqual(end(["无。", "示例市某某局", "2023年1月20日", "示例市人民政府办公室印发", "— 3 —"]), 3)
        // Signed with the date above the name.
        XCTAssertEqual(end(["无。", "2023年1月20日", "示例市某某局", "示例市人民政府办公室"]), 3)
        // A sentence after the date is the report's; so is a date that signs nothing, and more than three lines.
        XCTAssertEqual(end(["无。", "示例市某某局", "2023年1月20日", "附件已另行公开。"]), 4)
        XCTAssertEqual(end(["无。", "2023年1月20日", "示例市人民政府办公室印发"]), 3)
        XCTAssertEqual(end(["无。", "示例市某某局", "2023年1月20日", "甲", "乙", "丙", "丁"]), 7)
        XCTAssertEqual(end(["无。", "示例市某某局", "2023年1月20日"]), 3)
    }
}
