import Foundation
import PortalModel

/// What a build derives from each report besides its own files, kept for
/// the next build (`portal build`'s cache; PortalBuild's
/// `DerivedSnapshots` stores it): the report's reader facts and its lines
/// in the joined downloads, and the search index's keys. A rebuild takes a report's parts when they
/// were derived under its current `DerivationKey`, and derives the rest;
/// either way it writes what a clean build writes.
///
/// The build hands each agency's parts over as soon as its downloads are
/// made (`finished`), so memory holds one agency's, never the portal's.
package final class DerivedParts: @unchecked Sendable {
    /// One report's parts, as derived under `key`.
    package struct Parts: Sendable {
        package var key: String
        package var facts: ReportFacts
        /// Its lines in the joined files; its year's archive piece only when
        /// that archive was written (else empty: `archived.size == 0`).
        package var fragments: Downloads.Fragments

        package init(key: String, facts: ReportFacts, fragments: Downloads.Fragments) {
            self.key = key
            self.facts = facts
            self.fragments = fragments
        }
    }

    /// One agency's reports' parts, in the portal's order, and whether all
    /// of them were taken from `previous` (nothing to keep anew).
    package struct Agency: Sendable {
        package var slug: String
        package var reports: [(year: Int, parts: Parts)]
        package var unchanged: Bool

        package init(slug: String, reports: [(year: Int, parts: Parts)], unchanged: Bool) {
            self.slug = slug
            self.reports = reports
            self.unchanged = unchanged
        }
    }

    /// The parts kept by the last build, by report folder (`slug/year`).
    private let previous: [String: Parts]
    /// The search index the last build kept.
    let search: SearchState?
    /// Told each agency's parts once its downloads are made.
    private let finished: @Sendable (Agency) -> Void
    /// Told the search index once it is written, unless it is the kept one.
    private let searchFinished: @Sendable (SearchState) -> Void
    private let lock = NSLock()
    private var current: Agency?
    private var reusedReports = 0

    /// Reports whose parts were all taken from the last build's.
    package var reused: Int { lock.withLock { reusedReports } }

    package init(previous: [String: Parts], search: SearchState?, finished: @escaping @Sendable (Agency) -> Void,
                 searchFinished: @escaping @Sendable (SearchState) -> Void) {
        self.previous = previous
        self.search = search
        self.finished = finished
        self.searchFinished = searchFinished
    }

    func madeSearch(_ state: SearchState) {
        searchFinished(state)
    }

    static func folder(_ report: Report) -> String { "\(report.agencySlug)/\(report.year)" }

    /// The kept parts of `report` when they were derived under `key`.
    func kept(_ report: Report, key: String?) -> Parts? {
        guard let key, let parts = previous[Self.folder(report)], parts.key == key else { return nil }
        return parts
    }

    /// A report's parts as this build has them, in the portal's order
    /// (reports come agency by agency); `reused` when they are the kept ones.
    func made(_ report: Report, _ parts: Parts?, reused: Bool) {
        let done: Agency? = lock.withLock {
            var done: Agency?
            if current?.slug != report.agencySlug {
                done = current
                current = Agency(slug: report.agencySlug, reports: [], unchanged: true)
            }
            if let parts {
                current!.reports.append((report.year, parts))
            }
            current!.unchanged = current!.unchanged && reused && parts != nil
            if reused && parts != nil { reusedReports += 1 }
            return done
        }
        if let done { finished(done) }
    }

    /// Hands over the last agency's parts: every report has been made.
    func finish() {
        let done: Agency? = lock.withLock {
            defer { current = nil }
            return current
        }
        if let done { finished(done) }
    }
}
