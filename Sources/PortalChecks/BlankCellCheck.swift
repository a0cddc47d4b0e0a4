import PortalModel

/// A blank or "-" cell is kept as published, but it is a finding: no
/// identity that uses it can be verified. One warning per row; a table
/// with no number at all (a report just started with `portal new report`)
/// is one warning for the whole table, not one per row.
enum BlankCellCheck {
    static let blankCell = Rule("blank-cell", .warning, .check, "a blank or “-” cell, kept as published: the identities that use it cannot be verified, so they are skipped")

    static func run(_ portal: Portal) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // A report that prints blanks for zeros (`blankCells: zero`) has declared what they mean.
        // Nearly every report holds only figures (no blank or mark): no cell of theirs to look at.
        for report in portal.reports where !report.cells.holdsOnlyFitFigures && !portal.blanksAreZeros(report) {
            for table in portal.form(of: report).tables {
                let reader = TableReader(table, report: report)
                var rows: [Diagnostic] = []
                var cells = 0, blank = 0
                for (block, row) in table.leafRows {
                    cells += block.columns.count
                    guard let (count, warning) = warning(row, in: block, reader) else { continue }
                    blank += count
                    rows.append(warning)
                }
                if cells > 1, blank == cells, let first = rows.first,
                   let firstRef = table.leafRows.first?.row.ref, let lastRef = table.leafRows.last?.row.ref {
                    let extent = table.leafRows.count == 1 ? "all \(cells) cells" : "all \(table.leafRows.count) rows (\(firstRef) to \(lastRef)), \(cells) cells,"
                    problems.append(.warning(Self.blankCell, at: first.location,
                                             "table \(table.number)、\(table.title) is blank throughout: \(extent) hold no number; none of its identities can be verified",
                                             hint: "fill in every row from the published report; keep a cell blank only where the report printed nothing"))
                } else {
                    problems += rows
                }
            }
        }
        return problems
    }

    /// The warning for one row's blank cells, with how many there are.
    private static func warning(_ row: FormRow, in block: FormBlock, _ reader: TableReader) -> (Int, Diagnostic)? {
        let blanks = block.columns.enumerated().compactMap { index, column -> (String, Located<CellValue>)? in
            guard case .blank? = reader.value(row: row.id, column: index), let cell = reader.cell(row: row.id, column: index) else { return nil }
            return (reader.columnName(column.id, in: block), cell)
        }
        guard let first = blanks.first else { return nil }
        let list = blanks.map { name, cell in "\(name) “\(cell.value.display)”" }.joined(separator: ", ")
        return (blanks.count, .warning(Self.blankCell, at: first.1.location,
                                       "\(row.ref) has \(blanks.count == 1 ? "a blank cell" : "\(blanks.count) blank cells") as published (\(list)); the identities that use \(blanks.count == 1 ? "it" : "them") cannot be verified",
                                       hint: "keep it blank if the report printed nothing; write the number if the report gives it"))
    }
}
