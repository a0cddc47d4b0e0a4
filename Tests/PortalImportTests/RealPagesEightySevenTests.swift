import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// Round eighty-seven (VARIANTS.md): real reports found by search, with the leftovers of round eighty-six (a sum in 万 in a
/// table a cell a line, a 分局's short name, a government office's notice as the clue, a 繁體 `以來`).
final class RealPagesEightySevenTests: XCTestCase {
    private let trialRows = "tika/template-2019-filled.docx.txt"

    /// 国家税务总局佛山市税务局 2020 (guangdong.chinatax.gov.cn): no title, `特向社会公布国家税务总局佛山市税务局(以下简称“佛山市
    /// 税务局”)2020年政府信息公开工作报告` — the name shortened in brackets between it and the year. Before: refused for its
    /// publisher, the office to contact (`佛山市税务局政务公开工作领导小组办公室`) offered. After: written as the sentence names it.
    func testAPublishingSentencesNameShortenedBeforeTheYear() throws {
        let publisher = { (text: String) in SignedAgency.publisher(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(publisher("特向社会公布国家税务总局佛山市税务局(以下简称“佛山市税务局”)2020年政府信息公开工作报告。"), "国家税务总局佛山市税务局")
        // A bracket that is no shortening stays in the name read, which is then no name.
        XCTAssertNil(publisher("特向社会公布国家税务总局佛山市税务局(2020)2020年政府信息公开工作报告。"))
        let written = try ImportSite().importFile(realPageCompleted("eightyseven", "foshan-sw-2020", rest: trialRows))
        XCTAssertEqual([written.status.rawValue, written.newAgency?.name], ["written", "国家税务总局佛山市税务局"], "\(written.problems)")
    }

    /// 开平市翠山湖管委会 2018 (a mirror, m.furendq.com): the format before 2019, its part 一 headed `一、信息公开概述`. Before:
    /// refused as a national report missing five sections and table 二, “part 一 headed in other words than the form's” —
    /// untrue. After: `import-earlier-format`, its year said.
    func testAnOverviewOfTheWorkHeadingAReportBefore2019() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyseven/cuishanhu-2018.txt"))
        XCTAssertEqual(rules(refused.problems), ["import-earlier-format"], "\(refused.problems)")
        XCTAssertTrue(refused.problems[0].message.contains("a report for 2018"), refused.problems[0].message)
        XCTAssertTrue(refused.problems[0].message.contains("“一、信息公开概述”"), refused.problems[0].message)
    }

    /// 长春市林业和园林局 2020 (js.changchun.gov.cn): a report for 2020 in the earlier format, `本报告由概述、政府信息主动公开情况、
    /// 依申请公开情况三部分组成`, `一、概述`, cut in 二. Before: refused for five sections missing, “cut off, or … a wording the form
    /// does not list” — misleading. After: `import-earlier-format`, the parts it lists quoted. A national report listing the
    /// form's parts is not one.
    func testAReportListingTheEarlierFormatsParts() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyseven/changchun-lyj-2020.txt"))
        XCTAssertEqual(rules(refused.problems), ["import-earlier-format"], "\(refused.problems)")
        XCTAssertTrue(refused.problems[0].message.contains("“概述、政府信息主动公开情况、依申请公开情况”"), refused.problems[0].message)
        let forms = Array(FormLoader.builtInForms().forms.values)
        let refusal = { (text: String) in EarlierFormat.refusal(TextExtractor.lines(of: text), forms: forms, year: 2020, path: "f.txt") }
        XCTAssertNil(refusal("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。\n一、概述\n2020年,我局…\n"))
    }

    /// A 职业学院's 2025 (nczy.edu.cn): a school's report, the regime misnamed `《高等学院信息公开办法》(教育部令第29号)`, its
    /// report `2025年高校信息公开年度报告`. Before: refused for five sections missing (“cut off”) — untrue. After: said as a
    /// school's report, as 锦州医科大学 2025's (this round's) is.
    func testASchoolsReportUnderTheRegimeMisnamed() throws {
        for name in ["nczy-2025", "jzmu-2025"] {
            let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyseven/\(name).txt"))
            XCTAssertEqual(rules(refused.problems), ["import-no-report"], "\(name): \(refused.problems)")
            XCTAssertTrue(refused.problems[0].message.contains("a school's report"), refused.problems[0].message)
        }
    }

    /// 洮砚镇 2025 (卓尼, www.zhuoni.gov.cn) and 花牛镇 2025 (麦积, www.maiji.gov.cn): `时间:2026-01-28   作者: 点击数:` and
    /// `时间:2026-01-16 点击: 【字体: …` under the title — the day with the page's byline and counter. Before: no publication
    /// day. After: read, as `2022-01-20 作者:佚名 点击数:` was (the tests' imports run on 2026-01-15, before both days: read here
    /// as on the day of this round).
    func testADateLabelledTimeBesideThePagesByline() throws {
        for (name, day) in [("taoyan-2025", "2026-01-28"), ("huaniu-2025", "2026-01-16")] {
            let text = try String(contentsOf: ImportFixtures.own("real-pages/eightyseven/\(name).txt"), encoding: .utf8)
            let lines = TextExtractor.lines(of: text)
            let start = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("一、") })
            XCTAssertEqual(PublicationDate.find(in: lines, reportStart: start, year: 2025, today: "2026-12-06")?.date, day, name)
        }
        XCTAssertNil(PublicationDate.underTitle("时间:2026-01-28 本局召开会议")?.0)
    }

    /// 云南省 2019 (www.yn.gov.cn): the title `2019年云南省政府信息公开工作年度报告`, the province's own report, `来源:云南省人民政府
    /// 办公厅          2020-03-31 17:13:25` under it. Before: written with kind `other` (其他机构), no publication day. After: its
    /// government's, as a county's or a city's named alone is; published 2020-03-31, the day after its source.
    func testAProvinceNamedAloneIsItsGovernment() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("eightyseven", "yunnan-2019", rest: trialRows))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "云南省")
        XCTAssertEqual(outcome.published, "2020-03-31")
        XCTAssertEqual(Agency.Kind.from(name: "云南省"), .government)
        XCTAssertEqual(Agency.Kind.from(name: "云南省教育厅"), .department)
    }

    /// 旺苍县林业局 2019 (round eighty-six's): table 二 a cell a line, its 采购总金额 `2601.953875万` (to the 分 in 万元, 元 left out).
    /// Before: the sum in no row, the row refused as holding “13” alone. After: joined to its row and kept as 万元 is in
    /// that column of no unit (session 52: the row was refused quoting it as a sum in 万), the unit's drop said; the report
    /// is still refused for its 行政事业性收费 row, one figure for two. A 万 in a count's column is never read (ten
    /// thousand of it?): `CellText.value` alone does not read it.
    func testASumInWanJoinedToItsRow() throws {
        let refused = try ImportSite().importFile(realPageCompleted("eightysix", "wangcang-lyj-2019", from: "三、", rest: trialRows))
        let cells = refused.problems.filter { $0.rule == "import-cell" }.map(\.message)
        XCTAssertEqual(refused.status, .failed)
        XCTAssertFalse(cells.contains { $0.contains("2601.953875万") }, "\(cells)")
        XCTAssertFalse(cells.contains { $0.contains("“13”") }, "\(cells)")
        let unit = refused.problems.filter { $0.rule == "import-unit" }.map(\.message)
        XCTAssertTrue(unit.contains { $0.contains("“2601.953875万”") && $0.contains("a sum in 万元 (its 元 left out)") }, "\(unit)")
        XCTAssertTrue(CellText.isSumInWan("2601.953875万"))
        XCTAssertFalse(CellText.isSumInWan("万"))
        XCTAssertNil(CellText.value("2601.953875万"))
    }

    /// 揭东分局 2019 (round eighty-six's): no title, no preamble, `2019年,揭东分局在区委…` — a 分局 by its short name, neither its
    /// bureau nor its city printed. Refused rightly before and after; before, “The report prints no agency name” — untrue;
    /// after, the name quoted with why it is not taken (which bureau's branch, the text does not say).
    func testABranchsShortNameQuotedInTheClue() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightysix/jiedong-fj-2019.txt"))
        let message = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }?.message)
        XCTAssertTrue(message.contains("“揭东分局” (line 2), a branch (分局) by its short name"), message)
        let read = { (text: String) in NamedOnceInPartOne.openingTheYearsWork(in: TextExtractor.lines(of: "一、总体情况\n" + text)[...])?.name }
        XCTAssertEqual(read("2019年,揭东分局在区委、区政府的领导下,扎实做好信息公开工作。"), "揭东分局")
        XCTAssertNil(read("2019年,我分局在区委、区政府的领导下,扎实做好信息公开工作。"))
        XCTAssertNil(read("2019年,全局分局在区委的领导下,扎实做好信息公开工作。"))
    }

    /// 鹤山市公安局 2019 (a 繁體 mirror, round eighty-six's): no title, part 一 opening `2019年以來,我局…`. Before: “the report's
    /// title prints no year” (there is none), nothing of 以來. After: the title said missing and `2019年以來` quoted as printed,
    /// read as 以来 is.
    func testSinceWhenInTraditionalCharacters() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightysix/heshan-gaj-2019.txt"))
        let message = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-year" }?.message)
        XCTAssertTrue(message.hasPrefix("the report prints no title"), message)
        XCTAssertTrue(message.contains("part 一 opens with “2019年以來”"), message)
    }

    /// 岩腊乡 2019 (西秀区, round eighty-six's): no title, `我乡`, and the documents it cites — `《安顺市人民政府办公室关于印发…的
    /// 通知》`. Refused rightly before and after; before, the clue the notice's sender, 安顺市人民政府办公室, its hint offering to
    /// import as it — another body. After: a government's office sending a notice is no clue.
    func testAGovernmentOfficesNoticeIsNoClue() throws {
        let refused = try ImportSite().importFile(realPageCompleted("eightysix", "yanla-2019", rest: trialRows), year: 2019)
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" })
        XCTAssertFalse(problem.message.contains("人民政府办公室"), problem.message)
        XCTAssertFalse((problem.hint ?? "").contains("人民政府办公室"), problem.hint ?? "")
        let inside = { (text: String) in SignedAgency.namedInsideATitle(in: TextExtractor.lines(of: text)[...])?.name }
        XCTAssertNil(inside("根据《安顺市人民政府办公室关于印发安顺市2019年政务公开工作实施方案的通知》要求。"))
        XCTAssertEqual(inside("完成《宝山区友谊路街道主动公开事项目录》编制。"), "宝山区友谊路街道")
    }
}
