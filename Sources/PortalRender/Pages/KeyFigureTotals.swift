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
        figures.map { figure in
            var total = KeyFigureTotal(figure: figure, total: 0, counted: 0, missing: 0)
            for report in reports {
                if let value = index.figure(figure.id, of: report) {
                    total.total += value
                    total.counted += 1
                } else {
                    total.missing += 1
                }
            }
            return total
        }
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
