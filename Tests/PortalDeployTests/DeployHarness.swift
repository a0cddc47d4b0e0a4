import Foundation
import PortalBuild
@testable import PortalDeploy
import PortalModel
import PortalTestSupport
import Testing

/// A built copy of the example site and an empty deploy folder.
final class DeploySite: @unchecked Sendable {
    let site: TestSite
    let targetRoot: URL

    init() throws {
        site = try TestSite()
        targetRoot = site.root.appendingPathComponent("webroot")
        try SiteBuilder(root: site.root).build()
    }

    var output: URL { site.url("public") }

    /// A copy of the example site whose site.yaml deploys to `target`
    /// (./webroot unless given), built.
    static func withFolderTarget(_ target: URL? = nil, extra: String = "") throws -> DeploySite {
        let site = try DeploySite()
        let config = try site.site.read("content/site.yaml")
        try site.site.write("content/site.yaml", config + """
            deploy:
              default: web
              targets:
                web:
                  folder: \((target ?? site.targetRoot).path)
                  maxDeletions: 5
            \(extra)
            """)
        try site.rebuild()
        return site
    }

    func folderTarget(keep: Int = 5, maxDeletions: Int = 50, rsyncOptions: [String] = []) -> DeployTarget {
        DeployTarget(name: "local", kind: .folder, path: targetRoot.path, keep: keep, maxDeletions: maxDeletions,
                     rsyncOptions: rsyncOptions, location: SourceLocation(path: "content/site.yaml"))
    }

    func rebuild() throws {
        try SiteBuilder(root: site.root).build()
    }

    /// The release `current` points at, read on this machine.
    var live: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: targetRoot.appendingPathComponent("current").path))
            .map { URL(fileURLWithPath: $0).lastPathComponent }
    }

    var releases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: targetRoot.appendingPathComponent("releases").path)) ?? []).sorted()
    }

    /// What the web server would serve: the files under `current`.
    func served() throws -> [String: Data] {
        try snapshotFolder(targetRoot.appendingPathComponent("current").resolvingSymlinksInPath())
    }

    func inode(_ release: String, _ path: String) -> UInt64? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: targetRoot.appendingPathComponent("releases/\(release)/\(path)").path)
        return (attributes?[.systemFileNumber] as? NSNumber)?.uint64Value
    }
}

/// Runs a deploy with dates one second apart, so release ids differ.
func deploy(_ deployer: Deployer, force: Bool = false, second: Int) throws -> Deployer.Outcome {
    try deployer.deploy(force: force, now: Date(timeIntervalSince1970: 1_800_000_000 + Double(second)))
}
