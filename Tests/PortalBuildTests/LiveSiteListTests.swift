import Foundation
import PortalBuild
import PortalTestSupport
import Testing

/// Patches of a portal whose lists are paged (more than 200 agencies, a
/// year of more than 200 reports): an edit inside existing reports keeps
/// the agencies list and a year's later pages that show none of the
/// agency's reports, and the site is still exactly a clean build's.
@Suite("Patching a portal with paged lists")
struct LiveSiteListTests {
    /// The example portal with 420 more agencies, each a copy of
    /// 示例区教育局 with its 2022 report only.
    static func pagedSite() throws -> TestSite {
        let site = try TestSite()
        let source = site.url("content/agencies/example-education")
        let yaml = try site.read("content/agencies/example-education/agency.yaml")
        for number in 0..<420 {
            let slug = String(format: "gen-%04d", number)
            let folder = site.url("content/agencies/\(slug)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent("2022"), to: folder.appendingPathComponent("2022"))
            try site.write("content/agencies/\(slug)/agency.yaml", yaml
                .replacingOccurrences(of: "name: 示例市示例区教育局", with: "name: 示例市示例区第\(number)示例局")
                .replacingOccurrences(of: "shortName: 示例区教育局（示例）", with: "shortName: 第\(number)示例局（示例）"))
        }
        return site
    }

    /// gen-0300's 2022 report is on the year's second page.
    @Test func aCellEditOnALaterYearPageRendersThatPage() throws {
        try LiveSiteTests().patchEqualsCleanBuild(on: try Self.pagedSite(), { site in
            let path = "content/agencies/gen-0300/2022/report.yaml"
            // A key figure, which the year's table shows: one review, upheld.
            try site.edit(path, replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [1, 0, 0, 0, 1,")
            return [path]
        }, check: { site, patch in
            #expect(patch.changed.contains("years/2022/page/2/index.html"))
            #expect(!patch.changed.contains { $0.hasPrefix("agencies/page/") })
            let third = try site.read("public/years/2022/page/3/index.html")
            #expect(third.contains("gen-0410"))
        })
    }

    /// A new name is on the agencies list's pages and on every year's pages.
    @Test func anAgencyRenameRendersTheLists() throws {
        try LiveSiteTests().patchEqualsCleanBuild(on: try Self.pagedSite(), { site in
            let path = "content/agencies/gen-0300/agency.yaml"
            try site.edit(path, replacing: "name: 示例市示例区第300示例局", with: "name: 示例市示例区第300号改名局")
            return [path]
        }, check: { site, patch in
            #expect(patch.changed.contains("years/2022/page/2/index.html"))
            #expect(patch.changed.contains { $0.hasPrefix("agencies/page/") })
            let agencies = try site.read("public/agencies/page/2/index.html")
            #expect(agencies.contains("第300号改名局"))
        })
    }
}
