import Foundation
import PortalBuild
import PortalTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Deploys killed at any moment, and a target whose disk fills: what the
/// web server serves is always one whole release.
@Suite("Faults while deploying", .serialized)
struct DeployFaultTests {
    static let narrative = "content/agencies/xiasha/2021/other.md"

    func site(target: URL? = nil) throws -> DeploySite {
        try DeploySite.withFolderTarget(target, extra: "      keep: 2\n")
    }

    @Test func aDeployKilledAtAnyMomentLeavesAWholeReleaseLive() throws {
        let site = try site()
        var versions: [[String: Data]] = []
        for text in ["版本甲。\n", "版本乙。\n"] {
            try site.site.write(Self.narrative, text)
            try site.rebuild()
            versions.append(try snapshotFolder(site.output))
        }
        #expect(try PortalProcess.run(["deploy"], in: site.site.root).status == 0)
        var random = SeededRandom()
        var killed = 0
        let rounds = SeededRandom.rounds(20)
        for round in 0..<rounds {
            try site.site.write(Self.narrative, round % 2 == 0 ? "版本甲。\n" : "版本乙。\n")
            try site.rebuild()
            let (process, _) = try PortalProcess.start(["deploy"], in: site.site.root)
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.4, using: &random))
            if process.isRunning {
                Self.killTree(process.processIdentifier)
                killed += 1
            }
            process.waitUntilExit()
            let served = try site.served()
            #expect(served == versions[0] || served == versions[1], "round \(round) (seed \(random.seed)): the live site is not one whole release")
        }
        #expect(killed > 0, "no deploy was killed mid-way (seed \(random.seed))")
        print("faults: \(killed) of \(rounds) deploys killed mid-way (seed \(random.seed)); the live site was always one whole release")
        let last = try PortalProcess.run(["deploy"], in: site.site.root)
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try site.served() == snapshotFolder(site.output))
        #expect(!site.releases.contains { $0.hasSuffix(".partial") })
    }

    @Test func aTargetWhoseDiskFillsKeepsTheLiveRelease() throws {
        let disk = try #require(try? SmallDisk(megabytes: 6), "mounting a tmpfs needs root")
        let site = try site(target: disk.folder.appendingPathComponent("web"))
        #expect(try PortalProcess.run(["deploy"], in: site.site.root).status == 0)
        let live = try snapshotFolder(disk.folder.appendingPathComponent("web/current").resolvingSymlinksInPath())
        var bytes = [UInt8](repeating: 0, count: 8_000_000)
        var random = SeededRandom(seed: 7)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &random) }
        try Data(bytes).write(to: site.site.url("theme/assets/big.bin"))
        try site.rebuild()
        let full = try PortalProcess.run(["deploy"], in: site.site.root)
        #expect(full.status == 2)
        #expect(full.stderr.contains("error: deploy: the target has no space left"), "\(full.stderr)")
        #expect(full.stderr.contains("hint: free space, or keep fewer releases"))
        #expect(try snapshotFolder(disk.folder.appendingPathComponent("web/current").resolvingSymlinksInPath()) == live)
    }

    static func killTree(_ pid: pid_t) {
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        kill(pid, SIGKILL)
        for child in children.split(separator: " ").compactMap({ pid_t($0) }) { killTree(child) }
    }
}
