import Foundation

extension Sequence where Element == Decimal? {
    /// The sum of these values, or nil when any of them is unknown (a
    /// blank, a dash, a missing cell): the one rule by which identities,
    /// group rows and key figures add published cells. A sum over a blank
    /// is never a guess.
    public var completeSum: Decimal? {
        var total = Decimal(0)
        for value in self {
            guard let value else { return nil }
            total += value
        }
        return total
    }
}
