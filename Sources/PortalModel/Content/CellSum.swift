import Foundation

/// Published cells added up, the one way identities, group rows and key
/// figures add them: printed numbers are summed, blank cells counted
/// apart (a blank is not a zero, unless the report declares
/// `blankCells: zero`), and a cell the report does not have makes the sum
/// unknown. A sum over a blank is never a guess.
public struct PublishedSum: Sendable, Equatable {
    /// The printed numbers, added up: a lower bound when there are blanks,
    /// since counts are never negative.
    public private(set) var known: Decimal = 0
    /// How many of the cells are printed blank.
    public private(set) var blanks = 0
    /// How many cells were added (printed or blank).
    public private(set) var count = 0
    /// A cell the report does not have (a missing row or column).
    public private(set) var missing = false

    public init() {}

    public init<Cells: Sequence>(_ cells: Cells, blanksAreZeros: Bool = false) where Cells.Element == CellValue? {
        for cell in cells { add(cell, blanksAreZeros: blanksAreZeros) }
    }

    public mutating func add(_ cell: CellValue?, blanksAreZeros: Bool = false) {
        count += 1
        switch cell {
        case .number(let value)?: known += value
        case .blank?: if !blanksAreZeros { blanks += 1 }
        case nil: missing = true
        }
    }

    /// The sum when every cell is a printed number, else nil.
    public var complete: Decimal? { missing || blanks > 0 ? nil : known }
    /// Every cell printed blank (a total left empty).
    public var allBlank: Bool { !missing && count > 0 && blanks == count }
}

extension Sequence where Element == Decimal? {
    /// The sum of these values, or nil when any of them is unknown.
    public var completeSum: Decimal? {
        PublishedSum(map { $0.map(CellValue.number) }).complete
    }
}
