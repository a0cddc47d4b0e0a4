import Foundation
import PortalModel

/// One side of an identity, as a person reads it: named terms with their
/// values, e.g. 一 (2) + 二 (1) = 3.
struct Term {
    var name: String
    /// nil when a cell is blank or missing: the identity cannot be verified.
    var value: Decimal?
    var location: SourceLocation?
    /// The cells that are known, added up (a group row's printed sub-rows).
    var known: Decimal = 0
    /// How many of its cells are printed blank.
    var blanks = 0
    /// Whether every cell is blank (a total printed blank).
    var allBlank = false
}

extension Array where Element == Term {
    var sum: Decimal? { lazy.map(\.value).completeSum }

    /// The known cells' sum when nothing is missing (blanks count as
    /// unknown but not negative: the sum is a lower bound).
    var knownSum: Decimal { reduce(0) { $0 + $1.known } }
    var hasBlanks: Bool { contains { $0.blanks > 0 } }

    /// `三（一） (1) + 三（三） (1 + blank)`: each term as far as it is known.
    var partialText: String {
        map { term in
            let shown = term.blanks == 0 ? term.known.plainText : term.allBlank ? "blank" : "\(term.known.plainText) + blank"
            return "\(term.name) (\(shown))"
        }.joined(separator: " + ")
    }

    /// `一 (2) + 二 (1) = 3`, or `三（七） = 3` for a single term.
    var text: String {
        guard let sum else { return "" }
        if count == 1, let first { return "\(first.name) = \(sum.plainText)" }
        return map { "\($0.name) (\($0.value?.plainText ?? "?"))" }.joined(separator: " + ") + " = \(sum.plainText)"
    }
}

/// Names and values of one report table, in the report's own words.
struct TableReader {
    let table: FormTable
    let cells: TableCells
    /// The report prints blanks for zeros (`blankCells: zero`).
    let blanksAreZeros: Bool

    init(_ table: FormTable, report: Report, blanksAreZeros: Bool = false) {
        self.table = table
        self.cells = report.table(table.id) ?? .empty
        self.blanksAreZeros = blanksAreZeros
    }

    /// A cell's number as the checks read it: a blank is unknown, or zero
    /// where the report says it prints blanks for zeros.
    func number(_ cell: Located<CellValue>?) -> Decimal? {
        guard let cell else { return nil }
        return cell.value.number ?? (blanksAreZeros ? 0 : nil)
    }

    /// The block holding a row (or group row) with this id.
    func block(row id: String) -> FormBlock? {
        table.block(containingRow: id)
    }

    /// The block holding a column with this id.
    func block(column id: String) -> FormBlock? {
        table.block(containingColumn: id)
    }

    func cell(row: String, column index: Int) -> Located<CellValue>? {
        guard let values = cells[row], values.indices.contains(index) else { return nil }
        return values[index]
    }

    /// A cell's value without its location: what most checks read, for
    /// every cell of every report.
    func value(row: String, column index: Int) -> CellValue? {
        guard let values = cells[row]?.values, values.indices.contains(index) else { return nil }
        return values[index]
    }

    /// A row (a group row: the sum of its sub-rows) in one column.
    func term(row id: String, column index: Int, in block: FormBlock) -> Term {
        let row = block.row(id)
        let leaves = row?.leaves ?? []
        var sum = PublishedSum()
        for leaf in leaves { sum.add(value(row: leaf.id, column: index), blanksAreZeros: blanksAreZeros) }
        let location = leaves.first.flatMap { cell(row: $0.id, column: index)?.location }
        let unknown = leaves.isEmpty || sum.missing
        return Term(name: row?.ref ?? id, value: unknown ? nil : sum.complete, location: location,
                    known: sum.known, blanks: unknown ? 0 : sum.blanks, allBlank: !unknown && sum.allBlank)
    }

    /// A column in one data row, named by its label alone or, when
    /// `qualified`, with the header group above it.
    func term(column id: String, row: FormRow, in block: FormBlock, qualified: Bool = true) -> Term {
        let index = block.columns.firstIndex { $0.id == id }
        let cell = index.flatMap { self.cell(row: row.id, column: $0) }
        let name = qualified ? columnName(id, in: block) : (block.columns.first { $0.id == id }?.label ?? id)
        let value = number(cell)
        let blank = cell != nil && value == nil
        return Term(name: name, value: value, location: cell?.location, known: value ?? 0, blanks: blank ? 1 : 0, allBlank: blank)
    }

    /// The header group shared by all these columns, when their labels
    /// need it to be told apart from other columns (行政复议 in table 四).
    func sharedGroup(of ids: [String], in block: FormBlock) -> String? {
        let groups = Set(ids.map { block.group(ofColumn: $0) })
        guard groups.count == 1, let group = groups.first.flatMap({ $0 }) else { return nil }
        let ambiguous = ids.contains { id in columnName(id, in: block) != block.columns.first { $0.id == id }?.label }
        return ambiguous ? group : nil
    }

    /// A column's label, with the header group above it when the label
    /// alone is ambiguous (table 四 has three 结果维持 columns).
    func columnName(_ id: String, in block: FormBlock) -> String {
        block.columnName(id)
    }
}

extension TableReader {
    /// Every data row of every report's tables, with its reader and block:
    /// the walk that cell-by-cell checks share.
    static func forEachRow(in portal: Portal, where included: (Report) -> Bool = { _ in true },
                           _ body: (TableReader, FormBlock, FormRow) -> Void) {
        for report in portal.reports where included(report) {
            for table in portal.form(of: report).tables {
                let reader = TableReader(table, report: report)
                for block in table.blocks {
                    for row in block.leafRows { body(reader, block, row) }
                }
            }
        }
    }
}
