import Foundation
import PortalModel

/// Stocks that roll forward between an agency's consecutive reports
/// (rollForwardRules: 上年 现行有效件数 + 本年制发件数 − 本年废止件数 =
/// 本年 现行有效件数), checked on the later report when last year's has the
/// same columns.
enum RollForwardCheck {
    static func run(_ portal: Portal) -> [Diagnostic] {
        CrossYearCheck.consecutiveReports(in: portal).flatMap { previous, current in
            portal.form(of: current).rollForwardRules.flatMap { check($0, current: current, previous: previous, in: portal) }
        }
    }

    private static func check(_ rule: RollForwardRule, current: Report, previous: Report, in portal: Portal) -> [Diagnostic] {
        guard let table = portal.form(of: current).table(rule.table),
              let previousTable = portal.form(of: previous).table(rule.table) else { return [] }
        let now = TableReader(table, report: current, blanksAreZeros: portal.blanksAreZeros(current))
        let before = TableReader(previousTable, report: previous, blanksAreZeros: portal.blanksAreZeros(previous))
        var problems: [Diagnostic] = []
        for id in rule.rows {
            guard let block = now.block(row: id), let row = block.row(id), let previousBlock = before.block(row: id),
                  let previousStock = number(before, previousBlock, row: id, column: rule.stock),
                  let added = number(now, block, row: id, column: rule.added),
                  let removed = number(now, block, row: id, column: rule.removed),
                  let stock = number(now, block, row: id, column: rule.stock),
                  let stockCell = block.columns.firstIndex(where: { $0.id == rule.stock }).flatMap({ now.cell(row: id, column: $0) })
            else { continue }
            let expected = previousStock + added - removed
            guard expected != stock else { continue }
            let label = { (column: String) in block.columns.first { $0.id == column }?.label ?? column }
            problems.append(Diagnostic(rule.severity, rule.id, at: stockCell.location,
                                       "\(row.label): the \(previous.year) report's \(label(rule.stock)) (\(previousStock.plainText)) + \(label(rule.added)) (\(added.plainText)) − \(label(rule.removed)) (\(removed.plainText)) = \(expected.plainText), but \(label(rule.stock)) is \(stock.plainText)",
                                       hint: "\(rule.description); revisions, expiries and documents taken over can explain a difference, otherwise correct whichever figure was mistyped (\(previous.location.path))"))
        }
        return problems
    }

    private static func number(_ reader: TableReader, _ block: FormBlock, row: String, column: String) -> Decimal? {
        guard let index = block.columns.firstIndex(where: { $0.id == column }) else { return nil }
        return reader.number(reader.cell(row: row, column: index))
    }
}
