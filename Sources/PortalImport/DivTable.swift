import CLibXML2
import Foundation

/// A table a page draws with `<div>`s instead of `<table>` (`class="table"`,
/// `role="table"`, `display: table` or `grid`): a child per row and a grandchild
/// per cell, or a CSS grid whose cells are its children, as many a row as its
/// inline `grid-template-columns` says (`grid-column: span 3` merging across); unmarked, a block
/// holding only lists, a `<ul>` a row and an `<li>` a cell.
enum DivTable {
    /// The rows of cells, or nil when the element is no such table: an article in a
    /// block named `content_table` holds paragraphs, a page laid out with a grid
    /// holds blocks; a table holds a figure.
    static func rows(of node: xmlNodePtr) -> [[String]]? {
        let style = (HTMLDocumentReader.attribute(node, "style") ?? "").lowercased()
        let compact = style.filter { !$0.isWhitespace }
        let children = elementChildren(node)
        // Unmarked, a block of lists only, a row a list and a cell an item (a CMS's table without <table>).
        let lists = children.count >= 2 && children.allSatisfy { ["ul", "ol"].contains(name($0)) }
        guard lists || HTMLDocumentReader.attribute(node, "role")?.lowercased() == "table" || compact.contains("display:table") || compact.contains("display:grid")
                || !HTMLDocumentReader.classWords(node).isDisjoint(with: ["table", "tbl", "grid"]) else { return nil }
        if let columns = gridColumns(style), columns >= 2 { return gridRows(children, columns: columns) }
        guard children.count >= 2, children.allSatisfy({ ["div", "li", "ul", "ol"].contains(name($0)) && !elementChildren($0).isEmpty }),
              children.filter({ elementChildren($0).count >= 2 }).count * 2 >= children.count else { return nil }
        let rows = children.map { elementChildren($0).map(HTMLDocumentReader.text(of:)) }
        return rows.contains { $0.contains(where: CellText.isNumber) } ? rows : nil
    }

    /// A CSS grid of figures with a cell spanning rows: where the browser places the cells after
    /// it cannot be read from the markup, so the grid is neither a table nor a text to read.
    static func holdsCellSpanningRows(_ node: xmlNodePtr) -> Bool {
        let style = (HTMLDocumentReader.attribute(node, "style") ?? "").lowercased()
        guard let columns = gridColumns(style), columns >= 2 else { return false }
        let cells = elementChildren(node)
        return cells.contains(where: spansRows) && cells.contains { CellText.isNumber(HTMLDocumentReader.text(of: $0)) }
    }

    /// A grid's cells in rows of `columns`, each as wide as its `grid-column: span N`.
    private static func gridRows(_ cells: [xmlNodePtr], columns: Int) -> [[String]]? {
        // Cells hold text, not blocks of a page's layout; a cell spanning rows would need the
        // browser's placement algorithm, which the import does not guess at.
        guard cells.count >= columns * 2, !cells.contains(where: spansRows),
              cells.allSatisfy({ elementChildren($0).allSatisfy { !["div", "table", "section", "ul", "ol"].contains(name($0)) } }) else { return nil }
        var rows: [[String]] = []
        var row: [String] = []
        var width = 0
        for cell in cells {
            let span = min(columns, max(1, columnSpan(cell)))
            if width + span > columns { rows.append(row); row = []; width = 0 }
            row.append(HTMLDocumentReader.text(of: cell))
            row += Array(repeating: "", count: span - 1)
            width += span
        }
        if !row.isEmpty { rows.append(row) }
        return rows.contains { $0.contains(where: CellText.isNumber) } ? rows : nil
    }

    /// `grid-template-columns: repeat(4, 1fr)` or `120px 1fr 1fr 1fr`: 4.
    private static func gridColumns(_ style: String) -> Int? {
        guard let declaration = style.split(separator: ";").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("grid-template-columns") }),
              let colon = declaration.firstIndex(of: ":") else { return nil }
        // minmax(100px, 1fr) is one track; repeat(3, 1fr) three; what is left is one a word.
        var value = declaration[declaration.index(after: colon)...].replacing(/minmax\([^)]*\)/, with: "track")
        var count = 0
        for match in value.matches(of: /repeat\(\s*([0-9]+)\s*,([^)]*)\)/) {
            guard let times = Int(match.1) else { return nil }
            count += times * match.2.split(whereSeparator: \.isWhitespace).count
        }
        value = value.replacing(/repeat\([^)]*\)/, with: "")
        guard !value.contains("(") else { return nil }  // auto-fill, fit-content…: the browser decides
        return count + value.split(whereSeparator: \.isWhitespace).count
    }

    private static func columnSpan(_ cell: xmlNodePtr) -> Int {
        let style = (HTMLDocumentReader.attribute(cell, "style") ?? "").lowercased()
        return style.firstMatch(of: /grid-column(?:-end)?\s*:[^;]*span\s+([0-9]+)/).flatMap { Int($0.1) } ?? 1
    }

    private static func spansRows(_ cell: xmlNodePtr) -> Bool {
        let style = (HTMLDocumentReader.attribute(cell, "style") ?? "").lowercased()
        return style.firstMatch(of: /grid-row(?:-end)?\s*:[^;]*span\s+([2-9]|[1-9][0-9])/) != nil
    }

    private static func name(_ node: xmlNodePtr) -> String {
        HTMLDocumentReader.string(node.pointee.name).lowercased()
    }

    private static func elementChildren(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, !HTMLDocumentReader.isHidden(current) { children.append(current) }
            child = current.pointee.next
        }
        return children
    }
}
