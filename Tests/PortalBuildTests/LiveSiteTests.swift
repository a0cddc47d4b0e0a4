import Foundation
import PortalBuild
import PortalModel
import PortalTestSupport
import Testing

/// `portal serve` patches the built site in place after an edit
/// (`LiveSite`): only what the edit reaches is rendered, only changed bytes
/// are written, and the result is exactly the site a clean build gives.
@Suite("Patching the served site after an edit")
struct LiveSiteTests {
    /// A site built by `LiveSite`, edited by `edit`, patched, then compared
    /// file by file (manifest included) with a clean build of the same content.
    func patchEqualsCleanBuild(_ edit: (TestSite) throws -> Set<String>, wholeSite: Bool = false,
                               check: (TestSite, LiveSite.Patch) throws -> Void = { _, _ in }) throws {
        try patchEqualsCleanBuild(on: try TestSite(), edit, wholeSite: wholeSite, check: check)
    }

    func patchEqualsCleanBuild(on site: TestSite, _ edit: (TestSite) throws -> Set<String>, wholeSite: Bool = false,
                               check: (TestSite, LiveSite.Patch) throws -> Void = { _, _ in }) throws {
        let live = LiveSite(builder: SiteBuilder(root: site.root))
        try live.rebuild()
        let patch = try live.apply(try edit(site))
        #expect(patch.wholeSite == wholeSite)
        try check(site, patch)
        let clean = try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(patch.summary.manifest == clean.manifest)
        let patched = try snapshotFolder(site.url("public"))
        let expected = try snapshotFolder(site.url("clean"))
        #expect(patched.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected where patched[path] != data { Issue.record("\(path) differs from a clean build") }
        #expect(live.diagnostics == SiteBuilder(root: site.root).check().diagnostics)
    }

    @Test func aNarrativeEditPatchesTheReportAndWhatListsIt() throws {
        try patchEqualsCleanBuild({ site in
            try site.edit("content/agencies/example-street/2022/overview.md", replacing: "。", with: "。（本段已更新）")
            return ["content/agencies/example-street/2022/overview.md"]
        }, check: { site, patch in
            #expect(patch.changed.first == "agencies/example-street/2022/index.html")
            #expect(patch.changed.contains("agencies/example-street/2022/report.json"))
            #expect(patch.changed.contains("years/2022/reports.jsonl.gz"))
            // Nothing of another agency's reports is written.
            #expect(!patch.changed.contains { $0.hasPrefix("agencies/xiasha/") })
            let page = try site.read("public/agencies/example-street/2022/index.html")
            #expect(page.contains("（本段已更新）"))
        })
    }

    /// Patches after the first take the year archive's other reports from
    /// the pieces kept in memory: edits to two agencies of one year, one
    /// after the other, still give a clean build's archive.
    @Test func successivePatchesOfOneYearKeepItsArchiveWhole() throws {
        try patchEqualsCleanBuild({ site in
            let live = LiveSite(builder: SiteBuilder(root: site.root, output: site.url("scratch")))
            try live.rebuild()
            try site.edit("content/agencies/xiasha/2021/other.md", replacing: "。", with: "。（第一次修改）")
            try live.apply(["content/agencies/xiasha/2021/other.md"])
            try site.edit("content/agencies/example-street/2021/overview.md", replacing: "。", with: "。（第二次修改）")
            let second = try live.apply(["content/agencies/example-street/2021/overview.md"])
            #expect(second.changed.contains("years/2021/reports.jsonl.gz"))
            let clean = try SiteBuilder(root: site.root, output: site.url("scratch-clean")).build()
            #expect(second.summary.manifest == clean.manifest)
            #expect(try Data(contentsOf: site.url("scratch/years/2021/reports.jsonl.gz"))
                == Data(contentsOf: site.url("scratch-clean/years/2021/reports.jsonl.gz")))
            return ["content/agencies/xiasha/2021/other.md", "content/agencies/example-street/2021/overview.md"]
        })
    }

    /// Patches after the first take the search postings from memory and
    /// index again only the edited agency's reports: a word added, added
    /// elsewhere, then taken away gives a clean build's index, and no search
    /// text file but the edited report's is written.
    @Test func successivePatchesKeepTheSearchIndexWhole() throws {
        try patchEqualsCleanBuild({ site in
            let live = LiveSite(builder: SiteBuilder(root: site.root, output: site.url("scratch")))
            try live.rebuild()
            let texts = { (patch: LiveSite.Patch) in patch.changed.filter { $0.hasPrefix("search/text/") } }
            let streetText = try Self.searchText(of: "example-street", 2022, in: site.url("scratch"))
            let xiashaText = try Self.searchText(of: "xiasha", 2021, in: site.url("scratch"))
            let street = "content/agencies/example-street/2022/overview.md"
            try site.edit(street, replacing: "。", with: "。（鲲鹏计划）")
            let first = try live.apply([street])
            #expect(texts(first) == [streetText])
            #expect(first.changed.contains { $0.hasPrefix("search/shards/") })
            let other = "content/agencies/xiasha/2021/other.md"
            try site.edit(other, replacing: "。", with: "。（鲲鹏）")
            #expect(texts(try live.apply([other])) == [xiashaText])
            try site.edit(street, replacing: "。（鲲鹏计划）", with: "。")
            let third = try live.apply([street])
            #expect(texts(third) == [streetText])
            let clean = try SiteBuilder(root: site.root, output: site.url("scratch-clean")).build()
            #expect(third.summary.manifest == clean.manifest)
            return [street, other]
        })
    }

    /// The search text file holding a report: two documents a file, by the report's row in `search/docs/`.
    static func searchText(of slug: String, _ year: Int, in output: URL) throws -> String {
        let docs = try Data(contentsOf: output.appendingPathComponent("search/docs/0.json"))
        let rows = try #require(try JSONSerialization.jsonObject(with: docs) as? [[Any]])
        let id = try #require(rows.firstIndex { $0[0] as? String == slug && $0[4] as? Int == year })
        return "search/text/\(id / 2).json"
    }

    @Test func aCellEditPatchesTheFiguresEverywhere() throws {
        try patchEqualsCleanBuild({ site in
            try site.edit("content/agencies/example-street/2022/report.yaml", replacing: "penalties:          [9]", with: "penalties:          [11]")
            return ["content/agencies/example-street/2022/report.yaml"]
        }, check: { _, patch in
            #expect(patch.changed.contains("agencies/example-street/2022/report.csv"))
            #expect(patch.changed.contains("years/2022/year-gov-info-2021.csv"))
            #expect(patch.changed.contains("data/portal-gov-info-2021.csv"))
            #expect(!patch.changed.contains { $0.hasPrefix("years/2021/") })
        })
    }

    /// One `LiveSite` patching patch after patch keeps its table of the
    /// output and the manifest's text, and carries each year's key-figure
    /// totals from patch to patch: after cell edits of two agencies of one
    /// year, then one taken back, every file (manifest text, year.json
    /// totals, year pages) is a clean build's.
    @Test func successiveCellEditsKeepTheYearTotalsAndTheManifest() throws {
        try patchEqualsCleanBuild({ site in
            let live = LiveSite(builder: SiteBuilder(root: site.root, output: site.url("scratch")))
            try live.rebuild()
            let street = "content/agencies/example-street/2022/report.yaml"
            // 行政复议 is a key figure: the year's totals change with each edit.
            try site.edit(street, replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [2, 0, 0, 0, 2,")
            try live.apply([street])
            let other = "content/agencies/example-education/2022/report.yaml"
            try site.edit(other, replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [0, 1, 0, 0, 1,")
            try live.apply([other])
            try site.edit(street, replacing: "cases: [2, 0, 0, 0, 2,", with: "cases: [0, 0, 3, 0, 3,")
            let third = try live.apply([street])
            #expect(third.changed.contains("years/2022/year.json"))
            _ = try SiteBuilder(root: site.root, output: site.url("scratch-clean")).build()
            let patched = try snapshotFolder(site.url("scratch"))
            let expected = try snapshotFolder(site.url("scratch-clean"))
            #expect(patched.keys.sorted() == expected.keys.sorted())
            #expect(patched[".portal-manifest.json"] != nil)
            for (path, data) in expected where patched[path] != data { Issue.record("\(path) differs from a clean build") }
            return [street, other]
        })
    }

    @Test func anAgencyEditPatchesItsReportsItsRelativesAndEveryYear() throws {
        try patchEqualsCleanBuild({ site in
            try site.edit("content/agencies/example-street/agency.yaml", replacing: "shortName: 示例街道（示例）", with: "shortName: 示例街道办（示例）")
            return ["content/agencies/example-street/agency.yaml"]
        }, check: { site, patch in
            #expect(patch.changed.contains("years/2022/index.html"))
            let page = try site.read("public/agencies/example-street/2021/index.html")
            #expect(page.contains("示例街道办（示例）"))
        })
    }

    @Test func aThemeEditBuildsTheWholeSite() throws {
        try patchEqualsCleanBuild({ site in
            try site.edit("theme/templates/report.mustache", replacing: "{{/main}}", with: "<p>theme changed</p>{{/main}}")
            return ["theme/templates/report.mustache"]
        }, wholeSite: true)
    }

    @Test func aNewReportAndARemovedOneAreAddedAndRemoved() throws {
        try patchEqualsCleanBuild({ site in
            try FileManager.default.copyItem(at: site.url("content/agencies/example-street/2022"), to: site.url("content/agencies/example-street/2023"))
            try site.edit("content/agencies/example-street/2023/report.yaml", replacing: "year: 2022", with: "year: 2023")
            try site.edit("content/agencies/example-street/2023/report.yaml", replacing: "published: 2023-01-18", with: "published: 2024-01-18")
            let preamble = "content/agencies/example-street/2023/preamble.md"
            try site.write(preamble, try site.read(preamble).replacingOccurrences(of: "2022", with: "2023"))
            try site.remove("content/agencies/example-district/2020")
            return ["content/agencies/example-street/2023", "content/agencies/example-district/2020"]
        }, check: { site, patch in
            #expect(patch.changed.contains("agencies/example-district/2020/index.html"))
            #expect(!FileManager.default.fileExists(atPath: site.url("public/agencies/example-district/2020").path))
            #expect(FileManager.default.fileExists(atPath: site.url("public/years/2023/index.html").path))
        })
    }

    /// The page is replaced by a rename: a reader holding the old file reads
    /// all of the old page, a new reader all of the new one; files the edit
    /// does not reach keep their inode (they are not written at all).
    @Test func aPageIsReplacedWholeAndUntouchedFilesStay() throws {
        let site = try TestSite()
        let live = LiveSite(builder: SiteBuilder(root: site.root))
        try live.rebuild()
        let page = site.url("public/agencies/example-street/2022/index.html")
        let other = site.url("public/agencies/xiasha/2021/index.html")
        let before = try String(contentsOf: page, encoding: .utf8)
        let reader = try FileHandle(forReadingFrom: page)
        let (pageInode, otherInode) = (try inode(page), try inode(other))
        try site.edit("content/agencies/example-street/2022/overview.md", replacing: "。", with: "。（本段已更新）")
        try live.apply(["content/agencies/example-street/2022/overview.md"])
        #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == before)
        #expect(try inode(page) != pageInode)
        #expect(try inode(other) == otherInode)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("（本段已更新）"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: page.deletingLastPathComponent().path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// An edit that fails its checks leaves the site as it was; a good edit
    /// of another report while it is still broken is held back too, and all
    /// of it lands once the first is fixed.
    @Test func anEditWithErrorsLeavesTheSiteUntilFixed() throws {
        let site = try TestSite()
        let live = LiveSite(builder: SiteBuilder(root: site.root))
        try live.rebuild()
        let before = try snapshotFolder(site.url("public"))
        let broken = "content/agencies/example-street/2022/report.yaml"
        let good = try site.read(broken)
        try site.edit(broken, replacing: "  carriedOver:                [1,", with: "  carriedOver:                [2,")
        #expect(throws: DiagnosticsError.self) { try live.apply([broken]) }
        #expect(try snapshotFolder(site.url("public")) == before)

        try site.edit("content/agencies/xiasha/2021/other.md", replacing: "。", with: "。（已修改）")
        #expect(throws: DiagnosticsError.self) { try live.apply(["content/agencies/xiasha/2021/other.md"]) }
        #expect(try snapshotFolder(site.url("public")) == before)

        try site.write(broken, good)
        let patch = try live.apply([broken])
        #expect(!patch.wholeSite)
        try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(try snapshotFolder(site.url("public")) == snapshotFolder(site.url("clean")))
    }

    /// The render cache stays true: a `portal build` after patches keeps
    /// every report's, agency's and year's files and still equals a clean
    /// build. Serve records no keys for the one-of-a-kind pages and the
    /// search's lists of every document: the build renders those.
    @Test func aBuildAfterAPatchKeepsWhatThePatchWrote() throws {
        let site = try TestSite()
        let live = LiveSite(builder: SiteBuilder(root: site.root))
        try live.rebuild()
        try site.edit("content/agencies/example-street/2022/overview.md", replacing: "。", with: "。（本段已更新）")
        try live.apply(["content/agencies/example-street/2022/overview.md"])
        live.saveRenderCache()
        let rebuilt = try SiteBuilder(root: site.root).build()
        #expect(rebuilt.reusedFiles == IncrementalBuildTests.allKept - IncrementalBuildTests.singles - IncrementalBuildTests.searchLists)
        try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(try snapshotFolder(site.url("public")) == snapshotFolder(site.url("clean")))
    }

    /// A build by someone else replaced the output: the next edit builds it whole.
    @Test func anOutputReplacedByAnotherBuildIsBuiltWhole() throws {
        let site = try TestSite()
        let live = LiveSite(builder: SiteBuilder(root: site.root))
        try live.rebuild()
        try SiteBuilder(root: site.root).build()
        try site.edit("content/agencies/example-street/2022/overview.md", replacing: "。", with: "。（本段已更新）")
        #expect(try live.apply(["content/agencies/example-street/2022/overview.md"]).wholeSite)
    }

    private func inode(_ url: URL) throws -> Int {
        try #require((try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.intValue)
    }
}
