import Foundation

/// The cells of one report (or of one row made alone), packed, in the order
/// they were read. Never changed once made.
///
/// A build holds every report's cells from the load to the last download (two
/// million at 10,000 reports). A cell is 4 bytes of value and 2 of column; its
/// line is held once for the run of cells read on that line (a table's row is
/// one line of report.yaml): about 7 bytes a cell, where a value, a line and a
/// column of its own were 16.
final class CellStore: Sendable {
    /// Consecutive cells read on one line: from the cell at `start` up to the next run's.
    struct LineRun: Sendable {
        var start: UInt32
        var line: UInt32
    }

    /// The file the cells were read from.
    let path: String
    /// Each cell's value, as `CellBits` packs it.
    let bits: [UInt32]
    /// Each cell's column; `CellBits.wideColumn` when `wideColumns` holds it.
    let columns: [UInt16]
    /// Where each line's cells start, in cell order.
    let lineRuns: [LineRun]
    /// Whole numbers beyond a cell's 31 bits (below `CellBits.limit`); nil nearly always.
    let wholes: [Int]?
    /// Values a cell cannot hold itself (a mark, a fraction); nil in nearly every report.
    let others: [CellValue]?
    /// Columns of 65,535 or more, by cell position; nil nearly always.
    let wideColumns: [Int: Int]?

    fileprivate init(_ builder: Builder) {
        path = builder.path
        bits = builder.bits
        columns = builder.columns
        // Exactly as many runs as there are: the array grew by doubling.
        lineRuns = builder.lineRuns.withUnsafeBufferPointer { Array($0) }
        wholes = builder.wholes.isEmpty ? nil : builder.wholes
        others = builder.others.isEmpty ? nil : builder.others
        wideColumns = builder.wideColumns.isEmpty ? nil : builder.wideColumns
    }

    /// A store from its parts as they were held (`PackedCells`, checked there).
    init(path: String, bits: [UInt32], columns: [UInt16], lineRuns: [LineRun], wholes: [Int]?, others: [CellValue]?,
         wideColumns: [Int: Int]?) {
        self.path = path
        self.bits = bits
        self.columns = columns
        self.lineRuns = lineRuns
        self.wholes = wholes
        self.others = others
        self.wideColumns = wideColumns
    }

    var count: Int { bits.count }

    func value(at position: Int) -> CellValue {
        let cell = bits[position]
        if let small = CellBits.smallNumber(cell) { return .number(Decimal(small)) }
        let index = Int(cell & CellBits.indexMask)
        return cell & CellBits.otherFlag == 0 ? .number(Decimal(wholes![index])) : others![index]
    }

    /// The cell as a whole number when it holds one (no `Decimal` made);
    /// nil for a value held in `others`.
    func whole(at position: Int) -> Int? {
        let cell = bits[position]
        if let small = CellBits.smallNumber(cell) { return small }
        return cell & CellBits.otherFlag == 0 ? wholes![Int(cell & CellBits.indexMask)] : nil
    }

    /// Whether the cell holds a whole number of 0 or more.
    func holdsCount(at position: Int) -> Bool {
        let cell = bits[position]
        if cell & CellBits.asideFlag == 0 { return cell & CellBits.smallSign == 0 }
        return cell & CellBits.otherFlag == 0 && wholes![Int(cell & CellBits.indexMask)] >= 0
    }

    /// The value held in `others`, if the cell's is.
    func other(at position: Int) -> CellValue? {
        let cell = bits[position]
        return cell & CellBits.asideFlag != 0 && cell & CellBits.otherFlag != 0 ? others![Int(cell & CellBits.indexMask)] : nil
    }

    func line(at position: Int) -> Int {
        // The last run starting at or before the cell.
        var low = 0, high = lineRuns.count
        while low < high {
            let middle = (low + high) / 2
            if Int(lineRuns[middle].start) <= position { low = middle + 1 } else { high = middle }
        }
        return Int(lineRuns[low - 1].line)
    }

    func column(at position: Int) -> Int {
        let column = columns[position]
        return column == CellBits.wideColumn ? wideColumns![position]! : Int(column)
    }

    struct Builder {
        let path: String
        fileprivate(set) var bits: [UInt32] = []
        fileprivate var columns: [UInt16] = []
        fileprivate var lineRuns: [LineRun] = []
        fileprivate var wholes: [Int] = []
        fileprivate var others: [CellValue] = []
        fileprivate var wideColumns: [Int: Int] = [:]

        init(path: String, capacity: Int = 0) {
            self.path = path
            bits.reserveCapacity(capacity)
            columns.reserveCapacity(capacity)
        }

        var count: Int { bits.count }

        mutating func append(_ value: CellValue, line: Int, column: Int) {
            if let whole = CellBits.whole(value) { return append(whole: whole, line: line, column: column) }
            others.append(value)
            add(CellBits.asideFlag | CellBits.otherFlag | UInt32(others.count - 1), line: line, column: column)
        }

        mutating func append(whole: Int, line: Int, column: Int) {
            if let small = CellBits.small(whole) {
                add(small, line: line, column: column)
            } else if whole.magnitude < CellBits.limit {
                wholes.append(whole)
                add(CellBits.asideFlag | UInt32(wholes.count - 1), line: line, column: column)
            } else {
                others.append(.number(Decimal(whole)))
                add(CellBits.asideFlag | CellBits.otherFlag | UInt32(others.count - 1), line: line, column: column)
            }
        }

        private mutating func add(_ cell: UInt32, line: Int, column: Int) {
            let line = UInt32(clamping: line), column = Int(UInt32(clamping: column))
            if lineRuns.last?.line != line { lineRuns.append(LineRun(start: UInt32(bits.count), line: line)) }
            if column < Int(CellBits.wideColumn) {
                columns.append(UInt16(column))
            } else {
                wideColumns[bits.count] = column
                columns.append(CellBits.wideColumn)
            }
            bits.append(cell)
        }

        /// Forgets the cells from `count` on (a row that turned out unreadable).
        mutating func truncate(to count: Int) {
            bits.removeLast(bits.count - count)
            columns.removeLast(columns.count - count)
            while let last = lineRuns.last, Int(last.start) >= count { lineRuns.removeLast() }
            if !wideColumns.isEmpty { wideColumns = wideColumns.filter { $0.key < count } }
        }

        var store: CellStore { CellStore(self) }
    }
}

/// How a cell's value fits in 32 bits: the top bit clear, a whole number in
/// the other 31 (two's complement); the top bit set, the position of the value
/// in the store's `wholes` (the next bit clear) or `others` (set).
enum CellBits {
    static let asideFlag: UInt32 = 1 << 31
    static let otherFlag: UInt32 = 1 << 30
    static let indexMask: UInt32 = otherFlag - 1
    /// The sign of a whole number held in the cell.
    static let smallSign: UInt32 = 1 << 30
    /// Whole numbers smaller than this (in magnitude) are held as `Int`s; larger ones as the `Decimal` they are.
    static let limit: UInt = 1 << 60
    /// A column too wide for 16 bits: held beside the cells.
    static let wideColumn = UInt16.max

    /// The bits of a whole number that fits in the cell, else nil.
    static func small(_ number: Int) -> UInt32? {
        guard number >= -(1 << 30), number < 1 << 30 else { return nil }
        return UInt32(truncatingIfNeeded: number) & ~asideFlag
    }

    /// The whole number held in the cell itself; nil when it is held aside.
    static func smallNumber(_ bits: UInt32) -> Int? {
        guard bits & asideFlag == 0 else { return nil }
        // Sign-extend the 31-bit number.
        return Int(Int32(bitPattern: bits << 1) >> 1)
    }

    /// The whole number a value is, for the values kept as whole numbers.
    /// Decimal's parts are not public: counts up to 9,999 (nearly every
    /// cell) are found in a table made once, anything else keeps its Decimal.
    static func whole(_ value: CellValue) -> Int? {
        guard case .number(let number) = value, number.exponent == 0 else { return nil }
        return smallWholeNumbers[number]
    }

    private static let smallWholeNumbers: [Decimal: Int] =
        Dictionary(uniqueKeysWithValues: (0..<10_000).map { (Decimal($0), $0) })
}
