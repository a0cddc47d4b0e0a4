import PortalModel

/// Why a copied table's row holds fewer cells than the form's row has columns, in the table's own words: a table
/// printed in columns of its own (衡南縣應急管理局 2020: `項目數量 | 處理決定數量` over `行政許可 | 4 | 142`), or a row
/// whose bars mark empty cells that cannot be told for blanks (黄花乡 2019: `行政许可 | 0 | |||`).
extension TableMapper {
    func shortCopiedRow(_ line: RegionLine, row: FormRow, columns: [FormColumn]) -> Diagnostic? {
        guard line.isRow, let cells = line.cells else { return nil }
        let shape = rowShape(row, columns: columns)
        let labelCells = RegionLine.labelCells(cells)
        let after = cells.count - labelCells
        let holds = "\(after) cell\(after == 1 ? "" : "s")"
        let printed = cells.joined(separator: " | ")
        if let heading = ownHeading(above: line.line), heading.columns.count != columns.count {
            return .error(.importCell, at: location(line),
                "\(shape) but \(line.line.position) holds \(holds) after its label (“\(printed)”): the table's own heading row above it (\(heading.position)) prints \(heading.columns.count) column\(heading.columns.count == 1 ? "" : "s"), “\(heading.columns.joined(separator: "”, “"))”, not the form's",
                hint: "the report printed this table in columns of its own, which the importer does not fit to the form's; type its rows into report.yaml from the published report (\"\" for a cell it does not print)")
        }
        // The bars mark empty cells after the figures: blanks, the copy's padding, or the rest of a cell merged over
        // several columns (a section's `第二十条第(五)项 | ||||` prints its one cell so) — which, the bars do not say.
        if let bars = line.line.cellsBarsPrinted, bars > cells.count {
            let barred = bars - labelCells
            let counted = barred == columns.count
                ? "count the form's \(columns.count) columns, but"
                : "count \(barred) cells after its label, not the form's \(columns.count) columns, and"
            return .error(.importCell, at: location(line),
                "\(shape) but \(line.line.position) prints \(holds) after its label (“\(printed)”) and then \(bars - cells.count) empty cells between its bars: the bars \(counted) a figure's cell merged over several columns prints its rest as empty cells too, so which columns are blank cannot be told",
                hint: "check the published table (a figure merged over several columns is printed once for them); type the row into report.yaml as published (\"\" for a blank cell)")
        }
        return nil
    }

    /// The heading row of the block a row stands in (the nearest of the few rows above whose first cell is 信息内容):
    /// its columns' headings, blanks left out.
    private func ownHeading(above line: SourceLine) -> (position: SourcePosition, columns: [String])? {
        guard let index = lines.firstIndex(where: { $0.position == line.position }) else { return nil }
        for above in lines[max(0, index - 4)..<index].reversed() {
            guard let cells = above.cells, let first = cells.first, LabelText(first) == LabelText("信息内容") else { continue }
            return (above.position, cells.dropFirst().filter { !$0.isEmpty })
        }
        return nil
    }
}
