import Foundation
import PortalModel
import Testing

@Suite("Model")
struct ModelTests {
    @Test func diagnosticsPrintLikeACompiler() {
        let located = Diagnostic(.error, "balance", at: SourceLocation(path: "a/report.yaml", line: 31, column: 18), "自然人: 3 ≠ 2", hint: "check 四")
        #expect(located.description == "a/report.yaml:31:18: error[balance]: 自然人: 3 ≠ 2\n  hint: check 四")
        let wholeFile = Diagnostic(.warning, "io", at: SourceLocation(path: "a.md"), "empty")
        #expect(wholeFile.description == "a.md: warning[io]: empty")
    }

    @Test func diagnosticsErrorSortsByLocationAndCounts() {
        let error = DiagnosticsError([
            Diagnostic(.warning, "w", at: SourceLocation(path: "b", line: 1), "later"),
            Diagnostic(.error, "e", at: SourceLocation(path: "a", line: 9), "first"),
            Diagnostic(.error, "e", at: SourceLocation(path: "a", line: 2), "earliest"),
        ])
        #expect(error.diagnostics.map(\.message) == ["earliest", "first", "later"])
        #expect(error.errorCount == 2 && error.warningCount == 1)
    }

    @Test func cellsLetGoOfLeaveEveryCopySharingTheReportWithout() {
        let row = CellRow([Located(.number(3), at: SourceLocation(path: "r.yaml", line: 4, column: 9))])
        let report = Report(agencySlug: "a", year: 2022, formID: "f", tables: ["t": ["r": row]], narratives: [:],
                            location: SourceLocation(path: "r.yaml"))
        let listed = [report]
        var changed = report
        changed.year = 2023
        #expect(listed[0].cells(table: "t", row: "r") == row)
        report.letGoOfCells()
        // The list's copy shares the fields: let go of too; a copy changed before has its own.
        #expect(!report.holdsCells && !listed[0].holdsCells)
        #expect(changed.holdsCells && changed.cells(table: "t", row: "r") == row)
        var refilled = report
        refilled.cells = changed.cells
        #expect(refilled.holdsCells && refilled.cells(table: "t", row: "r") == row)
        #expect(!report.holdsCells)
    }

    @Test func cellReferencesParse() {
        #expect(CellRef("applications.received.total") == CellRef(table: "applications", row: "received", column: "total"))
        #expect(CellRef("applications.received") == nil)
        #expect(CellRef("a..b") == nil)
        #expect(CellRef("a.b.c.d") == nil)
    }

    @Test func decimalsPrintPlainly() {
        #expect(Decimal(string: "0.35")!.plainText == "0.35")
        #expect(Decimal(1229).plainText == "1229")
        #expect(Decimal(-8).plainText == "-8")
        #expect(Decimal(string: "1000000")!.plainText == "1000000")
        // Small whole numbers come from a table: the same text as Foundation's, however written.
        for text in ["0", "007", "+5", "5.0", "9999", "10000", "0.5", "-0", "1e3"] {
            let value = Decimal(string: text)!
            var copy = value, rounded = Decimal()
            NSDecimalRound(&rounded, &copy, 6, .plain)
            #expect(value.plainText == NSDecimalNumber(decimal: rounded).stringValue, "\(text)")
        }
        #expect(CellValue.blank("-").display == "-")
        #expect(CellValue.number(0).number == 0)
    }

    @Test func blockShapeComesFromTheTrees() {
        let block = FormBlock(
            id: "b", caption: nil, corner: "note",
            header: [.group(label: "G", children: [.column(.init(id: "a", label: "A", unit: nil, kind: .count)),
                                                   .group(label: "H", children: [.column(.init(id: "b", label: "B", unit: nil, kind: .count))])])],
            rows: [FormRow(id: "g", ref: "一", label: "一、", children: [FormRow(id: "x", ref: "一1", label: "1."), FormRow(id: "y", ref: "一2", label: "2.")]),
                   FormRow(id: "z", ref: "二", label: "二、")])
        #expect(block.columns.map(\.id) == ["a", "b"])
        #expect(block.headerDepth == 3)
        #expect(block.leafRows.map(\.id) == ["x", "y", "z"])
        #expect(block.rowLabelDepth == 2)
        #expect(block.hasRowLabels)
    }
}
