import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty-seven (VARIANTS.md): real reports found by search — 县级 and 市级 教育, 卫健, 公安, 住建, 交通, 水利, 农业农村,
/// 市场监管, 司法 bodies, 省级 厅/委, a 黑龙江 街道 — kept as the store gave them (`real-pages/twentyseven/`, long paragraphs
/// shortened) and completed with the invented report's rows (`variants/browser-copy.txt`; the 2019 and 2020 reports with the
/// trial form's, `tika/template-2019-filled.docx.txt`).
final class RealPagesTwentySevenTests: XCTestCase {
    // MARK: a title's name without its place

    /// 安阳县住建局 2025 (`住建局 2025 年…报告`), 民和县教育局 2023 (`县教育局2023年…报告`), 富裕县水务局 2020 (`水务局2020年…报告`):
    /// the title names the bureau without the place it serves, and neither the preamble, a signature nor the office to contact
    /// prints it. Before: **silent**, written as 住建局, 县教育局, 水务局 (every county has one). Now refused, saying so.
    func testATitlesNameWithoutItsPlaceIsNoPublisher() throws {
        for (name, printed, rest) in [("anyang-zjj-2025", "住建局", "variants/browser-copy.txt"),
                                      ("minhe-jyj-2023", "县教育局", "variants/browser-copy.txt"),
                                      ("fuyu-swj-2020", "水务局", "tika/template-2019-filled.docx.txt")] {
            let refused = try ImportSite().importFile(realPageCompleted("twentyseven", name, rest: rest))
            XCTAssertEqual(refused.status, .failed, name)
            XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(name): \(refused.problems)")
            let problem = try XCTUnwrap(refused.problems.first)
            XCTAssertTrue(problem.message.contains("its title names it “\(printed)”, without the place it serves"), problem.message)
            XCTAssertTrue(problem.hint?.contains("--agency") == true, "\(problem)")
        }
        // A department's common name, alone or after a level alone (县教育局, 市政府办公室), names no place; a word opening
        // with a level's character is no level (市场监督管理局: the common name itself).
        for name in ["住建局", "县教育局", "水务局", "区卫健局", "市政府办公室", "農業農村局", "市场监督管理局", "县人民政府", "公安分局",
                     "卫生健康委员会", "区退役军人事务局"] {
            XCTAssertTrue(SignedAgency.printsNoPlace(name), name)
        }
        // Anything else before the department's words is its place, and a national body is named without one (自然资源部,
        // 国家税务总局); a body's own name may hold its place without a level (上海海事局, 长江水利委员会, 太湖流域管理局,
        // 浦东公安分局: ministries' bodies and a district's named as it calls itself, written as printed before round
        // twenty-seven and refused by its first rule, which took every name of no level ending in 局 or 委员会).
        for name in ["安阳县住建局", "自然资源部", "国家税务总局", "海关总署(本级机关)", "西城区金融街街道", "義烏工商職業技術學院", "蒋湖农场",
                     "上海海事局", "长江水利委员会", "太湖流域管理局", "浦东公安分局", "黄河水利委员会", "深圳证监局", "行政审批服务中心"] {
            XCTAssertFalse(SignedAgency.printsNoPlace(name), name)
        }
    }

    /// 资溪县农业农村局 2020: particulars `发文机关: 农业农村局`, the title `农业农村局2020年度…报告`, the preamble `请与资溪县农业农村局联系`.
    /// Before: **silent**, written as 农业农村局. Now the contact's place before exactly the title's name completes it.
    func testTheOfficeToContactGivesTheTitlesNameItsPlace() throws {
        let file = try realPageCompleted("twentyseven", "zixi-nyj-2020", rest: "tika/template-2019-filled.docx.txt")
        let report = try realPageReport(file, agency: "资溪县农业农村局", year: 2020, published: "2021-01-14")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("根据《中华人民共和国政府信息公开条例》和省、市相关规定") == true,
                      "\(report.narratives)")
        XCTAssertEqual(SignedAgency.withContactsPlace("农业农村局", contact: "资溪县农业农村局"), "资溪县农业农村局")
        // The contact another body (a government's office), or the title naming its place: nothing. (The body's own
        // 办公室, …局办公室, gives its place since round thirty-four, as a compiling department's 办公室 stands for the
        // department: `RealPagesThirtyFourTests`; another division of it, …局执法大队, still gives nothing.)
        XCTAssertNil(SignedAgency.withContactsPlace("办公室", contact: "资溪县人民政府办公室"))
        XCTAssertEqual(SignedAgency.withContactsPlace("农业农村局", contact: "资溪县农业农村局办公室"), "资溪县农业农村局")
        XCTAssertNil(SignedAgency.withContactsPlace("农业农村局", contact: "资溪县农业农村局执法大队"))
        XCTAssertNil(SignedAgency.withContactsPlace("资溪县农业农村局", contact: "资溪县农业农村局"))
        XCTAssertNil(SignedAgency.withContactsPlace("农业农村局", contact: nil))
    }

    /// 马关县交通运输局 2019: the title `【2019】马关县交通运输局2019年…报告`, the column's year in brackets before the name.
    /// Before: **silent**, the agency “【2019】马关县交通运输局”.
    func testABracketedYearBeforeTheTitlesName() throws {
        let file = try realPageCompleted("twentyseven", "maguan-jtj-2019", rest: "tika/template-2019-filled.docx.txt")
        let report = try realPageReport(file, agency: "马关县交通运输局", year: 2019, published: "2020-01-18")
        XCTAssertEqual(report.formID, "gov-info-2019")
        XCTAssertEqual(ReportTitle(TextExtractor.lines(of: "【2019】马关县交通运输局2019年政府信息公开工作年度报告")[...]).agencyName,
                       "马关县交通运输局")
    }

    // MARK: the publication day

    /// 上海市住房和城乡建设管理委员会 2025: the page's heading `2025年政府信息公开工作年度报告 ( 2026-01-30 )` over the name and the
    /// title on lines of their own. Before: no day.
    func testTheDayInBracketsAfterThePagesHeading() throws {
        // Imported on a day after it was published (the test site's import day, 2026-01-15, is before it).
        let site = try ImportSite()
        let options = ImportOptions(site: site.root, agency: nil, year: nil, dryRun: false, force: false, date: "2026-02-02")
        let file = try realPageCompleted("twentyseven", "sh-zjw-2025")
        let outcome = Importer(options: options).importFile(file, displayPath: file.lastPathComponent)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "上海市住房和城乡建设管理委员会")
        XCTAssertEqual(outcome.year, 2025)
        XCTAssertEqual(outcome.published, "2026-01-30")
        try assertFigures(XCTUnwrap(site.report(XCTUnwrap(outcome.agencySlug), 2025)), blanked: true)
        XCTAssertEqual(PublicationDate.underTitle("2025年政府信息公开工作年度报告 ( 2026-01-30 )")?.0, "2026-01-30")
        XCTAssertEqual(PublicationDate.underTitle("某局2025年政府信息公开工作年度报告（2026.01.30）")?.0, "2026-01-30")
        // A sentence's date in brackets is no heading's.
        XCTAssertNil(PublicationDate.underTitle("详见2025年度报告附件(2026-01-30)。"))
    }

    // MARK: the year

    /// 武进区卫生健康局 2024: no title; `由武进区卫生健康局编制的2024年度政府信息公开年度报告`; table 二 a cell a line with its blank
    /// cells lost (`规章` / `0` / `行政规范性文件`). Refused before and after for those rows (which columns the figures were in is
    /// lost), but before also, **wrongly**, for its year.
    func testTheYearOfTheReportTheSentenceSaysWasCompiled() throws {
        let refused = try ImportSite().importFile(realPageCompleted("twentyseven", "wujin-wjj-2024", from: "三、"))
        XCTAssertEqual(Set(rules(refused.problems)), ["import-cell", "import-incomplete-table"], "\(refused.problems)")
        let lines = TextExtractor.lines(of: "本年报是根据有关要求,由某区卫生健康局编制的2024年度政府信息公开年度报告。")
        XCTAssertEqual(ReportYear.publishedReport(in: lines[...]), 2024)
    }

    /// 霍城县水利局 2025: no title, `特编制完成本报告` (no year), `一、工作概述` opening `2025年,霍城县水利局坚持…`. Refused before and
    /// after (a sentence's year is no title's), now naming the year part 一 opens with and its line.
    func testTheYearPartOneOpensWithIsNamed() throws {
        let refused = try ImportSite().importFile(realPageCompleted("twentyseven", "huocheng-slj-2025"))
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-year" }, "\(refused.problems)")
        XCTAssertTrue(problem.message.contains("part 一 opens with “2025年”"), problem.message)
        XCTAssertEqual(problem.location.line, 3)
        XCTAssertEqual(problem.hint, "if the report is for 2025, import again with --year 2025; else pass --year <year>")
        let part = TextExtractor.lines(of: "一、总体情况\n2024年度,我局认真…")[...]
        XCTAssertEqual(ReportYear.openingPartOne(part)?.year, 2024)
        XCTAssertNil(ReportYear.openingPartOne(TextExtractor.lines(of: "一、总体情况\n2019年以来,我局…")[...]))
    }

    // MARK: the hints

    /// 天门市公安局 2020: part 一 headed `一、政府信息公开2020年工作要点落实情况` over items `1、加强组织领导…`. Refused before and
    /// after, before with **a wrong hint** (“section 一、总体情况 not found”, no line); now naming the heading and its line.
    func testPartOneHeadedInOtherWordsOverItemsOfAnotherKind() throws {
        let file = try realPageCompleted("twentyseven", "tianmen-gaj-2020", rest: "tika/template-2019-filled.docx.txt")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-section-missing"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertEqual(problem.location.line, 3)
        XCTAssertTrue(problem.message.contains("headed “一、政府信息公开2020年工作要点落实情况”, in other words than the form's"), problem.message)
    }

    /// 硚口区卫健局 2024: no title, 我局, `如本报告有疑问,请联系:硚口区卫健局办公室,地址:…`. Refused in round twenty-seven (no
    /// publisher's name), the hint naming the department its office to contact speaks for; since session 46 that department is
    /// taken, its text speaking as a 局 (`SignedAgency.contactTheTextSpeaksAs`).
    func testAContactAfterAColonAndTheDepartmentItSpeaksFor() throws {
        try assertTakenForItsContact("twentyseven", "qiaokou-wjj-2024", agency: "硚口区卫健局", kind: "department")
    }
}
