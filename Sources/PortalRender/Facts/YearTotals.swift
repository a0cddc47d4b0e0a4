import Foundation
import PortalModel

/// Each year's key figures summed over its reports: the home page, the
/// years page, the year's page and its year.json show them. Summed once per
/// index, and carried from one index to the next by taking away the
/// changed agencies' old figures and adding their new ones (`portal serve`:
/// a year of 12,500 reports is not summed again for an edit of one).
final class YearTotals: @unchecked Sendable {
    private let lock = NSLock()
    private var byYear: [Int: [KeyFigureTotal]] = [:]

    init() {}

    /// `earlier`'s totals, for the years whose figures are still the same
    /// ones, with the reports of the `changed` agencies taken out and put back in.
    init(carrying earlier: SiteIndex, changed: Set<String>, portal: Portal, reportsByAgency: [String: [Report]],
         reportsByYear: [Int: [Report]], facts: ReaderFacts) {
        let before = changed.sorted().flatMap { earlier.reportsByAgency[$0] ?? [] }
        let after = changed.sorted().flatMap { reportsByAgency[$0] ?? [] }
        for (year, totals) in earlier.yearTotals.all {
            guard let reports = reportsByYear[year],
                  portal.keyFigures(for: reports).map(\.id) == totals.map(\.figure.id) else { continue }
            var carried = totals
            KeyFigureTotal.add(before.filter { $0.year == year }, facts: earlier.facts, sign: -1, to: &carried)
            KeyFigureTotal.add(after.filter { $0.year == year }, facts: facts, sign: 1, to: &carried)
            byYear[year] = carried
        }
    }

    private var all: [Int: [KeyFigureTotal]] { lock.withLock { byYear } }

    func totals(_ year: Int, make: () -> [KeyFigureTotal]) -> [KeyFigureTotal] {
        if let found = lock.withLock({ byYear[year] }) { return found }
        let made = make()
        lock.withLock { byYear[year] = made }
        return made
    }
}

extension SiteIndex {
    /// The key figures of `year`'s reports, summed (see `YearTotals`).
    func totals(ofYear year: Int) -> [KeyFigureTotal] {
        yearTotals.totals(year) {
            let reports = reportsByYear[year] ?? []
            return KeyFigureTotal.totals(reports, figures: portal.keyFigures(for: reports), facts: facts)
        }
    }
}
