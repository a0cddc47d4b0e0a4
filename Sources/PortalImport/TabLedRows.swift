/// Table rows in text whose cells are led by tabs, as Apache Tika writes a
/// table (`XHTMLContentHandler` puts a tab before each `<td>`; `<p>` and
/// `<tr>` end lines). Two shapes: from a Word file, a cell a line, a cell's
/// second paragraph on a line of its own without the tab, a blank line after
/// each row; from a web page, a row a line (`\t规章\t1\t0\t5`), its cells'
/// paragraphs run together.
enum TabLedRows {
    /// Tab-led lines holding more cells: the text prints a row a line when
    /// most of its tab-led lines do. Nil for the cell-a-line shape; else how
    /// many tabs lead a cell (a page's own indentation can add one: `\t\t规章\t\t1`).
    static func cellTabs(_ lines: [String]) -> Int? {
        let led = lines.filter { $0.hasPrefix("\t") && $0.contains { !$0.isWhitespace } }
        let rows = led.filter { line in
            let body = line.drop { $0 == "\t" }
            return body.contains("\t") && body.split(separator: "\t").count >= 2
        }
        guard rows.count >= 3, rows.count * 2 >= led.count else { return nil }
        return rows.map { $0.prefix { $0 == "\t" }.count }.min()
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
        var out: [SourceLine] = []
        var row: [String] = []
        var rowStart = 0
        func flush() {
            if !row.isEmpty { out.append(SourceLine(cells: row, position: SourcePosition(line: rowStart))) }
            row = []
        }
        for cell in cells {
            if holdsParagraphs(cell, alone: cells.count == 1) {
                flush()
                out += cell.filter { !$0.text.isEmpty }.map { SourceLine(text: $0.text, position: SourcePosition(line: $0.line), startsParagraph: true) }
                continue
            }
            if row.isEmpty { rowStart = cell.first?.line ?? 0 }
            row.append(cell.map(\.text).joined())
        }
        flush()
        return out
    }

    /// A cell of paragraphs: more than a wrapped label's few lines, or lines
    /// holding a sentence or a section's heading (a row of one cell holding one
    /// is the page's text too, as a layout table prints its headings).
    private func holdsParagraphs(_ cell: [(text: String, line: Int)], alone: Bool) -> Bool {
        if cell.count > 4 { return true }
        guard cell.count > 1 || alone else { return false }
        return cell.contains { $0.text.contains("。") || $0.text.range(of: #"^(第)?[一二三四五六七八九十]+(、|部分)"#, options: .regularExpression) != nil }
    }
}
