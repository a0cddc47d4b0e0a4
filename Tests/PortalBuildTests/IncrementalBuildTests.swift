import Foundation
import PortalBuild
import PortalRender
import PortalTestSupport
import Testing

/// A rebuild keeps the files of unchanged reports from the previous build
/// (hard links, keyed by content hashes in .portal-cache/) and must still
/// give exactly the site a clean build gives.
@Suite("Rebuilding after a change")
struct IncrementalBuildTests {
    /// Files that can be kept: each report's page, JSON and CSV; each
    /// agency's page, JSON and a CSV per form (two agencies reported in both
    /// formats); each year's page, JSON, archive, CSV and quality.csv; the
    /// portal's JSON and two CSVs; the search's text files, two reports
    /// each (5 for 10 reports; 下沙 2021 is in the fourth); the one-of-a-kind
    /// pages (home, agencies, years, downloads, search, compare, 404); the
    /// search's bitmap of each of the 3 agency kinds and its one docs file.
    /// The example has 10 reports of 6 agencies over 3 years.
    static let perReport = 3
    static let xiashaFiles = 3
    static let perYear = 5
    static let portalFiles = 3
    static let textFiles = 5
    static let xiasha2021Texts = 1
    static let singles = 7
    static let searchLists = 3 + 1
    static let allKept = 10 * perReport + (4 + 4 + 3 + 3 + 3 + xiashaFiles) + 3 * perYear + portalFiles + textFiles + singles + searchLists

    @Test func aRebuildAfterOneChangeEqualsACleanBuild() throws {
        let site = try TestSite()
        let first = try SiteBuilder(root: site.root).build()
        #expect(first.reusedFiles == 0)
        #expect(FileManager.default.fileExists(atPath: site.url(".portal-cache").path))

        try site.edit("content/agencies/xiasha/2021/overview.md", replacing: "。", with: "。（本段已更新）")
        let rebuilt = try SiteBuilder(root: site.root).build()
        // All but the changed report's files, its agency's, its year's and the portal's.
        #expect(rebuilt.reusedFiles == Self.allKept - Self.perReport - Self.xiasha2021Texts - Self.xiashaFiles - Self.perYear - Self.portalFiles)
        #expect(try site.read("public/agencies/xiasha/2021/index.html").contains("（本段已更新）"))
        let archive = try Data(contentsOf: site.url("public/years/2021/reports.jsonl.gz"))
        #expect(String(decoding: try #require(Gzip.decompress(archive)), as: UTF8.self).contains("（本段已更新）"))

        let clean = try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(clean.reusedFiles == 0)
        #expect(rebuilt.manifest == clean.manifest)
        #expect(try snapshotFolder(site.url("public")) == snapshotFolder(site.url("clean")))
    }

    /// A report shows its change since last year and the text repeated
    /// from it, and an agency's page rolls up its children: a change to last
    /// year's report renders this year's anew, a child's its parent's page.
    @Test func aChangeToLastYearsReportRendersThisYearsAndTheParentsAnew() throws {
        let site = try TestSite()
        try SiteBuilder(root: site.root).build()
        let page = "public/agencies/example-street/2022/index.html"
        #expect(try site.read(page).contains("五、存在的主要问题及改进情况：与上年报告重复 <strong>100%</strong>"))
        try site.edit("content/agencies/example-street/2021/problems.md", replacing: "下一步将建立栏目更新提醒机制", with: "下一步将健全栏目更新提醒机制")
        let rebuilt = try SiteBuilder(root: site.root).build()
        // Street 2021, 2022, the two search text files holding them, and their agency (one form);
        // years 2021, 2022; the district's files (its page rolls up its children; two forms); the portal.
        #expect(rebuilt.reusedFiles == Self.allKept - 2 * Self.perReport - 2 - 3 - 2 * Self.perYear - 4 - Self.portalFiles)
        #expect(try site.read(page).contains("五、存在的主要问题及改进情况：与上年报告重复 <strong>59%</strong>"))
        let clean = try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(rebuilt.manifest == clean.manifest)
    }

    @Test func aRebuildWithNoChangeKeepsEveryReportFile() throws {
        let site = try TestSite()
        let first = try SiteBuilder(root: site.root).build()
        let before = try snapshotFolder(site.url("public"))
        let again = try SiteBuilder(root: site.root).build()
        #expect(again.reusedFiles == Self.allKept)
        #expect(again.manifest == first.manifest)
        #expect(try snapshotFolder(site.url("public")) == before)
    }

    /// Every page is made with the theme and shows some agency's details: a
    /// changed template or agency.yaml renders the whole site anew, and the
    /// change shows.
    @Test(arguments: [
        ("theme/templates/report.mustache", "{{/main}}", "<p>theme changed</p>{{/main}}", "theme changed"),
        ("content/agencies/xiasha/agency.yaml", "shortName: 下沙街道", "shortName: 下沙街道办", "下沙街道办"),
    ])
    func aSharedInputChangeRendersEverythingAnew(file: String, old: String, new: String, shown: String) throws {
        let site = try TestSite()
        try SiteBuilder(root: site.root).build()
        try site.edit(file, replacing: old, with: new)
        let rebuilt = try SiteBuilder(root: site.root).build()
        #expect(rebuilt.reusedFiles == 0)
        #expect(try site.read("public/agencies/xiasha/2021/index.html").contains(shown))
    }

    /// An output folder changed by hand no longer matches the saved keys:
    /// everything is rendered, and the hand edit is gone.
    @Test func aHandEditedOutputIsNotTrusted() throws {
        let site = try TestSite()
        try SiteBuilder(root: site.root).build()
        let page = "public/agencies/xiasha/2021/index.html"
        let original = try site.read(page)
        // Same size, other bytes: only the manifest's digest can tell.
        try site.write(page, String(original.reversed()))
        try site.write("public/.portal-manifest.json", try site.read("public/.portal-manifest.json") + " ")
        let rebuilt = try SiteBuilder(root: site.root).build()
        #expect(rebuilt.reusedFiles == 0)
        #expect(try site.read(page) == original)
    }

    /// A page edited in place after the build (same size, so the manifest
    /// cannot tell) is rendered anew, not carried into the next build.
    @Test func aPageEditedInPlaceIsRenderedAnew() throws {
        let site = try TestSite()
        try SiteBuilder(root: site.root).build()
        let page = "public/agencies/xiasha/2021/index.html"
        let original = try site.read(page)
        Thread.sleep(forTimeInterval: 0.05)  // past the kernel's coarse clock tick
        let handle = try FileHandle(forWritingTo: site.url(page))
        try handle.write(contentsOf: Data("<!-- hand edit -->".utf8))
        try handle.close()
        let rebuilt = try SiteBuilder(root: site.root).build()
        #expect(rebuilt.reusedFiles == Self.allKept - 1)
        #expect(try site.read(page) == original)
    }

    /// Two output folders keep separate keys: building one never makes the
    /// other reuse files it does not have.
    @Test func keysBelongToOneOutputFolder() throws {
        let site = try TestSite()
        try SiteBuilder(root: site.root, output: site.url("a")).build()
        let other = try SiteBuilder(root: site.root, output: site.url("b")).build()
        #expect(other.reusedFiles == 0)
        let again = try SiteBuilder(root: site.root, output: site.url("a")).build()
        #expect(again.reusedFiles == Self.allKept)
    }
}
