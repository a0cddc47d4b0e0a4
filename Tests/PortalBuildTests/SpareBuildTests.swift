import Foundation
import PortalBuild
import PortalTestSupport
import Testing

/// A rebuild brings the site the last build replaced (kept beside the
/// output as `.public.spare`) up to date and swaps it in: whatever happened
/// to the spare or the output between builds, the output equals a clean build.
@Suite("Rebuilding through the spare")
struct SpareBuildTests {
    static let narrative = "content/agencies/xiasha/2021/overview.md"

    static func inode(_ url: URL) -> UInt64 {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    /// Edits the narrative (`round` makes each edit new), rebuilds with or
    /// without the caches, and checks the output equals a clean build of
    /// the same content. Returns whether the rebuild swapped the spare in.
    @discardableResult
    static func rebuild(_ site: TestSite, _ round: Int, checkCache: Bool = true) throws -> Bool {
        let output = site.url("public")
        let spare = site.url(".public.spare")
        try site.edit(Self.narrative, replacing: "。", with: "。（第\(round)次修改）")
        let spareBefore = Self.inode(spare)
        var builder = SiteBuilder(root: site.root)
        builder.checkCache = checkCache
        let rebuilt = try builder.build()
        let usedSpare = spareBefore != 0 && Self.inode(output) == spareBefore
        let clean = site.url("clean-\(round)")
        let cleanBuild = try SiteBuilder(root: site.root, output: clean).build()
        #expect(rebuilt.manifest == cleanBuild.manifest, "round \(round)")
        #expect(try snapshotFolder(output) == snapshotFolder(clean), "round \(round)")
        try FileManager.default.removeItem(at: clean)
        return usedSpare
    }

    @Test(arguments: [true, false])
    func rebuildsThroughTheSpareEqualACleanBuild(checkCache: Bool) throws {
        let site = try TestSite()
        let spare = site.url(".public.spare")
        func rebuild(_ round: Int, checkCache: Bool) throws -> Bool { try Self.rebuild(site, round, checkCache: checkCache) }
        try SiteBuilder(root: site.root).build()
        // The first rebuild stages (there is no spare yet) and keeps the site it replaced.
        #expect(try !rebuild(1, checkCache: checkCache))
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent(".portal-spare").path))
        for round in 2...4 {
            #expect(try rebuild(round, checkCache: checkCache), "round \(round) did not use the spare")
        }
        let page = try site.read("public/agencies/xiasha/2021/index.html")
        #expect(page.contains("（第4次修改）"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public") } == [".public.spare"])
    }

    /// What may happen between builds, besides a build killed (`FaultTests`).
    enum Change: String, CaseIterable, Sendable {
        case spareMarkedDirty, spareFileEdited, spareFileAdded, spareDeleted, outputReplaced, outputPageEdited, renderCacheDeleted
    }

    @Test(arguments: Change.allCases)
    func anythingDoneBetweenBuildsStillGivesTheCleanSite(_ change: Change) throws {
        let site = try TestSite()
        let (output, spare) = (site.url("public"), site.url(".public.spare"))
        @discardableResult func rebuild(_ round: Int) throws -> Bool { try Self.rebuild(site, round) }
        try SiteBuilder(root: site.root).build()
        try rebuild(1)
        #expect(try rebuild(2))
        // Past the kernel's coarse clock tick: a change now is later than any build's end.
        Thread.sleep(forTimeInterval: 0.05)
        let fm = FileManager.default
        let page = "agencies/xiasha/2021/index.html"
        switch change {
        case .spareMarkedDirty:
            try fm.removeItem(at: spare.appendingPathComponent(".portal-spare"))
        case .spareFileEdited:
            let handle = try FileHandle(forWritingTo: spare.appendingPathComponent(page))
            try handle.write(contentsOf: Data("<!-- hand edit -->".utf8))
            try handle.close()
        case .spareFileAdded:
            try Data("x".utf8).write(to: spare.appendingPathComponent("agencies/xiasha/extra.html"))
        case .spareDeleted:
            try fm.removeItem(at: spare)
        case .outputReplaced:
            // The user puts a build of other content in place of the output.
            let older = site.url("older")
            let text = try site.read(Self.narrative)
            try site.write(Self.narrative, text + "\n旧版本。\n")
            try SiteBuilder(root: site.root, output: older).build()
            try site.write(Self.narrative, text)
            try fm.removeItem(at: output)
            try fm.moveItem(at: older, to: output)
        case .outputPageEdited:
            // A page of the live site, shared with the spare by hard link or not.
            let handle = try FileHandle(forWritingTo: output.appendingPathComponent("agencies/example-street/2021/index.html"))
            try handle.write(contentsOf: Data("<!-- hand edit -->".utf8))
            try handle.close()
        case .renderCacheDeleted:
            try fm.removeItem(at: site.url(".portal-cache"))
        }
        try rebuild(3)
        try rebuild(4)
        // Back to rebuilding through a clean spare.
        #expect(try rebuild(5), "\(change)")
    }
}
