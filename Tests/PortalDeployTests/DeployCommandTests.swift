import Foundation
import PortalBuild
import PortalTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `portal deploy` as a user runs it, against a folder target declared in site.yaml.
@Suite("portal deploy command", .serialized)
struct DeployCommandTests {
    /// A copy of the example site whose site.yaml deploys to ./webroot.
    func site(extra: String = "") throws -> DeploySite {
        try DeploySite.withFolderTarget(extra: extra)
    }

    struct Run {
        var status: Int32
        var text: String
    }

    func start(_ arguments: [String], in site: DeploySite) throws -> (Process, Pipe) {
        try PortalProcess.start(["deploy"] + arguments, in: site.site.root)
    }

    func run(_ arguments: [String], in site: DeploySite) throws -> Run {
        let result = try PortalProcess.run(["deploy"] + arguments, in: site.site.root)
        return Run(status: result.status, text: result.stderr)
    }

    @Test func deployDryRunAndRollback() throws {
        let site = try site()
        let first = try run([], in: site)
        #expect(first.status == 0, "\(first.text)")
        #expect(first.text.contains("deployed release "))
        #expect(first.text.contains(": 101 added, 0 changed, 0 removed; sent 102 files"))
        let live = try #require(site.live)

        try site.site.edit("content/agencies/xiasha/2021/other.md", replacing: "本年度未收取信息处理费。", with: "改。")
        let stale = try run([], in: site)
        #expect(stale.status == 1)
        #expect(stale.text.contains("is older than content/agencies/xiasha/2021/other.md"))
        try site.rebuild()
        let before = try snapshotFolder(site.targetRoot)
        let dry = try run(["--dry-run"], in: site)
        #expect(dry.status == 0)
        #expect(dry.text.contains("dry run for web: 0 added, 6 changed, 0 removed, 95 unchanged"))
        #expect(dry.text.contains("  ~ agencies/xiasha/2021/index.html"))
        #expect(try snapshotFolder(site.targetRoot) == before)

        #expect(try run(["web"], in: site).status == 0)
        #expect(site.live != live)
        let back = try run(["--rollback"], in: site)
        #expect(back.status == 0 && back.text.contains("rolled web back"))
        #expect(site.live == live)
    }

    @Test func refusesWhenChecksFailOrTheGuardTrips() throws {
        let site = try site()
        #expect(try run([], in: site).status == 0)
        try site.site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  carriedOver:                [1,", with: "  carriedOver:                [2,")
        let failing = try run(["--build"], in: site)
        #expect(failing.status == 1)
        #expect(failing.text.contains("error[balance]"))
        #expect(failing.text.contains("nothing was deployed"))

        try site.site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  carriedOver:                [2,", with: "  carriedOver:                [1,")
        try site.site.remove("content/agencies/example-street")
        let guarded = try run(["--build"], in: site)
        #expect(guarded.status == 1)
        #expect(guarded.text.contains("this deploy would remove 10 files from the live site (the limit is 5)"))
        #expect(try run(["--force"], in: site).status == 0)
        #expect(try run(["nowhere"], in: site).status == 2)
    }

    @Test func rollbackWorksWhileTheContentIsBroken() throws {
        let site = try site()
        #expect(try run([], in: site).status == 0)
        let first = try #require(site.live)
        try site.site.edit("content/agencies/xiasha/2021/other.md", replacing: "本年度未收取信息处理费。", with: "改。")
        #expect(try run(["--build"], in: site).status == 0)
        try site.site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  carriedOver:                [1,", with: "  carriedOver:                [2,")
        let back = try run(["--rollback"], in: site)
        #expect(back.status == 0, "\(back.text)")
        #expect(site.live == first)
    }

    /// Kills a deploy in the middle of its upload: the live path still points
    /// at the complete previous release, and the next deploy cleans up.
    @Test func anInterruptedDeployLeavesTheLiveSiteWhole() throws {
        let site = try site(extra: "      rsyncOptions: [\"--bwlimit=400\"]\n")
        #expect(try run([], in: site).status == 0)
        let live = try #require(site.live)
        let liveFiles = try site.served()

        // A large asset makes the upload take seconds.
        var bytes = [UInt8](repeating: 0, count: 6_000_000)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
        try Data(bytes).write(to: site.site.url("theme/assets/big.bin"))
        try site.rebuild()
        let (process, _) = try start([], in: site)
        let partial = try waitForPartialUpload(in: site)
        #expect(partial, "the upload never started")
        killTree(process.processIdentifier)
        process.waitUntilExit()

        #expect(site.live == live)
        #expect(try site.served() == liveFiles)
        #expect(site.releases.contains { $0.hasSuffix(".partial") })

        // The next deploy finishes the job and removes the leftover.
        try site.site.write("content/site.yaml", try site.site.read("content/site.yaml").replacingOccurrences(of: "      rsyncOptions: [\"--bwlimit=400\"]\n", with: ""))
        try site.rebuild()
        let next = try run([], in: site)
        #expect(next.status == 0, "\(next.text)")
        #expect(!site.releases.contains { $0.hasSuffix(".partial") })
        #expect(try site.served() == snapshotFolder(site.output))
    }

    private func waitForPartialUpload(in site: DeploySite) throws -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let partial = site.releases.first(where: { $0.hasSuffix(".partial") }) {
                let files = try snapshotFolder(site.targetRoot.appendingPathComponent("releases/\(partial)"))
                if files.count > 3 { return true }
            }
            usleep(100_000)
        }
        return false
    }

    /// Like a closed terminal: the process and everything it started (rsync) die at once.
    private func killTree(_ pid: pid_t) {
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        kill(pid, SIGKILL)
        for child in children.split(separator: " ").compactMap({ pid_t($0) }) { killTree(child) }
    }
}
