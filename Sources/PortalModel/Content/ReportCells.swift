/// Where each data row of a form sits among a report's rows: made once per
/// form (`FormDefinition.cellLayout`), shared by all its reports, or made
/// from the tables a report was given (tests, imports, superseded versions).
public final class CellLayout: Sendable {
    /// Each row's position, by table id and row id.
    let positions: [String: [String: Int]]
    /// The table id and row id at each position.
    let rows: [(table: String, row: String)]
    /// How many cells a report in this layout has, when known (the form's count).
    let cellCount: Int?
    /// The kinds of number each row's columns take, by position: known
    /// for a form's layout, empty otherwise.
    let columns: [RowColumns]

    /// One row's columns as bits: which take amounts (万元), which signed counts.
    struct RowColumns: Sendable {
        var count: Int
        var amounts: UInt64 = 0
        var signed: UInt64 = 0

        init(_ kinds: [FormColumn.Kind]) {
            count = kinds.count
            for (index, kind) in kinds.enumerated() where index < 64 {
                switch kind {
                case .amount: amounts |= 1 << index
                case .signedCount: signed |= 1 << index
                case .count: break
                }
            }
        }
    }

    /// Rows in the order given: tables, each with its data rows' ids;
    /// `cellCount`, the number of cells they hold, when known.
    public convenience init(_ tables: [(table: String, rows: [String])], cellCount: Int? = nil) {
        self.init(tables.map { table in (table.table, table.rows.map { ($0, nil) }) }, cellCount: cellCount)
    }

    /// The same, each row with the kinds of its columns when known (a form's rows).
    init(_ tables: [(table: String, rows: [(id: String, kinds: [FormColumn.Kind]?)])], cellCount: Int?) {
        var positions: [String: [String: Int]] = [:]
        var rows: [(table: String, row: String)] = []
        var columns: [RowColumns] = []
        var kindsKnown = true
        for (table, ids) in tables {
            for (id, kinds) in ids where positions[table]?[id] == nil {
                positions[table, default: [:]][id] = rows.count
                rows.append((table, id))
                if let kinds { columns.append(RowColumns(kinds)) } else { kindsKnown = false }
            }
            if ids.isEmpty { positions[table] = positions[table] ?? [:] }
        }
        self.positions = positions
        self.rows = rows
        self.cellCount = cellCount
        self.columns = kindsKnown ? columns : []
    }

    public static let empty = CellLayout([])

    /// The row's position, when the layout has it.
    public func position(table: String, row: String) -> Int? {
        positions[table]?[row]
    }
}

/// Every cell of one report's tables: one packed array for the whole report
/// in the form's row order, and where each row starts in it. A row the
/// report lacks (or could not be read) has no cells.
public struct ReportCells: Sendable {
    let layout: CellLayout
    let store: CellStore
    /// By layout position: where the row's cells start and how many (-1: the row is missing).
    let spans: [Span]

    struct Span: Sendable {
        var start: Int32
        var count: Int32
    }

    public static let empty = ReportCells(layout: .empty, store: CellStore.Builder(path: "").store, spans: [])

    init(layout: CellLayout, store: CellStore, spans: [Span]) {
        self.layout = layout
        self.store = store
        self.spans = spans
    }

    /// The cells of tables given row by row (tables and rows in id order).
    public init(tables: [String: [String: CellRow]]) {
        let layout = CellLayout(tables.keys.sorted().map { table in (table, tables[table]!.keys.sorted()) })
        var builder = Builder(layout: layout, path: tables.values.lazy.flatMap(\.values).first?.path ?? "")
        for (table, row) in layout.rows {
            let cells = tables[table]![row]!
            builder.beginRow()
            for position in 0..<cells.count {
                let location = cells.location(of: position)
                builder.append(cells.value(at: position), line: location.line, column: location.column)
            }
            builder.endRow(table: table, row: row)
        }
        self = builder.cells
    }

    /// The row `row` of table `table`, when the report has it.
    public func row(table: String, row: String) -> CellRow? {
        guard let position = layout.positions[table]?[row] else { return nil }
        return self.row(at: position)
    }

    func row(at position: Int) -> CellRow? {
        let span = spans[position]
        return span.count < 0 ? nil : CellRow(store: store, start: Int(span.start), count: Int(span.count))
    }

    /// One table's rows, when the layout has the table.
    public func table(_ id: String) -> TableCells? {
        layout.positions[id].map { TableCells(cells: self, positions: $0) }
    }

    /// The tables as dictionaries of rows (made on each call: for code that
    /// is not on a hot path).
    public var tables: [String: [String: CellRow]] {
        var tables: [String: [String: CellRow]] = [:]
        for (table, positions) in layout.positions {
            var rows: [String: CellRow] = [:]
            for (id, position) in positions {
                if let row = row(at: position) { rows[id] = row }
            }
            tables[table] = rows
        }
        return tables
    }

    /// Whether the cells are laid out by `layout` (a form's `cellLayout`):
    /// then a row's position there finds it in every such report.
    public func uses(_ layout: CellLayout) -> Bool {
        self.layout === layout
    }

    /// The cell at `column` of the row at layout position `position` as a
    /// whole number; nil when the row is missing, the column beyond it, or
    /// the cell a mark or a fraction. Reads the packed bits, no `Decimal`.
    public func whole(at position: Int, column: Int) -> Int? {
        let span = spans[position]
        guard column >= 0, column < Int(span.count) else { return nil }
        return store.whole(at: Int(span.start) + column)
    }

    /// Whether every cell read is a whole number of 0 or more, as nearly
    /// every report's are: no blank, mark, fraction or negative to look for.
    public var holdsOnlyCounts: Bool {
        store.others == nil && (0..<store.count).allSatisfy { store.holdsCount(at: $0) }
    }

    /// Whether every cell read is a number its column takes: a whole number
    /// of 0 or more, a number of 0 or more in an amount column (fees in
    /// 万元), a negative whole number in a signed count column (2019 本年增/减).
    /// No blank or mark, nothing the value check could doubt. Beyond counts
    /// it needs the kinds of the columns: known only in a form's layout.
    public var holdsOnlyFitFigures: Bool {
        if holdsOnlyCounts { return true }
        guard layout.columns.count == spans.count else { return false }
        for (position, span) in spans.enumerated() where span.count > 0 {
            let columns = layout.columns[position]
            guard Int(span.count) == columns.count else { return false }
            for column in 0..<Int(span.count) {
                let cell = Int(span.start) + column
                if store.holdsCount(at: cell) { continue }
                let bit: UInt64 = column < 64 ? 1 << column : 0
                if store.whole(at: cell) != nil {
                    // A whole number that is not a count is a negative one.
                    guard columns.signed & bit != 0 else { return false }
                } else {
                    guard columns.amounts & bit != 0, case .number(let amount) = store.value(at: cell),
                          !(amount < 0) else { return false }
                }
            }
        }
        return true
    }

    /// How many of the report's cells are printed blank (not a number):
    /// read from the packed bits, a `CellValue` made only for a cell held aside.
    public var blankCount: Int {
        var blanks = 0
        for span in spans where span.count > 0 {
            for position in Int(span.start)..<Int(span.start + span.count) {
                if let other = store.other(at: position), other.number == nil { blanks += 1 }
            }
        }
        return blanks
    }

    /// Every value of the report, row after row in the layout's order.
    public var allValues: some Sequence<CellValue> {
        let store = self.store
        return spans.lazy.filter { $0.count > 0 }.flatMap { span in
            (Int(span.start)..<Int(span.start + span.count)).lazy.map { store.value(at: $0) }
        }
    }

    /// Fills a report's cells row by row, in any order of the layout's rows.
    public struct Builder {
        let layout: CellLayout
        var store: CellStore.Builder
        var spans: [Span]
        var rowStart = 0

        public init(layout: CellLayout, path: String) {
            self.layout = layout
            // Exactly the form's count: one allocation, no spare room held for the whole build.
            store = CellStore.Builder(path: path, capacity: layout.cellCount ?? layout.rows.count * 4)
            spans = Array(repeating: Span(start: 0, count: -1), count: layout.rows.count)
        }

        public mutating func beginRow() {
            rowStart = store.count
        }

        public mutating func append(_ value: CellValue, line: Int, column: Int) {
            store.append(value, line: line, column: column)
        }

        /// A whole number as read, without going through `Decimal`.
        public mutating func append(whole: Int, line: Int, column: Int) {
            store.append(whole: whole, line: line, column: column)
        }

        /// Keeps the cells appended since `beginRow()` as the row `row` of
        /// `table`; with `keep` false (the row could not be read), drops them.
        public mutating func endRow(table: String, row: String, keep: Bool = true) {
            guard keep, let position = layout.positions[table]?[row] else {
                store.truncate(to: rowStart)
                return
            }
            spans[position] = Span(start: Int32(rowStart), count: Int32(store.count - rowStart))
        }

        public var cells: ReportCells {
            ReportCells(layout: layout, store: store.store, spans: spans)
        }
    }
}

/// One table of a report: its rows by id.
public struct TableCells: Sendable, ExpressibleByDictionaryLiteral {
    let cells: ReportCells
    let positions: [String: Int]

    /// Rows given by id (tests).
    public init(_ rows: [String: CellRow]) {
        let cells = ReportCells(tables: ["": rows])
        self.init(cells: cells, positions: cells.layout.positions[""] ?? [:])
    }

    init(cells: ReportCells, positions: [String: Int]) {
        self.cells = cells
        self.positions = positions
    }

    public init(dictionaryLiteral rows: (String, CellRow)...) {
        self.init(Dictionary(rows, uniquingKeysWith: { first, _ in first }))
    }

    public static let empty = TableCells([:])

    public subscript(row: String) -> CellRow? {
        positions[row].flatMap { cells.row(at: $0) }
    }
}
