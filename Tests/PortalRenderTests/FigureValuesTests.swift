import Foundation
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

/// Reader facts hold each report's figures as whole numbers in its form's
/// key-figure order, with ids and labels read from the form: every value
/// and change a page prints is the one the report's cells add up to.
@Suite("Figure values")
struct FigureValuesTests {
    @Test func everyValueComesBackExactly() throws {
        let fraction = try #require(Decimal(string: "12.5"))
        let values: [Decimal?] = [nil, 0, 12, -3, fraction, Decimal(1 << 62), Decimal(Int64.min), Decimal(Int64.max), 1_000_000, nil]
        let held = FigureValues(values)
        #expect(held.count == values.count)
        for (position, value) in values.enumerated() { #expect(held[position] == value, "position \(position)") }
        #expect(held[values.count] == nil)
        // Changed in place: a fraction becomes whole, a whole one blank, a blank one a fraction.
        var changed = held
        changed[4] = 7
        changed[2] = nil
        changed[0] = fraction
        #expect(changed[4] == 7 && changed[2] == nil && changed[0] == fraction)
        #expect(changed != held)
    }

    @Test func anIdDefinedTwiceHoldsOnePlaceTheFirst() {
        let order = FigureOrder(keyFigures: [("received", "收到申请"), ("granted", "予以公开")], others: ["granted", "refused"])
        #expect(order.ids == ["received", "granted", "refused"])
        #expect(order.position(of: "refused") == 2 && order.position(of: "unknown") == nil)
    }

    @Test func readerFactsGiveEveryReportsFiguresAndChangesAsItsCellsAddUp() throws {
        let index = try ReaderFactsTests.index()
        let portal = index.portal
        var compared = 0
        var changes = 0
        for report in portal.reports {
            let form = portal.form(of: report)
            let facts = index.facts.facts(of: report)
            for figure in form.keyFigures + form.outcomeBreakdown {
                #expect(facts.figure(figure.id) == portal.figure(figure.id, of: report), "\(report.agencySlug)/\(report.year) \(figure.id)")
                compared += 1
            }
            let ids = Set((form.keyFigures + form.outcomeBreakdown).map(\.id))
            #expect(facts.figures == Dictionary(uniqueKeysWithValues: ids.compactMap { id in portal.figure(id, of: report).map { (id, $0) } }))
            let previous = portal.reports.first { $0.agencySlug == report.agencySlug && $0.year == report.year - 1 }
            let expected = previous.map { previous in
                form.keyFigures.map { FigureChange(id: $0.id, label: $0.label, value: report.keyFigure($0, in: form),
                                                   previous: portal.figure($0.id, of: previous)) }
            } ?? []
            #expect(facts.changes == expected, "\(report.agencySlug)/\(report.year)")
            changes += expected.count
            // Facts read back from the build cache name their figures by id: the same in the form's order.
            let loose = ReportFacts(timeliness: facts.timeliness, previousYear: facts.previousYear, changes: facts.changes,
                                    copied: facts.copied, acknowledgedProblems: facts.acknowledgedProblems,
                                    openProblems: facts.openProblems, blankCells: facts.blankCells, figures: facts.figures)
            let ordered = loose.inOrder(facts.order)
            #expect(ordered.order === facts.order && ordered.figures == facts.figures && ordered.changes == facts.changes)
            // The same form's order made elsewhere (the build cache's) takes the values where they stand.
            let again = FigureOrder(form)
            let moved = facts.inOrder(again)
            #expect(moved.order === again && moved.formID == form.id)
            #expect(moved.figures == facts.figures && moved.changes == facts.changes && moved.qualityLine == facts.qualityLine)
        }
        #expect(compared > 0 && changes > 0)
    }
}
