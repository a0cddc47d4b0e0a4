import Foundation
import PortalBuild
import PortalTestSupport
import Testing

/// `portal serve` can ask its `LiveSite` for a whole build and a patch at
/// the same moment (its first build, and the watcher's edit that arrives
/// before that build ends): they must take turns over the site's state
/// (the load, the checks, the output being patched), not run side by side.
@Suite("Builds and patches asked at once")
struct LiveSiteTurnsTests {
    /// Counts how often a build found the output folder's lock taken.
    final class Waits: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var total: Int { lock.withLock { count } }
    }

    /// Eight calls on four threads, builds and patches mixed: each ends
    /// before the next begins — none ever finds the output locked by
    /// another (`OutputLock` is taken only once a call's reading and
    /// checking are done, so waiting there means two ran at once) — and the
    /// site left is exactly a clean build of the content.
    @Test func buildsAndPatchesAskedFromSeveralThreadsTakeTurns() throws {
        let site = try TestSite()
        let waits = Waits()
        var builder = SiteBuilder(root: site.root)
        builder.waiting = { _ in waits.add() }
        let live = LiveSite(builder: builder)
        try live.rebuild()
        let edited = "content/agencies/example-street/2022/overview.md"
        try site.edit(edited, replacing: "。", with: "。（本段已更新）")
        let failures = Waits()
        DispatchQueue.concurrentPerform(iterations: 8) { call in
            do {
                if call % 2 == 0 { try live.rebuild() } else { try live.apply([edited]) }
            } catch {
                failures.add()
            }
        }
        #expect(failures.total == 0)
        #expect(waits.total == 0)
        let last = try live.apply([edited])
        let clean = try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(last.summary.manifest == clean.manifest)
        #expect(try snapshotFolder(site.url("public")) == snapshotFolder(site.url("clean")))
    }
}
