import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round ninety-three (VARIANTS.md): real reports found by search, with round ninety-two's leftovers decided.
final class RealPagesNinetyThreeTests: XCTestCase {
    /// Round ninety-two's leftover (1): 龙泉 西街街道 2019 (longquan.gov.cn), part 一 headed `一、` alone over its text, part 二's
    /// heading after it. Before: refused, “headed “一、”, its number alone”. After: written, the bare numeral read as part 一's
    /// heading (the one such line, text under it, no `二、` before 二's heading).
    func testAPartHeadedByItsNumberAloneIsReadWhereTwoFollows() throws {
        let file = try realPageCompleted("ninetytwo", "longquan-xijie-2019", rest: "tika/template-2019-filled.docx.txt")
        let (outcome, _) = try assertRealPageWritten(file, agency: "西街街道", year: 2019, figures: false)
        XCTAssertEqual(outcome.formID, "gov-info-2019")
        // Invented lines (probes): a list's `一、` going on with its `二、` inside the text, or two bare numerals, head nothing.
        let one = { (text: String) -> Int? in
            let lines = TextExtractor.lines(of: text)
            return SectionLocator.numeralAloneHeadingPartOne(in: lines, before: lines.count - 1)
        }
        XCTAssertEqual(one("示例街道2019年报告\n一、\n示例街道成立领导小组。\n二、主动公开政府信息情况"), 1)
        XCTAssertNil(one("示例街道2019年报告\n一、\n成立领导小组。\n二、\n明确专人。\n二、主动公开政府信息情况"))
        XCTAssertNil(one("一、\n一、\n成立领导小组。\n二、主动公开政府信息情况"))
    }

    /// 镇赉 建平乡 2025 (zwgk.jlzhenlai.gov.cn): the title `建平乡政府2025年政府信息公开工作年度报告` (政府 without 人民), the preamble
    /// `2025年,建平乡人民政府严格按照…`. Before: **written** as “建平乡政府” (slug `jianpingxiang-zhengfu`), the title's short form.
    /// After: “建平乡人民政府”, the name the report prints in full.
    func testATownsGovernmentNamedShortInTheTitleIsWrittenInFull() throws {
        let (outcome, _) = try assertRealPageWritten(realPageCompleted("ninetythree", "jianping-2025"), agency: "建平乡人民政府", year: 2025)
        XCTAssertEqual(outcome.agencySlug, "jianpingxiang-renminzhengfu")
        // Invented lines (probes): printed only short, the name stays; a body's 政府 other than a town's is not completed.
        let full = { (name: String, text: String) in ShortName.townsGovernmentInFull(name, in: TextExtractor.lines(of: text)[...]) }
        XCTAssertNil(full("示例镇政府", "现公布示例镇政府2025年报告。"))
        XCTAssertNil(full("示例区政府", "现公布示例区人民政府2025年报告。"))
        XCTAssertEqual(full("示例镇政府", "2025年,示例镇人民政府坚持依法公开。"), "示例镇人民政府")
    }

    /// Round ninety-two's leftovers (2) and (3), the publication day read on the pages' own days (imported after them):
    /// 鹤岗市林草局 2025 prints `2026-01-28 10:06` alone between the page's heading `鹤岗市林业和草原局` and the title printing the
    /// name again — before none, after 2026-01-28; 泰州高港 卫健委 2025 prints `发文日期 2026-01-15` in its particulars and
    /// `发布日期:2026-01-21 12:23` beside its source — before none (two days), after 2026-01-21, the day the page went up;
    /// 达州市交通运输局 2025, printing only `发文日期: 2026-01-12 11:04:50`, keeps it.
    func testThePagesOwnDaysAreReadOverADocumentsIssuingDay() throws {
        let day = { (round: String, name: String) throws -> String? in
            let text = try String(contentsOf: ImportFixtures.own("real-pages/\(round)/\(name).txt"), encoding: .utf8)
            let lines = TextExtractor.lines(of: text)
            let start = try XCTUnwrap(lines.firstIndex { $0.text.hasPrefix("一、") })
            let title = ReportTitle(lines[..<start]).line
            return PublicationDate.find(in: lines, reportStart: start, year: 2025, today: "2026-12-07", titleLine: title)?.date
        }
        XCTAssertEqual(try day("ninetytwo", "hegang-lcj-2025"), "2026-01-28")
        XCTAssertEqual(try day("ninetytwo", "taizhou-gg-wjw-2025"), "2026-01-21")
        XCTAssertEqual(try day("ninetytwo", "dazhou-jtj-2025"), "2026-01-12")
        // Invented lines (probes): without its time, or under other words than the title's, a date alone is no page's stamp.
        let between = { (text: String) in PublicationDate.dateBetweenHeadings(in: TextExtractor.lines(of: text), aboveTitle: 2) }
        XCTAssertEqual(between("示例局\n2026-01-28 10:06\n示例局\n2025年政府信息公开工作年度报告"), "2026-01-28")
        XCTAssertNil(between("示例局\n2026-01-28\n示例局\n2025年政府信息公开工作年度报告"))
        XCTAssertNil(between("今天是\n2026-01-28 10:06\n示例局\n2025年政府信息公开工作年度报告"))
    }

    /// 乐山 五通桥区教育局 2025 (wtq.gov.cn): no title, part 一's first sentence `2025年年度五通桥区教育局加强政务公开工作…` (年
    /// doubled), `我局`. Refused rightly without a year; with `--year 2025`, as its hint says, before: **written** as
    /// “年度五通桥区教育局” (slug `nianduwutongqiaoqu-jiaoyuju`); after: “五通桥区教育局”.
    func testAYearWithItsCharacterDoubledIsNoPartOfTheName() throws {
        let file = try realPageCompleted("ninetythree", "wutongqiao-jyj-2025")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(rules(refused.problems), ["import-no-year"], "\(refused.problems)")
        let site = try ImportSite()
        let outcome = site.importFile(file, year: 2025)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "五通桥区教育局")
        XCTAssertEqual(outcome.agencySlug, "wutongqiaoqu-jiaoyuju")
    }
}
