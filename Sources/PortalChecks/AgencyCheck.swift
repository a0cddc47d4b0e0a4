import PortalModel

/// Agencies are distinct, their parent chains end, and their reports fall
/// within the years they existed.
enum AgencyCheck {
    static let duplicateAgency = Rule("duplicate-agency", .error, .check, "two agency folders with one official name")
    static let parentCycle = Rule("parent-cycle", .error, .check, "an agency's chain of parents comes back to itself")
    static let reportOutsideYears = Rule("report-outside-years", .warning, .check, "a report for a year outside its agency's since:/until:")
    static let formerNameAgency = Rule("former-name-agency", .warning, .check, "a former name of one agency (formerNames:) is another agency's official name: the body's years are in two folders")

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
        // A renamed body listed under its earlier name while that name's folder stays: its years are split, and the
        // carry-over from one year to the next is never compared across the two.
        for agency in portal.agencies {
            for former in agency.formerNames {
                guard let other = byName[former.name], other.slug != agency.slug else { continue }
                problems.append(.warning(Self.formerNameAgency, at: agency.location,
                    "“\(former.name)”, a former name of this agency, is the name of \(other.location.path): the body's years are in two folders",
                    hint: "move the reports of content/agencies/\(other.slug) into this agency's folder and remove it, or take the name out of formerNames if it is another body"))
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
        let agencies = Dictionary(portal.agencies.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for report in portal.reports {
            guard let agency = agencies[report.agencySlug], !agency.owesReport(for: report.year) else { continue }
            let years = [agency.since.map { "from \($0)" }, agency.until.map { "until \($0)" }].compactMap { $0 }
            problems.append(.warning(Self.reportOutsideYears, at: report.location,
                                     "this is the agency's \(report.year) report, but \(agency.location.path) says the agency existed \(years.joined(separator: " "))",
                                     hint: "correct since/until in agency.yaml, or the report's year"))
        }
        return problems
    }
}
