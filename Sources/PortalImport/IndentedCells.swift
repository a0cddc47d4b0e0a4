/// Tika's text of a page whose cells hold paragraphs on indented lines of
/// their own (`<td>` / `  <p class="MsoNormal">…</p>` / `</td>`, a page pasted
/// from Word): Tika keeps the markup's newlines and spaces, so each cell is a
/// tab alone on its line, its text on the next, indented; one blank line
/// separates a row's cells, two or more end the row.
enum IndentedCells {
    /// The lines with each such row written on its first line as a row a
    /// line (`\t规章\t1\t0\t5`), its other lines left blank (numbers kept);
    /// other text unchanged. Only when most tab-led lines are of that shape.
    static func rowsALine(_ lines: [String]) -> [String] {
        func tabOnly(_ index: Int) -> Bool {
            index + 1 < lines.count && lines[index].hasPrefix("\t") && lines[index].allSatisfy { $0 == "\t" || $0 == " " }
                && lines[index + 1].hasPrefix(" ")
        }
        func blank(_ line: String) -> Bool { !line.hasPrefix("\t") && line.allSatisfy(\.isWhitespace) }
        let starts = lines.indices.filter(tabOnly)
        let led = lines.lazy.filter { $0.hasPrefix("\t") }.count
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
                while next < lines.count, !blank(lines[next]), !lines[next].hasPrefix("\t") {
                    paragraphs.append(lines[next].trimmingCharacters(in: .whitespaces))
                    next += 1
                }
                cells.append(TabLedRow.joined(paragraphs))
                var blanks = 0
                while next < lines.count, blank(lines[next]) { blanks += 1; next += 1 }
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
