import PortalModel

/// A table whose row breaks were lost: a Tika text saved with its blank
/// lines removed (Tika ends a Word table's rows at blank lines) reaches the
/// mapper as one row holding all the table's cells. The form still tells
/// its rows: where a cell is a row's label, that row takes as many cells
/// after it as its block has columns, and the cells before it since the
/// last row (blank merged cells, its group's label, a block's headings).
struct GluedRows {
    /// The table's row labels as compared (each wording's label text, and its core when specific enough), once a table.
    private let wordings: [(printed: LabelText, core: LabelText?, block: FormBlock, row: FormRow)]

    init(_ table: FormTable) {
        wordings = table.leafRows.flatMap { block, row in
            ([row.label] + row.aliases).map { wording in
                let core = LabelText.core(of: wording)
                return (LabelText(wording), core.characters.count >= 4 ? core : nil, block, row)
            }
        }
    }

    /// The line as the rows it holds; the line itself when it holds one row's
    /// label or fewer, or when its cells do not fall into rows that way.
    func split(_ line: SourceLine) -> [SourceLine] {
        guard let cells = line.cells, let rows = leafRows(cells) else { return [line] }
        var out: [SourceLine] = []
        var start = 0
        var index = 0
        var used = Set<String>()
        while index < cells.count {
            guard let (block, row) = rows[index], !used.contains(row.id) else {
                index += 1
                continue
            }
            let end = index + block.columns.count
            guard end < cells.count, cells[(index + 1)...end].allSatisfy({ CellText.value($0) != nil }) else { return [line] }
            used.insert(row.id)
            out.append(SourceLine(cells: Array(cells[start...end]), position: line.position))
            start = end + 1
            index = end + 1
        }
        // What follows the last row (a footnote row, a header of no row): kept, for the mapper to judge.
        if start < cells.count { out.append(SourceLine(cells: Array(cells[start...]), position: line.position)) }
        return out
    }

    /// Whether the line still holds the labels of two rows or more after `split`: its
    /// rows ran together and could not be told apart again.
    func isGlued(_ line: SourceLine) -> Bool {
        line.cells.map { leafRows($0) != nil } ?? false
    }

    /// Each cell's row, when the cells hold the labels of two rows or more; nil otherwise.
    /// A row holds figures: a line without any (a header) is never glued rows.
    /// Every line of every table comes through here, twice: each cell is valued once.
    private func leafRows(_ cells: [String]) -> [(block: FormBlock, row: FormRow)?]? {
        guard cells.count >= 3 else { return nil }
        let values = cells.map(CellText.value)
        guard values.count(where: { $0 == nil }) >= 2, values.contains(where: { $0?.number != nil }) else { return nil }
        let rows = zip(cells, values).map { cell, value in value == nil ? leafRow(labelled: cell) : nil }
        return Set(rows.compactMap { $0?.row.id }).count >= 2 ? rows : nil
    }

    /// The table's row this cell is the label of: its label or an alias as printed, numbering aside
    /// when enough is left to tell (四 characters, as the mapper's label search).
    private func leafRow(labelled cell: String) -> (block: FormBlock, row: FormRow)? {
        let printed = LabelText(cell)
        let core = LabelText.core(of: cell)
        return wordings.first { $0.printed == printed || (core.characters.count >= 4 && $0.core == core) }.map { ($0.block, $0.row) }
    }
}
