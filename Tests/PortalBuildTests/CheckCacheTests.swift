import Foundation
@testable import PortalBuild
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// `portal check` keeps each agency folder's problems in
/// .portal-cache/check.cache; a run with the cache must find exactly what a
/// run without it finds, after any edit.
@Suite("The check cache")
struct CheckCacheTests {
    /// A copy of the example with errors and warnings in several agencies,
    /// besides the acknowledged problem of example-education 2022.
    static func siteWithProblems() throws -> TestSite {
        let site = try TestSite()
        // An error (the total no longer adds up) and a blank cell (a warning).
        try site.edit("content/agencies/example-street/2022/report.yaml", replacing: "[13, 1, 0, 0, 0, 0, 14]", with: "[13, 1, 0, 0, 0, 0, 15]")
        try site.edit("content/agencies/example-district/2021/report.yaml", replacing: "fees:               [18.6]", with: "fees:               [\"\"]")
        // A loader warning.
        try site.edit("content/agencies/example-data/agency.yaml", replacing: "kind:", with: "motto: 示例\nkind:")
        return site
    }

    /// What a run finds, with the cache (and how many folders it took from it) or without.
    static func check(_ site: TestSite, cached: Bool) -> (found: [Diagnostic], readable: Bool, unchanged: Int) {
        var builder = SiteBuilder(root: site.root)
        builder.checkCache = cached
        // Folders written a moment ago may be cached: the test waits for no clock tick.
        builder.checkCacheSettle = 0
        let checked = builder.check()
        return (checked.diagnostics, checked.portal != nil, checked.unchangedFolders)
    }

    /// Runs with the cache, twice, and without: all three agree. Returns what they found.
    @discardableResult
    static func expectCachedEqualsUncached(_ site: TestSite, _ comment: Comment,
                                           sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        let uncached = check(site, cached: false)
        let first = check(site, cached: true)
        let second = check(site, cached: true)
        #expect(first.found == uncached.found, comment, sourceLocation: sourceLocation)
        #expect(second.found == uncached.found, comment, sourceLocation: sourceLocation)
        #expect(first.readable == uncached.readable && second.readable == uncached.readable, comment, sourceLocation: sourceLocation)
        // The second run read nothing: every folder came from the cache.
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: site.url("content/agencies").path).count) ?? -1
        #expect(second.unchanged == folders, comment, sourceLocation: sourceLocation)
        return uncached.found
    }

    @Test func aCachedCheckFindsWhatAnUncachedOneFinds() throws {
        let site = try Self.siteWithProblems()
        let found = Self.expectCachedEqualsUncached(site, "unchanged site")
        // Errors, warnings and an acknowledgement, in several agencies.
        #expect(found.contains { $0.severity == .error && $0.location.path.hasPrefix("content/agencies/example-street/") })
        #expect(found.contains { $0.severity == .warning && $0.location.path.hasPrefix("content/agencies/example-district/") })
        #expect(found.contains { $0.rule == "unknown-key" && $0.location.path.hasPrefix("content/agencies/example-data/") })
        #expect(found.contains { $0.acknowledgement != nil })
        #expect(FileManager.default.fileExists(atPath: site.url(".portal-cache/check.cache").path))
    }

    /// Each edit changes what the check finds (else it would test nothing),
    /// and the cached run finds the same as an uncached one.
    @Test func editsInvalidateWhatTheyMust() throws {
        let site = try Self.siteWithProblems()
        var before = Self.expectCachedEqualsUncached(site, "start")
        let edits: [(String, () throws -> Void)] = [
            ("a cell, the file's size kept", {
                try site.edit("content/agencies/example-street/2022/report.yaml", replacing: "[13, 1, 0, 0, 0, 0, 15]", with: "[13, 1, 0, 0, 0, 0, 16]")
            }),
            ("a narrative", {
                try site.edit("content/agencies/example-education/2022/overview.md", replacing: "共收到政府信息公开申请13件", with: "共收到政府信息公开申请12件")
            }),
            ("agency.yaml", {
                try site.edit("content/agencies/example-street/agency.yaml", replacing: "kind:", with: "until: 2021\nkind:")
            }),
            ("a report folder added", {
                try FileManager.default.copyItem(at: site.url("content/agencies/example-street/2022"), to: site.url("content/agencies/example-street/2023"))
            }),
            ("a report folder removed", { try site.remove("content/agencies/example-street/2023") }),
            ("an agency folder added", {
                try FileManager.default.copyItem(at: site.url("content/agencies/example-data"), to: site.url("content/agencies/example-data-copy"))
            }),
            ("an agency folder removed", { try site.remove("content/agencies/example-data-copy") }),
            ("site.yaml", { try site.edit("content/site.yaml", replacing: "output: public", with: "output: public\nblankCells: zero") }),
            ("a report's form renamed", {
                try site.edit("content/agencies/example-data/2021/report.yaml", replacing: "form: gov-info-2021", with: "form: site-2021")
            }),
            ("a form file", {
                let builtIn = try #require(FormLoader.builtInFormText("gov-info-2021.yaml"))
                try site.write("content/forms/site-2021.yaml", builtIn.replacingOccurrences(of: "id: gov-info-2021", with: "id: site-2021"))
            }),
        ]
        for (name, edit) in edits {
            try edit()
            let after = Self.expectCachedEqualsUncached(site, "after editing \(name)")
            #expect(after != before, "editing \(name) changes nothing the check finds")
            before = after
        }
    }

    /// `portal build` loads every report whole (pages need every report) and
    /// takes only unchanged folders' per-agency checks from the cache. (No
    /// build has succeeded here, so no folder comes from a load snapshot:
    /// `LoadSnapshotTests`.)
    @Test func aBuildTakesOnlyTheChecksFromTheCache() throws {
        let site = try Self.siteWithProblems()
        var builder = SiteBuilder(root: site.root)
        builder.checkCacheSettle = 0
        var timings: [(step: String, seconds: Double)] = []
        for edit in [{}, {
            try site.edit("content/agencies/example-street/2022/report.yaml", replacing: "[13, 1, 0, 0, 0, 0, 15]", with: "[13, 1, 0, 0, 0, 0, 14]")
            try site.edit("content/agencies/example-data/agency.yaml", replacing: "motto: 示例\n", with: "")
        }] {
            try edit()
            let uncached = builder.checked(&timings)
            _ = builder.cachedCheck(&timings, loadingEverything: true)
            let cached = builder.cachedCheck(&timings, loadingEverything: true)
            #expect(cached.unchangedFolders == 6)
            #expect(cached.diagnostics == uncached.diagnostics)
            // Every report, whole: the pages are rendered from them.
            let reports = try #require(cached.portal?.reports)
            #expect(reports.count == uncached.portal?.reports.count)
            #expect(reports.allSatisfy { !$0.tables.isEmpty && !$0.narratives.isEmpty })
        }
        // The errors are gone: the build with the cache goes through, warnings as without it.
        builder.checkCache = true
        let cachedBuild = try builder.build()
        #expect(cachedBuild.warnings.contains { $0.rule == "blank-cell" })
        builder.checkCache = false
        #expect(try builder.build().warnings == cachedBuild.warnings)
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let site = try Self.siteWithProblems()
        let found = Self.expectCachedEqualsUncached(site, "start")
        let file = site.url(".portal-cache/check.cache")
        let saved = try Data(contentsOf: file)
        for damaged in [saved.prefix(saved.count / 2), Data("not json".utf8), Data(), Data([0xFF, 0xFE, 0x00])] {
            try damaged.write(to: file)
            let run = Self.check(site, cached: true)
            #expect(run.found == found)
            #expect(run.unchanged == 0)
            // Written anew, whole.
            #expect(Self.check(site, cached: true).unchanged == 6)
        }
    }

    @Test func aCacheThatCannotBeWrittenCostsOnlyTime() throws {
        let site = try Self.siteWithProblems()
        let found = Self.check(site, cached: false).found
        // A file where the cache's folder should be: nothing can be written there.
        try site.write(".portal-cache", "in the way")
        for _ in 0..<2 {
            let run = Self.check(site, cached: true)
            #expect(run.found == found)
            #expect(run.unchanged == 0)
        }
    }

    /// A cache of another program (or site, or forms) is not used: its key
    /// differs. The same tampering under the right key shows the cache is read.
    @Test func aCacheOfAnotherProgramIsIgnored() throws {
        let site = try Self.siteWithProblems()
        let found = Self.expectCachedEqualsUncached(site, "start")
        let cache = CheckCache(root: site.root)
        let file = site.url(".portal-cache/check.cache")
        let saved = try #require(cache.contents())
        // A problem no check reports (every field the table's first string), planted in each folder without one.
        var planted = saved
        let clean = saved.folders.values.count(where: { $0.checked.isEmpty })
        #expect(clean > 0)
        for (slug, entry) in saved.folders where entry.checked.isEmpty { planted.folders[slug]?.checked = [0, 0, 0, 1, 1, 0, -1, -1] }
        cache.write(planted)
        #expect(Self.check(site, cached: true).found.count == found.count + clean)

        // The same bytes under another key or format: the file's head names them.
        let plantedBytes = try Data(contentsOf: file)
        for (old, new) in [(cache.key, String(repeating: "0", count: cache.key.count)), (CheckCache.format, String(CheckCache.format.dropLast()) + "9")] {
            let foreign = plantedBytes.replacingOccurrences(of: Data(old.utf8), with: Data(new.utf8))
            #expect(foreign != plantedBytes)
            try foreign.write(to: file)
            #expect(Self.check(site, cached: true).found == found)
            try plantedBytes.write(to: file)
        }
        var otherKey = cache
        otherKey.key = String(repeating: "1", count: cache.key.count)
        otherKey.write(planted)
        #expect(Self.check(site, cached: true).found == found)
        // Codes that name no string: those folders are read again.
        var unnamed = saved
        for (slug, entry) in saved.folders where entry.checked.isEmpty { unnamed.folders[slug]?.checked = [0, 99999, 0, 1, 1, 0, -1, -1] }
        cache.write(unnamed)
        let run = Self.check(site, cached: true)
        #expect(run.found == found)
        #expect(run.unchanged == 6 - clean)
    }

    /// The file's bytes: the same folders give the same bytes, and every
    /// cut, a byte more or one byte changed is not read.
    @Test func theFileIsReadBackExactlyOrNotAtAll() throws {
        let site = try Self.siteWithProblems()
        _ = Self.expectCachedEqualsUncached(site, "start")
        let cache = CheckCache(root: site.root)
        let file = site.url(".portal-cache/check.cache")
        let saved = try Data(contentsOf: file)
        let folders = cache.read()
        #expect(folders.count == 6)
        #expect(folders.values.contains { $0.agency != nil && !$0.reports.isEmpty && !$0.checked.isEmpty })
        cache.write(folders)
        #expect(try Data(contentsOf: file) == saved)
        var flipped = saved
        flipped[saved.count - 3] ^= 0x01
        for damaged in [saved.dropLast(), saved + Data([0]), flipped] + stride(from: 0, to: saved.count, by: max(1, saved.count / 40)).map({ saved.prefix($0) }) {
            try Data(damaged).write(to: file)
            #expect(cache.read().isEmpty)
        }
    }

    /// A folder holding a link is read every time: what the link leads to
    /// can change without the folder changing.
    @Test func aFolderWithALinkIsNeverCached() throws {
        let site = try Self.siteWithProblems()
        try FileManager.default.createSymbolicLink(atPath: site.url("content/agencies/xiasha/2021/notes.txt").path, withDestinationPath: "/etc/hostname")
        _ = Self.check(site, cached: true)
        #expect(Self.check(site, cached: true).unchanged == 5)
        #expect(Self.check(site, cached: true).found == Self.check(site, cached: false).found)
    }

    /// The cache of earlier programs (check.json) is removed by the first
    /// run that finds no usable check.cache, not by every write after it.
    @Test func theLegacyFileIsRemovedOnce() throws {
        let site = try Self.siteWithProblems()
        let legacy = site.url(".portal-cache/\(CheckCache.legacyFileName)")
        try site.write(".portal-cache/\(CheckCache.legacyFileName)", "{}")
        _ = Self.check(site, cached: true)
        #expect(!FileManager.default.fileExists(atPath: legacy.path))
        #expect(FileManager.default.fileExists(atPath: site.url(".portal-cache/check.cache").path))
        // With a usable cache, a run that writes it (a folder changed) leaves the folder alone.
        try site.write(".portal-cache/\(CheckCache.legacyFileName)", "{}")
        try site.edit("content/agencies/example-street/2022/report.yaml", replacing: "[13, 1, 0, 0, 0, 0, 15]", with: "[13, 1, 0, 0, 0, 0, 16]")
        let saved = try Data(contentsOf: site.url(".portal-cache/check.cache"))
        #expect(Self.check(site, cached: true).unchanged == 5)
        #expect(try Data(contentsOf: site.url(".portal-cache/check.cache")) != saved)
        #expect(FileManager.default.fileExists(atPath: legacy.path))
        // A cache this program cannot use (another program's, damaged): the legacy file goes with it.
        try Data(saved.dropLast()).write(to: site.url(".portal-cache/check.cache"))
        _ = Self.check(site, cached: true)
        #expect(!FileManager.default.fileExists(atPath: legacy.path))
    }

    /// A folder changed within the settle time is not kept: a second change
    /// in the same clock tick would leave its stamps as they were.
    @Test func aFolderJustChangedIsNotKept() throws {
        let site = try Self.siteWithProblems()
        var builder = SiteBuilder(root: site.root)
        builder.checkCache = true
        builder.checkCacheSettle = 3600
        _ = builder.check()
        #expect(builder.check().unchangedFolders == 0)
    }
}
