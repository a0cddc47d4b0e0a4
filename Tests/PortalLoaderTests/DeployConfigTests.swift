import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

@Suite("Deploy targets in site.yaml")
struct DeployConfigTests {
    func load(_ deploy: String) throws -> LoadResult {
        let site = try TestSite()
        try site.write("content/site.yaml", try site.read("content/site.yaml") + deploy)
        return SiteLoader(root: site.root).load()
    }

    @Test func bothKindsOfTargetAreRead() throws {
        let result = try load("""
            deploy:
              default: production
              targets:
                production:
                  ssh: deploy@gk.example.gov.cn
                  path: /srv/portal
                  port: 2222
                  identity: ~/.ssh/portal
                  sshOptions: ["-o", "StrictHostKeyChecking=accept-new"]
                  keep: 3
                staging:
                  folder: /var/www/staging
                  maxDeletions: 10
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let site = try #require(result.portal?.site)
        #expect(site.defaultTarget == "production")
        #expect(site.deployTargets.map(\.name) == ["production", "staging"])
        #expect(site.deployTargets[0].kind == .ssh(destination: "deploy@gk.example.gov.cn", port: 2222, identity: "~/.ssh/portal",
                                                   options: ["-o", "StrictHostKeyChecking=accept-new"]))
        #expect(site.deployTargets[0].keep == 3 && site.deployTargets[0].path == "/srv/portal")
        #expect(site.deployTargets[1].kind == .folder && site.deployTargets[1].maxDeletions == 10)
    }

    @Test func mistakesAreReportedWithTheirLines() throws {
        let result = try load("""
            deploy:
              default: prod
              targets:
                production:
                  ssh: deploy@gk.example.gov.cn
                staging:
                  folder: relative/path
                  kep: 3
            """)
        let messages = result.diagnostics.map { "\($0.location.line):\($0.rule): \($0.message)" }
        #expect(messages.contains { $0.hasSuffix("deploy-config: deploy target “production” needs “path”, the folder on the server") })
        #expect(messages.contains { $0.hasSuffix("deploy-config: the deploy path must be absolute, found “relative/path”") })
        #expect(messages.contains { $0.hasSuffix("unknown-key: unknown key “kep” in deploy target “staging”") })
        #expect(messages.contains { $0.hasSuffix("deploy-config: the default deploy target “prod” is not defined") })
    }
}
