import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round ninety-four (VARIANTS.md): real reports found by search, with round ninety-three's leftovers decided.
final class RealPagesNinetyFourTests: XCTestCase {
    /// Round ninety-three's leftover (1): 鹿城区新居民服务中心 2023 (lucheng.gov.cn) runs its title, preamble and part 一 into
    /// one line, part 一 headed `一、总体概况` (the form's other wording). Before: “section 一、总体情况 not found in the file”, the
    /// generic hint (cut off, or a wording the form does not list: untrue). After: named inside line 1, as 二 is.
    func testAPartHeadedInTheFormsOtherWordsIsNamedInsideItsRunTogetherLine() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/ninetythree/lucheng-xjm-2023.txt"))
        XCTAssertEqual(refused.status, .failed)
        let one = try XCTUnwrap(refused.problems.first { $0.message.contains("section 一、总体情况") }, "\(refused.problems)")
        XCTAssertEqual(one.location.line, 1, "\(one)")
        XCTAssertTrue(one.message.contains("printed inside this line (as “一、总体概况”)"), one.message)
    }

    /// 长子 横水林区服务中心 2025 (zhangzi.gov.cn): the particulars as a table whose row labels the title inside its cell,
    /// `| 标题:横水林区服务中心2025年…年度报告 | |`, above the title itself. Before: refused, the title naming “标题:横水林区服务中心”,
    /// “characters no agency's name holds … words a mirror site injected?” (untrue). After: written, published 2026-01-27.
    func testATitleLabelledInsideItsParticularsCellIsTheTitle() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("ninetyfour", "zhangzi-hengshui-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "横水林区服务中心")
        // Invented lines (probes): the label left out, the title and its year read, also as a particulars row of one cell.
        let title = ReportTitle(TextExtractor.lines(of: "| 标题:示例中心2025年政府信息公开工作年度报告 | |\n一、总体情况")[...])
        XCTAssertEqual(title.agencyName, "示例中心")
        XCTAssertEqual(title.year, 2025)
    }

    /// 公主岭市残疾人联合会 2025 (zwgk.changchun.gov.cn): the title `市残联政府信息公开工作年度报告` (no year, no place), the
    /// preamble `2025年,公主岭市残疾人联合会(以下简称 “市残联”)…现将2025年度市残联政府信息公开工作年度报告如下`. Before: refused,
    /// “it names it “市残联政府”, without its place” (政府 of 政府信息公开 read into the name: untrue). After: written as
    /// 公主岭市残疾人联合会, the name the preamble shortens.
    func testAShortNameThePreambleDefinesIsPublishedInFull() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("ninetyfour", "gongzhuling-cl-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "公主岭市残疾人联合会")
        XCTAssertEqual(outcome.year, 2025)
        // Invented lines (probes): 政府 after a body's name other than a government's opens the report's words; a government's keeps it.
        let publisher = { (text: String) in SignedAgency.placelessPublisher(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(publisher("现将2025年度市残联政府信息公开工作年度报告如下:"), "市残联")
        XCTAssertEqual(publisher("现将2025年度县政府信息公开工作年度报告如下:"), "县政府")
    }

    /// 大冶 a department 2025 (hbdaye.gov.cn): no title, no name; part 一 `2025年,紧扣市委、市政府中心工作部署,…`. Before: refused,
    /// “part 一 opens one sentence only with “紧扣市委””, its hint offering to write “name: 紧扣市委” (a verb read as the place,
    /// the Party's 市委 as the body: untrue). After: “The report prints no agency name” (true).
    func testAPartyCommitteeIsNoBodyASentenceOpensWith() throws {
        let refused = try ImportSite().importFile(realPageCompleted("ninetyfour", "daye-szbm-2025"))
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        XCTAssertFalse(refused.problems.contains { $0.message.contains("紧扣") || $0.hint?.contains("紧扣") == true }, "\(refused.problems)")
        // Invented lines (probes): a level's 委 alone is the Party's; a government's 委 has its words.
        XCTAssertNil(SignedAgency.openingName("2025年紧扣市委"))
        XCTAssertNil(SignedAgency.openingName("示例县委"))
        XCTAssertEqual(SignedAgency.openingName("2025年示例市发改委"), "示例市发改委")
    }

    /// 蓝田 厚镇 2025 (lantian.gov.cn): no title; `请联系厚镇人民政府综合与经济发展办公室`, part 一 opening `2025年厚镇人民政府按照…`.
    /// Before: refused, “厚镇人民政府综合与经济发展办公室” only as the office to contact, its hint offering it as a department. After:
    /// written as 厚镇人民政府 (town): a town's government's office of any name is the town's, and part 一 opens with the town.
    func testATownGovernmentsOfficeOfAnyNameStandsForTheTown() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("ninetyfour", "lantian-houzhen-2025", from: "规章"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "厚镇人民政府")
        XCTAssertEqual(site.load().portal?.agencies.first { $0.slug == outcome.agencySlug }?.kind.rawValue, "town")
        // Invented lines (probes): a county's government's office stays a body of its own.
        XCTAssertEqual(SignedAgency.government("示例镇人民政府综合与经济发展办公室"), "示例镇人民政府")
        XCTAssertEqual(SignedAgency.government("示例县人民政府综合办公室"), "示例县人民政府综合办公室")
    }
}
