import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round ninety-one (VARIANTS.md): real reports found by search, with round ninety's leftovers decided.
final class RealPagesNinetyOneTests: XCTestCase {
    /// 包头 昆都仑区 市府东路街道 2025 (www.kdl.gov.cn): the title `市府东路街道政府信息公开工作年度报告` (no year), the preamble
    /// `…包括昆都仑区市府东路街道2025年…` and `请与昆都仑区市府东路街道党群服务中心联系`. Before: **written** as “市府东路街道”
    /// (slug shifudonglujiedao): a town's own words holding a level's word (市 of 市府, the city hall its road is named for)
    /// were taken for a place already printed, and the district the contact prints was not read. After: 昆都仑区市府东路街道
    /// (subdistrict), its folder cut after the district, not after 区市.
    func testATownsNameOpeningWithALevelsWordTakesTheDistrictItsContactPrints() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("ninetyone", "shifudonglu-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "昆都仑区市府东路街道")
        XCTAssertEqual(outcome.agencySlug, "kundoulunqu-shifudonglujiedao")
        XCTAssertEqual(outcome.year, 2025)
        // Invented lines (probes): a level's word inside a town's own words still prints its place (东至县青山乡 is kept); one
        // opening or closing them is the name's (新市镇 takes the county printed before it, as 青山乡 does).
        let full = { (name: String, text: String) in SignedAgency.withCountyPrinted(name, in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(full("新市镇", "请与某某县新市镇党政办联系"), "某某县新市镇")
        XCTAssertNil(full("东至县青山乡", "请与某某市东至县青山乡党政办联系"))
        XCTAssertNil(full("市府东路街道", "现将昆都仑区市府东路街道2025年工作报告如下。"))
        XCTAssertTrue(SignedAgency.printsAPlace(ownWords: "潜江市泰丰"))
        XCTAssertFalse(SignedAgency.printsAPlace(ownWords: "市府东路"))
        XCTAssertEqual(AgencySlug.parts(of: "昆都仑区市府东路街道"), ["昆都仑区", "市府东路街道"])
    }

    /// 国家疾病预防控制局 2025 (www.ndcpa.gov.cn): no title, the preamble naming no one, part 一 opening `国家疾控局坚持以…` (its
    /// short name). Refused rightly before and after (no publisher: a sentence of the year's work is no byline, and 国家疾控局
    /// is no official name); before, “The report prints no agency name” (**untrue**); after, the sentence's name quoted, the
    /// hint asking for the official name in full. Never taken.
    func testANationalBodysNameOpeningPartOneIsTheClue() throws {
        let refused = try ImportSite().importFile(realPageCompleted("ninetyone", "ndcpa-2025"))
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let problem = try XCTUnwrap(refused.problems.first)
        XCTAssertTrue(problem.message.contains("part 一 opens its first sentence with “国家疾控局” (line 6), a national body's name"), problem.message)
        XCTAssertTrue((problem.hint ?? "").contains("with its official name in full"), problem.hint ?? "")
        XCTAssertFalse((problem.hint ?? "").contains("name: 国家疾控局"), problem.hint ?? "")
        // Invented lines (probes): after a year too; a committee's full name whole; not a national body's local bureau, nor its office.
        let quoted = { (text: String) in
            NamedOnceInPartOne.openingTheYearsWork(in: TextExtractor.lines(of: "一、总体情况\n" + text)[...]).flatMap { $0.aNationalBody ? $0.name : nil }
        }
        XCTAssertEqual(quoted("2025年,国家疾控局坚持依法公开。"), "国家疾控局")
        XCTAssertEqual(quoted("国家卫生健康委员会坚持依法公开。"), "国家卫生健康委员会")
        XCTAssertNil(quoted("国家税务总局某某市税务局坚持依法公开。"))
        XCTAssertNil(quoted("国家疾控局办公室坚持依法公开。"))
    }
}
