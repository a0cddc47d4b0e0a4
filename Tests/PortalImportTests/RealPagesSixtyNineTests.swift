import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round sixty-nine (VARIANTS.md): real reports found by search — aimed at what the rounds hold least (the trial form of
/// 2019 and 2020, 2021's 街道, 乡, 苏木 and 部门, 公安局, 海南, 内蒙古, 甘肃, 吉林) — kept as the store gave them
/// (`real-pages/sixtynine/`, long paragraphs shortened) and completed with the invented report's rows; with round
/// sixty-six's two leftovers the lead decided (a name only as its website's owner, 都 in a place's slug).
final class RealPagesSixtyNineTests: XCTestCase {
    /// 渠县教育和科学技术局 2020 (四川, www.quxian.gov.cn, the trial form): **the change column printed with its word**,
    /// `行政许可 | 5 | 增15 | 20 |`, `行政处罚 | 4 | 减4 | 0 |` (郑州 中原区's `8 | 增10 | 18` too). Before: refused, “reads “增15”,
    /// which is not a number”. After: written, 15 and -4, as `+15` and `-4` are read; the words read only in a column of
    /// changes (本年增/减), and only before a figure.
    func testAChangePrintedWithItsWord() throws {
        let site = try ImportSite()
        var opening = try String(contentsOf: ImportFixtures.own("real-pages/sixtynine/quxian-jkj-2020.txt"), encoding: .utf8)
        // The store cut table 二 after 行政处罚's row: finished in the page's shape.
        opening += ["行政强制 | 0 | 0 | 0 | |", "第二十条第(八)项 | ||||", "信息内容 | 上一年项目数量 | 本年增/减 | ||", "行政事业性收费 | 0 | 0 | ||",
                    "第二十条第(九)项 | ||||", "信息内容 | 采购项目数量 | 采购总金额 | ||", "政府集中采购 | 0 | 0 |"].joined(separator: "\n")
        let outcome = site.importFile(try realPageWritten(opening, then: "tika/template-2019-filled.docx.txt", from: "三、"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "渠县教育和科学技术局")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2020))
        let cells = cellTexts(report, table: "proactive")
        XCTAssertEqual(cells["licensing"], ["5", "15", "20"], "\(cells)")
        XCTAssertEqual(cells["penalties"], ["4", "-4", "0"], "\(cells)")
        XCTAssertEqual(CellText.change("增10"), .number(10))
        XCTAssertEqual(CellText.change("减少 1"), .number(-1))
        for text in ["增", "减-4", "增加了3", "同比增10%", "10"] { XCTAssertNil(CellText.change(text), text) }
        XCTAssertNil(CellText.value("增10"), "a count's column reads no word")
    }

    /// 文昌市昌洒镇 2020 (海南, a mirror of xxgk.hainan.gov.cn, the trial form): the title `2020年政府信息公开工作年度报告` names no
    /// one; **the particulars name the issuer with another label on its line**, `- 发文机关:文昌市昌洒镇 成文日期:2021-01-19 08:58`.
    /// Before: refused, “The report prints no agency name”. After: written as 文昌市昌洒镇 (town), published 2021-01-19.
    func testTheIssuerWithAnotherParticularOnItsLine() throws {
        let outcome = try assertTrialFormWritten("changsa-2020", as: "文昌市昌洒镇", kind: "town")
        XCTAssertEqual(outcome.published, "2021-01-19")
    }

    /// 宣恩县教育局 2020 (湖北, a 繁體 mirror, the trial form): no title; **the compiler the subject of a sentence naming its own
    /// report with less of its place**, `…有關(guān)規(guī)定,宣恩縣教育局編制了縣教育局2020年政府信息公開工作年度報(bào)告。`. Before:
    /// refused, “it names it “县教育局”, without its place (which 县, the text does not say)” — untrue. After: written as the
    /// compiler, 宣恩縣教育局 as printed. Another body's report compiled (某县人民政府办公室编制了某县2020年…报告) is not taken.
    func testACompilerNamingItsOwnReportShorter() throws {
        try assertTrialFormWritten("xuanen-jyj-2020", as: "宣恩縣教育局", kind: "department")
        XCTAssertEqual(SignedAgency.compilerOfItsOwnReport("根据有关规定,某县教育局编制了县教育局2020年政府信息公开工作年度报告。"), "某县教育局")
        // (Round twenty-four's 大营镇, a report named by its year alone, is its compiler's since round eighty-three.)
        XCTAssertNil(SignedAgency.compilerOfItsOwnReport("根据有关规定,某县人民政府办公室编制了某县2020年政府信息公开工作年度报告。"))
    }

    /// 白水县公安局 2019 (陕西, baishui.gov.cn, the trial form): **the title names only `公安局`**, the preamble `我局`; part 一 opens
    /// `2019年白水县公安局在县委、县政府及县公安局的领导下`. Still refused (the title's body is said with its place once, in a
    /// sentence); before, the message said no place was printed and its hint offered nothing; after, it says part 一's name
    /// and the hint how to import the report as that body's.
    func testAPlacelessTitlesBodyNamedWithItsPlaceInPartOne() throws {
        let refused = try ImportSite().importFile(try realPageCompleted("sixtynine", "baishui-gaj-2019", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("its title names it “公安局”, without the place it serves") && problem.message.contains("part 一 opens a sentence with “白水县公安局”"),
                      problem.message)
        XCTAssertTrue(problem.hint?.contains("“name: 白水县公安局” and “kind: department”, then import again with --agency baishuixian-gonganju") == true, "\(problem)")
    }

    /// 大溪沟街道 2020 (round sixty-six's, www.cqyz.gov.cn, the trial form): no title, `本街道`, `我街道`; **the name only as its
    /// website's owner**, `通过渝中区人民政府大溪沟街道办事处子网站主动公开…`, `依托渝中区人民政府大溪沟街道办事处子网站,开设了…`.
    /// Still refused (the site keeping a report is no byline: a government's keeps its 街道's); before, “The report prints no
    /// agency name”; after, the name, the words and the line, and the hint how to import it as that body's.
    func testANameOnlyAsItsWebsitesOwnerIsSaid() throws {
        let refused = try ImportSite().importFile(try realPageCompleted("sixtysix", "daxigou-2020", rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("it names “渝中区人民政府大溪沟街道办事处” only as its website's owner (…渝中区人民政府大溪沟街道办事处子网站, line 4)"),
                      problem.message)
        XCTAssertTrue(problem.hint?.contains("“name: 渝中区人民政府大溪沟街道办事处” and “kind: subdistrict”, then import again with --agency") == true, "\(problem)")
        // A government's site keeps many bodies' reports: no clue.
        XCTAssertNil(SignedAgency.namedAsWebsitesOwner(in: TextExtractor.lines(of: "我局通过某县人民政府门户网站主动公开信息12条。")[...]))
    }

    /// 丰都县教育委员会 2025 (round sixty-six's: folder `fengdouxian-…`), 温图高勒苏木 and 天水市乡村振兴局 (this round's): **a new
    /// agency's folder spells a place as it is called** — 都 ending a place's name du (ICU: dōu), 勒 lè (ICU: lēi), 苏木 a
    /// unit its name is cut after, 乡村 a word (天水市's 乡村振兴局, not 天水市乡's 村振兴局). Existing folders keep their names:
    /// a report finds its agency by name, never by the slug.
    func testAPlacesReadingInANewAgencysSlug() throws {
        for (name, slug) in [("丰都县教育委员会", "fengduxian-jiaoyuweiyuanhui"), ("成都市人民政府", "chengdushi-renminzhengfu"),
                             ("扬州市江都区人民政府", "yangzhoushi-jiangduqu-renminzhengfu"),
                             ("阿拉善盟额济纳旗温图高勒苏木人民政府", "alashanmeng-ejinaqi-wentugaolesumu-renminzhengfu"),
                             ("天水市乡村振兴局", "tianshuishi-xiangcunzhenxingju"), ("某县乡镇企业局", "mouxian-xiangzhen-qiyeju")] {
            XCTAssertEqual(AgencySlug.derived(from: name, taken: []), slug, name)
        }
        // An agency already in its folder under the old spelling: found by its name, not renamed.
        let site = try ImportSite()
        let folder = site.root.appendingPathComponent("content/agencies/fengdouxian-jiaoyuweiyuanhui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("name: 丰都县教育委员会\nkind: department\n".utf8).write(to: folder.appendingPathComponent("agency.yaml"))
        let opening = "丰都县教育委员会\n2025年政府信息公开工作年度报告\n本报告所列数据统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n2025年，我委持续推进政务公开。"
        let outcome = site.importFile(try realPageWritten(opening))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.agencySlug, "fengdouxian-jiaoyuweiyuanhui")
    }

    /// Imports this round's page `name` of the trial form, completed from 二: written as the new agency `agency` of `kind`.
    @discardableResult
    private func assertTrialFormWritten(_ name: String, as agency: String, kind: String, line: UInt = #line) throws -> ImportOutcome {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("sixtynine", name, rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        XCTAssertEqual(outcome.newAgency?.name, agency, line: line)
        let slug = try XCTUnwrap(outcome.agencySlug, line: line)
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/\(slug)/agency.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("kind: \(kind)"), yaml, line: line)
        return outcome
    }
}
