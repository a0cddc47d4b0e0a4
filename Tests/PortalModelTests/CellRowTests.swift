import Foundation
import PortalModel
import Testing

/// A row packs its cells (whole numbers in the cell, anything else beside
/// it); every value and location must come back exactly as published.
@Suite("Cell rows")
struct CellRowTests {
    static let published: [CellValue] = [
        .number(0), .number(7), .number(9_999), .number(10_000), .number(-3), .number(Decimal(string: "0.5")!),
        .number(Decimal(string: "12.30")!), .number(pow(Decimal(2), 62)), .number(-pow(Decimal(2), 61)),
        .blank(""), .blank("-"), .blank("无"), .number(123_456_789_012),
    ]

    static func located(_ values: [CellValue]) -> [Located<CellValue>] {
        values.enumerated().map { Located($1, at: SourceLocation(path: "r/report.yaml", line: 40 + $0 / 4, column: 3 + $0 * 5)) }
    }

    @Test func everyValueAndLocationComesBackAsPublished() {
        let cells = Self.located(Self.published)
        let row = CellRow(cells)
        #expect(row.count == cells.count)
        #expect(Array(row.values) == Self.published)
        #expect(Array(row) == cells)
        for (position, cell) in cells.enumerated() {
            #expect(row.value(at: position) == cell.value)
            #expect(row.location(of: position) == cell.location)
            #expect(row.values[position].display == cell.value.display, "\(cell.value.display)")
        }
        #expect(row.path == "r/report.yaml")
    }

    @Test func wholeNumbersReadWithoutDecimalEqualTheSameNumbersAsDecimals() throws {
        let wholes = [0, 12, -4, 10_000, 999_999_999_999, Int(1) << 61]
        var built = ReportCells.Builder(layout: CellLayout([("t", ["r"])]), path: "r/report.yaml")
        built.beginRow()
        for (position, whole) in wholes.enumerated() { built.append(whole: whole, line: 9, column: position + 1) }
        built.endRow(table: "t", row: "r")
        let decimals = wholes.enumerated().map {
            Located(CellValue.number(Decimal($1)), at: SourceLocation(path: "r/report.yaml", line: 9, column: $0 + 1))
        }
        let row = try #require(built.cells.row(table: "t", row: "r"))
        #expect(row == CellRow(decimals))
        #expect(row.hashValue == CellRow(decimals).hashValue)
        #expect(row.values.map { $0.display } == ["0", "12", "-4", "10000", "999999999999", "2305843009213693952"])
    }

    /// A report's rows share one array in the form's order; a row that was
    /// missing or could not be read has no cells, and the others are whole.
    @Test func aReportsRowsShareOneArrayInTheFormsOrder() throws {
        let layout = CellLayout([("a", ["x", "y", "z"]), ("b", ["w"]), ("empty", [])])
        var cells = ReportCells.Builder(layout: layout, path: "r/report.yaml")
        cells.beginRow()
        cells.append(whole: 5, line: 3, column: 4)
        cells.append(.blank("-"), line: 3, column: 7)
        cells.endRow(table: "b", row: "w")
        cells.beginRow()
        cells.append(whole: 1, line: 5, column: 4)
        cells.endRow(table: "a", row: "y", keep: false)
        cells.beginRow()
        cells.append(.number(Decimal(string: "0.5")!), line: 6, column: 4)
        cells.append(whole: 2, line: 6, column: 9)
        cells.endRow(table: "a", row: "z")
        let report = cells.cells
        #expect(report.row(table: "a", row: "x") == nil)
        #expect(report.row(table: "a", row: "y") == nil, "a row that could not be read keeps nothing")
        #expect(Array(try #require(report.row(table: "a", row: "z")).values) == [.number(Decimal(string: "0.5")!), .number(2)])
        let w = try #require(report.table("b")?["w"])
        #expect(Array(w.values) == [.number(5), .blank("-")])
        #expect(w.location(of: 1) == SourceLocation(path: "r/report.yaml", line: 3, column: 7))
        #expect(report.table("missing") == nil && report.table("empty")?["x"] == nil)
        #expect(Array(report.allValues) == [.number(Decimal(string: "0.5")!), .number(2), .number(5), .blank("-")], "in the form's order")
        #expect(report.blankCount == 1, "the mark only: 0.5 is held aside but is a number, the unread row's cell is gone")
        // The tables as dictionaries, and back: the same rows.
        let tables = report.tables
        #expect(tables.keys.sorted() == ["a", "b", "empty"] && tables["a"]?.keys.sorted() == ["z"] && tables["empty"]?.isEmpty == true)
        #expect(ReportCells(tables: tables).tables == tables)
    }

    /// A report's cells packed as held (`PackedCells`, the load snapshots'
    /// layout) come back with every row, value and location, wide columns,
    /// big numbers and marks included; a pack whose indices point outside
    /// what it holds is refused, never taken.
    @Test func packedCellsComeBackAsTheyWereAndALyingPackIsRefused() throws {
        let layout = CellLayout([("a", ["x", "y", "z"]), ("b", ["w"])])
        var cells = ReportCells.Builder(layout: layout, path: "r/report.yaml")
        cells.beginRow()
        for (position, value) in Self.published.enumerated() { cells.append(value, line: 3 + position / 5, column: 4 + position) }
        cells.endRow(table: "b", row: "w")
        cells.beginRow()
        cells.append(whole: 7, line: 30, column: 70_000)
        cells.append(whole: 1 << 40, line: 30, column: 2)
        cells.endRow(table: "a", row: "z")
        let report = cells.cells
        let packed = report.packed
        let back = try #require(ReportCells(packed: packed, layout: layout))
        #expect(back.packed == packed)
        #expect(back.tables == report.tables)
        for (table, rows) in report.tables {
            for (id, row) in rows {
                let again = try #require(back.row(table: table, row: id))
                #expect(Array(again) == Array(row), "\(table)/\(id)")
                #expect(again.path == "r/report.yaml")
            }
        }
        #expect(back.row(table: "a", row: "x") == nil && back.blankCount == report.blankCount)
        #expect(back.laidOut(as: CellLayout([("a", ["x", "y", "z"]), ("b", ["w"])])) && !back.laidOut(as: CellLayout([("a", ["x"])])))
        // Each part made to lie in turn.
        let lies: [(String, (inout PackedCells) -> Void)] = [
            ("a row beyond the cells", { $0.spans[$0.spans.count - 1] = Int32($0.bits.count + 1) }),
            ("a row short", { $0.spans.removeLast(2) }),
            ("a column short", { $0.columns.removeLast() }),
            ("values held aside missing", { $0.others.removeAll() }),
            ("big numbers missing", { $0.wholes.removeAll() }),
            ("a wide column missing", { $0.wideColumns.removeAll() }),
            ("cells before the first line", { $0.lineRuns[0] = 1 }),
            ("lines out of order", { $0.lineRuns.append(contentsOf: [0, 99]) }),
        ]
        for (lie, change) in lies {
            var pack = packed
            change(&pack)
            #expect(ReportCells(packed: pack, layout: layout) == nil, "\(lie)")
        }
    }

    @Test func aWholeNumberIsReadFromItsBitsAndNothingElseIs() throws {
        // As the loader reads them: whole numbers from text, anything else as a value.
        var built = ReportCells.Builder(layout: CellLayout([("t", ["r"])]), path: "r/report.yaml")
        built.beginRow()
        for (position, whole) in [12, -3, 12_345, 999_999_999_999, Int(1) << 61].enumerated() {
            built.append(whole: whole, line: 9, column: position + 1)
        }
        for (position, value) in [CellValue.number(Decimal(string: "0.5")!), .blank("-"), .blank(""), .number(7)].enumerated() {
            built.append(value, line: 10, column: position + 1)
        }
        built.endRow(table: "t", row: "r")
        let row = try #require(built.cells.row(table: "t", row: "r"))
        #expect((0..<row.count).map { row.whole(at: $0) } == [12, -3, 12_345, 999_999_999_999, nil, nil, nil, nil, 7],
                "2^61 is beyond what a cell holds: kept aside as a Decimal, like the fraction and the marks")
        // What it reads prints as the value does.
        for position in 0..<row.count {
            if let whole = row.whole(at: position) { #expect(String(whole) == row.value(at: position).display) }
        }
    }

    /// The store holds a value in 31 bits, a column in 16 and a line once a
    /// run of cells: every cell must come back as given all the same — at the
    /// edges of the 31 bits, with columns too wide for 16, lines that go back,
    /// a row over several lines, and a row dropped after others were kept.
    @Test func aCompactRowGivesBackEveryCellTheFullOneGave() throws {
        let edges = [0, 1, -1, (1 << 30) - 1, 1 << 30, -(1 << 30), -(1 << 30) - 1, Int(Int32.max), Int(Int32.min), (1 << 60) - 1, -(1 << 60) + 1]
        let wholes = edges.enumerated().map { position, whole in
            (whole, line: [3, 3, 4, 4, 4, 2, 2, 90_000, 90_000, 5, 5][position], column: [1, 65_534, 65_535, 65_536, 7, Int(UInt32.max), 2, 1, 9, 3, 4][position])
        }
        var built = ReportCells.Builder(layout: CellLayout([("t", ["a", "dropped", "b"])]), path: "r/report.yaml")
        built.beginRow()
        for cell in wholes { built.append(whole: cell.0, line: cell.line, column: cell.column) }
        built.endRow(table: "t", row: "a")
        built.beginRow()
        built.append(whole: 5, line: 6, column: 70_000)
        built.append(.blank("-"), line: 7, column: 3)
        built.endRow(table: "t", row: "dropped", keep: false)
        built.beginRow()
        built.append(.blank("无"), line: 5, column: 8)
        built.append(whole: 1 << 61, line: 8, column: 2)
        built.append(.number(Decimal(string: "2.5")!), line: 8, column: 80_000)
        built.endRow(table: "t", row: "b")
        let report = built.cells
        let a = try #require(report.row(table: "t", row: "a"))
        #expect((0..<a.count).map { a.whole(at: $0) } == edges)
        #expect(Array(a.values) == edges.map { CellValue.number(Decimal($0)) })
        #expect((0..<a.count).map { a.location(of: $0) }
                == wholes.map { SourceLocation(path: "r/report.yaml", line: $0.line, column: min($0.column, Int(UInt32.max))) })
        #expect(a == CellRow(wholes.map { Located(CellValue.number(Decimal($0.0)), at: SourceLocation(path: "r/report.yaml", line: $0.line, column: $0.column)) }))
        #expect(report.row(table: "t", row: "dropped") == nil)
        let b = try #require(report.row(table: "t", row: "b"))
        #expect(Array(b) == [Located(.blank("无"), at: SourceLocation(path: "r/report.yaml", line: 5, column: 8)),
                             Located(.number(pow(Decimal(2), 61)), at: SourceLocation(path: "r/report.yaml", line: 8, column: 2)),
                             Located(.number(Decimal(string: "2.5")!), at: SourceLocation(path: "r/report.yaml", line: 8, column: 80_000))])
        #expect((0..<b.count).map { b.whole(at: $0) } == [nil, nil, nil])
        #expect(report.blankCount == 1)
        #expect(!report.holdsOnlyCounts, "negatives, a mark and a fraction")
        #expect(ReportCells(tables: report.tables).tables == report.tables)
    }

    /// Counts held aside (beyond 31 bits) are counts still; a negative one is not.
    @Test func countsBeyondACellsBitsAreStillCounts() {
        var built = ReportCells.Builder(layout: CellLayout([("t", ["r"])]), path: "r/report.yaml")
        built.beginRow()
        for (position, whole) in [0, 7, 1 << 40, (1 << 60) - 1].enumerated() { built.append(whole: whole, line: 2, column: position) }
        built.endRow(table: "t", row: "r")
        #expect(built.cells.holdsOnlyCounts && built.cells.blankCount == 0)
        built.beginRow()
        built.append(whole: -(1 << 40), line: 3, column: 1)
        built.endRow(table: "t", row: "r")
        #expect(!built.cells.holdsOnlyCounts)
    }

    @Test func rowsDifferWhenAValueOrALocationDiffers() {
        let row = CellRow(Self.located([.number(1), .blank("")]))
        #expect(row != CellRow(Self.located([.number(1), .blank("-")])))
        #expect(row != CellRow(Self.located([.number(2), .blank("")])))
        #expect(row != CellRow([Located(.number(1), at: SourceLocation(path: "r/report.yaml", line: 41, column: 3)),
                                Located(.blank(""), at: SourceLocation(path: "r/report.yaml", line: 40, column: 8))]))
        let empty: CellRow.Values = []
        #expect(empty.isEmpty)
    }
}
