import Foundation

/// One data row of a report table as published: its cells in the block's
/// column order.
///
/// A row is a view into its report's one array of cells (`ReportCells`):
/// a national portal holds millions of cells, and a row of its own (two
/// arrays, a path) cost more than the cells it held. Each cell is 16 bytes:
/// a count as a whole number, or the position of a value that is not one (a
/// published mark, a fraction) in a side array, and the cell's line and
/// column. The row reads as a collection of located cells, made on access
/// for the checks that point at one; the hot paths read `values`.
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
        CellBits.wholeNumber(store.cells[start + position].bits)
    }

    /// Where the cell at `position` was read.
    public func location(of position: Int) -> SourceLocation {
        let cell = store.cells[start + position]
        return SourceLocation(path: store.path, line: Int(cell.line), column: Int(cell.column))
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
            let x = a.store.cells[a.start + position], y = b.store.cells[b.start + position]
            guard x.line == y.line, x.column == y.column else { return false }
            // Equal bits are equal counts, unless they point into the stores' side arrays.
            if x.bits == y.bits, x.bits & CellBits.otherFlag == 0 { continue }
            guard a.value(at: position) == b.value(at: position) else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(count)
        for position in 0..<count {
            hasher.combine(store.cells[start + position].line)
            hasher.combine(store.cells[start + position].column)
            hasher.combine(value(at: position))
        }
    }
}

extension CellRow: ExpressibleByArrayLiteral {
    public init(arrayLiteral cells: Located<CellValue>...) {
        self.init(cells)
    }
}

/// The cells of one report (or of one row made alone), packed, in the order
/// they were read. Never changed once made.
final class CellStore: Sendable {
    /// A cell: its value (a whole number, or the position of the value in
    /// `others`) and where it was read.
    struct PackedCell: Sendable, Hashable {
        var bits: UInt64
        var line: UInt32
        var column: UInt32
    }

    /// The file the cells were read from.
    let path: String
    let cells: [PackedCell]
    /// Values a cell cannot hold itself; nil in nearly every report.
    let others: [CellValue]?

    init(path: String, cells: [PackedCell], others: [CellValue]) {
        self.path = path
        self.cells = cells
        self.others = others.isEmpty ? nil : others
    }

    func value(at position: Int) -> CellValue {
        CellBits.value(cells[position].bits, others: others)
    }

    struct Builder {
        let path: String
        var cells: [PackedCell] = []
        var others: [CellValue] = []

        init(path: String, capacity: Int = 0) {
            self.path = path
            cells.reserveCapacity(capacity)
        }

        mutating func append(_ value: CellValue, line: Int, column: Int) {
            if let bits = CellBits.whole(value) {
                add(bits, line: line, column: column)
            } else {
                others.append(value)
                add(CellBits.other(others.count - 1), line: line, column: column)
            }
        }

        mutating func append(whole: Int, line: Int, column: Int) {
            guard let bits = CellBits.whole(whole) else {
                return append(.number(Decimal(whole)), line: line, column: column)
            }
            add(bits, line: line, column: column)
        }

        private mutating func add(_ bits: UInt64, line: Int, column: Int) {
            cells.append(PackedCell(bits: bits, line: UInt32(clamping: line), column: UInt32(clamping: column)))
        }

        /// Forgets the cells from `count` on (a row that turned out unreadable).
        mutating func truncate(to count: Int) {
            cells.removeLast(cells.count - count)
        }

        var store: CellStore { CellStore(path: path, cells: cells, others: others) }
    }
}

/// How a cell's value fits in 64 bits: the top bit clear, a whole number in
/// the other 63 (two's complement); the top bit set, the position of the
/// value in the store's side array.
enum CellBits {
    static let otherFlag: UInt64 = 1 << 63
    /// Whole numbers smaller than this are held in the cell itself.
    static let limit: UInt64 = 1 << 60

    /// The bits of a whole number that fits, else nil.
    static func whole(_ number: Int) -> UInt64? {
        guard number.magnitude < limit else { return nil }
        return UInt64(bitPattern: Int64(number)) & ~otherFlag
    }

    /// The bits of a value that is a whole number that fits, else nil.
    /// Decimal's parts are not public: counts up to 9,999 (nearly every
    /// cell) are found in a table made once, anything else keeps its Decimal.
    static func whole(_ value: CellValue) -> UInt64? {
        guard case .number(let number) = value, number.exponent == 0, let whole = smallWholeNumbers[number] else { return nil }
        return whole
    }

    private static let smallWholeNumbers: [Decimal: UInt64] =
        Dictionary(uniqueKeysWithValues: (0..<10_000).map { (Decimal($0), UInt64($0)) })

    static func other(_ index: Int) -> UInt64 { otherFlag | UInt64(index) }

    static func value(_ bits: UInt64, others: [CellValue]?) -> CellValue {
        if let whole = wholeNumber(bits) { return .number(Decimal(whole)) }
        return others![Int(bits & ~otherFlag)]
    }

    /// The whole number held in the bits; nil when they point into the side array.
    static func wholeNumber(_ bits: UInt64) -> Int? {
        guard bits & otherFlag == 0 else { return nil }
        // Sign-extend the 63-bit number.
        return Int(Int64(bitPattern: bits << 1) >> 1)
    }
}
