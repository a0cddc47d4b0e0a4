import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty-four (VARIANTS.md): real reports found by search — 天津's and 福建's 街道, 重庆's 镇, 河北's, 贵州's and
/// 广西's 乡镇, 江西, 山西, 云南's 州, 公安 bureaus — kept as the store gave them (`real-pages/twentyfour/`, long paragraphs
/// shortened) and completed with the invented report's rows (`variants/browser-copy.txt`).
final class RealPagesTwentyFourTests: XCTestCase {
    private func completed(_ name: String, from heading: String = "二、") throws -> URL {
        try realPageCompleted("twentyfour", name, from: heading)
    }

    private func assertReads(_ name: String, _ agency: String, _ year: Int, published: String?, preamble: String, line: UInt = #line) throws {
        try assertRealPageReads("twentyfour", name, agency, year, published: published, preamble: preamble, line: line)
    }

    // MARK: the page's furniture is no preamble

    /// 宁晋县大曹庄镇 2022: under the date line, `体裁分类:政府信息公开年报  主题分类:综合政务  文号:  索引号:…`, then the title
    /// again. 钦北区大垌镇 2023: the share buttons copied as lines under the date line (`收藏 我要收藏 公共资源调用站点 文章分享`,
    /// `分享 微信`, `头条`, `微博 空间 qq`, `【字体: 打印`), and no preamble. Before: **silent** ×2, those lines the preamble.
    func testTheParticularsAndTheShareButtonsAreNoPreamble() throws {
        try assertReads("dacaozhuang-2022", "宁晋县大曹庄镇", 2022, published: "2023-01-19", preamble: "本年度报告依据《中华人民共和国政府信息公开条例》")
        let (dadong, preamble) = try assertRealPageWritten(completed("dadong-2023"), agency: "钦北区大垌镇", year: 2023)
        XCTAssertEqual(dadong.published, "2024-01-16")
        XCTAssertEqual(preamble, "", "the page prints no preamble")
        for line in ["体裁分类:政府信息公开年报     主题分类:综合政务      文号:     索引号:dczx/1674120257266", "收藏 我要收藏 公共资源调用站点 文章分享",
                     "分享 微信", "头条", "微博 空间 qq", "【字体: 打印"] {
            XCTAssertTrue(HTMLDocumentReader.isChromeLine(line), line)
        }
        // A sentence or a list of words that are not all the tools' is no furniture.
        for line in ["“钦北大垌分布”微信公众号发布信息142条。", "分享 经验 做法", "微信 公众号 运营 情况", "体裁分类不够清晰,下一步将加以改进。"] {
            XCTAssertFalse(HTMLDocumentReader.isChromeLine(line), line)
        }
    }

    // MARK: the publication day

    /// 嘉莲街道 2024: `日期:2025-01-16 08:50:00 字号:` under the title (the page's font tool after the date). Before: no day.
    func testADateLineWithThePagesToolsAfterIt() throws {
        try assertReads("jialian-jd-2024", "厦门市思明区嘉莲街道办事处", 2024, published: "2025-01-16", preamble: "本报告系根据《中华人民共和国政府信息公开条例》")
        XCTAssertEqual(PublicationDate.underTitle("日期:2025-01-16 08:50:00 字号:")?.0, "2025-01-16")
        XCTAssertEqual(PublicationDate.underTitle("日期:2025-01-16 字体:")?.0, "2025-01-16")
    }

    // MARK: the publisher, the year

    /// 铜川市公安局 2024: no title; 铜川市公安局编制完成2024年政府信息公开年度报告. Before: refused (`import-no-agency`,
    /// “prints no agency name”). 深圳市公安局龙华分局 2024 (现向社会公布2024年深圳市公安局龙华分局…报告) and a 繁體 mirror of
    /// 徐闻县公安局's (pinyin after characters: 現(xiàn)向社會公布徐聞縣公安局2024年…報告): imported before and after (pinned).
    func testThePublisherWhoCompiledIt() throws {
        try assertReads("tongchuan-gaj-2024", "铜川市公安局", 2024, published: nil, preamble: "根据《中华人民共和国政府信息公开条例》,铜川市公安局编制完成")
        try assertReads("longhua-gafj-2024", "深圳市公安局龙华分局", 2024, published: nil, preamble: "根据《中华人民共和国政府信息公开条例》(以下简称条例)第五十条")
        try assertReads("xuwen-gaj-2024", "徐聞縣公安局", 2024, published: nil, preamble: "根據(jù)《中華人民共和國政府信息公開條例》")
    }

    /// 迪庆州's bureau 2022: no title, no statistics period; 现将2022年政府信息公开工作总结如下, and 我局 only. Before: refused for the
    /// year (“prints no year”, the hint --year), and with --year for the agency. Now the year is read and the refusal asks for the
    /// agency alone.
    func testTheYearOfTheWorkItSums() throws {
        let file = try completed("diqing-ju-2022")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"])
        let site = try ImportSite()
        let given = site.importFile(file, agency: "xiasha", dryRun: true)
        XCTAssertEqual(given.year, 2022, "\(given.problems)")
        let lines = TextExtractor.lines(of: "按照《条例》要求,结合我局工作实际,现将2022年政府信息公开工作总结如下:")
        XCTAssertEqual(ReportYear.publishedReport(in: lines[...]), 2022)
        // A summary of something else, or two years: none.
        XCTAssertNil(ReportYear.publishedReport(in: TextExtractor.lines(of: "现将2022年工作总结报送你办。")[...]))
        XCTAssertNil(ReportYear.publishedReport(in: TextExtractor.lines(of: "现将2022年政府信息公开工作总结如下:\n现公布2023年政府信息公开工作年度报告。")[...]))
    }

    // MARK: shapes read before and after (pinned)

    /// 柳北区长塘镇 2023: `2023` alone over `柳北区长塘镇政府信息公开工作年度报告`. 鄱阳县莲湖乡 2024: the title, then the title
    /// again broken inside a word (`…信息公开工作` / `年度报告`) a blank line apart. 阜平县天生桥镇 2021: a shop template's menu
    /// above, `发布时间:` over its date a blank line apart. 绿春县大兴镇 2023: `• 发布机构` over `绿春县大兴镇` (弥勒's shape; the
    /// title names the agency), `• 发布日期` over its date. Imported before and after.
    func testTitlesAndLabelsOverTwoLines() throws {
        try assertReads("changtang-2023", "柳北区长塘镇", 2023, published: "2024-01-17", preamble: "根据《中华人民共和国政府信息公开条例》、《柳州市")
        try assertReads("lianhu-xiang-2024", "鄱阳县莲湖乡", 2024, published: "2025-01-20", preamble: "根据《中华人民共和国政府信息公开条例》《国务院办公厅")
        try assertReads("tianshengqiao-2021", "阜平县天生桥镇人民政府", 2021, published: "2022-01-15", preamble: "本报告依据《中华人民共和国政府信息公开条例》")
        try assertReads("daxing-2023", "绿春县大兴镇人民政府", 2023, published: "2024-01-25", preamble: "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和绿春县")
    }

    /// 万潮镇 2023: the statistics period with its 年 lost (20231月1日至202312月31日), table 二 real with every cell a line
    /// between blank lines, all 0. Imported before and after: the real rows read.
    func testARealTableACellALine() throws {
        let report = try realPageReport(completed("wanchao-2023", from: "三、"), agency: "万潮镇", year: 2023, published: "2024-01-16")
        let proactive = cellTexts(report, table: "proactive")
        XCTAssertEqual(proactive["regulations"], ["0", "0", "0"])
        XCTAssertEqual(proactive["normativeDocuments"], ["0", "0", "0"])
        for row in ["licensing", "penalties", "enforcement", "fees"] { XCTAssertEqual(proactive[row], ["0"], row) }
        XCTAssertEqual(cellTexts(report, table: "applications")["received"], ["40", "3", "", "1", "2", "", "46"])
    }

    // MARK: refusals that stay

    /// 福田街道 2024: 二, 三 and 四 print their headings and nothing under them (the page's tables are pictures): refused, saying so.
    /// 杨村街道 2023 (its name once, in 一): no publisher's name, refused as before (its name said as the clue since round
    /// eighty-three). 大营镇 2023 (大营镇党政办公室编制了《2023年度…报告》) is its compiler's since round eighty-three. 东街街道 2025 (the office to contact, 鼓楼区东街街道办事处; 东街街道 in 一 without its
    /// 区) was refused until session 46: its text says 我街道, so the contact is its publisher.
    func testRefusalsThatStay() throws {
        let futian = try ImportSite().importFile(completed("futian-jd-2024", from: "五、"))
        XCTAssertEqual(rules(futian.problems), ["import-no-tables"])
        XCTAssertTrue(futian.problems.first?.message.contains("print their headings and no table") == true, "\(futian.problems)")
        XCTAssertTrue(futian.problems.first?.hint?.contains("images") == true, "\(futian.problems)")
        let yangcun = try ImportSite().importFile(completed("yangcun-jd-2023"))
        XCTAssertEqual(rules(yangcun.problems), ["import-no-agency"])
        try assertTakenForItsContact("twentyfour", "dongjie-jd-2025", agency: "鼓楼区东街街道办事处", kind: "subdistrict")
    }
}
