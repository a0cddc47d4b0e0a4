import PortalModel

/// A table whose row breaks were lost: a Tika text saved with its blank
/// lines removed (Tika ends a Word table's rows at blank lines) reaches the
/// mapper as one row holding all the table's cells. The form still tells
/// its rows: where a cell is a row's label, that row takes as many cells
/// after it as its block has columns, and the cells before it since the
/// last row (blank merged cells, its group's label, a block's headings).
enum GluedRows {
    /// The line as the rows it holds; the line itself when it holds one row's
    /// label or fewer, or when its cells do not fall into rows that way.
    static func split(_ line: SourceLine, table: FormTable) -> [SourceLine] {
        guard let cells = line.cells, labelled(cells, table: table).count >= 2 else { return [line] }
        var rows: [SourceLine] = []
        var start = 0
        var index = 0
        var used = Set<String>()
        while index < cells.count {
            guard let (block, row) = leafRow(labelled: cells[index], table: table), !used.contains(row.id) else {
                index += 1
                continue
            }
            let end = index + block.columns.count
            guard end < cells.count, cells[(index + 1)...end].allSatisfy({ CellText.value($0) != nil }) else { return [line] }
            used.insert(row.id)
            rows.append(SourceLine(cells: Array(cells[start...end]), position: line.position))
            start = end + 1
            index = end + 1
        }
        // What follows the last row (a footnote row, a header of no row): kept, for the mapper to judge.
        if start < cells.count { rows.append(SourceLine(cells: Array(cells[start...]), position: line.position)) }
        return rows
    }

    /// Whether the line still holds the labels of two rows or more after `split`: its
    /// rows ran together and could not be told apart again.
    static func isGlued(_ line: SourceLine, table: FormTable) -> Bool {
        guard let cells = line.cells else { return false }
        return labelled(cells, table: table).count >= 2
    }

    /// The rows of the table whose labels stand in the cells, each once.
    private static func labelled(_ cells: [String], table: FormTable) -> Set<String> {
        Set(cells.compactMap { leafRow(labelled: $0, table: table)?.row.id })
    }

    /// The table's row this cell is the label of: its label or an alias as printed, numbering aside
    /// when enough is left to tell (四 characters, as the mapper's label search).
    private static func leafRow(labelled cell: String, table: FormTable) -> (block: FormBlock, row: FormRow)? {
        guard CellText.value(cell) == nil else { return nil }
        let printed = LabelText(cell)
        let core = LabelText.core(of: cell)
        return table.leafRows.first { _, row in
            ([row.label] + row.aliases).contains { wording in
                LabelText(wording) == printed || (core.characters.count >= 4 && LabelText.core(of: wording) == core)
            }
        }
    }
}
