import Foundation
@testable import PortalDeploy
import PortalModel
import PortalTestSupport
import Testing

@Suite("Deploying to a folder")
struct FolderDeployTests {
    @Test func theLivePathServesTheNewRelease() throws {
        let site = try DeploySite()
        let outcome = try deploy(Deployer(target: site.folderTarget(), output: site.output), second: 0)
        #expect(site.live == outcome.release)
        #expect(outcome.plan.added.count == 101 && outcome.plan.live == nil)
        #expect(try site.served() == snapshotFolder(site.output))
        #expect(site.releases == [outcome.release])
    }

    @Test func aSecondDeploySendsOnlyWhatChanged() throws {
        let site = try DeploySite()
        let deployer = Deployer(target: site.folderTarget(), output: site.output)
        let first = try deploy(deployer, second: 0)
        try site.site.edit("content/agencies/xiasha/2021/other.md", replacing: "本年度未收取信息处理费。", with: "本年度未收取信息处理费（更正）。")
        try site.rebuild()
        let second = try deploy(deployer, second: 1)
        // The report page, its JSON, its year's archive, and in the search index the shard with
        // the new words' keys and the text file holding the report (ids 6 and 7): the joined lists
        // and CSVs hold no narrative, so their bytes did not change.
        #expect(second.plan.changed.map(\.path) == ["agencies/xiasha/2021/index.html", "agencies/xiasha/2021/report.json",
                                                    "search/shards/1.bin", "search/text/3.json",
                                                    "years/2021/reports.jsonl.gz"])
        #expect(second.plan.added.isEmpty && second.plan.removed.isEmpty)
        #expect(second.filesSent == 5 + 1) // and the new manifest
        #expect(site.live == second.release)
        #expect(try site.served() == snapshotFolder(site.output))
        // Unchanged files are the previous release's, hard-linked; changed ones are new.
        #expect(site.inode(first.release, "index.html") == site.inode(second.release, "index.html"))
        #expect(site.inode(first.release, "agencies/xiasha/2021/index.html") != site.inode(second.release, "agencies/xiasha/2021/index.html"))
    }

    @Test func rollbackSwitchesToThePreviousRelease() throws {
        let site = try DeploySite()
        let deployer = Deployer(target: site.folderTarget(), output: site.output)
        let first = try deploy(deployer, second: 0)
        let firstFiles = try site.served()
        try site.site.edit("content/agencies/xiasha/2021/other.md", replacing: "本年度未收取信息处理费。", with: "改。")
        try site.rebuild()
        let second = try deploy(deployer, second: 1)
        #expect(try deployer.rollback() == (from: second.release, to: first.release))
        #expect(site.live == first.release)
        #expect(try site.served() == firstFiles)
        #expect(throws: DeployError.nothingToRollBack) { try deployer.rollback() }
    }

    @Test func aDryRunChangesNothing() throws {
        let site = try DeploySite()
        let deployer = Deployer(target: site.folderTarget(), output: site.output)
        _ = try deploy(deployer, second: 0)
        let before = try snapshotFolder(site.targetRoot)
        try site.site.remove("content/agencies/example-street")
        try site.rebuild()
        let plan = try deployer.plan()
        #expect(plan.removed.count > 0 && !plan.changed.isEmpty)
        #expect(try snapshotFolder(site.targetRoot) == before)
    }

    @Test func theDeletionGuardTripsUnlessForced() throws {
        let site = try DeploySite()
        let deployer = Deployer(target: site.folderTarget(maxDeletions: 3), output: site.output)
        let first = try deploy(deployer, second: 0)
        try site.site.remove("content/agencies/example-street")
        try site.rebuild()
        // The street office: its page, agency.json and its one CSV, and two reports × 3 files; the
        // search's last text file (8 documents fill four files of two); the 2022 year archive stays:
        // 示例区教育局 reported for 2022 too.
        #expect(throws: DeployError.tooManyDeletions(count: 10, limit: 3)) { try deploy(deployer, second: 1) }
        #expect(site.live == first.release && site.releases == [first.release])
        let forced = try deploy(deployer, force: true, second: 2)
        #expect(site.live == forced.release)
    }

    @Test func oldReleasesArePrunedButNeverTheLiveOne() throws {
        let site = try DeploySite()
        let deployer = Deployer(target: site.folderTarget(keep: 1), output: site.output)
        var ids: [String] = []
        for second in 0..<4 {
            try site.site.write("content/agencies/xiasha/2021/other.md", "第\(second)版。\n")
            try site.rebuild()
            ids.append(try deploy(deployer, second: second).release)
        }
        #expect(site.releases == Array(ids.suffix(2)))
        #expect(site.live == ids.last)
    }

    @Test func aLeftoverPartialReleaseIsNeverLiveAndIsCleanedUp() throws {
        let site = try DeploySite()
        let deployer = Deployer(target: site.folderTarget(), output: site.output)
        let first = try deploy(deployer, second: 0)
        let partial = site.targetRoot.appendingPathComponent("releases/20991231T000000.partial")
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
        #expect(try deployer.state().releases == [first.release])
        _ = try deploy(deployer, second: 1)
        #expect(!FileManager.default.fileExists(atPath: partial.path))
    }

    @Test func verificationCatchesATamperedUpload() throws {
        let site = try DeploySite()
        let deployer = Deployer(target: site.folderTarget(), output: site.output)
        let first = try deploy(deployer, second: 0)
        // A manifest that disagrees with the files: the upload must not go live.
        let manifestURL = site.output.appendingPathComponent(".portal-manifest.json")
        let text = try String(contentsOf: manifestURL, encoding: .utf8)
        let tampered = text.replacingOccurrences(of: #"\["index.html",(\d+),"[0-9a-f]+"\]"#,
                                                 with: "[\"index.html\",$1,\"\(String(repeating: "0", count: 64))\"]",
                                                 options: .regularExpression)
        #expect(tampered != text)
        try tampered.write(to: manifestURL, atomically: true, encoding: .utf8)
        #expect(throws: DeployError.verificationFailed(["index.html differs"])) { try deploy(deployer, second: 1) }
        #expect(site.live == first.release && site.releases == [first.release])
    }

    @Test func nothingBuiltIsRefused() throws {
        let site = try DeploySite()
        try site.site.remove("public")
        #expect(throws: DeployError.self) { try deploy(Deployer(target: site.folderTarget(), output: site.output), second: 0) }
        #expect(!FileManager.default.fileExists(atPath: site.targetRoot.path))
    }

    @Test func errorsAreClassified() {
        let target = DeployTarget(name: "t", kind: .folder, path: "/x", location: SourceLocation(path: "s"))
        func classify(_ errors: String) -> DeployError {
            DeployError.classify(Shell.Result(status: 1, output: "", errors: errors), doing: "x", target: target)
        }
        #expect(classify("ssh: connect to host 10.0.0.1 port 22: Connection refused") == .unreachable("ssh: connect to host 10.0.0.1 port 22: Connection refused"))
        #expect(classify("deploy@h: Permission denied (publickey).") == .authRefused("deploy@h: Permission denied (publickey)."))
        #expect(classify("rsync: write failed on \"/srv/x\": No space left on device (28)") == .diskFull("rsync: write failed on \"/srv/x\": No space left on device (28)"))
        #expect(classify("mkdir: cannot create directory '/srv/p': Permission denied") == .permissionDenied("mkdir: cannot create directory '/srv/p': Permission denied"))
    }
}
