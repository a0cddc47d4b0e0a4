import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eighty-nine (VARIANTS.md): real reports found by search, with the leftovers of round eighty-eight (the year of a
/// `将…报告如下` clause, the year of a report in the earlier format said, the body a preamble's clause opens with).
final class RealPagesEightyNineTests: XCTestCase {
    /// A 保税区 2021 (a mirror of 张家港's site, round eighty-eight's): no title, no statistics period, `现结合工作实际,将保税区
    /// 2021年度政府信息公开年度报告如下` — 现 a clause before 将. Before: `import-no-year`, “the report prints no title …, nor its
    /// preamble a statistics period”. After: 2021 read as the 现将…报告如下 sentence's is; the page is still refused for its
    /// tables (pictures) and its run-together line, and, its year read, says its missing publisher where the site is read
    /// (as with --year, main's way). 重庆 芙蓉街道 2022 (round eighteen's, `现结合我街道实际情况,将2022年政府信息公开情况报告如下`)
    /// gains its year alike: refused for its publisher alone.
    func testAClauseOpeningWithJiangNamesTheReportsYear() throws {
        let baoshuiqu = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyeight/baoshuiqu-2021.txt"))
        XCTAssertEqual(rules(baoshuiqu.problems), ["import-section-missing", "import-section-missing", "import-no-tables"], "\(baoshuiqu.problems)")
        let furong = try ImportSite().importFile(realPageCompleted("eighteen", "furong-2022"))
        XCTAssertEqual(rules(furong.problems), ["import-no-agency"], "\(furong.problems)")
        // Invented lines: 将 opening a clause of its own reads; 将 inside a clause (“will”), or a clause not ending in
        // 报告如下, does not.
        let year = { (text: String) in ReportYear.publishedReport(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(year("现结合工作实际,将保税区2021年度政府信息公开年度报告如下:"), 2021)
        XCTAssertEqual(year("现结合工作实际，将2022年政府信息公开情况报告如下："), 2022)
        XCTAssertNil(year("我局将2021年度政府信息公开工作报告如下:"))
        XCTAssertNil(year("下一步,将2021年度工作要点落实到位。"))
        XCTAssertNil(year("将2021年度,政府信息公开工作报告如下:"))
    }

    /// 张店 公园街道 2018 (a 繁體 mirror with pinyin glosses, round eighty-eight's): its title and its statistics period say 2018,
    /// its preamble names a `2019年度` report, and its parts are the format used before 2019. Refused rightly before and after;
    /// before, the message said no year (“a report in the format used before 2019 (its parts …)”); after, “a report in the
    /// format used before 2019 (for 2018; its parts …)”, the year as printed in its title and period.
    func testAReportInTheEarlierFormatSaysItsYear() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/eightyeight/gongyuan-2018.txt"))
        XCTAssertEqual(rules(refused.problems), ["import-earlier-format"], "\(refused.problems)")
        XCTAssertTrue(refused.problems[0].message.hasPrefix("a report in the format used before 2019 (for 2018; its parts"), refused.problems[0].message)
    }

    /// 小营街道 2024 (杭州 上城区, www.hzsc.gov.cn): no title, its preamble one sentence, `2024年,在区政府政务信息公开工作主管部门的
    /// 引领下,小营街道办事处严格依照…,现将本年度工作情况报告如下:`; part 一 opens no clause with a name. Refused rightly before
    /// and after (no year, no publisher printed); before, “The report prints no agency name” — untrue; after, the name quoted
    /// where the preamble prints it, a 街道 without its district, the hint asking for its name in full. Never taken: a
    /// sentence of the year's work is no byline. Its year likewise: the preamble's opening `2024年` said, not taken.
    func testTheBodyAPreamblesClauseOpensWithIsTheClue() throws {
        let refused = try ImportSite().importFile(realPageCompleted("eightynine", "xiaoying-2024"), year: 2024)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("the preamble opens one clause only with “小营街道办事处” (line 1)"), problem.message)
        XCTAssertTrue(problem.message.contains("without the county or district it belongs to"), problem.message)
        XCTAssertTrue((problem.hint ?? "").contains("its county's or district's name before “小营街道办事处”"), problem.hint ?? "")
        // Invented lines: a name with its county is said without that note; a page's label, or a clause opening with a
        // preposition, is no clue.
        let clue = { (text: String) in NamedOnceInPartOne.find(inPreamble: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(clue("2024年,在区政府的引领下,上城区小营街道办事处严格依照要求。").map { [$0.name, "\($0.withoutItsCounty)"] },
                       ["上城区小营街道办事处", "false"])
        XCTAssertNil(clue("来源:小营街道办事处"))
        XCTAssertNil(clue("2024年,在小营街道办事处的领导下,各社区严格依照要求。"))
        // Its year: before, “the report prints no title …, nor its preamble a statistics period”, the hint `--year <year>`
        // alone; after, the preamble's opening `2024年` said as part 一's is, not taken.
        let unyeared = try ImportSite().importFile(realPageCompleted("eightynine", "xiaoying-2024"))
        XCTAssertEqual(rules(unyeared.problems), ["import-no-year", "import-no-agency"], "\(unyeared.problems)")
        XCTAssertTrue(unyeared.problems[0].message.hasSuffix("the preamble opens with “2024年”"), unyeared.problems[0].message)
        XCTAssertEqual(unyeared.problems[0].location.line, 1)
        XCTAssertTrue((unyeared.problems[0].hint ?? "").contains("--year 2024"), unyeared.problems[0].hint ?? "")
    }

    /// 岩腊乡 2019 (round eighty-six's) and 芙蓉街道 2022 (round eighteen's): a town's name without its county, said as the clue.
    /// Before, both messages added “(the text names none)” — untrue: 岩腊乡's page prints `《安顺市西秀区人民政府办公室…》`,
    /// 芙蓉街道's `重庆市武隆区人民政府网站`. After: said without its county, nothing claimed of the rest of the text (杨村街道
    /// 2023's alike). The hint still asks for the name in full.
    func testATownWithoutItsCountyClaimsNothingOfTheRestOfTheText() throws {
        let yanla = try ImportSite().importFile(realPageCompleted("eightysix", "yanla-2019", rest: "tika/template-2019-filled.docx.txt"), year: 2019)
        let furong = try ImportSite().importFile(realPageCompleted("eighteen", "furong-2022"))
        for (name, outcome) in [("岩腊乡", yanla), ("芙蓉街道", furong)] {
            let problem = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-agency" }, "\(outcome.problems)")
            XCTAssertTrue(problem.message.contains("“\(name)”"), problem.message)
            XCTAssertTrue(problem.message.contains("without the county or district it belongs to: "), problem.message)
            XCTAssertFalse(problem.message.contains("the text names none"), problem.message)
            XCTAssertTrue((problem.hint ?? "").contains("its county's or district's name before “\(name)”"), problem.hint ?? "")
        }
    }
}
