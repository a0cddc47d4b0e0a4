import Foundation
import PortalBuild
import PortalModel
import PortalTestSupport
import PortalWrite
import Testing

/// Builds killed at any moment, run side by side, or into a disk that
/// refuses writes: the output is always one whole build.
@Suite("Faults while building", .serialized)
struct FaultTests {
    static let narrative = "content/agencies/xiasha/2021/other.md"

    /// The site's output for each of two contents, built cleanly.
    static func versions(of site: TestSite) throws -> [[String: Data]] {
        var versions: [[String: Data]] = []
        for (index, text) in ["版本甲。\n", "版本乙。\n"].enumerated() {
            try site.write(narrative, text)
            let folder = site.url("clean-\(index)")
            try SiteBuilder(root: site.root, output: folder).build()
            versions.append(try snapshotFolder(folder))
        }
        return versions
    }

    @Test func aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewWhole() throws {
        let site = try TestSite()
        let versions = try Self.versions(of: site)
        let output = site.url("public")
        try site.write(Self.narrative, "版本甲。\n")
        try SiteBuilder(root: site.root, output: output).build()
        // A second build keeps the first as the spare: the rounds rebuild through it. Timed
        // as the rounds run it, so that kills fall anywhere in a build, the swap included,
        // however loaded the machine (and some builds finish).
        let start = Date()
        #expect(try PortalProcess.run(["build", "--output", output.path], in: site.root).status == 0)
        let whole = Date().timeIntervalSince(start)
        #expect(FileManager.default.fileExists(atPath: site.url(".public.spare/.portal-spare").path))
        var random = SeededRandom()
        let rounds = SeededRandom.rounds(50)
        var killed = 0
        var throughSpare = 0
        for round in 0..<rounds {
            try site.write(Self.narrative, round % 2 == 0 ? "版本乙。\n" : "版本甲。\n")
            if FileManager.default.fileExists(atPath: site.url(".public.spare/.portal-spare").path) { throughSpare += 1 }
            let (process, _) = try PortalProcess.start(["build", "--output", output.path], in: site.root)
            Thread.sleep(forTimeInterval: Double.random(in: 0...max(0.6, whole * 1.3), using: &random))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let now = try snapshotFolder(output)
            #expect(now == versions[0] || now == versions[1], "round \(round) (seed \(random.seed)): the output is neither whole site")
        }
        #expect(killed > 0, "no build was killed mid-way (seed \(random.seed))")
        #expect(killed < rounds, "no build finished (seed \(random.seed))")
        print("faults: \(killed) of \(rounds) builds killed mid-way, \(throughSpare) began with a clean spare (seed \(random.seed)); the output was always one whole site")
        // The next build succeeds, removes what killed builds left, and equals a clean one.
        try site.write(Self.narrative, "版本乙。\n")
        try SiteBuilder(root: site.root, output: output).build()
        #expect(try snapshotFolder(output) == versions[1])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".staging-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        // Within two more builds the output is rebuilt through a clean spare again.
        for (round, text) in ["版本甲。\n", "版本乙。\n"].enumerated() {
            try site.write(Self.narrative, text)
            let spare = Self.inode(site.url(".public.spare"))
            try SiteBuilder(root: site.root, output: output).build()
            #expect(try snapshotFolder(output) == versions[round])
            if round == 1 { #expect(spare != 0 && Self.inode(output) == spare, "the last build did not use the spare") }
        }
    }

    static func inode(_ url: URL) -> UInt64 {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test func aSecondBuildWaitsForTheFirst() throws {
        let site = try TestSite()
        let output = site.url("public")
        let held = try OutputLock(for: output)
        let (process, errors) = try PortalProcess.start(["build"], in: site.root)
        // Until the build says it waits (a loaded machine may take seconds to start it), then a while longer.
        let said = CollectedOutput(errors.fileHandleForReading)
        let deadline = Date().addingTimeInterval(120)
        while !said.text.contains("waiting for another build"), process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.5)
        #expect(process.isRunning, "the build went ahead while another held the output")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        withExtendedLifetime(held) {}
        _ = consume held
        process.waitUntilExit()
        let text = said.finish()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.hasPrefix("waiting for another build of \(output.path) to finish…\n"), "\(text)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func buildsRunTogetherTakeTurnsAndLeaveOneWholeSite() throws {
        let site = try TestSite()
        let versions = try Self.versions(of: site)
        let processes = try (0..<3).map { _ in try PortalProcess.start(["build"], in: site.root) }
        for (process, _) in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.0.terminationStatus == 0 })
        #expect(try snapshotFolder(site.url("public")) == versions[1])
    }

    @Test func aReadOnlyDiskNamesTheFolder() throws {
        let disk = try #require(try? SmallDisk(megabytes: 1, readOnly: true), "mounting a tmpfs needs root")
        let site = try TestSite()
        let output = disk.folder.appendingPathComponent("public")
        do {
            try SiteBuilder(root: site.root, output: output).build()
            Issue.record("the build should have failed")
        } catch let failure as Failure {
            #expect(failure.errno == EROFS)
            #expect(failure.step == "prepare")
            #expect(failure.hint?.contains("read-only") == true)
        }
    }
}

/// What a process writes to a pipe, collected as it comes.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let handle: FileHandle

    init(_ handle: FileHandle) {
        self.handle = handle
        handle.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            guard let self, !chunk.isEmpty else { return }
            self.lock.withLock { self.data.append(chunk) }
        }
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    /// Everything, once the process has ended.
    func finish() -> String {
        handle.readabilityHandler = nil
        let rest = handle.readDataToEndOfFile()
        lock.withLock { data.append(rest) }
        return text
    }
}
