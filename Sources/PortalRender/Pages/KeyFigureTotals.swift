import Foundation
import PortalModel

/// A key figure summed over several reports. A report with a blank cell
/// cannot contribute, and the total says so instead of pretending.
struct KeyFigureTotal {
    var figure: KeyFigure
    var total: Decimal
    var counted: Int
    var missing: Int

    static func totals(_ reports: [Report], index: SiteIndex) -> [KeyFigureTotal] {
        totals(reports, figures: index.portal.keyFigures(for: reports), index: index)
    }

    static func totals(_ reports: [Report], figures: [KeyFigure], index: SiteIndex) -> [KeyFigureTotal] {
        var totals = figures.map { KeyFigureTotal(figure: $0, total: 0, counted: 0, missing: 0) }
        // By position: a year's thousands of reports are read in place, not copied.
        for position in reports.indices {
            let values = index.facts.facts(of: reports[position]).figures
            for number in totals.indices {
                if let value = values[totals[number].figure.id] {
                    totals[number].total += value
                    totals[number].counted += 1
                } else {
                    totals[number].missing += 1
                }
            }
        }
        return totals
    }

    /// As pages show it.
    struct Shown {
        var id: String
        var label: String
        var value: String
        var incomplete: Bool
        var missing: Int
    }

    var shown: Shown {
        Shown(id: figure.id, label: figure.label, value: total.plainText, incomplete: missing > 0, missing: missing)
    }
}
