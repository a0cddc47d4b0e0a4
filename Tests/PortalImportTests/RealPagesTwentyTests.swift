import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty (VARIANTS.md): real reports found by search — 辽宁, 吉林, 山西, 安徽, 湖南, 广东, 北京, 浙江, 江苏, 陕西 and 湖北 pages,
/// 海事 and 海洋 bodies, development zones, a 卫健委 on a spam mirror — kept as the store gave them (`real-pages/twenty/`, long
/// paragraphs shortened) and completed with the invented report's rows from 二 on (`variants/browser-copy.txt`), the trial
/// form's for 2020.
final class RealPagesTwentyTests: XCTestCase {
    /// The page's opening (`real-pages/twenty/NAME.txt`) completed from the heading on.
    private func completed(_ name: String, from heading: String = "二、", rest: String = "variants/browser-copy.txt") throws -> URL {
        try realPageCompleted("twenty", name, from: heading, rest: rest)
    }

    /// Imports the completed page: written under `agency` for `year`, every figure the invented report's, published on
    /// `published`, its preamble opening with `preamble`.
    private func assertReads(_ name: String, _ agency: String, _ year: Int, published: String?, preamble opening: String, line: UInt = #line) throws {
        let (outcome, preamble) = try assertRealPageWritten(completed(name), agency: agency, year: year, line: line)
        XCTAssertEqual(outcome.published, published, name, line: line)
        XCTAssertTrue(preamble.hasPrefix(opening), preamble, line: line)
    }

    // MARK: the article's title under a browser's title for the page

    /// 长沙市卫生健康委员会 2022 (a spam mirror): `长沙市政府门户网站-2022年长沙市卫生健康委员会…报告_足彩app…`, then the article's
    /// own title, its year first. Before: **silent**, the agency “长沙市政府门户网站-”.
    func testAYearFirstArticleTitleUnderABrowsersTitle() throws {
        try assertReads("changsha-wjw-2022", "长沙市卫生健康委员会", 2022, published: "2023-01-12", preamble: "本年度报告根据《中华人民共和国政府信息公开条例》")
    }

    // MARK: no preamble

    /// 湘乡 金石镇 2024: the title, `湘乡市人民政府门户网站 www.xxs.gov.cn 发布时间:2025-01-09 15:30`, then the title again under
    /// another form of its name over two lines (金石镇人民政府2024年政府信息 / 公开工作年度报告). 岱山县海洋与渔业局 2023:
    /// `发布日期: 2024- 01- 23 10: 54` (its digits apart) and `[图解版]`, the link to its picture version. Before: **silent** ×2,
    /// the lines the preamble's first, 岱山's day unread.
    func testTheSiteLineTheTitleAgainAndThePictureVersionAreNoPreamble() throws {
        try assertReads("jinshi-2024", "湘乡市金石镇", 2024, published: "2025-01-09", preamble: "根据《中华人民共和国政府信息公开条例》和湘乡市委政府")
        try assertReads("daishan-hyj-2023", "岱山县海洋与渔业局", 2023, published: "2024-01-23", preamble: "本报告依据《中华人民共和国政府信息公开条例》")
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("【一图读懂】"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("[图解版]本报告依据《条例》编制。"))
        XCTAssertEqual(DateText.read("2024- 01- 23 10: 54", from: "2024- 01- 23 10: 54".startIndex)?.0, "2024-01-23")
        // Only a space after the dash is passed over: a month in words after it is no date.
        XCTAssertNil(DateText.read("2024- 1月", from: "2024- 1月".startIndex))
    }

    // MARK: the publisher named in other words

    /// 山东省海洋局 2022: …相关要求,发布山东省海洋局2022年…报告 (发布 alone). 海南海事局 2020 (the ministry's 繁體 gate):
    /// 特向社會公佈海南海事局2020年政府資訊公開工作年度報告 (公佈, 資訊: a Taiwan conversion's), its table 二 real in the trial
    /// form. 东宝区招商局 2024: 对2024年东宝区招商局政府信息公开工作情况报告如下. Before: refused ×3 (`import-no-agency`).
    /// 西安临潼旅游商贸开发区管理委员会 2024 (现将…2024年度政府信息公开工作情况报告如下): imported before and after.
    func testThePublisherNamedInOtherWords() throws {
        try assertReads("shandong-hyj-2022", "山东省海洋局", 2022, published: nil, preamble: "本年度报告根据")
        try assertReads("dongbao-zsj-2024", "东宝区招商局", 2024, published: nil, preamble: "依据《中华人民共和国政府信息公开条例》")
        try assertReads("lintong-lskfq-2024", "西安临潼旅游商贸开发区管理委员会", 2024, published: nil, preamble: "本报告依据")
        let site = try ImportSite()
        let outcome = site.importFile(try completed("hainan-msa-2020", from: "\t第二十条第（五）项", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "海南海事局")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2020))
        XCTAssertEqual(cellTexts(report, table: "proactive")["regulations"], ["0", "0", "0"])
        XCTAssertEqual(cellTexts(report, table: "proactive")["normativeDocuments"], ["6", "6", "33"])
    }

    /// Refusals that stay: 龙游 湖镇镇 2024 (本单位, named only as the contact; part 一 headed `一 、政府信息公开工作的基本概况`:
    /// before, the hint said its items stood under no heading — now the heading is named), 山海关 南关街道 2024 (no heading 一
    /// over （一）).
    func testRefusalsThatStay() throws {
        for (name, rule) in [("huzhen-2024", "import-section-missing"), ("nanguan-2024", "import-section-missing")] {
            let outcome = try ImportSite().importFile(completed(name))
            XCTAssertEqual(outcome.status, .failed, name)
            XCTAssertEqual(rules(outcome.problems), [rule], name)
            if name == "huzhen-2024" {
                XCTAssertTrue(outcome.problems.first?.message.contains("headed “一 、政府信息公开工作的基本概况”, in other words") == true, "\(outcome.problems)")
            }
        }
    }

    /// 寒亭镇 2023: no title, named only as the contact (寒亭镇人民政府) and in 一; its sentences say 我镇 and 本镇. Refused until
    /// session 46; now the contact the text speaks as (`SignedAgency.contactTheTextSpeaksAs`).
    func testATownSpeakingAsItsContactIsItsPublisher() throws {
        // (Round eighty-four: with the district its address prints, `地址:宣州区寒亭镇商业街1号`.)
        try assertTakenForItsContact("twenty", "hanting-2023", agency: "宣州区寒亭镇人民政府", kind: "town")
    }
}
