import Foundation
import PortalModel

/// One key figure beside last year's: the change, and whether it is a
/// large jump. Figures are matched by id, which the forms keep for the same
/// quantity across the 2019 → 2021 change of format.
public struct FigureChange: Sendable, Equatable {
    public var id: String
    public var label: String
    public var value: Decimal?
    public var previous: Decimal?

    /// This year's value minus last year's, when both are known.
    public var change: Decimal? {
        guard let value, let previous else { return nil }
        return value - previous
    }

    /// A jump worth a reader's look, flagged, not judged: at least
    /// `largeJumpMinimum` and at least double or at most half of last
    /// year's (any rise of that size from 0).
    public var isLargeJump: Bool {
        guard let value, let previous, let change else { return false }
        guard abs(change) >= Self.largeJumpMinimum else { return false }
        return value >= previous * 2 || value * 2 <= previous
    }

    public static let largeJumpMinimum: Decimal = 10

    /// As pages show it: +3, −2, 0, or — when either year is unknown.
    public var changeText: String {
        guard let change else { return "—" }
        if change > 0 { return "+" + change.plainText }
        if change < 0 { return "−" + (-change).plainText }
        return "0"
    }

    public init(id: String, label: String, value: Decimal?, previous: Decimal?) {
        self.id = id
        self.label = label
        self.value = value
        self.previous = previous
    }
}
