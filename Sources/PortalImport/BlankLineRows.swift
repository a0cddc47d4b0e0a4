/// Which tables of a Tika text end their rows at blank lines. Tika writes a
/// tab before each `<td>` and ends a line at each `</p>` and `</tr>`, so a row
/// whose cells hold paragraphs (`<td><p>4</p></td>`, Word's and most pasted
/// pages') prints a cell a line and a blank line after the row, while a cell
/// without one (`<td>&nbsp;</td>`, a CMS's blank) stays on the line of the
/// cell after it: `\t\u{A0}\t\u{A0}\t4` is a row's middle, not a row of its
/// own. A page whose cells hold no paragraphs prints a row a line, no blank
/// line between rows; a caption row there (`\t第二十条第（一）项`) is complete.
struct BlankLineRows {
    /// For each line: its table ends rows at blank lines.
    private let blankEnded: [Bool]
    /// For each line: it ends in a lone `&nbsp;` cell of a table whose `&nbsp;` cells
    /// stand inside lines (plain cells, so the line break after one is `</tr>`'s).
    private let endsInPlainBlank: [Bool]

    init(_ lines: [String]) {
        var blankEnded = Array(repeating: false, count: lines.count)
        var endsInPlainBlank = Array(repeating: false, count: lines.count)
        for block in Self.tables(lines) {
            let plainBlanks = block.contains { Self.holdsBlankInside(lines[$0]) }
            let blankEnding = block.filter { plainBlanks && lines[$0].hasPrefix("\t") && Self.endsInBlankCell(lines[$0]) }
            // Blank lines before a row, and cells a line running into the next cell, against rows of a
            // line running into the next row (but where a blank ended it).
            let afterBlank = block.dropFirst().filter { lines[$0].hasPrefix("\t") && Self.isBlank(lines[$0 - 1]) }.count
            let cellsALine = block.dropLast().filter { lines[$0].hasPrefix("\t") && !TabLedRows.isRow(lines[$0]) && lines[$0 + 1].hasPrefix("\t") }.count
            let runOn = block.dropLast().filter { TabLedRows.isRow(lines[$0]) && lines[$0 + 1].hasPrefix("\t") && !blankEnding.contains($0) }.count
            guard afterBlank + cellsALine > runOn else { continue }
            for index in block { blankEnded[index] = true }
            for index in blankEnding { endsInPlainBlank[index] = true }
        }
        self.blankEnded = blankEnded
        self.endsInPlainBlank = endsInPlainBlank
    }

    /// Whether the line's cells go on the open row (rows end at blank lines) rather than make a row.
    func continuesRow(_ index: Int) -> Bool { blankEnded.indices.contains(index) && blankEnded[index] }

    /// Whether the row ends with the line, though no blank line follows (its last cell `<td>&nbsp;</td>`).
    func endsRow(_ index: Int) -> Bool { endsInPlainBlank.indices.contains(index) && endsInPlainBlank[index] }

    /// `&nbsp;` alone in a cell, the next cell's tab after it on the same line.
    private static func holdsBlankInside(_ line: String) -> Bool {
        line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().dropLast().contains(where: isNonBreakingBlank)
    }

    private static func isNonBreakingBlank(_ cell: Substring) -> Bool {
        cell.contains("\u{A0}") && cell.allSatisfy { $0 == "\u{A0}" || $0 == " " }
    }

    private static func endsInBlankCell(_ line: String) -> Bool {
        guard let tab = line.lastIndex(of: "\t") else { return false }
        return isNonBreakingBlank(line[line.index(after: tab)...])
    }

    private static func isBlank(_ line: String) -> Bool { !line.hasPrefix("\t") && line.allSatisfy(\.isWhitespace) }

    /// The text's tables: runs of tab-led lines, the blank line between rows and a cell's
    /// further paragraphs (a line right under a cell's), up to text after a blank line or two
    /// blank lines (`</table>`'s, or a page's blocks: a menu's `<li>`s are tab-led too).
    private static func tables(_ lines: [String]) -> [[Int]] {
        var tables: [[Int]] = []
        var current: [Int] = []
        var inCell = false
        var blanks = 0
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("\t") {
                current.append(index)
                inCell = true
                blanks = 0
            } else if isBlank(line) {
                blanks += 1
                if blanks == 2, !current.isEmpty {
                    tables.append(current)
                    current = []
                } else if !current.isEmpty {
                    current.append(index)
                }
                inCell = false
            } else if inCell {
                current.append(index)
                blanks = 0
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }
}
