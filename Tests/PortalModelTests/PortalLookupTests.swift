import PortalModel
import Testing

/// `Portal.agency(_:)` halves the sorted list: every agency is found, in
/// whatever order the loader handed them over, and a slug not there is nil.
@Suite("Portal look-ups")
struct PortalLookupTests {
    static func agency(_ slug: String) -> Agency {
        Agency(slug: slug, name: "机构\(slug)", shortName: slug, kind: .department,
               location: SourceLocation(path: "content/agencies/\(slug)/agency.yaml"))
    }

    @Test(arguments: [0, 1, 2, 7, 100])
    func everyAgencyIsFoundAndNoOtherIs(count: Int) {
        // Handed over shuffled (a fixed shuffle: determinism), sorted by the init.
        let slugs = (0..<count).map { "a\(($0 * 37) % max(count, 1))-\($0)" }
        let portal = Portal(site: SiteConfig(title: "t"), forms: [:], agencies: slugs.reversed().map(Self.agency), reports: [])
        for slug in slugs {
            #expect(portal.agency(slug)?.slug == slug)
        }
        for missing in ["", "a", "zz", "a0-", "a0-00"] where !slugs.contains(missing) {
            #expect(portal.agency(missing) == nil)
        }
        #expect(portal.agencies.map(\.slug) == slugs.sorted())
    }
}
