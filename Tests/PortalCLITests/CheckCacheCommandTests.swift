import Foundation
import PortalTestSupport
import Testing

/// `portal check` with its cache prints, byte for byte, what `--no-cache`
/// prints, in both formats, with the same exit status.
@Suite("portal check with the cache")
struct CheckCacheCommandTests {
    @Test func aCachedCheckPrintsWhatAnUncachedOnePrints() async throws {
        let site = try TestSite()
        try site.edit("content/agencies/example-street/2022/report.yaml", replacing: "[13, 1, 0, 0, 0, 0, 14]", with: "[13, 1, 0, 0, 0, 0, 15]")
        try site.edit("content/agencies/example-data/agency.yaml", replacing: "kind:", with: "motto: 示例\nkind:")
        // Folders changed within the last second are not cached.
        try await Task.sleep(for: .milliseconds(1200))
        for format in ["text", "json"] {
            let uncached = await InProcess.run(["check", "--no-cache", "--format", format], site: site.root)
            #expect(uncached.status == 1)
            #expect(uncached.stderr.contains("error[applicant-total]") || uncached.stdout.contains("applicant-total"))
            for run in 1...2 {
                let cached = await InProcess.run(["check", "--format", format], site: site.root)
                #expect(cached.status == uncached.status, "\(format), run \(run)")
                #expect(cached.stdout == uncached.stdout, "\(format), run \(run)")
                #expect(cached.stderr == uncached.stderr, "\(format), run \(run)")
            }
        }
        // Every agency folder is in the cache; `--no-cache` left it alone.
        let saved = try Data(contentsOf: site.url(".portal-cache/check.cache"))
        for slug in ["example-data", "example-district", "example-education", "example-info-office", "example-street", "xiasha"] {
            #expect(saved.range(of: Data("content/agencies/\(slug)/agency.yaml".utf8)) != nil, "\(slug)")
        }
        #expect(try site.read(".portal-cache/.gitignore").contains("*"))
    }
}
