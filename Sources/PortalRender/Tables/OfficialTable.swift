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
            // One scrolling region for the table's blocks (二 has four), labelled
            // with its number and title; each block's caption heads its own table.
            var pieces: [Piece] = [.text("<div class=\"table-scroll\" role=\"region\" aria-label=\"\(HTML.escape(table.number + "、" + table.title))\" tabindex=\"0\">\n")]
            for block in table.blocks { OfficialTable.blockHTML(block, table: table, into: &pieces) }
            pieces.append(.text("</div>\n"))
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
                    // cell or row (≈ 1 KB a page).
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

    /// A block's table. Markup that carries nothing is left out (≈ 2.7 KB a
    /// report page): end tags HTML implies (`</th>` and `</td>` before the
    /// next cell or row, `</tr>` before the next row or `</table>`,
    /// `</thead>` before `<tbody>`, `</tbody>` before `</table>`: a row's
    /// line break is then white space at the end of its last cell, which
    /// no browser shows); an id on each block's table that nothing links to
    /// (the section's id is the anchor);
    /// `scope="col"` and `scope="row"`, which HTML's table algorithm gives a
    /// header cell of a header-only row or column anyway (`colgroup` and
    /// `rowgroup` say more, and stay); a visually hidden caption, which said
    /// again what the scrolling region around the table is labelled; and a
    /// region of its own around each of a table's blocks.
    static func blockHTML(_ block: FormBlock, table: FormTable, into pieces: inout [Layout.Piece]) {
        let labelColumns = block.hasRowLabels ? block.rowLabelDepth : 0
        let dataColumns = block.columns.count
        let headerDepth = block.headerDepth
        var out = "<table class=\"official-table table-\(HTML.escape(table.id))\">\n"
        out += "<thead>\n"
        if let caption = block.caption {
            out += "<tr class=\"block-caption\"><th colspan=\"\(labelColumns + dataColumns)\" scope=\"colgroup\">\(HTML.escape(caption))\n"
        }
        // Header rows: level by level through the column tree.
        var level: [ColumnHeader] = block.header
        for depth in 0..<headerDepth {
            out += "<tr>"
            if depth == 0, labelColumns > 0 {
                out += "<th class=\"corner\"\(span("colspan", labelColumns))\(span("rowspan", headerDepth))>\(HTML.escape(block.corner ?? ""))"
            }
            var next: [ColumnHeader] = []
            for node in level {
                switch node {
                case .column(let column):
                    let rowspan = headerDepth - depth
                    out += "<th\(span("rowspan", rowspan))>\(HTML.escape(column.label))"
                case .group(let label, let children):
                    out += "<th scope=\"colgroup\"\(span("colspan", node.leaves.count))>\(HTML.escape(label))"
                    next += children
                }
            }
            out += "\n"
            level = next
        }
        out += "<tbody>\n"
        for path in rowPaths(block.rows) {
            let leaf = path.last!
            out += "<tr>"
            if labelColumns > 0 {
                // A group's label is printed once, on its first data row, spanning all of them.
                for (index, ancestor) in path.dropLast().enumerated() where ancestor.leaves.first?.id == leaf.id {
                    out += "<th scope=\"rowgroup\" class=\"row-group level-\(index + 1)\"\(span("rowspan", ancestor.leaves.count))>\(HTML.escape(ancestor.label))"
                }
                // A row's label needs no class: the theme styles tbody th,
                // and its depth shows in its colspan (28 a page).
                let colspan = labelColumns - (path.count - 1)
                out += "<th\(span("colspan", colspan))>\(HTML.escape(leaf.label))"
            }
            for index in block.columns.indices {
                pieces.append(.text(out))
                out = ""
                pieces.append(.cell(row: leaf.id, column: index))
            }
            out += "\n"
        }
        out += "</table>\n"
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
