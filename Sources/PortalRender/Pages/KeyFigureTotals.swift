import Foundation
import PortalModel

/// A key figure summed over several reports. A report with a blank cell
/// cannot contribute, and the total says so instead of pretending.
struct KeyFigureTotal: Sendable {
    var figure: KeyFigure
    var total: Decimal
    var counted: Int
    var missing: Int

    static func totals(_ reports: [Report], index: SiteIndex) -> [KeyFigureTotal] {
        totals(reports, figures: index.portal.keyFigures(for: reports), index: index)
    }

    static func totals(_ reports: [Report], figures: [KeyFigure], index: SiteIndex) -> [KeyFigureTotal] {
        totals(reports, figures: figures, facts: index.facts)
    }

    static func totals(_ reports: [Report], figures: [KeyFigure], facts: ReaderFacts) -> [KeyFigureTotal] {
        var totals = figures.map { KeyFigureTotal(figure: $0, total: 0, counted: 0, missing: 0) }
        add(reports, facts: facts, sign: 1, to: &totals)
        return totals
    }

    /// Adds (`sign` 1) or takes away (-1) reports' figures.
    static func add(_ reports: [Report], facts: ReaderFacts, sign: Int, to totals: inout [KeyFigureTotal]) {
        // Whole numbers (nearly every figure) are summed as `Int`s and added
        // to the `Decimal` totals once: a `Decimal` addition per report and
        // figure was 2 % of a one-change rebuild. Exact either way.
        var wholes = Array(repeating: 0, count: totals.count)
        // The figures' positions in a form's order, looked up once per form, not per report.
        var order: FigureOrder?
        var positions: [Int?] = []
        // By position: a year's thousands of reports are read in place, not copied.
        for position in reports.indices {
            let values = facts.facts(of: reports[position])
            if values.figureOrder !== order {
                order = values.figureOrder
                positions = totals.map { values.figureOrder.position(of: $0.figure.id) }
            }
            for number in totals.indices {
                switch values.heldFigure(at: positions[number]) {
                case .whole(let value):
                    let (sum, overflow) = wholes[number].addingReportingOverflow(sign < 0 ? -value : value)
                    if overflow {
                        totals[number].total += Decimal(wholes[number])
                        wholes[number] = sign < 0 ? -value : value
                    } else {
                        wholes[number] = sum
                    }
                    totals[number].counted += sign
                case .exact(let value):
                    totals[number].total += sign < 0 ? -value : value
                    totals[number].counted += sign
                case .absent:
                    totals[number].missing += sign
                }
            }
        }
        for number in totals.indices where wholes[number] != 0 {
            totals[number].total += Decimal(wholes[number])
        }
    }

    /// As pages show it.
    struct Shown: Sendable {
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
