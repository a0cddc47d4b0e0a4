import Crypto
import Foundation
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalSupport
import PortalTestSupport
import Testing

/// An agency's, a year's and the portal's files are kept while the key of
/// their reports is: each report's line in it is made once per build.
@Suite("Render keys of groups")
struct GroupKeyTests {
    static func portal() -> Portal {
        let loaded = SiteLoader(root: Repository.exampleSite).load()
        #expect(loaded.portal?.reports.count ?? 0 > 2)
        return loaded.portal!
    }

    /// The key as the render cache holds it: a line per report (folder,
    /// digest, previous year's digest), each line's SHA-256 hashed in order.
    static func reference(_ reports: [Report], in portal: Portal, shared: String) -> String {
        var hasher = SHA256()
        for report in reports {
            let previous = portal.reports.first { $0.agencySlug == report.agencySlug && $0.year == report.year - 1 }?.sourceDigest ?? ""
            hasher.update(data: Data(SHA256.hash(data: Data("\(report.agencySlug)/\(report.year):\(report.sourceDigest):\(previous)\n".utf8))))
        }
        return shared + ":" + hasher.finalize().lowercaseHex
    }

    @Test func aGroupsKeyIsTheOneTheCacheHolds() throws {
        let portal = Self.portal()
        let reuse = RenderReuse(previous: [:], buildInputs: "inputs", portal: portal)
        let shared = try #require(reuse.key(of: portal.reports).split(separator: ":").first).description
        // Every report, one agency's, one year's, and a report given again (the agency page lists children's too).
        let groups = [portal.reports, portal.reports.filter { $0.agencySlug == portal.reports[0].agencySlug },
                      portal.reports.filter { $0.year == portal.reports[0].year }, [portal.reports[1], portal.reports[1]], []]
        for group in groups {
            #expect(reuse.key(of: group) == Self.reference(group, in: portal, shared: shared))
        }
    }

    @Test func aChangedReportChangesItsGroupsAndNextYearsKeys() throws {
        let portal = Self.portal()
        let before = RenderReuse(previous: [:], buildInputs: "inputs", portal: portal)
        // A report with a later year in its agency: its change shows there too.
        let changed = try #require(portal.reports.firstIndex { report in
            portal.reports.contains { $0.agencySlug == report.agencySlug && $0.year == report.year + 1 }
        })
        var edited = portal
        edited.reports[changed].sourceDigest = String(repeating: "0", count: 64)
        let after = RenderReuse(previous: [:], buildInputs: "inputs", portal: edited)
        let report = portal.reports[changed]
        let next = try #require(portal.reports.first { $0.agencySlug == report.agencySlug && $0.year == report.year + 1 })
        let other = try #require(portal.reports.first { $0.agencySlug != report.agencySlug && $0.year == report.year + 1 })
        #expect(before.key(of: portal.reports) != after.key(of: edited.reports))
        #expect(before.key(of: [next]) != after.key(of: [next]))
        #expect(before.key(of: [other]) == after.key(of: [other]))
        // A report handed in with a digest the build did not start with is keyed by what it holds.
        #expect(before.key(of: [edited.reports[changed]]) == after.key(of: [edited.reports[changed]]))
    }

    @Test func everyReportsKeyIsRecordedWhenTheBuildStarts() {
        let portal = Self.portal()
        let reuse = RenderReuse(previous: [:], buildInputs: "inputs", portal: portal)
        #expect(reuse.currentKeys.count == portal.reports.count)
        for report in portal.reports {
            #expect(reuse.currentKeys[SitePaths.report(report.agencySlug, report.year)] == reuse.key(of: report))
        }
    }
}
