import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// A renamed body (卫生和计划生育局 → 卫生健康局 in the 2018 reorganisation, a 乡 become a 镇): its earlier reports print the
/// name it had then. The agency.yaml's `formerNames:` lists them, and a report printing one joins the agency's years.
final class FormerNameTests: XCTestCase {
    static let oldName = "杭州经济技术开发区下沙街道办事处"

    /// The example site, `lines` added to the agency.yaml of `slug` (a new agency of `name` when there is none).
    private func site(adding lines: String, to slug: String = "xiasha", name: String? = nil) throws -> ImportSite {
        let site = try ImportSite()
        let folder = site.root.appendingPathComponent("content/agencies/\(slug)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let yaml = folder.appendingPathComponent("agency.yaml")
        let text = (try? String(contentsOf: yaml, encoding: .utf8)) ?? "name: \(name ?? slug)\nkind: department\n"
        try Data((text + (text.hasSuffix("\n") ? "" : "\n") + lines).utf8).write(to: yaml)
        return site
    }

    func testAReportPrintingAFormerNameJoinsTheAgencyWithoutAWord() throws {
        for list in ["formerNames:\n  - \(Self.oldName)\n", "formerNames: [\(Self.oldName)]\n", "formerNames: \(Self.oldName)\n",
                     "formerNames:\n  - name: \(Self.oldName)\n    until: 2022\n"] {
            let site = try site(adding: list)
            let outcome = site.importFile(try reference2022(named: Self.oldName))
            XCTAssertEqual(outcome.status, .written, "\(list): \(outcome.problems)")
            XCTAssertEqual(outcome.agencySlug, "xiasha", list)
            XCTAssertNil(outcome.newAgency, list)
            XCTAssertFalse(outcome.problems.contains { $0.rule == "import-agency-name" }, "\(list): \(outcome.problems)")
            XCTAssertNotNil(site.report("xiasha", 2022), list)
        }
    }

    /// Without the line the same report makes an agency of its own: the years stay apart (what the key is for).
    func testWithoutTheListTheOldNameIsANewAgency() throws {
        let outcome = try ImportSite().importFile(try reference2022(named: Self.oldName))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertNotEqual(outcome.agencySlug, "xiasha")
        XCTAssertEqual(outcome.newAgency?.name, Self.oldName)
    }

    /// A body split in a reorganisation: two agencies list the same former name, and the name cannot tell them apart.
    func testAFormerNameOfTwoAgenciesIsRefusedNamingBoth() throws {
        let site = try site(adding: "formerNames:\n  - \(Self.oldName)\n")
        let other = site.root.appendingPathComponent("content/agencies/baiyang")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("name: 杭州市钱塘区人民政府白杨街道办事处\nkind: subdistrict\nformerNames:\n  - \(Self.oldName)\n".utf8)
            .write(to: other.appendingPathComponent("agency.yaml"))
        let file = try reference2022(named: Self.oldName)
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .failed)
        let refusal = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-agency" }, "\(outcome.problems)")
        XCTAssertTrue(refusal.message.contains("“baiyang”") && refusal.message.contains("“xiasha”"), refusal.message)
        XCTAssertEqual(refusal.hint?.contains("--agency"), true)
        XCTAssertNil(site.report("xiasha", 2022))
        XCTAssertNil(site.report("baiyang", 2022))
        // The operator's word decides.
        let chosen = site.importFile(file, agency: "baiyang")
        XCTAssertEqual(chosen.status, .written, "\(chosen.problems)")
        XCTAssertFalse(chosen.problems.contains { $0.rule == "import-agency-name" }, "a former name of the agency chosen: \(chosen.problems)")
    }

    /// A former name printed with less of its place is that body too, said as the same body is.
    func testAFormerNameWithLessOfItsPlaceIsTheSameBody() throws {
        let site = try site(adding: "formerNames:\n  - 杭州市钱塘区人民政府新湾街道办事处\n")
        let outcome = site.importFile(try reference2022(named: "钱塘区新湾街道办事处"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.agencySlug, "xiasha")
        let said = try XCTUnwrap(outcome.problems.first { $0.rule == "import-agency-name" }, "\(outcome.problems)")
        XCTAssertTrue(said.message.contains("one of its former names"), said.message)
    }

    /// The agency's current name still wins over another agency's former name.
    func testTheCurrentNameComesFirst() throws {
        let site = try site(adding: "formerNames:\n  - 杭州市钱塘区人民政府下沙街道办事处\n", to: "renamed", name: "杭州市钱塘区人民政府某某街道办事处")
        let outcome = site.importFile(try reference2022(named: "杭州市钱塘区人民政府下沙街道办事处"))
        XCTAssertEqual(outcome.agencySlug, "xiasha", "\(outcome.problems)")
    }

    /// The import reads the list as the build does: each form of it, and nothing from a file it cannot read.
    func testTheListAsTheImportReadsIt() {
        XCTAssertEqual(AgencyReader.formerNames(inAgencyYAML: "name: 甲\nformerNames:\n  - 乙\n  - name: 丙\n    until: 2018\n"), ["乙", "丙"])
        XCTAssertEqual(AgencyReader.formerNames(inAgencyYAML: "name: 甲\nformerNames: [乙, 丙]\n"), ["乙", "丙"])
        XCTAssertEqual(AgencyReader.formerNames(inAgencyYAML: "name: 甲\nformerNames:\n"), [])
        XCTAssertEqual(AgencyReader.formerNames(inAgencyYAML: "name: [甲\nformerNames: 乙\n"), [])
    }
}
