import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round ninety-two (VARIANTS.md): real reports found by search, with round ninety-one's leftovers decided.
final class RealPagesNinetyTwoTests: XCTestCase {
    /// A 区交通运输局's 2025 report on 金口河区's site (jkh.gov.cn): the site's name `金口河区人民政府` on a line of its own over
    /// `2025年度政府信息公开年报`, `信息来源:区交通运输局`, part 一 telling `区交通运输局`'s work (`区交通运输局紧紧围绕…`). Before:
    /// **written** under the agency “金口河区人民政府” (government): the line above a title naming no one was taken for the
    /// publisher. After: refused, the bureau named without its place and the line above said as the site's government.
    func testTheSitesGovernmentOverATitleIsNotTheDepartmentsPublisher() throws {
        let outcome = try ImportSite().importFile(realPageCompleted("ninetytwo", "jkh-jtj-2025"))
        XCTAssertEqual(rules(outcome.problems), ["import-no-agency"], "\(outcome.problems)")
        XCTAssertNil(outcome.newAgency)
        let problem = try XCTUnwrap(outcome.problems.first)
        XCTAssertTrue(problem.message.contains("it names “区交通运输局” in part 一's sentences"), problem.message)
        XCTAssertTrue(problem.message.contains("“金口河区人民政府”, on the line above its title, is the site's government"), problem.message)
        XCTAssertTrue((problem.hint ?? "").contains("the 区's name before “交通运输局”"), problem.hint ?? "")
        // Invented titles (probes): the line above stays the publisher's where the text names the government's office, or a
        // department of another level.
        let site = { (above: String, publisher: String) in
            SignedAgency.sitesGovernment(above: ReportTitle(TextExtractor.lines(of: above + "\n2025年度政府信息公开年报")[...]), publisher: publisher)
        }
        XCTAssertEqual(site("金口河区人民政府", "区交通运输局"), "金口河区人民政府")
        XCTAssertNil(site("金口河区人民政府", "区人民政府办公室"))
        XCTAssertNil(site("某某县人民政府", "区交通运输局"))
    }

    /// 上饶市人民政府 2022 on a casino's mirror (yxjlzs.com: `关于` and `江西` replaced by `欧洲五大联赛`): no title, the preamble
    /// `根据《…条例》《…欧洲五大联赛:印发<…格式>的通知》要求,上饶市人民政府根据全市2022年度…开展情况,编制本报告`. Before: refused,
    /// “it names “市政府” in part 一's sentences … without its place” (the compiler not read). After: written, 上饶市人民政府.
    func testTheCompilerOpeningTheClauseAfterTheRulesCitedPublishesTheReport() throws {
        let (outcome, _) = try assertRealPageWritten(realPageCompleted("ninetytwo", "yxjlzs-shangrao-2022"), agency: "上饶市人民政府", year: 2022)
        XCTAssertEqual(outcome.agencySlug, "shangraoshi-renminzhengfu")
        // Invented lines (probes): a level's name alone (县教体局, a real 2020 report's) is no compiler with its place.
        let compiler = { (text: String) in SignedAgency.compiler(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(compiler("根据《中华人民共和国政府信息公开条例》要求,某某县人民政府根据全县工作情况,编制本报告。"), "某某县人民政府")
        XCTAssertNil(compiler("根据《中华人民共和国政府信息公开条例》要求,县教体局根据有关规定,编制本报告。"))
    }

    /// 龙泉 西街街道 2019 (longquan.gov.cn): the title `2019年西街街道` / `政府信息公开工作年度报告`, part 一 headed `一、` alone.
    /// Refused rightly before and after; before, “headed “一、”, in other words than the form's” (**untrue**: no words); after,
    /// “its number alone, without the part's words”. (Round ninety-three reads the real page's bare `一、` as part 一's heading,
    /// `RealPagesNinetyThreeTests`; the message stands where it is not read: here, a probe, the numeral printed twice.)
    func testAPartHeadedByItsNumberAloneIsSaidSo() throws {
        let real = try String(contentsOf: ImportFixtures.own("real-pages/ninetytwo/longquan-xijie-2019.txt"), encoding: .utf8)
        let twice = real.replacingOccurrences(of: "\n一、\n", with: "\n一、\n一、\n")
        let outcome = try ImportSite().importFile(realPageWritten(twice, then: "tika/template-2019-filled.docx.txt", from: "二、"))
        let missing = try XCTUnwrap(outcome.problems.first { $0.rule == "import-section-missing" }, "\(outcome.problems)")
        XCTAssertTrue(missing.message.contains("is headed “一、”, its number alone, without the part's words"), missing.message)
    }

    /// Round ninety-one's leftover (1): 南京 a 财政局 2020 on a casino's mirror, the breadcrumb `当前位置:首页 > bt365彩票官方app_亚洲
    /// 365bet投注_直播365体育财政局 > 信息公开专栏 > …`, `我局` only. Refused rightly before and after; before, “The report prints no
    /// agency name” (**untrue**: the breadcrumb prints one, mangled); after, the step quoted with its letters. Never taken.
    /// Leftover (2): a national body's full name opening part 一 is said as its short name is, never taken; the words no longer
    /// call every such name a short one.
    func testABreadcrumbsMarkedStepIsSaidAndANationalBodysFullNameIsNotCalledShort() throws {
        let refused = try ImportSite().importFile(realPageCompleted("ninetyone", "bjswsg-czj-2020", rest: "tika/template-2019-filled.docx.txt"))
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("it prints “bt365彩票官方app_亚洲365bet投注_直播365体育财政局” (line 1) as a step of the page's breadcrumb"), problem.message)
        XCTAssertTrue(problem.message.contains("(“bt365”, “app”, “_”, “365bet”)"), problem.message)
        XCTAssertNil(refused.newAgency)
        // Invented lines (probes): a breadcrumb naming no body with letters says nothing; a national body's full name.
        XCTAssertNil(MarkedName.find(in: TextExtractor.lines(of: "当前位置:首页 > 信息公开 > ZFXXGK > 年度报告")[...]))
        let named = NamedOnceInPartOne.openingTheYearsWork(in: TextExtractor.lines(of: "一、总体情况\n国家卫生健康委员会坚持依法公开。")[...])
        XCTAssertEqual(named?.name, "国家卫生健康委员会")
        XCTAssertTrue(named?.message.contains("the name may be its short one, 简称, which is no official name") == true, named?.message ?? "")
    }
}
