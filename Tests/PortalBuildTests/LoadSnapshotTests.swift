import Foundation
@testable import PortalBuild
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// `portal build` keeps each agency folder as loaded in
/// .portal-cache/loads/ and takes unchanged folders from there instead of
/// reading them: the site it writes must be, byte for byte, the one a
/// clean build (`--no-cache`) writes, after any edit and whatever state
/// the cache is in.
@Suite("Load snapshots")
struct LoadSnapshotTests {
    static let agencies = 6

    /// A build with the caches, as `portal build` runs it.
    static func cachedBuild(_ site: TestSite) throws -> (summary: SiteBuilder.Summary, fromSnapshots: Int) {
        var builder = SiteBuilder(root: site.root)
        builder.checkCache = true
        // Folders written a moment ago may be kept: the test waits for no clock tick.
        builder.checkCacheSettle = 0
        var timings: [(step: String, seconds: Double)] = []
        let checked = builder.cachedCheck(&timings, loadingEverything: true)
        return (try builder.write(checked, timings: timings), checked.snapshotFolders)
    }

    /// Builds with the caches into public/ and without into clean/ (from
    /// nothing) and expects the same files; returns how many folders the
    /// cached build took from snapshots.
    @discardableResult
    static func expectCachedEqualsClean(_ site: TestSite, _ comment: Comment,
                                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let (cached, fromSnapshots) = try cachedBuild(site)
        try? FileManager.default.removeItem(at: site.url("clean"))
        let clean = try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(cached.manifest == clean.manifest, comment, sourceLocation: sourceLocation)
        #expect(try snapshotFolder(site.url("public")) == snapshotFolder(site.url("clean")), comment, sourceLocation: sourceLocation)
        #expect(cached.warnings == clean.warnings, comment, sourceLocation: sourceLocation)
        return fromSnapshots
    }

    /// Makes example-street's 2022 report an imported one: its published original beside it.
    static func addSource(to site: TestSite) throws {
        let folder = "content/agencies/example-street/2022"
        try site.write("\(folder)/source.txt", "示例原文（虚构）\n")
        try site.edit("\(folder)/report.yaml", replacing: "year: 2022\n", with: """
            year: 2022
            source:
              name: 示例原文.txt
              sha256: 0676e3c82103196adc799dfd9a66324ba33a2e28f5a6a1318c3d6cc6a4b04ad8
              format: txt
              imported: 2026-12-01
              file: source.txt

            """)
    }

    @Test func aRebuildFromSnapshotsEqualsACleanBuildAfterEveryKindOfEdit() throws {
        let site = try TestSite()
        #expect(try Self.expectCachedEqualsClean(site, "first build") == 0)
        #expect(try Self.expectCachedEqualsClean(site, "no change") == Self.agencies)
        let street = "content/agencies/example-street"
        let saved = site.url("saved")
        try FileManager.default.createDirectory(at: saved, withIntermediateDirectories: true)
        // Each edit, and how many folders the next build may take from snapshots.
        let edits: [(String, Int, () throws -> Void)] = [
            ("a report's data file", Self.agencies - 1, {
                try site.edit("content/agencies/example-district/2021/report.yaml", replacing: "published: 2022-03-28", with: "published: 2022-03-29")
            }),
            ("a narrative", Self.agencies - 1, {
                try site.edit("\(street)/2022/overview.md", replacing: "。", with: "。（本段已更新）")
            }),
            ("agency.yaml", Self.agencies - 1, {
                try site.edit("content/agencies/example-data/agency.yaml", replacing: "000-00000003", with: "000-00000009")
            }),
            ("an agency's former names", Self.agencies - 1, {
                try site.edit("content/agencies/example-data/agency.yaml", replacing: "since: 2021", with: Self.formerNames)
            }),
            ("a report removed", Self.agencies - 1, {
                try FileManager.default.moveItem(at: site.url("\(street)/2022"), to: saved.appendingPathComponent("2022"))
            }),
            ("a report added", Self.agencies - 1, {
                try FileManager.default.moveItem(at: saved.appendingPathComponent("2022"), to: site.url("\(street)/2022"))
            }),
            ("an agency removed", Self.agencies - 1, {
                try FileManager.default.moveItem(at: site.url("content/agencies/example-data"), to: saved.appendingPathComponent("example-data"))
            }),
            ("an agency added", Self.agencies - 1, {
                try FileManager.default.moveItem(at: saved.appendingPathComponent("example-data"), to: site.url("content/agencies/example-data"))
            }),
            ("a correction with its superseded tables", Self.agencies - 1, { try CorrectionTests.correct(site) }),
            ("an imported report's original", Self.agencies - 1, { try Self.addSource(to: site) }),
            ("site.yaml", 0, { try site.edit("content/site.yaml", replacing: "title: 政府信息公开工作年度报告（示例门户）", with: "title: 政府信息公开年报（示例门户）") }),
            ("a form file", 0, {
                let builtIn = try #require(FormLoader.builtInFormText("gov-info-2021.yaml"))
                try site.write("content/forms/site-2021.yaml", builtIn.replacingOccurrences(of: "id: gov-info-2021", with: "id: site-2021"))
            }),
            ("a report's form", Self.agencies - 1, {
                try site.edit("content/agencies/example-data/2021/report.yaml", replacing: "form: gov-info-2021", with: "form: site-2021")
            }),
            ("the theme", Self.agencies, {
                try site.edit("theme/templates/report.mustache", replacing: "{{", with: "<!-- 主题已更新 -->{{")
            }),
        ]
        for (name, kept, edit) in edits {
            try edit()
            #expect(try Self.expectCachedEqualsClean(site, "after editing \(name)") == kept, "after editing \(name)")
            // The next build reads nothing: every folder comes from its snapshot.
            let folders = try FileManager.default.contentsOfDirectory(atPath: site.url("content/agencies").path).count
            #expect(try Self.expectCachedEqualsClean(site, "after editing \(name), again") == folders, "after editing \(name), again")
        }
        #expect(try site.read("public/agencies/xiasha/2021/index.html").contains("<dt>更正记录</dt>"))
        #expect(try site.read("public/agencies/example-street/2022/source.txt") == "示例原文（虚构）\n")
    }

    /// Every part of every folder comes back as the loader gave it.
    static let formerNames = "since: 2021\nformerNames:\n  - name: 示例区数据中心\n    until: 2021\n  - 示例区信息中心\n"

    @Test func aSnapshotDecodesToWhatTheLoaderGave() throws {
        let site = try TestSite()
        try Self.addSource(to: site)
        try site.edit("content/agencies/example-data/agency.yaml", replacing: "since: 2021", with: Self.formerNames)
        let loader = SiteLoader(root: site.root)
        let forms = loader.forms()
        let loaded = loader.load()
        #expect(!loaded.diagnostics.hasErrors)
        #expect(loaded.agencyLoads.count == Self.agencies)
        for (slug, load) in loaded.agencyLoads {
            var reader = SnapshotReader(try #require(FolderSnapshot.encode(load, forms: forms)))
            let decoded = try FolderSnapshot.decode(&reader, slug: slug, forms: forms)
            #expect(String(describing: decoded.agency) == String(describing: load.agency))
            #expect(decoded.diagnostics == load.diagnostics)
            #expect(decoded.reports.count == load.reports.count)
            for (after, before) in zip(decoded.reports, load.reports) {
                #expect(after.agencySlug == before.agencySlug && after.year == before.year && after.formID == before.formID)
                #expect(after.published == before.published && after.sourceDigest == before.sourceDigest)
                #expect(after.location == before.location && after.formLocation == before.formLocation)
                #expect(after.tables == before.tables)
                #expect(Array(after.cells.allValues) == Array(before.cells.allValues))
                #expect(after.narratives == before.narratives)
                #expect(after.acknowledgements == before.acknowledgements)
                #expect(after.source == before.source && after.blankCells == before.blankCells)
            }
        }
        #expect(loaded.agencyLoads["example-education"]?.reports.contains { !$0.acknowledgements.isEmpty } == true)
        #expect(loaded.agencyLoads["example-street"]?.reports.contains { $0.source != nil } == true)
        #expect(loaded.agencyLoads["example-data"]?.agency?.formerNames.count == 2)
    }

    /// An unchanged folder is not read at all: a snapshot planted under the
    /// folder's signature is what the build shows.
    @Test func anUnchangedFolderIsTakenFromItsSnapshot() throws {
        let site = try TestSite()
        try Self.expectCachedEqualsClean(site, "first build")
        let snapshots = LoadSnapshots(root: site.root, key: CheckCache(root: site.root).key, forms: SiteLoader(root: site.root).forms())
        let signature = FolderSignature.of(site.url("content/agencies/example-street").path, settle: 0).digest
        var load = try #require(snapshots.read("example-street", signature: signature))
        load.reports = load.reports.map { report in
            var planted = report
            planted.narratives = report.narratives.mapValues { Located($0.value.replacingOccurrences(of: "。", with: "。（快照）"), at: $0.location) }
            return planted
        }
        snapshots.write(load, signature: signature)
        // Into a new output folder: the page is rendered, not kept from the last build.
        var builder = SiteBuilder(root: site.root, output: site.url("planted"))
        builder.checkCache = true
        builder.checkCacheSettle = 0
        var timings: [(step: String, seconds: Double)] = []
        let checked = builder.cachedCheck(&timings, loadingEverything: true)
        #expect(checked.snapshotFolders == Self.agencies)
        _ = try builder.write(checked, timings: timings)
        #expect(try site.read("planted/agencies/example-street/2022/index.html").contains("（快照）"))
        #expect(try !site.read("public/agencies/example-street/2022/index.html").contains("（快照）"))
    }

    /// A build reads the snapshots into one buffer per worker
    /// (`SnapshotFile.readInParallel`): a file read after a longer one, or
    /// after a damaged one, gives what a read into fresh memory gives.
    @Test func oneReadBufferGivesWhatFreshReadsGive() throws {
        let site = try TestSite()
        try Self.expectCachedEqualsClean(site, "first build")
        let forms = SiteLoader(root: site.root).forms()
        let snapshots = LoadSnapshots(root: site.root, key: CheckCache(root: site.root).key, forms: forms)
        let loads = site.url(".portal-cache/loads")
        func size(_ slug: String) throws -> Int { try Data(contentsOf: loads.appendingPathComponent(slug + ".snapshot")).count }
        // Longest first: every later file is shorter than what the buffer held before it.
        let slugs = try FileManager.default.contentsOfDirectory(atPath: site.url("content/agencies").path)
            .filter { !$0.hasPrefix(".") }.sorted { try size($0) > size($1) }
        #expect(slugs.count == Self.agencies)
        #expect(try size(slugs[0]) > size(slugs[Self.agencies - 1]))
        var buffer: [UInt8] = []
        for slug in slugs {
            let signature = FolderSignature.of(site.url("content/agencies/\(slug)").path, settle: 0).digest
            let fresh = try #require(snapshots.read(slug, signature: signature))
            let reused = try #require(snapshots.read(slug, signature: signature, buffer: &buffer), "\(slug)")
            #expect(FolderSnapshot.encode(reused, forms: forms) == FolderSnapshot.encode(fresh, forms: forms), "\(slug)")
            #expect(buffer.count == (try size(slug)))
        }
        // A file cut short, read into the buffer that held a whole one, is a miss; the next read is whole.
        let first = slugs[0], signature = FolderSignature.of(site.url("content/agencies/\(first)").path, settle: 0).digest
        let file = loads.appendingPathComponent(first + ".snapshot")
        let saved = try Data(contentsOf: file)
        try saved.prefix(saved.count - 1).write(to: file)
        #expect(snapshots.read(first, signature: signature, buffer: &buffer) == nil)
        try saved.write(to: file)
        let again = try #require(snapshots.read(first, signature: signature, buffer: &buffer))
        #expect(FolderSnapshot.encode(again, forms: forms) == FolderSnapshot.encode(try #require(snapshots.read(first, signature: signature)), forms: forms))
    }

    /// Every item is handed to exactly one worker, whatever the count.
    @Test(arguments: [0, 1, 7, 100, 2_500])
    func readingInParallelVisitsEveryItemOnce(count: Int) {
        let visits = Visits(count: count)
        SnapshotFile.readInParallel(count) { item, buffer in
            buffer.append(1)
            visits.add(item)
        }
        #expect(visits.counts == Array(repeating: 1, count: count))
    }

    /// How often each item was handed out, from any thread.
    final class Visits: @unchecked Sendable {
        private let lock = NSLock()
        private var held: [Int]
        init(count: Int) { held = Array(repeating: 0, count: count) }
        func add(_ item: Int) { lock.withLock { held[item] += 1 } }
        var counts: [Int] { lock.withLock { held } }
    }

    /// A damaged, truncated, foreign or unreadable snapshot is a miss: the
    /// folder is read, the site is right, and the next build keeps it again.
    @Test func aDamagedSnapshotIsIgnored() throws {
        let site = try TestSite()
        try Self.expectCachedEqualsClean(site, "first build")
        let folder = site.url(".portal-cache/loads")
        let file = folder.appendingPathComponent("example-street.snapshot")
        let saved = try Data(contentsOf: file)
        for damaged in Self.damaged(saved, format: LoadSnapshots.format) {
            try damaged.write(to: file)
            let fromSnapshots = try Self.expectCachedEqualsClean(site, "a damaged snapshot")
            #expect(fromSnapshots == Self.agencies - 1, "a damaged snapshot is not used")
            #expect(try Data(contentsOf: file) == saved, "written anew")
        }
        // Another program's, or the same under another key: not used.
        let other = LoadSnapshots(root: site.root, key: String(repeating: "0", count: 64), forms: SiteLoader(root: site.root).forms())
        let load = try #require(SiteLoader(root: site.root).load().agencyLoads["example-street"])
        other.write(load, signature: FolderSignature.of(site.url("content/agencies/example-street").path, settle: 0).digest)
        #expect(try Self.expectCachedEqualsClean(site, "a snapshot of another key") == Self.agencies - 1)
        #expect(try Self.expectCachedEqualsClean(site, "rewritten") == Self.agencies)
    }

    /// A cache file cut short (by half, by a byte), one byte longer, with a
    /// byte changed, not a cache file at all, empty, and of another format.
    static func damaged(_ saved: Data, format: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Data] {
        let foreign = saved.replacingOccurrences(of: Data(format.utf8), with: Data((format.dropLast() + "0").utf8))
        #expect(foreign != saved, sourceLocation: sourceLocation)
        var longer = saved
        longer.append(0)
        var flipped = saved
        flipped[saved.count / 2] ^= 0xFF
        return [saved.prefix(saved.count / 2), saved.prefix(saved.count - 1), longer, flipped, Data("not a cache file".utf8), Data(), foreign]
    }

    @Test func snapshotsThatCannotBeWrittenCostOnlyTime() throws {
        let site = try TestSite()
        try site.write(".portal-cache/loads", "in the way")
        for _ in 0..<2 {
            #expect(try Self.expectCachedEqualsClean(site, "unwritable") == 0)
        }
    }

    /// A folder gone takes its snapshot with it; `--no-cache` neither reads nor writes any.
    @Test func snapshotsFollowTheFoldersAndNoCacheBypassesThem() throws {
        let site = try TestSite()
        try SiteBuilder(root: site.root).build()
        #expect(!FileManager.default.fileExists(atPath: site.url(".portal-cache/loads").path))
        try Self.expectCachedEqualsClean(site, "first build")
        let files = { try FileManager.default.contentsOfDirectory(atPath: site.url(".portal-cache/loads").path).filter { $0.hasSuffix(".snapshot") }.sorted() }
        #expect(try files().count == Self.agencies)
        try site.remove("content/agencies/example-data")
        try Self.expectCachedEqualsClean(site, "an agency removed")
        #expect(try !files().contains("example-data.snapshot"))
        #expect(try files().count == Self.agencies - 1)
    }

    /// A build killed while it saved a cache file leaves `<file>.<pid>.writing`
    /// behind; the next build removes those of processes gone, not a running one's.
    @Test func temporaryFilesOfKilledBuildsAreRemoved() throws {
        let site = try TestSite()
        try Self.expectCachedEqualsClean(site, "first build")
        let gone = Int32.max - 1
        let orphans = [".portal-cache/check.cache.\(gone).writing", ".portal-cache/loads/example-data.snapshot.\(gone).writing",
                       ".portal-cache/derived/example-data.parts.\(gone).writing"]
        let running = ".portal-cache/loads/another-agency.snapshot.\(getpid()).writing"
        for path in orphans + [running] { try site.write(path, "half a file") }
        try site.edit("content/agencies/example-street/2022/overview.md", replacing: "。", with: "。 ")
        try Self.expectCachedEqualsClean(site, "after a killed build")
        for path in orphans { #expect(!FileManager.default.fileExists(atPath: site.url(path).path), "\(path)") }
        #expect(FileManager.default.fileExists(atPath: site.url(running).path))
    }
}

extension Data {
    func replacingOccurrences(of old: Data, with new: Data) -> Data {
        var result = Data()
        var rest = self[...]
        while let range = rest.range(of: old) {
            result.append(rest[..<range.lowerBound])
            result.append(new)
            rest = rest[range.upperBound...]
        }
        result.append(rest)
        return result
    }
}
