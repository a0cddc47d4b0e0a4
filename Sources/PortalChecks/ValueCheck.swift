import Foundation
import PortalModel

/// Each cell holds the kind of number its column takes: counts are whole
/// and not negative, amounts are not negative, only signed counts (the 2019
/// 本年增/减) may be negative.
enum ValueCheck {
    static let value = Rule("value", .error, .check, "counts are whole and not negative; amounts (万元) are not negative; only the 2019 本年增/减 may be negative")

    static func run(_ portal: Portal) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // A report whose every cell is a figure its column takes (nearly every one) has no value to doubt.
        TableReader.forEachRow(in: portal, where: { !$0.cells.holdsOnlyFitFigures }) { reader, block, row in
            for (index, column) in block.columns.enumerated() {
                guard let value = reader.value(row: row.id, column: index)?.number,
                      let problem = problem(value, kind: column.kind), let cell = reader.cell(row: row.id, column: index) else { continue }
                let name = "\(row.ref) \(reader.columnName(column.id, in: block))"
                problems.append(.error(Self.value, at: cell.location, "\(name) is \(value.plainText): \(problem)"))
            }
        }
        return problems
    }

    static func problem(_ value: Decimal, kind: FormColumn.Kind) -> String? {
        // A number read as a whole number has exponent 0: no rounding needed (every cell is checked).
        let whole = value.exponent >= 0 || value == value.rounded
        switch kind {
        case .count:
            if value < 0 { return "a count cannot be negative" }
            if !whole { return "a count is a whole number" }
        case .signedCount:
            if !whole { return "a count is a whole number" }
        case .amount:
            if value < 0 { return "an amount cannot be negative" }
        }
        return nil
    }
}

extension Decimal {
    var rounded: Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}
