import PortalModel

/// Renders a form table with one report's cells in the official layout:
/// merged header cells, row-label cells spanning their sub-rows, the
/// 勾稽关系 note in the corner. Everything comes from the form definition.
///
/// Tables are built in Swift rather than in a template because rowspans and
/// colspans need arithmetic over the form's trees; the result is escaped
/// HTML with stable class names that the theme's CSS styles.
public enum OfficialTable {
    public static func html(_ table: FormTable, cells: TableCells) -> String {
        Layout(table).html(cells: cells)
    }

    /// A table's HTML with holes for its cells, made once per form: every
    /// report of the form fills the same layout.
    public struct Layout: Sendable {
        enum Piece: Sendable {
            case text(String)
            /// A data cell: its row and the column's position.
            case cell(row: String, column: Int)
        }

        let pieces: [Piece]

        public init(_ table: FormTable) {
            var pieces: [Piece] = []
            for block in table.blocks { OfficialTable.blockHTML(block, table: table, into: &pieces) }
            // Neighbouring text pieces joined: filling is then one append per piece.
            var merged: [Piece] = []
            for piece in pieces {
                if case .text(let next) = piece, case .text(let previous)? = merged.last {
                    merged[merged.count - 1] = .text(previous + next)
                } else {
                    merged.append(piece)
                }
            }
            self.pieces = merged
        }

        public func html(cells: TableCells) -> String {
            var out = ""
            // A row's cells are neighbours in the layout: looked up once for them all.
            var rowID: String?
            var row: CellRow?
            for piece in pieces {
                switch piece {
                case .text(let text): out += text
                case .cell(let id, let column):
                    if id != rowID {
                        rowID = id
                        row = cells[id]
                    }
                    // Cells carry no class or id: 200 of them on every report
                    // page, styled by the table's class (≈ 12 KB a page saved).
                    // Nor an end tag, which HTML leaves out before the next
                    // cell or the row's </tr> (≈ 1 KB a page).
                    guard let row, column < row.count else {
                        out += Self.blank("")
                        continue
                    }
                    if let whole = row.whole(at: column) {
                        // A whole number prints as `Decimal.plainText` prints it, with no character to escape.
                        out += "<td>"
                        out += String(whole)
                        continue
                    }
                    switch row.value(at: column) {
                    case .number(let number):
                        out += "<td>\(HTML.escape(number.plainText))"
                    case .blank(let mark):
                        out += Self.blank(mark)
                    }
                }
            }
            return out
        }

        private static func blank(_ mark: String) -> String {
            "<td class=\"blank\" title=\"原报告此处未填数字\">\(HTML.escape(mark))"
        }
    }

    static func blockHTML(_ block: FormBlock, table: FormTable, into pieces: inout [Layout.Piece]) {
        let labelColumns = block.hasRowLabels ? block.rowLabelDepth : 0
        let dataColumns = block.columns.count
        let headerDepth = block.headerDepth
        var out = "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(HTML.escape(table.number + "、" + table.title + (block.caption.map { " " + $0 } ?? "")))\" tabindex=\"0\">\n"
        out += "<table class=\"official-table table-\(HTML.escape(table.id))\" id=\"\(HTML.escape(table.id))-\(HTML.escape(block.id))\">\n"
        // The section heading shows the title; screen readers also get it on the table.
        out += "<caption class=\"visually-hidden\">\(HTML.escape(table.number + "、" + table.title + (block.caption.map { " " + $0 } ?? "")))</caption>\n"
        out += "<thead>\n"
        if let caption = block.caption {
            out += "<tr class=\"block-caption\"><th colspan=\"\(labelColumns + dataColumns)\" scope=\"colgroup\">\(HTML.escape(caption))</th></tr>\n"
        }
        // Header rows: level by level through the column tree.
        var level: [ColumnHeader] = block.header
        for depth in 0..<headerDepth {
            out += "<tr>"
            if depth == 0, labelColumns > 0 {
                out += "<th class=\"corner\"\(span("colspan", labelColumns))\(span("rowspan", headerDepth)) scope=\"col\">\(HTML.escape(block.corner ?? ""))</th>"
            }
            var next: [ColumnHeader] = []
            for node in level {
                switch node {
                case .column(let column):
                    let rowspan = headerDepth - depth
                    out += "<th scope=\"col\"\(span("rowspan", rowspan))>\(HTML.escape(column.label))</th>"
                case .group(let label, let children):
                    out += "<th scope=\"colgroup\"\(span("colspan", node.leaves.count))>\(HTML.escape(label))</th>"
                    next += children
                }
            }
            out += "</tr>\n"
            level = next
        }
        out += "</thead>\n<tbody>\n"
        for path in rowPaths(block.rows) {
            let leaf = path.last!
            out += "<tr>"
            if labelColumns > 0 {
                // A group's label is printed once, on its first data row, spanning all of them.
                for (index, ancestor) in path.dropLast().enumerated() where ancestor.leaves.first?.id == leaf.id {
                    out += "<th scope=\"rowgroup\" class=\"row-group level-\(index + 1)\"\(span("rowspan", ancestor.leaves.count))>\(HTML.escape(ancestor.label))</th>"
                }
                // A row's label needs no class: the theme styles th[scope=row],
                // and its depth shows in its colspan (28 a page).
                let colspan = labelColumns - (path.count - 1)
                out += "<th scope=\"row\"\(span("colspan", colspan))>\(HTML.escape(leaf.label))</th>"
            }
            for index in block.columns.indices {
                pieces.append(.text(out))
                out = ""
                pieces.append(.cell(row: leaf.id, column: index))
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        pieces.append(.text(out))
    }

    /// Each data row with the chain of group rows above it.
    static func rowPaths(_ rows: [FormRow], ancestors: [FormRow] = []) -> [[FormRow]] {
        rows.flatMap { row in
            row.isGroup ? rowPaths(row.children, ancestors: ancestors + [row]) : [ancestors + [row]]
        }
    }

    private static func span(_ name: String, _ count: Int) -> String {
        count > 1 ? " \(name)=\"\(count)\"" : ""
    }
}
