import Foundation
@testable import PortalBuild
import PortalModel
import PortalTestSupport
import Testing

/// `portal check` renders nothing, so it takes no SHA-256 of the files it
/// reads (only a rebuild compares them, to reuse pages) and, without its
/// cache, checks each folder's narratives as it loads and lets go of their
/// text (as a clean build does, `CheckedWhileLoading`) without measuring the
/// reader facts' repeated text: the same problems, with or without the check
/// cache, and a build after it still has its digests.
@Suite("Check without digests")
struct CheckWithoutDigestsTests {
    @Test func portalCheckTakesNoDigestsAndFindsWhatTheBuildsCheckFinds() throws {
        let site = try ChecksWhileLoadingTests.brokenSite()
        var builder = SiteBuilder(root: site.root)
        var timings: [(step: String, seconds: Double)] = []
        let building = builder.checked(&timings)
        let checked = builder.check()
        #expect(!building.diagnostics.isEmpty)
        #expect(checked.diagnostics == building.diagnostics)
        let built = try #require(building.portal), read = try #require(checked.portal)
        #expect(built.reports.allSatisfy { !$0.sourceDigest.isEmpty } && built.agencies.allSatisfy { !$0.sourceDigest.isEmpty })
        #expect(read.reports.allSatisfy(\.sourceDigest.isEmpty) && read.agencies.allSatisfy(\.sourceDigest.isEmpty))
        #expect(read.reports.count == built.reports.count)
        #expect(!read.reports.contains(where: \.holdsNarratives) && built.reports.allSatisfy(\.holdsNarratives))
        let measured = try #require(checked.whileLoading?.copied)
        #expect(built.reports.allSatisfy { (measured.sections(of: $0) ?? []).isEmpty })

        builder.checkCache = true
        let first = builder.check()
        #expect(first.diagnostics == building.diagnostics)
        #expect(first.portal?.reports.allSatisfy(\.sourceDigest.isEmpty) == true)
        // A build after the check (its cache written) loads with digests, for its reuse.
        let build = builder.cachedCheck(&timings, loadingEverything: true)
        #expect(build.diagnostics == building.diagnostics)
        #expect(build.portal?.reports.allSatisfy { !$0.sourceDigest.isEmpty } == true)
    }
}
