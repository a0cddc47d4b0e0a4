import PortalModel

/// Agencies are distinct and their parent chains end.
enum AgencyCheck {
    static func run(_ portal: Portal) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var byName: [String: Agency] = [:]
        for agency in portal.agencies {
            if let first = byName[agency.name] {
                problems.append(.error("duplicate-agency", at: agency.location,
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
                    problems.append(.error("parent-cycle", at: agency.parent?.location ?? agency.location,
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
