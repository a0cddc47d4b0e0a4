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
/// The archive pieces (each report.json deflated, for its year's
/// `reports.jsonl.gz`) are kept apart, a file per year: only a year whose
/// archive is written reads its pieces (`readPieces`), and hands them back
/// (`piecesFinished`) when any was made anew, with those made anew apart
/// when the year holds the reports its kept pieces are of (they can be
/// added to the kept file instead of writing it whole).
package final class DerivedParts: @unchecked Sendable {
    /// One report's parts, as derived under `key`.
    package struct Parts: Sendable {
        package var key: String
        package var facts: ReportFacts
        /// Its lines in the joined files; its year's archive piece only while
        /// that archive is written (else empty: `archived.size == 0`); the
        /// piece is kept with its year's (`YearPieces`), not with the parts.
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

    /// One year's archive pieces, in the portal's order, each with the
    /// `DerivationKey` it was made under.
    package struct YearPieces: Sendable {
        package var year: Int
        package var pieces: [(folder: String, key: String, piece: Gzip.Piece)]

        package init(year: Int, pieces: [(folder: String, key: String, piece: Gzip.Piece)]) {
            self.year = year
            self.pieces = pieces
        }
    }

    /// The parts kept by the last build, by report folder (`slug/year`).
    private let previous: [String: Parts]
    /// The pieces the last build kept for a year, when there are any.
    private let readPieces: @Sendable (Int) -> YearPieces?
    /// Told a year's pieces when its archive was written and any piece was
    /// made anew: all of them, and those made anew when the year's reports
    /// are those of the kept pieces.
    private let piecesFinished: @Sendable (_ all: YearPieces, _ fresh: YearPieces?) -> Void
    /// The kept pieces of the years whose archive this build writes, by report folder.
    private var keptPieces: [String: (key: String, piece: Gzip.Piece)] = [:]
    /// How many pieces each of those years' kept file holds.
    private var keptPieceCounts: [Int: Int] = [:]
    /// This build's pieces of those years, in the portal's order, and the
    /// years of which a piece was made anew.
    private var pieces: [Int: YearPieces] = [:]
    private var freshPieceYears: Set<Int> = []
    /// The report folders whose piece was made anew.
    private var freshPieceFolders: Set<String> = []
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
                 searchFinished: @escaping @Sendable (SearchState) -> Void,
                 readPieces: @escaping @Sendable (Int) -> YearPieces? = { _ in nil },
                 piecesFinished: @escaping @Sendable (_ all: YearPieces, _ fresh: YearPieces?) -> Void = { _, _ in }) {
        self.previous = previous
        self.search = search
        self.finished = finished
        self.searchFinished = searchFinished
        self.readPieces = readPieces
        self.piecesFinished = piecesFinished
    }

    /// Reads the kept pieces of the years whose archive is written, once they are known.
    func archiving(_ years: Set<Int>) {
        let read = years.sorted().compactMap(readPieces)
        lock.withLock {
            for year in years { pieces[year] = YearPieces(year: year, pieces: []) }
            for kept in read where years.contains(kept.year) {
                keptPieceCounts[kept.year] = kept.pieces.count
                for (folder, key, piece) in kept.pieces { keptPieces[folder] = (key, piece) }
            }
        }
    }

    /// The archive piece of `report` as kept under `key`, else `make()`'s.
    func piece(of report: Report, key: String?, make: () throws -> Gzip.Piece) rethrows -> Gzip.Piece {
        if let key, let kept = lock.withLock({ keptPieces[Self.folder(report)] }), kept.key == key { return kept.piece }
        lock.withLock {
            freshPieceYears.insert(report.year)
            freshPieceFolders.insert(Self.folder(report))
        }
        return try make()
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
            if var parts {
                // The piece goes with its year's, kept under the same key.
                if parts.fragments.archived.size > 0 {
                    pieces[report.year]?.pieces.append((Self.folder(report), parts.key, parts.fragments.archived))
                    parts.fragments.archived = Downloads.noPiece
                }
                current!.reports.append((report.year, parts))
            }
            current!.unchanged = current!.unchanged && reused && parts != nil
            if reused && parts != nil { reusedReports += 1 }
            return done
        }
        if let done { finished(done) }
    }

    /// Hands over the last agency's parts and the pieces of each year
    /// written whose kept file is not the same: every report has been made.
    func finish() {
        let (done, years): (Agency?, [(all: YearPieces, fresh: YearPieces?)]) = lock.withLock {
            defer { current = nil }
            let years = pieces.values.filter { freshPieceYears.contains($0.year) || keptPieceCounts[$0.year] != $0.pieces.count }
            return (current, years.sorted { $0.year < $1.year }.map { (all: $0, fresh: freshPieces(of: $0)) })
        }
        if let done { finished(done) }
        for year in years { piecesFinished(year.all, year.fresh) }
    }

    /// The pieces of `year` made anew, when its reports are those of its
    /// kept pieces (as many, and each made anew one of them); else nil.
    private func freshPieces(of year: YearPieces) -> YearPieces? {
        let fresh = year.pieces.filter { freshPieceFolders.contains($0.folder) }
        guard keptPieceCounts[year.year] == year.pieces.count, fresh.allSatisfy({ keptPieces[$0.folder] != nil }) else { return nil }
        return YearPieces(year: year.year, pieces: fresh)
    }
}
