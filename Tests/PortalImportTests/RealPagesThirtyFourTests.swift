import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-four (VARIANTS.md): real reports found by search — 街道, 乡镇 and county or city departments of 北京, 江苏,
/// 浙江, 广东, 吉林, 甘肃 and 内蒙古, mostly of 2024 and 2025, and two of the trial form — kept as the store gave them
/// (`real-pages/thirtyfour/`, long paragraphs shortened) and completed with the invented report's rows.
final class RealPagesThirtyFourTests: XCTestCase {
    /// 礼辛镇 2025 (甘肃 天水 甘谷): the title, `发布日期:`, `来源:`, then **`点击:` alone**, the page's counter with its count
    /// lost. Before: **silent**, the preamble opening with `点击:`.
    func testTheCounterAloneIsNoPreamble() throws {
        // (Its day, 2026-01-16, falls after the tests' import day, 2026-01-15: not taken here.)
        try assertRealPageReads("thirtyfour", "lixin-2025", "甘谷县礼辛镇", 2025, published: nil,
                                preamble: "根据《中华人民共和国政府信息公开条例》")
        for line in ["点击:", "点击：12", "阅读量: 305 次", "浏览:"] { XCTAssertTrue(HTMLDocumentReader.isChromeLine(line), line) }
        // A sentence opening with the word is the report's.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("点击:政务公开专栏可查阅全部信息。"))
    }

    /// 永吉街道 2025 (吉林 长春 南关): the title `2025年南关区永吉街道…报告`, the day, then **the title again with more of
    /// its name, `2025年南关区永吉街道办事处…报告`**. Before: **silent**, the preamble opening with that copy.
    func testAYearFirstTitleAgainWithMoreOfItsName() throws {
        // (Its day, 2026-01-20, falls after the tests' import day: not taken here.)
        try assertRealPageReads("thirtyfour", "yongji-2025", "南关区永吉街道", 2025, published: nil,
                                preamble: "根据《中华人民共和国政府信息公开条例》规定,现公布南关区永吉街道")
        // The year-first title again with a name that is not the title's, longer or shorter (another body's report
        // cited under it), stays the preamble's.
        let opening = "2025年测试区青松街道政府信息公开工作年度报告\n2025年测试区翠柏街道办事处政府信息公开工作年度报告\n"
            + "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n2025年，青松街道主动公开信息。"
        let (_, preamble) = try assertRealPageWritten(realPageWritten(opening), agency: "测试区青松街道", year: 2025)
        XCTAssertTrue(preamble.hasPrefix("2025年测试区翠柏街道办事处"), preamble)
    }

    /// 梅河口市应急管理局 2025 (吉林): part 一 headed **`一、总体情况(宋体加粗小四号字)`**, the typesetting note of the city's
    /// template left in; the title `应急管理局2025年…报告` without its place, the contact **`梅河口市应急管理局政务公开办公室`**.
    /// Before: refused wrongly, “headed 一、总体情况(宋体加粗小四号字), in other words than the form's”; with the heading
    /// mended, refused for a title without its place (the contact, the department's own office, not read as the department).
    func testATemplatesTypesettingNoteAndTheDepartmentsOwnOffice() throws {
        try assertRealPageReads("thirtyfour", "meihekou-yjj-2025", "梅河口市应急管理局", 2025, published: nil,
                                preamble: "本报告根据《中华人民共和国政府信息公开条例》")
        XCTAssertEqual(SectionLocator.key("一、总体情况（黑体三号）"), SectionLocator.key("一、总体情况"))
        XCTAssertNotEqual(SectionLocator.key("一、总体情况（镇本级）"), SectionLocator.key("一、总体情况"))
        // A government's 办公室 is a body of its own, never the government's office to contact.
        XCTAssertNil(SignedAgency.withContactsPlace("人民政府", contact: "示例县人民政府办公室"))
        XCTAssertEqual(SignedAgency.withContactsPlace("农业农村局", contact: "示例县农业农村局办公室"), "示例县农业农村局")
        XCTAssertNil(SignedAgency.withContactsPlace("农业农村局", contact: "示例县农业农村局办事处"))
    }

    /// 黄家镇 2019 (四川 内江 隆昌, the trial form): part 一 headed **`一、工作概况`**, as 2019's and 2020's reports often
    /// head it. Before: refused wrongly, “headed 一、工作概况, in other words than the form's”.
    func testPartOneHeadedAsTheWorksOverview() throws {
        let file = try realPageCompleted("thirtyfour", "huangjia-2019", rest: "tika/template-2019-filled.docx.txt")
        let report = try realPageReport(file, agency: "黄家镇", year: 2019, published: nil)
        try assertFigures(report, year: 2019)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("根据《中华人民共和国政府信息公开条例》的相关要求") == true)
    }

    /// 五原县农牧和科技局 2025 (内蒙古 巴彦淖尔): no title; **`全文包括五原县农牧和科技局单位2025年政府信息公开总体情况`**, the
    /// template's `XX单位` filled with the name and its 单位 left. Before: refused wrongly, naming only the office to contact
    /// (`五原县农牧和科技局单位办公室`), the hint offering that office as the agency.
    func testATemplatesWordLeftAfterTheName() throws {
        let (outcome, preamble) = try assertRealPageWritten(realPageCompleted("thirtyfour", "wuyuan-nkj-2025"), agency: "五原县农牧和科技局", year: 2025)
        XCTAssertNil(outcome.published)
        XCTAssertTrue(preamble.hasPrefix("本年度报告根据"), preamble)
        // 单位 after words that are no name stays unread (全文包括本单位…: no one's name).
        let lines = ["全文包括本单位2025年政府信息公开总体情况，主动公开政府信息情况。"].map { SourceLine(text: $0, position: SourcePosition(line: 1)) }
        XCTAssertNil(SignedAgency.publisher(in: lines[...]))
    }
}
