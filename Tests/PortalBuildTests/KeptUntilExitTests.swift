import Foundation
@testable import PortalBuild
import PortalSupport
import PortalTestSupport
import Testing

/// `portal build` leaves what it read and made for the process's exit to
/// drop instead of freeing it piece by piece (`KeptUntilExit`).
@Suite("Kept until exit")
struct KeptUntilExitTests {
    private final class Marker: Sendable {}

    @Test func aKeptValueOutlivesItsLastReference() {
        weak var kept: Marker?
        weak var dropped: Marker?
        do {
            let marker = Marker(), other = Marker()
            kept = marker
            dropped = other
            KeptUntilExit.keep([marker])
        }
        #expect(kept != nil)
        #expect(dropped == nil, "only what is given is kept")
    }

    /// Only a command run as the process leaves its data: tests running
    /// `portal` in-process (and serve, which builds again) free theirs.
    @Test func onlyTheProcessItselfExitsAfterItsBuild() throws {
        #expect(!KeptUntilExit.processExits)
        KeptUntilExit.$processExits.withValue(true) { #expect(KeptUntilExit.processExits) }
        let site = try TestSite()
        var builder = SiteBuilder(root: site.root)
        builder.exitsAfterBuild = true
        let leaving = try builder.build()
        let clean = try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(leaving.manifest == clean.manifest, "the same site either way")
    }
}
