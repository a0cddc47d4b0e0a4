/// Tika's text of a page whose cells hold paragraphs on indented lines of
/// their own (`<td>` / `  <p class="MsoNormal">…</p>` / `</td>`, a page pasted
/// from Word): Tika keeps the markup's newlines and spaces, so each cell is a
/// tab alone on its line, its text on the next, indented; one blank line
/// separates a row's cells, two or more end the row. LibreOffice's HTML export
/// indents its markup with tabs, which Tika keeps the same way: `\t\t\t` for
/// the `<td>`, `\t\t\t规章` for its text, `\t\t` and `\t` alone for the
/// indentation of `</td>` and `<tr>` between the blank lines.
enum IndentedCells {
    /// The lines with each such row written on its first line as a row a
    /// line (`\t规章\t1\t0\t5`), its other lines left blank (numbers kept);
    /// other text unchanged. Only when most tab-led lines are of that shape.
    static func rowsALine(_ lines: [String]) -> [String] {
        func hasText(_ line: String) -> Bool { line.contains { !$0.isWhitespace } }
        func tabs(_ line: String) -> Int { line.prefix { $0 == "\t" }.count }
        /// A `<td>`'s line: a tab alone (LibreOffice's export: the markup's tabs too), the cell's text on the next line,
        /// indented by spaces, or by as many tabs (LibreOffice's, never a Word cell's: `\t` then `\t0` is a blank then a 0).
        func tabOnly(_ index: Int) -> Bool {
            guard index + 1 < lines.count, lines[index].hasPrefix("\t"), !hasText(lines[index]) else { return false }
            let next = lines[index + 1]
            return next.hasPrefix(" ") || (tabs(lines[index]) >= 2 && hasText(next) && tabs(next) >= tabs(lines[index]))
        }
        let starts = lines.indices.filter(tabOnly)
        let texts = Set(starts.map { $0 + 1 })
        // Cells of other shapes: tab-led lines of text that no `<td>` line stands over.
        let led = starts.count + lines.indices.filter { lines[$0].hasPrefix("\t") && hasText(lines[$0]) && !texts.contains($0) }.count
        guard starts.count >= 5, starts.count * 10 >= led * 9 else { return lines }
        var out = lines
        var index = 0
        while index < lines.count {
            guard tabOnly(index) else { index += 1; continue }
            let first = index
            var cells: [String] = []
            while tabOnly(index) {
                var paragraphs = [lines[index + 1].trimmingCharacters(in: .whitespaces)]
                var next = index + 2
                // The cell's further paragraphs, up to the blank line after it.
                while next < lines.count, hasText(lines[next]), !lines[next].hasPrefix("\t") {
                    paragraphs.append(lines[next].trimmingCharacters(in: .whitespaces))
                    next += 1
                }
                cells.append(TabLedRow.joined(paragraphs))
                // Blank lines, and the markup's indentation alone (`\t\t` before `</td>`, `\t` around `<tr>`):
                // one blank line between a row's cells, two or more after the row.
                var blanks = 0
                while next < lines.count, !hasText(lines[next]), !tabOnly(next) {
                    if !lines[next].hasPrefix("\t") { blanks += 1 }
                    next += 1
                }
                for line in index..<next { out[line] = "" }
                index = next
                if blanks != 1 { break }
            }
            // A row of one cell (a caption's) stays a cell a line: no tab follows its text.
            out[first] = "\t" + cells.joined(separator: "\t")
        }
        return out
    }
}
