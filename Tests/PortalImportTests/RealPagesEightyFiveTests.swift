import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// Round eighty-five (VARIANTS.md): real reports found by search, with the leftovers of round eighty-four (a title's town
/// and the county its address prints, 民主街's title over its 街道's own, a page interpreting a report).
final class RealPagesEightyFiveTests: XCTestCase {
    /// 木塔乡 2024 (安徽 东至, dongzhi.gov.cn; round eighty-four's): the title `木塔乡人民政府2024年…报告`, `请与木塔乡党政办联系
    /// (地址:东至县木塔乡人民政府G206北100米`. Before: written as the title's 木塔乡人民政府, though 青山乡 2024 on the same site
    /// (a name read from a sentence) takes its county. After: 东至县木塔乡人民政府, the county the page prints before the same
    /// name, with the same guards (one county printed, never one guessed); an agency already named as the title is found.
    func testATitlesTownTakesTheCountyItsAddressPrints() throws {
        try assertTakenForItsContact("eightyfour", "muta-2024", agency: "东至县木塔乡人民政府", kind: "town")
        let site = try ImportSite()
        let folder = site.root.appendingPathComponent("content/agencies/mutaxiang-renminzhengfu")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("name: 木塔乡人民政府\nkind: town\n".utf8).write(to: folder.appendingPathComponent("agency.yaml"))
        let found = site.importFile(try realPageCompleted("eightyfour", "muta-2024"))
        XCTAssertEqual(found.status, .written, "\(found.problems)")
        XCTAssertEqual(found.agencySlug, "mutaxiang-renminzhengfu")
        XCTAssertNil(found.newAgency)
        // The other side: no county printed, or two different ones: the title's name as printed.
        let title = "木塔乡人民政府2024年政府信息公开工作年度报告\n"
        let sentence = "本报告中使用数据统计期限为2024年1月1日至12月31日。如对本报告有任何疑问,请与木塔乡党政办联系(地址:ADDRESS)。\n"
        let opening = { (address: String) in title + sentence.replacingOccurrences(of: "ADDRESS", with: address) + "一、总体情况\n2024年,我乡深入贯彻落实政务公开工作要求。\n" }
        try assertRealPageWritten(realPageWritten(opening("木塔乡人民政府G206北100米")), agency: "木塔乡人民政府", year: 2024)
        try assertRealPageWritten(realPageWritten(opening("东至县木塔乡人民政府,来源:石台县木塔乡人民政府")), agency: "木塔乡人民政府", year: 2024)
    }

    /// 民主街道 2025 (吉林 通化 东昌区, xxgk.dc.gov.cn; round eighty-four's): the page's title `民主街2025年…报告`, the article's own
    /// `民主街道办事处2025年…报告` under `发布日期:…`, `请与东昌区民主街道办事处联系`. Before: written as 民主街 (kind other), a road's
    /// name. After: the article's title, which names the subdistrict in full, with the district its contact prints before it:
    /// 东昌区民主街道办事处 (subdistrict). A 街 title with no fuller one under it stays as printed.
    func testAStreetsTitleGivesWayToTheSubdistrictsOwn() throws {
        try assertTakenForItsContact("eightyfour", "minzhu-jd-2025", agency: "东昌区民主街道办事处", kind: "subdistrict")
        let title = { (text: String) in ReportTitle(TextExtractor.lines(of: text)[...]).agencyName }
        XCTAssertEqual(title("民主街2025年政府信息公开工作年度报告\n\n发布日期:2026-01-19\n\n民主街道办事处2025年政府信息公开工作年度报告\n"), "民主街道办事处")
        XCTAssertEqual(title("民主街2025年政府信息公开工作年度报告\n\n民主街道2025年政府信息公开工作年度报告\n"), "民主街道")
        XCTAssertEqual(title("民主街2025年政府信息公开工作年度报告\n\n发布日期:2026-01-19\n"), "民主街")
        // Another year's, or another street's, title is no fuller name of this one.
        XCTAssertEqual(title("民主街2025年政府信息公开工作年度报告\n\n民主街道办事处2024年政府信息公开工作年度报告\n"), "民主街")
        XCTAssertEqual(title("民主街2025年政府信息公开工作年度报告\n\n新民主街道办事处2025年政府信息公开工作年度报告\n"), "民主街")
    }

    /// 科苑街道 2020 (山东 淄博 张店, www.zhangdian.gov.cn): `【文稿解读】科苑街道办事处2020年…报告`, `现对《报告》解读如下:` — a page
    /// interpreting the report, none of its parts. Refused rightly before and after; before, “it holds part of the report only
    /// (one page of it, or a copy that left out its parts' headings and tables)” — untrue; after, it says the page interprets
    /// the report, and the hint sends to the report's own page.
    func testAnInterpretationIsNotTheReport() throws {
        let file = ImportFixtures.own("real-pages/eightyfive/keyuan-jd-2020.txt")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(refused.status, .failed)
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-report" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("interprets the report (解读)"), problem.message)
        XCTAssertEqual(problem.location.line, 2, problem.message)
        let lines = { (text: String) in TextExtractor.lines(of: text) }
        let said = lines("科苑街道办事处2020年政府信息公开工作年度报告\n现对《报告》解读如下:\n")
        XCTAssertTrue(PartOfAReport.isInterpretation(title: said[0], lines: said))
        let report = lines("科苑街道办事处2020年政府信息公开工作年度报告\n现将2020年度政府信息公开工作情况报告如下:\n")
        XCTAssertFalse(PartOfAReport.isInterpretation(title: report[0], lines: report))
    }

    /// 来凤经济开发区 2018 (湖北, www.laifeng.gov.cn): a report in the format before 2019, `本报告由概述,主动公开政府信息情况,依申请
    /// 公开政府信息办理情况,信息公开收费及减免情况,…六部分组成`, the page cut after `三、依申请公开政府信息办理情况`. Before: refused as a
    /// report of the national form missing its table 二 and its parts 三 to 六 — untrue; after, as a report in the earlier format
    /// (one of that format's parts printed, and the preamble listing its 收费及减免 part), the hint saying a 2018 report has no form.
    /// A preamble listing the national format's parts, or none, with the same part heading, is not said to be one.
    func testAnEarlierFormatsPreambleListingItsParts() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyfive/laifeng-kfq-2018.txt"))
        XCTAssertEqual(rules(refused.problems.filter { $0.severity == .error }), ["import-earlier-format"], "\(refused.problems)")
        let forms = Array(FormLoader.builtInForms().forms.values)
        let heading = "三、依申请公开政府信息办理情况\n2018年,我区收到1件政府信息公开申请。\n"
        let national = "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。\n一、总体情况\n"
        XCTAssertNil(EarlierFormat.refusal(TextExtractor.lines(of: national + heading), forms: forms, path: "f.txt"))
        let earlier = "本报告由概述,主动公开政府信息情况,依申请公开政府信息办理情况,信息公开收费及减免情况,复议、诉讼和申诉情况,存在问题及改进措施六部分组成。\n一、概述\n"
        XCTAssertNotNil(EarlierFormat.refusal(TextExtractor.lines(of: earlier + heading), forms: forms, path: "f.txt"))
    }
}
