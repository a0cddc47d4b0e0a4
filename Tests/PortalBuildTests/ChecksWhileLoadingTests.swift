import Foundation
@testable import PortalBuild
import PortalModel
import PortalRender
import PortalTestSupport
import Testing

/// A clean build checks each agency folder's narratives as the folder loads
/// and lets go of their text (`CheckedWhileLoading`): what it finds must be
/// what the check step finds holding every report's text, in the same order.
@Suite("Checks while loading")
struct ChecksWhileLoadingTests {
    /// A site whose narratives break every rule that reads them: a figure
    /// against the tables, a change against last year's report (across
    /// years), a statistics period of another year, an empty section; and
    /// the example's acknowledged narrative line (example-education 2022, overview.md:7).
    static func brokenSite() throws -> TestSite {
        let site = try TestSite()
        let education = "content/agencies/example-education"
        try site.edit("\(education)/2022/overview.md", replacing: "主动公开政府信息的数量见本报告第二部分。",
                      with: "主动公开政府信息的数量见本报告第二部分。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。")
        try site.edit("\(education)/2021/overview.md", replacing: "。", with: "。本年度共收到政府信息公开申请99件，比上年增加90件。")
        try site.write("\(education)/2020/problems.md", " \n")
        return site
    }

    @Test func aFolderCheckedAsItLoadsGivesWhatTheCheckStepGives() throws {
        let site = try Self.brokenSite()
        let builder = SiteBuilder(root: site.root)
        var timings: [(step: String, seconds: Double)] = []
        let held = builder.checked(&timings)
        let letGo = builder.checked(&timings, lettingGo: true)
        let rules = Set(held.diagnostics.map(\.rule))
        // The edits reach every check that reads the text, this year's and last year's.
        for rule in ["narrative-figure", "narrative-change", "report-period", "empty-narrative"] {
            #expect(rules.contains(rule), "no \(rule) in \(held.diagnostics)")
        }
        #expect(held.diagnostics.contains { $0.rule == "narrative-figure" && $0.acknowledgement != nil })
        #expect(letGo.diagnostics == held.diagnostics)
        // The text is held by the one and let go of by the other, in every report.
        #expect(held.portal?.reports.allSatisfy(\.holdsNarratives) == true)
        #expect(letGo.portal?.reports.contains(where: \.holdsNarratives) == false)
        #expect(letGo.portal?.reports.count == held.portal?.reports.count)
    }

    @Test func aBuildThatFailsOnNarrativesNamesWhatPortalCheckNames() throws {
        let site = try Self.brokenSite()
        let checked = SiteBuilder(root: site.root).check()
        do {
            try SiteBuilder(root: site.root, output: site.url("public")).build()
            Issue.record("a site with narrative errors was built")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics == checked.diagnostics)
        }
        #expect(!FileManager.default.fileExists(atPath: site.url("public").path))
    }

    @Test func theRepeatedTextMeasuredAsItLoadsIsWhatTheFactsMeasure() throws {
        let site = try TestSite()
        let builder = SiteBuilder(root: site.root)
        var timings: [(step: String, seconds: Double)] = []
        let held = builder.checked(&timings)
        let letGo = builder.checked(&timings, lettingGo: true)
        let portal = try #require(held.portal)
        let measured = try #require(letGo.whileLoading?.copied)
        let index = SiteIndex(portal, diagnostics: held.diagnostics)
        var compared = 0
        for report in portal.reports {
            let facts = index.facts.facts(of: report)
            #expect(measured.sections(of: report) == facts.copied, "\(report.agencySlug) \(report.year)")
            compared += facts.copied.count
        }
        // Reports with a previous year have sections measured.
        #expect(compared > 0)
    }
}
