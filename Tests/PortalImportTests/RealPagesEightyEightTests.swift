import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eighty-eight (VARIANTS.md): real reports found by search, with the leftovers of round eighty-seven (a town's name
/// heading its own year's plan, a school's report of a calendar year, a town's county only in the site's banner).
final class RealPagesEightyEightTests: XCTestCase {
    private let trialRows = "tika/template-2019-filled.docx.txt"

    /// 岩腊乡 2019 (西秀区, round eighty-six's): no title, `我乡`, and `特制定《岩腊乡2019年政务公开工作实施方案` — its own plan's
    /// title, which the store cut before its 》. Refused rightly before and after (given --year 2019, for its publisher);
    /// before, “The report prints no agency name”; after, 岩腊乡 quoted where it heads that title, the hint asking for its
    /// name in full (its county's). Never taken: a title is no byline, and the name lacks its county.
    func testATownsNameHeadingItsOwnYearsPlanIsTheClue() throws {
        let refused = try ImportSite().importFile(realPageCompleted("eightysix", "yanla-2019", rest: trialRows), year: 2019)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("“岩腊乡” only at the head of the title of a document of its year (《岩腊乡2019年政务公开工作实施方案"), problem.message)
        XCTAssertTrue(problem.message.contains("the text ending before its 》"), problem.message)
        XCTAssertTrue((problem.hint ?? "").contains("its county's or district's name before “岩腊乡”"), problem.hint ?? "")
        // Invented lines: a closed title reads alike; words that are no town's name, and a name with its place, do not.
        let heading = { (text: String) in SignedAgency.headingItsOwnYearsDocument(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(heading("印发《岩腊乡2019年政务公开工作要点》。").map { [$0.name, $0.title] }, ["岩腊乡", "《岩腊乡2019年政务公开工作要点》"])
        XCTAssertEqual(heading("印发《岩腊乡2019年政务公开工作要点》。")?.cut, false)
        XCTAssertNil(heading("转发《各乡镇2019年政务公开工作要点》。"))
        XCTAssertNil(heading("制定《西秀区岩腊乡2019年政务公开工作要点》。"))
        XCTAssertNil(heading("学习《乡村振兴2019年工作要点》。"))
    }

    /// A 职业学院's 2025 (nczy.edu.cn, round eighty-seven's): a school's report of the calendar year to 31 October
    /// (`统计日期为2025年1月1日—2025年10月31日`). Refused rightly before and after; before, “a school year's” — untrue; after,
    /// said a school's report only, as printed. 中山大学's 2021—2022学年 report is still said a school year's.
    func testASchoolsReportOfACalendarYearIsNoSchoolYears() throws {
        let nczy = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyseven/nczy-2025.txt"))
        XCTAssertEqual(rules(nczy.problems), ["import-no-report"], "\(nczy.problems)")
        XCTAssertTrue(nczy.problems[0].message.contains("a school's report"), nczy.problems[0].message)
        XCTAssertFalse(nczy.problems[0].message.contains("school year"), nczy.problems[0].message)
        let sysu = try ImportSite().importFile(ImportFixtures.own("real-pages/fifteen/sysu-2021-2022.txt"))
        XCTAssertTrue(sysu.problems.contains { $0.message.contains("a school year's") }, "\(sysu.problems)")
    }

    /// 洮砚镇 2025 (卓尼, round eighty-seven's): its title `洮砚镇人民政府2025年度…报告`, 卓尼县人民政府 only as the site's banner
    /// over its menu. Decided (this round): written as the title names it, with no note of the banner's county — a banner is
    /// the site's furniture (a mirror or an aggregator keeps another's), as 东大街街道's menu was (round eighty-six). Passes on
    /// main too: it pins the decision.
    func testACountyInTheSitesBannerIsNoPartOfTheName() throws {
        let written = try ImportSite().importFile(realPageCompleted("eightyseven", "taoyan-2025"))
        XCTAssertEqual(written.status, .written, "\(written.problems)")
        XCTAssertEqual(written.newAgency?.name, "洮砚镇人民政府")
        XCTAssertFalse(written.problems.contains { $0.message.contains("卓尼县") }, "\(written.problems)")
    }

    /// 南宁经济技术开发区管理委员会 2021 (nnwxxq.gxzf.gov.cn): no title, `本报告根据…要求,由南宁经济技术开发区管理委员会(以下简称
    /// 经开区管委会)编制。` — the compiler's name shortened in brackets before 编制. Before: refused, “The report prints no agency
    /// name”. After: written as the sentence names it (as 佛山市税务局's publishing sentence was, round eighty-seven).
    func testACompilersNameShortenedBeforeTheVerb() throws {
        let written = try ImportSite().importFile(realPageCompleted("eightyeight", "nanning-jkq-2021"))
        XCTAssertEqual([written.status.rawValue, written.newAgency?.name], ["written", "南宁经济技术开发区管理委员会"], "\(written.problems)")
        let compiler = { (text: String) in SignedAgency.compiler(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(compiler("本报告根据《条例》要求,由南宁经济技术开发区管理委员会(以下简称经开区管委会)编制。"), "南宁经济技术开发区管理委员会")
        // A bracket that is no shortening is no part of a compiler's sentence (invented).
        XCTAssertNil(compiler("本报告根据《条例》要求,由南宁经济技术开发区管理委员会(2021)编制。"))
    }

    /// 湖南省人民政府办公厅 2020 (a 繁體 mirror, acorahome.com): no title, part 一 `2020年,湖南省人民政府辦公廳認真落實…`.
    /// Refused rightly before and after (no year printed, nor a publisher); before, the clue cut the name to “湖南省人民政府”,
    /// its hint offering to import as the province's government — another body than its office. After: the office read
    /// whole, quoted as printed (辦公廳).
    func testAGovernmentsGeneralOfficeOpeningPartOneReadWhole() throws {
        let refused = try ImportSite().importFile(realPageCompleted("eightyeight", "hunan-bgt-2020", rest: trialRows), year: 2020)
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("“湖南省人民政府辦公廳”"), problem.message)
        XCTAssertFalse((problem.hint ?? "").contains("“湖南省人民政府”"), problem.hint ?? "")
        XCTAssertEqual(SignedAgency.openingName("2020年湖南省人民政府办公厅认真落实条例"), "湖南省人民政府办公厅")
    }

    /// 滇源街道 2018 (昆明 盘龙区, www.kmpl.gov.cn) heads its parts in the national form's words (`一、总体情况`, `二、主动公开政府
    /// 信息情况`) over no national table; 闸弄口街道 2018 (杭州, www.hzsc.gov.cn) heads its part 一 `一、情况概述`. Before: 滇源
    /// imported with the 2021 form and refused for four sections missing and table 二 empty; 闸弄口 refused as “no report
    /// found … is this the report itself, or a page that links to it?” — both misleading. After: `import-earlier-format`, a
    /// report for 2018, before the national tables.
    func testAReportFor2018WhateverItsPartOnesHeading() throws {
        for name in ["dianyuan-2018", "zhanongkou-2018"] {
            let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyeight/\(name).txt"))
            XCTAssertEqual(rules(refused.problems), ["import-earlier-format"], "\(name): \(refused.problems)")
            XCTAssertTrue(refused.problems[0].message.contains("a report for 2018"), refused.problems[0].message)
        }
    }

    /// 沅陵县二酉苗族乡 2020 (a 繁體 mirror, 71584.cn, its converter glossing characters in pinyin): `沅陵縣人民政府門戶網(wǎng)站
    /// 71584.cn 發(fā)布時間:2021-01-18 10:17` under the title. Before: written with no publication day (the gloss cut 發布時間
    /// apart). After: published 2021-01-18. Round fifteen's 西藏 mirrors glossed alike (`發(fā)布日期 | 2024-02-22 10:18:21`)
    /// gain theirs too.
    func testAPublicationLabelGlossedInPinyin() throws {
        let written = try ImportSite().importFile(realPageCompleted("eightyeight", "eryou-2020", from: "三、", rest: trialRows))
        XCTAssertEqual(written.status, .written, "\(written.problems)")
        XCTAssertEqual(written.published, "2021-01-18")
        for (name, day) in [("xizang-bgt-2023-pinyin", "2024-02-22"), ("xizang-minwei-2023-trad", "2024-02-21")] {
            let xizang = try ImportSite().importFile(realPageCompleted("fifteen", name))
            XCTAssertEqual([xizang.status.rawValue, xizang.published], ["written", day], "\(name): \(xizang.problems)")
        }
    }
    /// 从化经济开发区管委会 2022 (www.conghua.gov.cn): no title, no preamble, its tables pictures, part 一 `2022年,在区委区政府的
    /// 正确领导下,广东从化经济开发区管理委员会认真贯彻…` — 广东 and 从化 printed without their 省 and 市. Refused rightly before and
    /// after (no tables, no year printed, no publisher); before, “The report prints no agency name” — untrue; after, the zone's
    /// committee quoted where part 一 names it, said not taken.
    func testAZonesCommitteeOpeningPartOneIsTheClue() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyeight/conghua-kfq-2022.txt"))
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("“广东从化经济开发区管理委员会” (line 2)"), problem.message)
        let zone = { (clause: String) in NamedOnceInPartOne.openingZonesCommittee(Substring(clause)) }
        XCTAssertEqual(zone("广东从化经济开发区管理委员会认真贯彻执行"), "广东从化经济开发区管理委员会")
        XCTAssertNil(zone("经济开发区管委会认真贯彻执行"))
        XCTAssertNil(zone("全区经济开发区管委会认真贯彻执行"))
        XCTAssertNil(zone("在从化经济开发区管理委员会的领导下"))
    }
}
