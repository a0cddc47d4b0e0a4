/// One data row of a report table as published: its cells in the block's
/// column order.
///
/// The model holds about 200 of these cells for every report of the portal,
/// so a row keeps them compact: the values in one array, the file they were
/// read from once, and each cell's line and column in 8 bytes (a `Located`
/// cell took 56). It reads as a collection of located cells, made on access
/// for the checks that point at one; the hot paths read `values`.
public struct CellRow: Sendable, Hashable, RandomAccessCollection {
    /// The cells' values, in the block's column order.
    public private(set) var values: [CellValue]
    /// The file the row was read from.
    public let path: String
    private var points: [Point]

    /// A cell's line and column in `path`.
    private struct Point: Sendable, Hashable {
        var line: UInt32
        var column: UInt32
    }

    /// A row of cells, each with where it was read (all from one file).
    public init(_ cells: [Located<CellValue>]) {
        values = cells.map(\.value)
        path = cells.first?.location.path ?? ""
        points = cells.map { Point(line: UInt32(clamping: $0.location.line), column: UInt32(clamping: $0.location.column)) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { values.count }

    public subscript(position: Int) -> Located<CellValue> {
        Located(values[position], at: location(of: position))
    }

    /// Where the cell at `position` was read.
    public func location(of position: Int) -> SourceLocation {
        SourceLocation(path: path, line: Int(points[position].line), column: Int(points[position].column))
    }
}

extension CellRow: ExpressibleByArrayLiteral {
    public init(arrayLiteral cells: Located<CellValue>...) {
        self.init(cells)
    }
}
