import Foundation
import PortalModel
import PortalRender

/// What a set of edited files reaches, for `LiveSite`: which agency folders
/// to read again, then (comparing the model before and after) which
/// reports, agencies and years must be rendered.
///
/// - A report's files changed: that agency's reports (a page shows its
///   other years and the change since last year), the agency and its
///   parents (their pages roll up their children's reports), and the
///   report's year and the next (which shows the change since it).
/// - An agency's details changed, or its list of reports (one added or
///   removed, another form), or the agency itself came or went: every
///   report of it, the agency, its parents and children (before and
///   after: their pages name it), and every year (year pages list the
///   agencies that did not report).
/// - The theme, `site.yaml`, a form or any other file: everything.
///
/// Site-wide files (home, lists, feeds, search, whole-portal downloads) are
/// always rendered; only files whose bytes change are written.
struct ChangeImpact: Sendable {
    var everything = false
    /// Agency folders to read again.
    var agencies: Set<String> = []
    /// Reports (`slug/year`) whose own files changed: their pages are written first.
    var edited: Set<String> = []
    /// Reports, agencies and years to render.
    var reports: Set<String> = []
    var renderedAgencies: Set<String> = []
    var years: Set<Int> = []
    var allYears = false

    init(everything: Bool = false) {
        self.everything = everything
    }

    /// Sorts edited paths (relative to the site folder) by what they belong to.
    init(paths: Set<String>) {
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count >= 3, parts[0] == "content", parts[1] == "agencies", !parts[2].isEmpty {
                agencies.insert(String(parts[2]))
            } else if parts == ["content", "agencies"] {
                everything = true
            } else {
                // theme/, content/site.yaml, content/forms/, anything unknown.
                everything = true
            }
        }
    }

    /// What changed in the agencies of `slugs` between two loads.
    init(before: Portal, after: Portal?, agencies slugs: Set<String>) {
        agencies = slugs
        guard let after else {
            everything = true
            return
        }
        let old = Self.agencyMap(before)
        let new = Self.agencyMap(after)
        for slug in slugs {
            let oldReports = Self.reports(of: slug, in: before)
            let newReports = Self.reports(of: slug, in: after)
            let allYears = Set(oldReports.keys).union(newReports.keys)
            let changedYears = allYears.filter { oldReports[$0]?.digest != newReports[$0]?.digest }
            let listChanged = oldReports.mapValues(\.form) != newReports.mapValues(\.form)
            let detailsChanged = old[slug].map(Self.details) != new[slug].map(Self.details)
            edited.formUnion(changedYears.filter { newReports[$0] != nil }.map { RenderScope.key(slug, $0) })
            guard !changedYears.isEmpty || detailsChanged else { continue }
            // A report's page shows the agency's other years.
            reports.formUnion(allYears.map { RenderScope.key(slug, $0) })
            // A year's page shows each report's change since the year before.
            years.formUnion(changedYears.flatMap { [$0, $0 + 1] })
            renderedAgencies.insert(slug)
            renderedAgencies.formUnion(Self.ancestors(of: slug, in: old))
            renderedAgencies.formUnion(Self.ancestors(of: slug, in: new))
            if listChanged || detailsChanged {
                self.allYears = true
                for agencies in [old, new] {
                    renderedAgencies.formUnion(agencies.values.filter { $0.parent?.value == slug }.map(\.slug))
                }
            }
        }
    }

    mutating func add(_ other: ChangeImpact) {
        everything = everything || other.everything
        agencies.formUnion(other.agencies)
        edited.formUnion(other.edited)
        reports.formUnion(other.reports)
        renderedAgencies.formUnion(other.renderedAgencies)
        years.formUnion(other.years)
        allYears = allYears || other.allYears
    }

    /// What to render.
    var scope: RenderScope {
        RenderScope(reports: reports, agencies: renderedAgencies, years: allYears ? nil : years, listsChanged: allYears)
    }

    private static func agencyMap(_ portal: Portal) -> [String: Agency] {
        Dictionary(portal.agencies.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// An agency's reports by year: their source digest and form.
    private static func reports(of slug: String, in portal: Portal) -> [Int: (digest: String, form: String)] {
        var found: [Int: (digest: String, form: String)] = [:]
        for report in portal.reports(of: slug) { found[report.year] = (report.sourceDigest, report.formID) }
        return found
    }

    /// What other pages show of an agency: all of agency.yaml, by its digest.
    private static func details(_ agency: Agency) -> String {
        agency.sourceDigest.isEmpty ? String(describing: agency) : agency.sourceDigest
    }

    /// Parents, grandparents…: their pages may sum their children's reports.
    private static func ancestors(of slug: String, in agencies: [String: Agency]) -> Set<String> {
        var found: Set<String> = []
        var next = agencies[slug]?.parent?.value
        while let parent = next, found.insert(parent).inserted {
            next = agencies[parent]?.parent?.value
        }
        return found
    }
}
