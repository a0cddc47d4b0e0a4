import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// An agency's reports of several years name it with more or less of its place (杭州市钱塘区人民政府下沙街道办事处 in 2021,
/// 钱塘区下沙街道办事处 in 2022): imported into one agency, so its years are checked against each other.
final class SameBodyTests: XCTestCase {
    static let site = ["xiasha": "杭州市钱塘区人民政府下沙街道办事处", "qiantang": "杭州市钱塘区人民政府",
                       "health": "示例市示例区卫生健康局", "guancheng": "甲县城关镇人民政府"]

    func testANameWithMoreOrLessOfItsPlaceIsTheSameBody() {
        for printed in ["钱塘区下沙街道办事处", "钱塘区下沙街道", "浙江省杭州市钱塘区人民政府下沙街道办事处"] {
            XCTAssertEqual(AgencyResolver.theSameBody(as: printed, among: Self.site), "xiasha", printed)
        }
        XCTAssertEqual(AgencyResolver.theSameBody(as: "钱塘区人民政府", among: Self.site), "qiantang")
        XCTAssertEqual(AgencyResolver.theSameBody(as: "甲县城关镇", among: Self.site), "guancheng")
        XCTAssertEqual(AgencyResolver.theSameBody(as: "甲县城关镇人民政府", among: ["town": "甲县城关镇"]), "town", "one name, 人民政府 or not")
    }

    /// A name of no county's (下沙街道, 城关镇): many counties have one; a body of its own, as before.
    func testANameOfNoCountysIsNoOtherBody() {
        for printed in ["下沙街道", "下沙街道办事处", "城关镇", "城关镇人民政府"] {
            XCTAssertNil(AgencyResolver.theSameBody(as: printed, among: Self.site), printed)
        }
    }

    func testAnotherNameOrAnotherPlacesBodyIsNot() {
        // 卫生局 is no shorter 卫生健康局; 卫生健康局 alone names no place's; 下沙 is no 下沙街道; a street is no district.
        for printed in ["示例市示例区卫生局", "健康局", "下沙", "杭州市钱塘区人民政府白杨街道办事处", "钱塘区卫生健康局"] {
            XCTAssertNil(AgencyResolver.theSameBody(as: printed, among: Self.site), printed)
        }
        // Two agencies of the site the name could be: which one is a guess.
        XCTAssertNil(AgencyResolver.theSameBody(as: "甲县城关镇", among: ["a": "某市甲县城关镇人民政府", "b": "他市甲县城关镇人民政府"]))
        XCTAssertNil(AgencyResolver.theSameBody(as: "市场监督管理局", among: ["m": "杭州市市场监督管理局"]))
    }

    /// The example site, its 下沙 agency's `shortName:` (下沙街道 in the example) replaced.
    private func site(xiashaShortName shortName: String?) throws -> ImportSite {
        let site = try ImportSite()
        let yaml = site.root.appendingPathComponent("content/agencies/xiasha/agency.yaml")
        let lines = try String(contentsOf: yaml, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("shortName:") }
        try Data((lines + (shortName.map { ["shortName: \($0)"] } ?? [])).joined(separator: "\n").utf8).write(to: yaml)
        return site
    }

    /// 下沙街道 alone, no agency so short-named: a new agency, the site's 下沙 named as maybe the same body.
    func testANameOfNoCountysIsANewAgencyPointingToTheOneItMayBe() throws {
        let outcome = try site(xiashaShortName: "下沙").importFile(try reference2022(named: "下沙街道"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "下沙街道")
        XCTAssertEqual(outcome.newAgency?.maybeTheSame, ["xiasha": "杭州市钱塘区人民政府下沙街道办事处"])
    }

    /// The reference report retitled for 2022 under a shorter name: into the example's 下沙 agency, saying so.
    func testAReportNamingItsAgencyShorterJoinsItsYears() throws {
        let file = try reference2022(named: "钱塘区下沙街道办事处")
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.agencySlug, "xiasha")
        let said = try XCTUnwrap(outcome.problems.first { $0.rule == "import-agency-name" }, "\(outcome.problems)")
        XCTAssertTrue(said.message.contains("钱塘区下沙街道办事处") && said.message.contains("xiasha"), said.message)
        XCTAssertNotNil(site.report("xiasha", 2022))
        // The names file still decides: a line for the printed name sends it elsewhere (a new folder of that slug).
        var options = try ImportSite().options()
        options.agencySlugs = ImportOptions.agencySlugs(csv: "钱塘区下沙街道办事处,xiasha-other\n")
        let mapped = Importer(options: options).importFile(file, displayPath: "shorter.txt")
        XCTAssertEqual(mapped.agencySlug, "xiasha-other", "\(mapped.problems)")
    }

    /// An agency's `shortName:` is a name its reports may print: 下沙街道 goes to the agency so short-named, without a word.
    func testAShortNameTakesTheReportsPrintingIt() throws {
        let site = try site(xiashaShortName: "下沙街道")
        let outcome = site.importFile(try reference2022(named: "下沙街道"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.agencySlug, "xiasha")
        XCTAssertNil(outcome.newAgency)
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-agency-name" }, "\(outcome.problems)")
        XCTAssertNotNil(site.report("xiasha", 2022))
    }
}
