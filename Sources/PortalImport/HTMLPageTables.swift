import CLibXML2
import Foundation

/// A page's data tables (and `<div>` tables) as rows, merged cells
/// repeated over the grid cells they cover.
extension HTMLDocumentReader {
    /// A table that lays out the page (it holds another table, or is one
    /// cell) is read as running text, not as a table of the report.
    static func isLayoutTable(_ node: xmlNodePtr) -> Bool {
        var cells = 0
        var nested = false
        walk(node.pointee.children) { element, name in
            if name == "table" { nested = true }
            if name == "td" || name == "th" { cells += 1 }
        }
        return nested || cells <= 1
    }

    /// A table drawn with `<div>`s (`DivTable`): its rows, none merged.
    mutating func readDivTable(_ rows: [[String]]) {
        tableCount += 1
        for (index, cells) in rows.enumerated() {
            blockCount += 1
            lines.append((SourceLine(cells: cells, position: SourcePosition(line: blockCount, table: tableCount, row: index + 1)), false))
        }
    }

    mutating func readTable(_ table: xmlNodePtr) {
        tableCount += 1
        var rows: [[xmlNodePtr]] = []
        Self.walk(table.pointee.children) { element, name in
            guard name == "tr", !Self.isHidden(element) else { return }
            var cells: [xmlNodePtr] = []
            var cell = element.pointee.children
            while let current = cell {
                let cellName = Self.string(current.pointee.name).lowercased()
                if current.pointee.type == XML_ELEMENT_NODE, cellName == "td" || cellName == "th", !Self.isHidden(current) { cells.append(current) }
                cell = current.pointee.next
            }
            rows.append(cells)
        }
        let spans = rows.map { $0.map { (rows: min(max(1, Self.intAttribute($0, "rowspan") ?? 1), 100), columns: min(max(1, Self.intAttribute($0, "colspan") ?? 1), 100)) } }
        // The table is as wide as its widest row prints. A cell merged down is ended before a
        // row whose own cells fill that width: LibreOffice's export writes the official
        // template's 总计 header as rowspan 4 colspan 7, which would push every figure below
        // it seven columns to the right.
        let width = spans.map { $0.reduce(0) { $0 + $1.columns } }.max() ?? 0
        /// Cells merged down from rows above: their columns, text and the last row they cover.
        var above: [(columns: Range<Int>, text: String, lastRow: Int)] = []
        /// Rows that had a cell of chrome: left out when nothing else is in them.
        var chromeRows = Set<Int>()
        for (rowIndex, row) in rows.enumerated() {
            above.removeAll { $0.lastRow < rowIndex }
            let own = spans[rowIndex].reduce(0) { $0 + $1.columns }
            while !above.isEmpty, own + above.reduce(0, { $0 + $1.columns.count }) > width {
                above.removeLast()
            }
            var grid: [String?] = []
            var continued = Set<Int>()
            var fromAbove = Set<Int>()
            for merged in above {
                for c in merged.columns {
                    while grid.count <= c { grid.append(nil) }
                    grid[c] = merged.text
                    fromAbove.insert(c)
                    if c > merged.columns.lowerBound { continued.insert(c) }
                }
            }
            var column = 0
            for (element, span) in zip(row, spans[rowIndex]) {
                while column < grid.count, grid[column] != nil { column += 1 }
                // A cell that is all link or page furniture (上一篇, 【打印】) holds nothing of the report.
                let chrome = Self.isChromeCell(element)
                if chrome { chromeRows.insert(rowIndex) }
                let text = chrome ? "" : Self.text(of: element)
                for c in column..<(column + span.columns) {
                    while grid.count <= c { grid.append(nil) }
                    grid[c] = text
                    if c > column { continued.insert(c) }
                }
                if span.rows > 1 {
                    above.append((column..<(column + span.columns), text, rowIndex + span.rows - 1))
                    above.sort { $0.columns.lowerBound < $1.columns.lowerBound }
                }
                column += span.columns
            }
            // A row with a 发布日期 cell: the whole row's text (the date is the next cell's).
            if chromeRows.contains(rowIndex) { noteDate(row.map { Self.text(of: $0) }.joined(separator: " ")) }
            guard !chromeRows.contains(rowIndex) || grid.contains(where: { !($0 ?? "").isEmpty }) else { continue }
            blockCount += 1
            lines.append((SourceLine(cells: grid.map { $0 ?? "" }, position: SourcePosition(line: blockCount, table: tableCount, row: rowIndex + 1),
                                     spanContinuations: continued, mergedFromAbove: fromAbove), false))
        }
    }

    private static func isChromeCell(_ cell: xmlNodePtr) -> Bool {
        let text = text(of: cell)
        if !text.isEmpty, isChromeLine(text) { return true }
        var outside = false
        var linked = false
        func visit(_ first: xmlNodePtr?, inLink: Bool) {
            var node = first
            while let current = node {
                if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                    if string(current.pointee.content).contains(where: { !$0.isWhitespace }) {
                        if inLink { linked = true } else { outside = true }
                    }
                } else if current.pointee.type == XML_ELEMENT_NODE {
                    let name = string(current.pointee.name).lowercased()
                    if !isUnseen(current, name) { visit(current.pointee.children, inLink: inLink || (name == "a" && hasAttribute(current, "href"))) }
                }
                node = current.pointee.next
            }
        }
        visit(cell.pointee.children, inLink: false)
        return linked && !outside
    }
}
