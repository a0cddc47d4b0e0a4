import Foundation
@testable import PortalBuild
import PortalLoader
import PortalRender
import PortalTestSupport
import Testing

/// `portal build` keeps what it derives from each report (reader facts,
/// lines of the joined downloads, search keys) in .portal-cache/derived/
/// under each report's `DerivationKey`, and takes them instead of deriving
/// them again. A key that left out anything the parts read would show here:
/// the cached build would differ from a clean one after an edit that
/// reaches a report only through what the key left out.
@Suite("Derived parts")
struct DerivedPartsTests {
    /// A cached build into public/ and a clean one into clean/: the same
    /// files and warnings. Returns how many reports' parts the cached build took.
    @discardableResult
    static func expectCachedEqualsClean(_ site: TestSite, _ comment: Comment,
                                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let (cached, _) = try LoadSnapshotTests.cachedBuild(site)
        try? FileManager.default.removeItem(at: site.url("clean"))
        let clean = try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(clean.derivedReports == 0, sourceLocation: sourceLocation)
        #expect(cached.manifest == clean.manifest, comment, sourceLocation: sourceLocation)
        #expect(try snapshotFolder(site.url("public")) == snapshotFolder(site.url("clean")), comment, sourceLocation: sourceLocation)
        #expect(cached.warnings == clean.warnings, comment, sourceLocation: sourceLocation)
        return cached.derivedReports
    }

    static let reports = 10
    static let street2022 = "public/agencies/example-street/2022/report.json"

    /// Each edit, what it must change in a file the edit does not touch
    /// (so a cached part that should have been derived again shows), and
    /// how many reports' parts the next build may take at most.
    @Test func aRebuildTakesOnlyPartsWhoseInputsAreUnchanged() throws {
        let site = try TestSite()
        #expect(try Self.expectCachedEqualsClean(site, "first build") == 0)
        #expect(try Self.expectCachedEqualsClean(site, "no change") == Self.reports)
        let street = "content/agencies/example-street"
        let saved = site.url("saved")
        try FileManager.default.createDirectory(at: saved, withIntermediateDirectories: true)
        let edits: [(name: String, changes: String?, kept: Int, edit: () throws -> Void)] = [
            // 2022's change since last year compares its key figures with 2021's.
            ("last year's figures only", Self.street2022, Self.reports - 2, {
                try site.edit("\(street)/2021/report.yaml", replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [12, 0, 0, 0, 12,")
            }),
            // 2022's repeated text (CopiedText) is measured against 2021's narratives.
            ("the text this year's report repeats", Self.street2022, Self.reports - 2, {
                try site.edit("\(street)/2021/problems.md", replacing: "下一步将建立栏目更新提醒机制", with: "下一步将健全栏目更新提醒机制")
            }),
            // Timeliness reads the deadlines of site.yaml.
            ("a deadline in site.yaml", Self.street2022, 0, {
                try site.edit("content/site.yaml", replacing: "subdistrict: \"01-31\"", with: "subdistrict: \"01-10\"")
            }),
            // The agency's name is in every line of its reports and in their search keys.
            ("agency.yaml", Self.street2022, Self.reports - 2, {
                try site.edit("\(street)/agency.yaml", replacing: "shortName: 示例街道（示例）", with: "shortName: 示例街道")
            }),
            ("last year's report removed", Self.street2022, Self.reports - 2, {
                try FileManager.default.moveItem(at: site.url("\(street)/2021"), to: saved.appendingPathComponent("2021"))
            }),
            ("last year's report back", Self.street2022, Self.reports - 2, {
                try FileManager.default.moveItem(at: saved.appendingPathComponent("2021"), to: site.url("\(street)/2021"))
            }),
            ("a year added", nil, Self.reports, {
                try FileManager.default.copyItem(at: site.url("\(street)/2022"), to: site.url("\(street)/2023"))
                // Every year the copy names, a year later.
                for file in try FileManager.default.contentsOfDirectory(atPath: site.url("\(street)/2023").path) {
                    let path = "\(street)/2023/\(file)"
                    try site.write(path, try site.read(path).replacingOccurrences(of: "2023", with: "2024")
                        .replacingOccurrences(of: "2022", with: "2023").replacingOccurrences(of: "2021", with: "2022")
                        .replacingOccurrences(of: "gov-info-2022", with: "gov-info-2021"))
                }
            }),
            ("a year removed", nil, Self.reports, { try site.remove("\(street)/2023") }),
            ("a form file", nil, 0, {
                let builtIn = try #require(FormLoader.builtInFormText("gov-info-2021.yaml"))
                try site.write("content/forms/site-2021.yaml", builtIn.replacingOccurrences(of: "id: gov-info-2021", with: "id: site-2021"))
            }),
            ("the theme", nil, Self.reports, {
                try site.edit("theme/templates/report.mustache", replacing: "{{", with: "<!-- 主题已更新 -->{{")
            }),
        ]
        for (name, changes, kept, edit) in edits {
            let before = try changes.map { try site.read($0) }
            try edit()
            let taken = try Self.expectCachedEqualsClean(site, "after editing \(name)")
            #expect(taken <= kept, "after editing \(name): \(taken) reports' parts taken")
            if let changes, let before { #expect(try site.read(changes) != before, "after editing \(name)") }
            // Nothing changed since: every report's parts come from the cache.
            let reports = try FileManager.default.subpathsOfDirectory(atPath: site.url("content/agencies").path)
                .filter { $0.hasSuffix("/report.yaml") }.count
            #expect(try Self.expectCachedEqualsClean(site, "after editing \(name), again") == reports, "after editing \(name), again")
            // A year's archive pieces come and go with its reports.
            let years = try Set(FileManager.default.subpathsOfDirectory(atPath: site.url("content/agencies").path)
                .filter { $0.hasSuffix("/report.yaml") }.map { String($0.split(separator: "/")[1]) + ".pieces" })
            #expect(try Set(FileManager.default.contentsOfDirectory(atPath: site.url(".portal-cache/derived").path)
                .filter { $0.hasSuffix(".pieces") }) == years, "after editing \(name)")
        }
    }

    /// Facts kept in the cache name their form and come back in its figure
    /// order (the very order the build's facts share), not in one of their
    /// own, with their quality line as it was made.
    @Test func keptFactsComeBackInTheirFormsOrder() throws {
        let site = try TestSite()
        try Self.expectCachedEqualsClean(site, "first build")
        let portal = try #require(SiteLoader(root: site.root).load().portal)
        let snapshots = DerivedSnapshots(root: site.root, key: CheckCache(root: site.root).key, forms: portal.forms)
        // Read without the forms, the same facts keep their values in an order of their own.
        let unordered = DerivedSnapshots(root: site.root, key: CheckCache(root: site.root).key)
        var read = 0
        for report in portal.reports {
            guard let kept = snapshots.read(report.agencySlug)?[report.year] else { continue }
            read += 1
            #expect(kept.facts.formID == report.formID)
            let alone = try #require(unordered.read(report.agencySlug)?[report.year])
            #expect(alone.facts.formID == nil)
            #expect(alone.facts.figures == kept.facts.figures)
            #expect(alone.facts.changes.map(\.id) == kept.facts.changes.map(\.id))
            // The quality line is kept as made: the same as made again from the facts read back.
            var remade = kept.facts
            remade.keepQualityLine()
            #expect(kept.facts.qualityColumns().map(\.1) == remade.qualityColumns().map(\.1))
            #expect(kept.facts.qualityColumns().map(\.0) == ReportFacts.qualityColumnNames)
        }
        #expect(read == Self.reports)
    }

    /// The parts in the cache are what a build shows: planted ones appear
    /// in a new output folder, and go when the report changes.
    @Test func keptPartsAreTakenUnderTheirKeyOnly() throws {
        let site = try TestSite()
        try Self.expectCachedEqualsClean(site, "first build")
        let snapshots = DerivedSnapshots(root: site.root, key: CheckCache(root: site.root).key)
        var parts = try #require(snapshots.read("example-street"))
        var planted = try #require(parts[2022])
        planted.facts.blankCells = 77
        planted.facts.keepQualityLine()
        planted.fragments.wide = Data("planted,line\r\n".utf8)
        parts[2022] = planted
        snapshots.write(DerivedParts.Agency(slug: "example-street", reports: parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                            unchanged: false))
        var builder = SiteBuilder(root: site.root, output: site.url("planted"))
        builder.checkCache = true
        builder.checkCacheSettle = 0
        var timings: [(step: String, seconds: Double)] = []
        let summary = try builder.write(builder.cachedCheck(&timings, loadingEverything: true), timings: timings)
        #expect(summary.derivedReports == Self.reports)
        #expect(try site.read("planted/agencies/example-street/2022/report.json").contains("\"blank_cells\":\"77\""))
        #expect(try site.read("planted/data/portal-gov-info-2021.csv").contains("planted,line"))
        try site.edit("content/agencies/example-street/2022/overview.md", replacing: "。", with: "。（已更新）")
        #expect(try Self.expectCachedEqualsClean(site, "the planted report changed") == Self.reports - 1)
        #expect(try !site.read("public/agencies/example-street/2022/report.json").contains("\"blank_cells\":\"77\""))
    }

    /// A damaged, truncated, foreign or unreadable file is a miss: the
    /// parts are derived, the site is right, and the file is written anew.
    @Test(arguments: ["example-street.parts", "search.state"])
    func aDamagedFileIsIgnored(_ name: String) throws {
        let site = try TestSite()
        try Self.expectCachedEqualsClean(site, "first build")
        let file = site.url(".portal-cache/derived/\(name)")
        let saved = try Data(contentsOf: file)
        var flipped = saved
        flipped[saved.count - 10] ^= 0x01
        let format = name.hasSuffix(".parts") ? DerivedSnapshots.format : DerivedSnapshots.searchFormat
        for damaged in LoadSnapshotTests.damaged(saved, format: format) + [flipped] {
            try damaged.write(to: file)
            let taken = try Self.expectCachedEqualsClean(site, "a damaged \(name)")
            if name.hasSuffix(".parts") { #expect(taken == Self.reports - 2, "the street's two reports are derived again") }
            #expect(try Data(contentsOf: file) == saved, "written anew")
        }
        // Another program's, or the same under another site.yaml: not used.
        let other = DerivedSnapshots(root: site.root, key: String(repeating: "0", count: 64))
        if name.hasSuffix(".parts") {
            let parts = try #require(DerivedSnapshots(root: site.root, key: CheckCache(root: site.root).key).read("example-street"))
            other.write(DerivedParts.Agency(slug: "example-street", reports: parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                            unchanged: false))
            #expect(try Self.expectCachedEqualsClean(site, "parts of another key") == Self.reports - 2)
        } else {
            // Sealed under the right key, but shards no clean cut makes (one cut inside an entry).
            let snapshots = DerivedSnapshots(root: site.root, key: CheckCache(root: site.root).key)
            var planted = try #require(snapshots.readSearch())
            let shard = planted.shards[0]
            planted.shards.replaceSubrange(0...0, with: [Array(shard[..<(shard.count / 2)]), Array(shard[(shard.count / 2)...])])
            snapshots.writeSearch(planted)
            try Self.expectCachedEqualsClean(site, "a search state of shards cut otherwise")
            #expect(try Data(contentsOf: file) == saved, "written anew")
            try Data(try Data(contentsOf: file).replacingOccurrences(of: Data(CheckCache(root: site.root).key.utf8),
                                                                     with: Data(String(repeating: "0", count: 64).utf8))).write(to: file)
            try Self.expectCachedEqualsClean(site, "a search state of another key")
            #expect(try Data(contentsOf: file) == saved, "written anew")
        }
    }

    /// `--no-cache` neither reads nor writes derived parts; a folder gone takes its file with it.
    @Test func derivedPartsFollowTheFoldersAndNoCacheBypassesThem() throws {
        let site = try TestSite()
        try SiteBuilder(root: site.root).build()
        #expect(!FileManager.default.fileExists(atPath: site.url(".portal-cache/derived").path))
        try Self.expectCachedEqualsClean(site, "first build")
        let files = { try FileManager.default.contentsOfDirectory(atPath: site.url(".portal-cache/derived").path).sorted() }
        // An agency's parts and the search index; a year's archive pieces only
        // once a cached build writes its archive (the uncached build's were kept).
        #expect(try files().count == 6 + 1)
        #expect(try files().contains("search.state"))
        try site.remove("content/agencies/example-data")
        try Self.expectCachedEqualsClean(site, "an agency removed")
        #expect(try !files().contains("example-data.parts"))
        // Every year's list of agencies changed: every archive was written.
        #expect(try files().count == 5 + 1 + 3)
    }
}
