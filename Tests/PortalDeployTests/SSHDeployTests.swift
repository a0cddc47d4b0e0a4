import Foundation
@testable import PortalDeploy
import PortalModel
import PortalTestSupport
import Testing

/// Deploys over a real sshd on 127.0.0.1 (Debian's openssh-server; .ci/run installs it).
@Suite("Deploying over ssh", .serialized)
struct SSHDeployTests {
    @Test func deployChangeAndRollBackOverSSH() throws {
        let server = try SSHServer()
        let site = try DeploySite()
        let deployer = Deployer(target: server.target(path: site.targetRoot.path), output: site.output)

        let first = try deploy(deployer, second: 0)
        #expect(site.live == first.release)
        #expect(try site.served() == snapshotFolder(site.output))

        try site.site.edit("content/agencies/xiasha/2021/other.md", replacing: "本年度未收取信息处理费。", with: "本年度未收取信息处理费（更正）。")
        try site.rebuild()
        let second = try deploy(deployer, second: 1)
        #expect(second.plan.changed.count == 5)
        #expect(second.filesSent == 6)
        #expect(site.live == second.release)
        #expect(try site.served() == snapshotFolder(site.output))
        #expect(site.inode(first.release, "data/portal-gov-info-2021.csv") == site.inode(second.release, "data/portal-gov-info-2021.csv"))

        #expect(try deployer.rollback() == (from: second.release, to: first.release))
        #expect(site.live == first.release)
    }

    @Test func aWrongKeyIsAnAuthenticationError() throws {
        let server = try SSHServer()
        let site = try DeploySite()
        let stranger = server.folder.appendingPathComponent("stranger")
        try SSHServer.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", stranger.path])
        let deployer = Deployer(target: server.target(path: site.targetRoot.path, key: stranger), output: site.output)
        do {
            _ = try deploy(deployer, second: 0)
            Issue.record("the deploy should have been refused")
        } catch let error as DeployError {
            guard case .authRefused = error else { Issue.record("expected authRefused, got \(error)"); return }
        }
        #expect(!FileManager.default.fileExists(atPath: site.targetRoot.path))
    }

    @Test func aClosedPortIsUnreachable() throws {
        let site = try DeploySite()
        let server = try SSHServer()
        let deployer = Deployer(target: server.target(path: site.targetRoot.path, port: SSHServer.freePort()), output: site.output)
        do {
            _ = try deploy(deployer, second: 0)
            Issue.record("the deploy should have failed")
        } catch let error as DeployError {
            guard case .unreachable = error else { Issue.record("expected unreachable, got \(error)"); return }
        }
    }
}
