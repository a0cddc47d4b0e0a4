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
    /// The instances' cells by their place in the form's layout, for the
    /// reports laid out by it (all that were read from files); nil when
    /// some cell's row is not in the layout.
    private let packed: [PackedInstance]?
    private let layout: CellLayout

    /// One instance with each cell as its row's layout position and its column.
    private struct PackedInstance {
        var left: [(position: Int, column: Int)]
        var right: [(position: Int, column: Int)]
    }

    init(_ rule: FormRule, form: FormDefinition) {
        let instances = Self.instances(of: rule, in: form)
        self.rule = rule
        self.instances = instances
        layout = form.cellLayout
        let formLayout = form.cellLayout
        func pack(_ cells: [Cell]) -> [(position: Int, column: Int)]? {
            var packed: [(position: Int, column: Int)] = []
            for cell in cells {
                guard let position = formLayout.position(table: rule.table, row: cell.row) else { return nil }
                packed.append((position, cell.column))
            }
            return packed
        }
        var packed: [PackedInstance]? = []
        for instance in instances {
            guard let left = pack(instance.left), let right = pack(instance.right) else { packed = nil; break }
            packed?.append(PackedInstance(left: left, right: right))
        }
        self.packed = packed
    }

    private static func instances(of rule: FormRule, in form: FormDefinition) -> [Instance] {
        guard let table = form.table(rule.table) else { return [] }
        switch rule.each {
        case .column:
            guard let block = table.block(containingRow: rule.left[0]) else { return [] }
            func cells(_ ids: [String], column: Int) -> [Cell] {
                ids.flatMap { id in (block.row(id)?.leaves ?? []).map { Cell(row: $0.id, column: column) } }
            }
            return block.columns.indices.map { Instance(left: cells(rule.left, column: $0), right: cells(rule.right, column: $0)) }
        case .row:
            guard let block = table.block(containingColumn: rule.left[0]) else { return [] }
            let ids = block.columns.map(\.id)
            return block.leafRows.map { row in
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
        if let verdict = holdsInWholeNumbers(report.cells) { return verdict }
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

    /// The verdict from the packed cells, when every cell the rule adds is
    /// a whole number (nearly every report): sums of `Int`s, no `Decimal`,
    /// no lookup by row id. Nil (ask `holds`' general reading) for a report
    /// laid out otherwise, a blank, a fraction, a missing cell or a sum too
    /// large for an `Int`.
    private func holdsInWholeNumbers(_ cells: ReportCells) -> Bool? {
        guard let packed, cells.uses(layout) else { return nil }
        func sum(_ side: [(position: Int, column: Int)]) -> Int? {
            var total = 0
            for (position, column) in side {
                guard let value = cells.whole(at: position, column: column) else { return nil }
                let (added, overflow) = total.addingReportingOverflow(value)
                guard !overflow else { return nil }
                total = added
            }
            return total
        }
        var holds = true
        for instance in packed {
            guard let left = sum(instance.left), let right = sum(instance.right) else { return nil }
            if left != right { holds = false }
        }
        return holds
    }
}
