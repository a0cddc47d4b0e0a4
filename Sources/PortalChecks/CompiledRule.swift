import Foundation
import PortalModel

/// A form rule with its cells looked up once per form: for each column (or
/// row) it applies to, the cells adding up on each side. Checking a report
/// is then only additions; `FormRuleCheck.evaluate` words a failure.
struct CompiledRule {
    /// One cell of a report: a data row and the column's position in it.
    struct Cell {
        var row: String
        var column: Int
    }

    /// One instance of the identity: the cells summed on each side.
    struct Instance {
        var left: [Cell]
        var right: [Cell]
    }

    let rule: FormRule
    let instances: [Instance]

    init(_ rule: FormRule, form: FormDefinition) {
        self.rule = rule
        guard let table = form.table(rule.table) else { instances = []; return }
        switch rule.each {
        case .column:
            guard let block = table.block(containingRow: rule.left[0]) else { instances = []; return }
            func cells(_ ids: [String], column: Int) -> [Cell] {
                ids.flatMap { id in (block.row(id)?.leaves ?? []).map { Cell(row: $0.id, column: column) } }
            }
            instances = block.columns.indices.map { Instance(left: cells(rule.left, column: $0), right: cells(rule.right, column: $0)) }
        case .row:
            guard let block = table.block(containingColumn: rule.left[0]) else { instances = []; return }
            let ids = block.columns.map(\.id)
            instances = block.leafRows.map { row in
                Instance(left: rule.left.compactMap { ids.firstIndex(of: $0) }.map { Cell(row: row.id, column: $0) },
                         right: rule.right.compactMap { ids.firstIndex(of: $0) }.map { Cell(row: row.id, column: $0) })
            }
        }
    }

    /// False when some instance has both sides known and different, or a
    /// blank cell (blanks may still prove an error: `evaluate` looks). An
    /// instance with a missing cell cannot be verified and passes here, as
    /// in `evaluate`.
    func holds(in report: Report, blanksAreZeros: Bool = false) -> Bool {
        guard let cells = report.table(rule.table) else { return true }
        var blank = false
        func sum(_ side: [Cell]) -> Decimal? {
            var total = PublishedSum()
            for cell in side {
                guard let row = cells[cell.row]?.values, row.indices.contains(cell.column) else { return nil }
                total.add(row[cell.column], blanksAreZeros: blanksAreZeros)
            }
            if total.blanks > 0 { blank = true }
            return total.known
        }
        for instance in instances {
            guard let left = sum(instance.left), let right = sum(instance.right) else { continue }
            if blank || left != right { return false }
        }
        return true
    }
}
