import Foundation

/// One data row of a report table as published: its cells in the block's
/// column order.
///
/// A row is a view into its report's one array of cells (`ReportCells`):
/// a national portal holds millions of cells, and a row of its own (two
/// arrays, a path) cost more than the cells it held. Each cell is about 7
/// bytes (`CellStore`): a count as a whole number, or the position of a value
/// that is not one (a published mark, a fraction) in a side array, and its
/// column; the line is held once for the cells read on it. The row reads as
/// a collection of located cells, made on access for the checks that point
/// at one; the hot paths read `values`.
public struct CellRow: Sendable, Hashable, RandomAccessCollection {
    let store: CellStore
    let start: Int
    public let count: Int

    init(store: CellStore, start: Int, count: Int) {
        self.store = store
        self.start = start
        self.count = count
    }

    /// A row of cells, each with where it was read (all from one file).
    public init(_ cells: [Located<CellValue>]) {
        var builder = CellStore.Builder(path: cells.first?.location.path ?? "")
        for cell in cells { builder.append(cell.value, line: cell.location.line, column: cell.location.column) }
        self.init(store: builder.store, start: 0, count: cells.count)
    }

    /// The file the row was read from.
    public var path: String { store.path }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Located<CellValue> {
        Located(value(at: position), at: location(of: position))
    }

    /// The value of the cell at `position`, without its location.
    public func value(at position: Int) -> CellValue {
        store.value(at: start + position)
    }

    /// The cell at `position` when it holds a whole number, read from its
    /// bits (no `Decimal` made); nil for a blank, a mark or a fraction.
    public func whole(at position: Int) -> Int? {
        store.whole(at: start + position)
    }

    /// Where the cell at `position` was read.
    public func location(of position: Int) -> SourceLocation {
        SourceLocation(path: store.path, line: store.line(at: start + position), column: store.column(at: start + position))
    }

    /// The cells' values, in the block's column order.
    public var values: Values { Values(row: self) }

    /// The values of a row, read in place.
    public struct Values: RandomAccessCollection, ExpressibleByArrayLiteral, Equatable, Sendable {
        private let row: CellRow?

        init(row: CellRow) { self.row = row }

        /// No values (`cells(…)?.values ?? []`).
        public init(arrayLiteral elements: Never...) { row = nil }

        public var startIndex: Int { 0 }
        public var endIndex: Int { row?.count ?? 0 }
        public subscript(position: Int) -> CellValue { row!.value(at: position) }

        public static func == (a: Values, b: Values) -> Bool { a.elementsEqual(b) }
    }

    /// Rows are equal when their cells are: the same values (a count read
    /// as text or made as a `Decimal` alike) at the same places.
    public static func == (a: CellRow, b: CellRow) -> Bool {
        guard a.path == b.path, a.count == b.count else { return false }
        for position in 0..<a.count {
            let x = a.start + position, y = b.start + position
            guard a.store.column(at: x) == b.store.column(at: y), a.store.line(at: x) == b.store.line(at: y) else { return false }
            // Equal bits are equal counts, unless they point into the stores' side arrays.
            let bits = a.store.bits[x]
            if bits == b.store.bits[y], bits & CellBits.asideFlag == 0 { continue }
            guard a.value(at: position) == b.value(at: position) else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(count)
        for position in 0..<count {
            hasher.combine(store.line(at: start + position))
            hasher.combine(store.column(at: start + position))
            hasher.combine(value(at: position))
        }
    }
}

extension CellRow: ExpressibleByArrayLiteral {
    public init(arrayLiteral cells: Located<CellValue>...) {
        self.init(cells)
    }
}
