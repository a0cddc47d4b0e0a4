import Crypto
import Foundation
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

/// A report's derivation key is the one the derived parts saved by earlier
/// builds were kept under: hashing the fields as they come must give the
/// digest of the fields joined by NULs, or every cache would miss once.
@Suite("Derivation keys")
struct DerivationKeyTests {
    static func reference(_ report: Report, agency: Agency, previous: Report?, acknowledged: Int, open: Int) -> String {
        let text = ["portal-derived-1", report.agencySlug, String(report.year), report.sourceDigest, agency.sourceDigest,
                    previous.map { "\($0.year):\($0.sourceDigest)" } ?? "-", String(acknowledged), String(open)].joined(separator: "\u{0}")
        return SHA256.hash(data: Data(text.utf8)).lowercaseHex
    }

    @Test func theKeyIsTheDigestOfItsFieldsJoined() throws {
        let portal = try #require(SiteLoader(root: Repository.exampleSite).load().portal)
        var checked = 0
        for report in portal.reports {
            let agency = try #require(portal.agencies.first { $0.slug == report.agencySlug })
            let previous = portal.reports.first { $0.agencySlug == report.agencySlug && $0.year == report.year - 1 }
            for (acknowledged, open) in [(0, 0), (3, 12)] {
                let key = DerivationKey.of(report, agency: agency, previous: previous, acknowledged: acknowledged, open: open)
                #expect(key == Self.reference(report, agency: agency, previous: previous, acknowledged: acknowledged, open: open))
                checked += 1
            }
        }
        #expect(checked >= 4)
        // A report's previous year changes the key; a report made in code (no digest) has none.
        let report = try #require(portal.reports.first)
        let agency = try #require(portal.agencies.first { $0.slug == report.agencySlug })
        #expect(DerivationKey.of(report, agency: agency, previous: nil, acknowledged: 0, open: 0)
            != DerivationKey.of(report, agency: agency, previous: report, acknowledged: 0, open: 0))
        var unread = report
        unread.sourceDigest = ""
        #expect(DerivationKey.of(unread, agency: agency, previous: nil, acknowledged: 0, open: 0) == nil)
    }
}
