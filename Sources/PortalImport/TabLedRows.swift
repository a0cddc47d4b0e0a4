/// Table rows in text whose cells are led by tabs, as Apache Tika writes a
/// table (`XHTMLContentHandler` puts a tab before each `<td>`; `<p>` and
/// `<tr>` end lines). Two shapes: from a Word file, a cell a line, a cell's
/// second paragraph on a line of its own without the tab, a blank line after
/// each row; from a web page, a row a line (`\t规章\t1\t0\t5`), a cell holding
/// paragraphs breaking its row as Word's do (the two shapes in one table).
enum TabLedRows {
    /// A tab-led line holding more than one cell (`\t规章\t1\t0\t5`, a page's row):
    /// text after its leading tabs, then another tab. `\t\t7` is one cell.
    static func isRow(_ line: String) -> Bool {
        line.hasPrefix("\t") && line.drop { $0 == "\t" }.contains("\t")
    }

    /// How many tabs lead a cell in the text's rows: the fewest that lead a row
    /// (a page's own indentation can add one: `\t\t规章\t\t1`).
    static func cellTabs(_ lines: [String]) -> Int {
        lines.filter(isRow).map { $0.prefix { $0 == "\t" }.count }.min() ?? 1
    }

    /// A row-a-line line's cells: each `tabs` tabs lead a cell, so a longer
    /// run of tabs holds blank cells, and one after the last text a blank last cell.
    static func cells(_ line: String, tabs: Int) -> [String] {
        var cells: [String] = []
        var run = 0
        var text = ""
        func close() {
            // The run of tabs before `text`: its last unit leads `text`'s cell, the others are blank cells.
            let units = max(1, run / max(tabs, 1))
            cells += Array(repeating: "", count: units - 1) + [text.trimmingCharacters(in: .whitespaces)]
        }
        for character in line {
            if character == "\t" {
                if !text.isEmpty { close(); text = ""; run = 0 }
                run += 1
            } else {
                text.append(character)
            }
        }
        if !text.isEmpty || run > 0 { close() }
        return cells
    }
}

/// A row of the cell-a-line shape as it is read: each cell's paragraphs.
/// A cell that holds the page's own paragraphs (a Word file framed in a
/// table, a layout table whose cells hold the headings and the tables) is
/// no cell: its paragraphs are lines of text, the cells beside it a row.
struct TabLedRow {
    private var cells: [[(text: String, line: Int)]] = []

    var isEmpty: Bool { cells.isEmpty }

    mutating func startCell(_ text: String, line: Int) {
        cells.append([(text.trimmingCharacters(in: .whitespaces), line)])
    }

    /// A cell's next paragraph (商业 / 企业).
    mutating func continueCell(_ text: String, line: Int) {
        if cells.isEmpty { cells.append([]) }
        cells[cells.count - 1].append((text, line))
    }

    func sourceLines() -> [SourceLine] {
        if isIndentedText { return cells.flatMap { paragraphs($0[...]) } }
        var out: [SourceLine] = []
        var row: [String] = []
        var rowStart = 0
        func flush() {
            if !row.isEmpty { out.append(SourceLine(cells: row, position: SourcePosition(line: rowStart))) }
            row = []
        }
        for cell in cells {
            if holdsParagraphs(cell, alone: cells.count == 1) {
                // A figure, then the page's text: a table's last cell, the heading after the table run
                // into it (a text without its blank lines, which ended the row).
                if let figure = cell.first, CellText.value(figure.text) != nil, !figure.text.isEmpty {
                    if row.isEmpty { rowStart = figure.line }
                    row.append(figure.text)
                    flush()
                    out += paragraphs(cell.dropFirst())
                    continue
                }
                flush()
                out += paragraphs(cell[...])
                continue
            }
            if row.isEmpty { rowStart = cell.first?.line ?? 0 }
            row.append(Self.joined(cell.map(\.text)))
        }
        flush()
        return out
    }

    /// Tab-led lines that are a web page's paragraphs each indented by a tab, not a row (利州区退役军人事务局 2019: every line
    /// led by one, `\t一、总体情况`, `\t2019年,我局严格按照…。`): two cells or more that are each one sentence (a full stop in
    /// running text), and no cell holding a figure. A Word table's cells are labels and figures; a row of sentences and no
    /// figure is none of the form's tables, so its cells read as the page's text lose nothing (its title, its headings gain).
    private var isIndentedText: Bool {
        cells.count >= 3
            && cells.filter { $0.count == 1 && $0[0].text.count >= 12 && $0[0].text.contains("。") }.count >= 2
            && !cells.contains { cell in cell.contains { !$0.text.isEmpty && CellText.value($0.text) != nil } }
    }

    private func paragraphs(_ cell: ArraySlice<(text: String, line: Int)>) -> [SourceLine] {
        cell.filter { !$0.text.isEmpty }.map { SourceLine(text: $0.text, position: SourcePosition(line: $0.line), startsParagraph: true) }
    }

    /// A cell's paragraphs as one text: a label broken in two runs together
    /// (商业 / 企业), two figures stay apart (`1` / `0` is “1 0”, an error for
    /// the mapper to name, never 10).
    static func joined(_ paragraphs: [String]) -> String {
        var text = ""
        for paragraph in paragraphs {
            if let last = text.last, let first = paragraph.first, last.isASCII, first.isASCII,
               last.isLetter || last.isNumber, first.isLetter || first.isNumber {
                text += " "
            }
            text += paragraph
        }
        return text
    }

    /// A cell of paragraphs: more than a wrapped label's few lines, or lines
    /// holding a sentence or a section's heading (a row of one cell holding one
    /// is the page's text too, as a layout table prints its headings).
    private func holdsParagraphs(_ cell: [(text: String, line: Int)], alone: Bool) -> Bool {
        if cell.count > 4 { return true }
        guard cell.count > 1 || alone else { return false }
        return cell.contains { $0.text.contains("。") || $0.text.range(ofPattern: #"^(第)?[一二三四五六七八九十]+(、|部分)"#) != nil }
    }
}
