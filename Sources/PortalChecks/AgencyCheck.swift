import PortalModel

/// Agencies are distinct and their parent chains end.
enum AgencyCheck {
    static let duplicateAgency = Rule("duplicate-agency", .error, .check, "two agency folders with one official name")
    static let parentCycle = Rule("parent-cycle", .error, .check, "an agency's chain of parents comes back to itself")

    static func run(_ portal: Portal) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var byName: [String: Agency] = [:]
        for agency in portal.agencies {
            if let first = byName[agency.name] {
                problems.append(.error(Self.duplicateAgency, at: agency.location,
                                       "“\(agency.name)” is also the name of \(first.location.path)",
                                       hint: "one agency keeps one folder; merge the two, or correct the name"))
            } else {
                byName[agency.name] = agency
            }
        }
        let parents = Dictionary(uniqueKeysWithValues: portal.agencies.compactMap { a in a.parent.map { (a.slug, $0.value) } })
        for agency in portal.agencies {
            var seen = [agency.slug]
            var next = parents[agency.slug]
            while let slug = next {
                if slug == agency.slug {
                    problems.append(.error(Self.parentCycle, at: agency.parent?.location ?? agency.location,
                                           "the parent chain comes back to this agency: \((seen + [slug]).joined(separator: " → "))",
                                           hint: "an agency cannot be its own superior; correct “parent”"))
                    break
                }
                if seen.contains(slug) { break } // a cycle further up, reported by its own members
                seen.append(slug)
                next = parents[slug]
            }
        }
        return problems
    }
}
