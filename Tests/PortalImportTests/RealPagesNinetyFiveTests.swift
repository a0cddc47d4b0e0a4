import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round ninety-five (VARIANTS.md): real reports found by search, with round ninety-four's leftovers decided.
final class RealPagesNinetyFiveTests: XCTestCase {
    /// 硚口区水务和湖泊局 2025 (qiaokou.gov.cn): no title; `请联系:硚口区水务和湖泊局党政办公室`, part 一 `2025年,硚口区水务和湖泊局在…`,
    /// `我局`. Before: refused, the body “only as the office to contact”, its hint offering to write the 党政办公室 as a department.
    /// After: written as 硚口区水务和湖泊局: a department's 党政办公室 is its office, as its 办公室 and 综合办公室 are.
    func testADepartmentsPartyAndAdministrationOfficeStandsForTheDepartment() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("ninetyfive", "qiaokou-swj-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "硚口区水务和湖泊局")
        // Invented names (probes): a 局's 党政办 too; a 党委's office stays a body of its own; a town's office of any name is the town's.
        XCTAssertEqual(SignedAgency.government("示例区统计局党政办"), "示例区统计局")
        XCTAssertEqual(SignedAgency.government("示例县委办公室"), "示例县委办公室")
        XCTAssertEqual(SignedAgency.bodyBehindContact("示例镇人民政府综合与经济发展办公室"), "示例镇人民政府")
    }

    /// 厦门火炬高新区 2025 (xmtorch.xm.gov.cn): no title; `可与厦门火炬高新区管委会办公室联系`, part 一 `2025年,火炬高新区管委会坚持…`
    /// (the body without its city's name). Before: refused, the committee “only as the office to contact”. After: written as
    /// 厦门火炬高新区管委会, the body behind the contact, named by part 一's first sentence as a body names itself among its city's.
    func testTheContactsBodyNamedWithoutItsCityOpensPartOne() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("ninetyfive", "xmtorch-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "厦门火炬高新区管委会")
        // Invented lines (probes): a district's department without its city is taken; a department's common name alone is not,
        // nor a longer body's name.
        let opened = { (contact: String, sentence: String) in
            SignedAgency.contactOpeningPartOne(contact: contact, partOne: TextExtractor.lines(of: "一、总体情况\n" + sentence)[...])
        }
        XCTAssertEqual(opened("示例市福田区教育局办公室", "2025年,福田区教育局坚持依法公开。"), "示例市福田区教育局")
        XCTAssertNil(opened("示例市福田区教育局办公室", "2025年,教育局坚持依法公开。"))
        XCTAssertNil(opened("示例市福田区教育局办公室", "2025年,福田区教育局党组坚持依法公开。"))
    }

    /// 武汉市硚口区档案馆 2025 (qiaokou.gov.cn): the preamble `本报告全文包括…政府信息公开行政复议和诉讼情况、…其他需报告事项等六项内容`.
    /// Before: written with the error “states 6 for 政府信息公开行政复议” (the report's six parts read as six 行政复议: untrue,
    /// and it stops `portal build`). After: the parts counted are the report's structure, no figure.
    func testTheReportsPartsCountedAreNoFigure() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("ninetyfive", "qiaokou-dag-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "武汉市硚口区档案馆")
        XCTAssertFalse(outcome.checks.contains { $0.message.contains("六项内容") }, "\(outcome.checks)")
    }

    /// Round ninety-four's leftover (2): 雄县 a 乡 2019 (xiongxian.gov.cn), the trial form's tables as their labels a cell a
    /// line, no figure but `规章 0`. Before: thirty rows each “has no cells”. After: one message saying the text holds the
    /// tables' labels and not their figures, at the first such row.
    func testTablesOfLabelsWithoutFiguresAreSaidOnce() throws {
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/ninetyfour/xiongxian-xiang-2019.txt"))
        XCTAssertEqual(refused.status, .failed)
        XCTAssertFalse(refused.problems.contains { $0.message.contains(" has no cells (") }, "\(refused.problems)")
        let said = try XCTUnwrap(refused.problems.first { $0.message.contains("print their rows' labels and no figures") }, "\(refused.problems)")
        XCTAssertEqual(said.location.line, 11)
        XCTAssertTrue(said.message.contains("30 rows (table 二, table 三)"), said.message)
    }

    /// Round ninety-four's leftover (3): 衡阳's mirror (衡阳市机关事务管理局 2025): `市机关事务管理局` in part 一, and line 2's
    /// `2025年,衡阳市机关事务管理遵循…`, 局 lost. Before: the hint asked for the name in full without naming the candidate. After:
    /// the hint names `衡阳市机关事务管理局` as the name a character short on line 2, to check; still refused, nothing written.
    func testAPlacelessNamesWordsPrintedACharacterShortAreNamedInTheHint() throws {
        let refused = try ImportSite().importFile(realPageCompleted("ninetythree", "hengyang-jgswj-2025"))
        XCTAssertEqual(refused.status, .failed)
        let agency = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-agency" }, "\(refused.problems)")
        XCTAssertTrue(agency.hint?.contains("line 2 prints “衡阳市机关事务管理”, a character short of “衡阳市机关事务管理局”") == true, agency.hint ?? "")
        // Invented lines (probes): the name printed whole is no candidate, nor words inside a clause; a pronoun is no place.
        let short = { (text: String) in ACharacterShort.find("市机关事务管理局", in: TextExtractor.lines(of: text)[...])?.printed }
        XCTAssertEqual(short("2025年,示例市机关事务管理坚持…"), "示例市机关事务管理")
        XCTAssertNil(short("2025年,示例市机关事务管理局坚持…"))
        XCTAssertNil(short("我们按照示例市机关事务管理工作要求…"))
        XCTAssertNil(short("我们全市机关事务管理工作…"))
    }
}
