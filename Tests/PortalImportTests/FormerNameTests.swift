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

    /// A report of a year after the name's `until` that prints it: taken all the same, with a word (a name left from an
    /// earlier year's report?).
    func testAFormerNamePrintedAfterItsLastYearIsSaid() throws {
        for (until, said) in [(2022, false), (2021, true)] {
            let site = try site(adding: "formerNames:\n  - name: \(Self.oldName)\n    until: \(until)\n")
            let outcome = site.importFile(try reference2022(named: Self.oldName))
            XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
            XCTAssertEqual(outcome.agencySlug, "xiasha")
            let warning = outcome.problems.first { $0.rule == "import-agency-name" }
            XCTAssertEqual(warning != nil, said, "until \(until): \(outcome.problems)")
            if let warning {
                XCTAssertTrue(warning.message.contains("the 2022 report prints “\(Self.oldName)”, a name agency “xiasha” had until 2021"), warning.message)
            }
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
        XCTAssertEqual(AgencyReader.formerNames(inAgencyYAML: "name: 甲\nformerNames:\n  - 乙\n  - name: 丙\n    until: 2018\n"),
                       [Agency.FormerName("乙"), Agency.FormerName("丙", until: 2018)])
        XCTAssertEqual(AgencyReader.formerNames(inAgencyYAML: "name: 甲\nformerNames: [乙, 丙]\n").map(\.name), ["乙", "丙"])
        XCTAssertEqual(AgencyReader.formerNames(inAgencyYAML: "name: 甲\nformerNames:\n"), [])
        XCTAssertEqual(AgencyReader.formerNames(inAgencyYAML: "name: [甲\nformerNames: 乙\n"), [])
    }
}

/// A report printing a name the site has under another name of a reorganisation (卫生和计划生育局 → 卫生健康局, 乡 → 镇):
/// a new agency all the same — renames came with mergers and splits —, the import naming the one it may be.
final class RenamedBodiesTests: XCTestCase {
    static let site = ["health": "甲县卫生健康局", "env": "甲县环境保护局", "town": "甲县城关镇人民政府", "market": "乙市市场监督管理局",
                       "health-b": "乙县卫生健康局"]

    func testANameBeforeOrAfterARenameIsNamed() {
        let health = RenamedBodies.candidates(for: "甲县卫生和计划生育局", among: Self.site)
        XCTAssertEqual(health.mapValues(\.name), ["health": "甲县卫生健康局"])
        XCTAssertEqual(health["health"]?.direction, .renamedSince)
        // The site has the earlier name: the report is by the body renamed since.
        let environment = RenamedBodies.candidates(for: "甲县生态环境局", among: Self.site)
        XCTAssertEqual(environment.mapValues(\.name), ["env": "甲县环境保护局"])
        XCTAssertEqual(environment["env"]?.direction, .earlierName)
        XCTAssertEqual(RenamedBodies.candidates(for: "甲县城关乡人民政府", among: Self.site).mapValues(\.name), ["town": "甲县城关镇人民政府"])
        XCTAssertEqual(RenamedBodies.candidates(for: "乙市工商行政管理局", among: Self.site).mapValues(\.name), ["market": "乙市市场监督管理局"])
    }

    func testAnotherPlaceOrFunctionIsNot() {
        for printed in ["丙县卫生和计划生育局", "甲县卫生健康局", "卫计局", "甲县民政局", "甲县城关街道办事处", "甲县教育局", "甲县城乡建设局"] {
            XCTAssertTrue(RenamedBodies.candidates(for: printed, among: Self.site).isEmpty, printed)
        }
    }

    /// Through the import: a new agency, and `newAgency.maybeRenamedSince` naming the site's.
    func testTheImportNamesTheAgencyItMayBe() throws {
        let site = try ImportSite()
        let folder = site.root.appendingPathComponent("content/agencies/jiaxian-health")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("name: 甲县卫生健康局\nkind: department\n".utf8).write(to: folder.appendingPathComponent("agency.yaml"))
        let outcome = site.importFile(try reference2022(named: "甲县卫生和计划生育局"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertNotEqual(outcome.agencySlug, "jiaxian-health")
        XCTAssertEqual(outcome.newAgency?.maybeRenamedSince, ["jiaxian-health": "甲县卫生健康局"])
        XCTAssertEqual(outcome.newAgency?.maybeEarlierName, [:])
        // The operator reads the step; with the name under formerNames: the report joins the agency.
        let created = try XCTUnwrap(outcome.agencySlug)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/agencies/\(created)"))
        let again = try reference2022(named: "甲县卫生和计划生育局")
        let run = try runPortal(["import", again.path, "--site", site.root.path, "--dry-run"])
        XCTAssertTrue(run.output.contains("agency: maybe “甲县卫生健康局” (content/agencies/jiaxian-health) under its name since a reorganisation: if so, remove content/agencies/\(created), add “甲县卫生和计划生育局” to the formerNames: of content/agencies/jiaxian-health/agency.yaml and import again"), run.output)
        try Data("name: 甲县卫生健康局\nkind: department\nformerNames: 甲县卫生和计划生育局\n".utf8).write(to: folder.appendingPathComponent("agency.yaml"))
        XCTAssertEqual(site.importFile(again).agencySlug, "jiaxian-health")
    }
}
