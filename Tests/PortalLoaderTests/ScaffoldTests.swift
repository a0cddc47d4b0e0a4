import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// `Scaffold` and the skeletons it writes: generated from the form, in the
/// content format, loadable, never over existing files.
@Suite("new agencies and reports")
struct ScaffoldTests {
    let forms = FormLoader.builtInForms().forms

    /// The generated report.yaml is the example report's layout with every
    /// number replaced by "": same keys, order, alignment and label comments.
    @Test func aBlankReportIsTheExampleReportWithoutItsNumbers() throws {
        let example = try String(contentsOf: Repository.exampleSite.appendingPathComponent("content/agencies/xiasha/2021/report.yaml"), encoding: .utf8)
        let blanked = example.components(separatedBy: "\n").map { line -> String in
            guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") else { return line }
            let count = line[line.index(after: open)..<close].split(separator: ",").count
            return String(line[..<open]) + "[" + Array(repeating: "\"\"", count: count).joined(separator: ", ") + "]" + line[line.index(after: close)...]
        }.joined(separator: "\n")
        let skeleton = ReportSkeleton(form: try #require(forms["gov-info-2021"]), year: 2021, agencyName: "杭州市钱塘区人民政府下沙街道办事处")
        func tables(_ text: String) throws -> String { String(text[try #require(text.range(of: "\n# 二、")).lowerBound...]) }
        #expect(try tables(skeleton.reportYAML) == tables(blanked))
        #expect(skeleton.reportYAML.hasPrefix("# 杭州市钱塘区人民政府下沙街道办事处 2021年政府信息公开工作年度报告\n"))
    }

    @Test(arguments: [("gov-info-2019", 2020), ("gov-info-2021", 2023)])
    func aNewReportLoadsWithEveryCellBlank(formID: String, year: Int) throws {
        let site = try TestSite()
        let scaffold = Scaffold(root: site.root)
        try scaffold.newAgency(slug: "new-office", name: "示例市新设局: 测试", kind: .department, parent: "example-district")
        let (paths, form) = try scaffold.newReport(agency: "new-office", year: year)
        #expect(form.id == formID)
        #expect(paths == ["report.yaml", "overview.md", "problems.md", "other.md"].map { "content/agencies/new-office/\(year)/\($0)" })

        let loaded = SiteLoader(root: site.root).load()
        #expect(!loaded.diagnostics.contains { $0.location.path.contains("new-office") }, "\(loaded.diagnostics)")
        let portal = try #require(loaded.portal)
        let agency = try #require(portal.agencies.first { $0.slug == "new-office" })
        #expect(agency.name == "示例市新设局: 测试")
        #expect(agency.parent?.value == "example-district")
        let report = try #require(portal.reports.first { $0.agencySlug == "new-office" })
        #expect(report.formID == formID)
        for table in form.tables {
            for (block, row) in table.leafRows {
                let cells = try #require(report.tables[table.id]?[row.id], "\(table.id).\(row.id)")
                #expect(cells.count == block.columns.count)
                #expect(cells.allSatisfy { if case .blank("") = $0.value { true } else { false } })
            }
        }
        // The guidance is a note for the editor: read as nothing.
        #expect(try site.read("content/agencies/new-office/\(year)/overview.md").contains("一、总体情况"))
        #expect(report.narratives["overview"]?.value.allSatisfy(\.isWhitespace) == true)
    }

    @Test func itNeverOverwrites() throws {
        let site = try TestSite()
        let scaffold = Scaffold(root: site.root)
        let before = try site.read("content/agencies/xiasha/2021/report.yaml")
        #expect(throws: Scaffold.Problem.self) { try scaffold.newReport(agency: "xiasha", year: 2021) }
        #expect(throws: Scaffold.Problem.self) { try scaffold.newAgency(slug: "xiasha", name: "另一个机构", kind: .other, parent: nil) }
        #expect(try site.read("content/agencies/xiasha/2021/report.yaml") == before)
        #expect(try site.read("content/agencies/xiasha/agency.yaml").contains("下沙街道"))
    }

    @Test func unknownNamesAreRefusedWithAHint() throws {
        let site = try TestSite()
        let scaffold = Scaffold(root: site.root)
        func refusal(_ work: () throws -> Void) -> Failure? {
            do { try work() } catch let problem as Scaffold.Problem {
                if case .refused(let failure) = problem { return failure }
            } catch {}
            return nil
        }
        #expect(refusal { try scaffold.newReport(agency: "xiasah", year: 2022) }?.hint?.hasPrefix("did you mean “xiasha”?") == true)
        #expect(refusal { try scaffold.newReport(agency: "xiasha", year: 2010) }?.message == "no form is meant for 2010")
        #expect(refusal { try scaffold.newReport(agency: "xiasha", year: 2022, form: "gov-info-2030") }?.message == "no form “gov-info-2030”")
        #expect(refusal { try scaffold.newAgency(slug: "Bad Slug", name: "某局", kind: .other, parent: nil) } != nil)
        #expect(refusal { try scaffold.newAgency(slug: "ok", name: "某局", kind: .other, parent: "nowhere") }?.message == "parent agency “nowhere” does not exist")
        #expect(!FileManager.default.fileExists(atPath: site.url("content/agencies/ok").path))
        // Not a site folder: nothing is started there.
        let elsewhere = site.url("elsewhere")
        #expect(refusal { try Scaffold(root: elsewhere).newAgency(slug: "ok", name: "某局", kind: .other, parent: nil) }?.hint == "run portal in the site's folder, or pass it with --site")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path))
        // An explicit form wins over the year's.
        let (_, form) = try scaffold.newReport(agency: "xiasha", year: 2022, form: "gov-info-2019")
        #expect(form.id == "gov-info-2019")
    }

    @Test func aNewFormFileGivesItsOwnSkeleton() throws {
        let site = try TestSite()
        let builtIn = try #require(FormLoader.builtInFormText("gov-info-2021.yaml"))
        try site.write("content/forms/local-2030.yaml", builtIn
            .replacingOccurrences(of: "id: gov-info-2021", with: "id: local-2030")
            .replacingOccurrences(of: "years: {first: 2021}", with: "years: {first: 2030}")
            .replacingOccurrences(of: "{id: licensing, ref: 第（五）项 行政许可, label: 行政许可}",
                                  with: "{id: licensing, ref: 第（五）项 行政许可, label: 行政许可}\n          - {id: filings, ref: 第（五）项 行政备案, label: 行政备案}"))
        let (paths, form) = try Scaffold(root: site.root).newReport(agency: "xiasha", year: 2030)
        #expect(form.id == "local-2030")
        #expect(paths.count == 4)
        #expect(try site.read("content/agencies/xiasha/2030/report.yaml").contains("  filings:            [\"\"]  # 行政备案\n"))
    }
}
