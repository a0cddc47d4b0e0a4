import Foundation
import PortalModel

/// The figures a form defines, in the order its reports' facts hold their
/// values: the key figures first (what changes since last year compare),
/// then the outcome breakdown's (an id defined twice counts once, the
/// first definition, as in `FormDefinition.figure(_:)`). Made once per form
/// and shared by its reports' facts: ids and labels are not repeated per report.
package final class FigureOrder: Sendable {
    /// The form's key figures: id and label, in the form's order.
    let keyFigures: [(id: String, label: String)]
    /// Every figure's id, in the order of a report's values.
    let ids: [String]
    /// The form whose figures these are; nil for an order made from a
    /// report's figures alone. Kept facts name it, so that reading them back
    /// puts their values in the form's order at once.
    package let formID: String?
    private let positions: [String: Int]

    package init(keyFigures: [(id: String, label: String)], others: [String], formID: String? = nil) {
        self.keyFigures = keyFigures
        self.formID = formID
        var ids: [String] = []
        var positions: [String: Int] = [:]
        for id in keyFigures.map(\.id) + others where positions[id] == nil {
            positions[id] = ids.count
            ids.append(id)
        }
        self.ids = ids
        self.positions = positions
    }

    /// The order of `form`'s figures.
    package convenience init(_ form: FormDefinition) {
        self.init(keyFigures: form.keyFigures.map { ($0.id, $0.label) }, others: form.outcomeBreakdown.map(\.id), formID: form.id)
    }

    func position(of id: String) -> Int? { positions[id] }
}

/// Figure values in a `FigureOrder`, as whole numbers: 8 bytes a figure
/// where a `[String: Decimal]` took ≈ 80. A figure with a blank cell is
/// absent; one that is not a whole number in 63 bits (a published
/// fraction) is held beside, exactly.
struct FigureValues: Sendable, Equatable {
    private var wholes: [Int]
    private var exact: [Int: Decimal]?

    /// Marks an absent figure.
    private static let absent = Int.min

    init(count: Int) {
        wholes = Array(repeating: Self.absent, count: count)
    }

    init(_ values: [Decimal?]) {
        self.init(count: values.count)
        for (position, value) in values.enumerated() { self[position] = value }
    }

    var count: Int { wholes.count }

    /// A value as it is held: sums of thousands of reports add whole numbers as `Int`s.
    enum Held {
        case absent, whole(Int), exact(Decimal)
    }

    func held(at position: Int) -> Held {
        guard wholes.indices.contains(position) else { return .absent }
        let whole = wholes[position]
        if whole != Self.absent { return .whole(whole) }
        return exact?[position].map { .exact($0) } ?? .absent
    }

    subscript(position: Int) -> Decimal? {
        get {
            guard wholes.indices.contains(position) else { return nil }
            let whole = wholes[position]
            if whole != Self.absent { return Decimal(whole) }
            return exact?[position]
        }
        set {
            exact?[position] = nil
            wholes[position] = Self.absent
            guard let value = newValue else { return }
            if let whole = Self.whole(value) {
                wholes[position] = whole
            } else {
                if exact == nil { exact = [:] }
                exact![position] = value
            }
        }
    }

    /// `value` as an `Int`, when its exponent makes it a whole number and it
    /// fits well within 63 bits (so never the mark of an absent one).
    private static func whole(_ value: Decimal) -> Int? {
        guard value.exponent >= 0, !value.isNaN, value.magnitude < limit else { return nil }
        return NSDecimalNumber(decimal: value).intValue
    }

    private static let limit = Decimal(Int64.max / 2)
}
