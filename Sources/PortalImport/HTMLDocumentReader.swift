import CLibXML2
import Foundation

/// Walks a parsed page: block elements become text lines, data tables
/// become rows with `rowspan`/`colspan` cells repeated over the grid cells
/// they cover. Page chrome (navigation, breadcrumbs, share buttons,
/// related links, footers) is left out by element and class names, and
/// the lines only chrome prints (字体【大 中 小】, ICP, 当前位置…) by their text.
struct HTMLDocumentReader {
    private var lines: [SourceLine] = []
    private var current = ""
    private var blockCount = 0
    private var tableCount = 0
    /// Inside `<article>` or `<main>`, a `<header>` is the article's own
    /// (its title), not the page's.
    private var articleDepth = 0
    /// The lists being read, innermost last: whether numbered, items so far.
    private var lists: [(ordered: Bool, count: Int)] = []
    /// Inside `<a href>`, and whether the line being read holds text outside links.
    private var linkDepth = 0
    private var textOutsideLinks = false
    /// Page furniture that prints when the page was published (发布日期：…,
    /// `<meta name="PubDate">`): left out of the lines, kept for `PublicationDate`.
    private(set) var pageDates: [String] = []

    private static let skipped: Set<String> = ["head", "script", "style", "nav", "footer", "aside", "form", "select",
                                              "button", "iframe", "noscript", "object", "svg", "template"]
    private static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
                                             "blockquote", "pre", "dd", "dt", "dl", "center", "body", "main", "tr", "td", "th", "caption"]
    /// Class and id words that mark page chrome on government CMS pages.
    private static let chromeWords: Set<String> = ["nav", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "position", "location",
                                                  "footer", "foot", "bottom", "share", "bdshare", "related", "xglj", "xgxx", "links",
                                                  "sidebar", "top", "copyright", "toolbar", "print", "info", "meta", "fontsize"]
    private static let chromeLine = try? NSRegularExpression(pattern:
        #"(字体[:：]?\s*【|【\s*大\s*中\s*小\s*】|ICP备|公网安备|版权所有|主办单位|承办单位|技术支持|网站标识码|网站地图|返回顶部|当前位置|您的位置|分享到|扫一扫|打印本页|关闭窗口|【打印】|【关闭】|^(上一篇|下一篇|相关链接|相关文章|相关阅读|责任编辑|发布日期|发布时间|来源|浏览次数|访问量)[:：]?)"#)

    mutating func read(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let element = child {
            visit(element)
            child = element.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let text = Self.collapse(Self.string(node.pointee.content))
            current += text
            if linkDepth == 0, text.contains(where: { !$0.isWhitespace }) { textOutsideLinks = true }
        case XML_ELEMENT_NODE:
            let name = Self.string(node.pointee.name).lowercased()
            if name == "head" { notePublicationMeta(node.pointee.children) }
            if Self.skipped.contains(name) { return }
            if isChrome(node) {
                var text = ""
                Self.walkText(node.pointee.children) { text += $0 }
                noteDate(text)
                return
            }
            let pageLevel = articleDepth == 0
            if pageLevel, name == "header" || hasClassWord(node, "header") { return }
            let article = name == "article" || name == "main"
            if article { articleDepth += 1 }
            defer { if article { articleDepth -= 1 } }
            if name == "br" { flush(); return }
            // A line that is all link (上一篇, 相关阅读, last year's report, a table of contents) is the site's, not the report's.
            let link = name == "a" && Self.hasAttribute(node, "href")
            if link { linkDepth += 1 }
            defer { if link { linkDepth -= 1 } }
            if name == "table", !Self.isLayoutTable(node) { flush(); readTable(node); return }
            if name == "ol" || name == "ul" { lists.append((ordered: name == "ol", count: 0)) }
            defer { if name == "ol" || name == "ul" { lists.removeLast() } }
            let block = Self.blocks.contains(name)
            if block { flush() }
            if name == "li", var list = lists.popLast() {
                // The browser draws a list's numbers and bullets; the text keeps them as drawn.
                list.count += 1
                current = list.ordered ? "\(list.count). " : "• "
                lists.append(list)
            }
            if let children = node.pointee.children { read(children) }
            if block { flush() }
        default:
            return
        }
    }

    mutating func finish() -> [SourceLine] {
        flush()
        return lines
    }

    private mutating func flush() {
        let text = current.trimmingCharacters(in: .whitespaces)
        let linksOnly = !textOutsideLinks
        current = ""
        textOutsideLinks = false
        guard !text.isEmpty, !linksOnly else { return }
        if Self.isChromeLine(text) { noteDate(text); return }
        blockCount += 1
        lines.append(SourceLine(text: text, position: SourcePosition(line: blockCount)))
    }

    /// Chrome by its class words, unless it holds the report: CMS pages also
    /// wrap the article in `news_info`, `print_area`… A block of chrome is short
    /// and holds no table of figures.
    private func isChrome(_ node: xmlNodePtr) -> Bool {
        guard !Self.classWords(node).isDisjoint(with: Self.chromeWords) else { return false }
        var length = 0
        Self.walkText(node.pointee.children) { length += $0.count }
        return length < Self.longestChrome && Self.figureCells(node.pointee.children, atMost: 2) < 2
    }

    /// How many table cells below `first` hold a figure, counting up to `limit`.
    private static func figureCells(_ first: xmlNodePtr?, atMost limit: Int) -> Int {
        var count = 0
        var node = first
        while let element = node, count < limit {
            if element.pointee.type == XML_ELEMENT_NODE {
                let name = string(element.pointee.name).lowercased()
                if name == "td" || name == "th" {
                    if CellText.isNumber(text(of: element)) { count += 1 }
                } else {
                    count += figureCells(element.pointee.children, atMost: limit - count)
                }
            }
            node = element.pointee.next
        }
        return count
    }

    /// More text than any navigation bar, footer or list of links holds.
    private static let longestChrome = 2_000

    private static func hasAttribute(_ node: xmlNodePtr, _ wanted: String) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            if string(current.pointee.name).lowercased() == wanted { return true }
            attribute = current.pointee.next
        }
        return false
    }

    private func hasClassWord(_ node: xmlNodePtr, _ word: String) -> Bool {
        Self.classWords(node).contains(word)
    }

    /// The words of an element's class and id (`site-header` → site, header).
    private static func classWords(_ node: xmlNodePtr) -> Set<String> {
        var words = Set<String>()
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = string(current.pointee.name).lowercased()
            if name == "class" || name == "id", let value = current.pointee.children?.pointee.content {
                words.formUnion(string(value).lowercased().split { !$0.isLetter }.map(String.init))
            }
            attribute = current.pointee.next
        }
        return words
    }

    /// Keeps chrome text that names a publication or writing date.
    private mutating func noteDate(_ text: String) {
        let text = Self.collapse(text)
        if (PublicationDate.publishedLabels + PublicationDate.writtenLabels).contains(where: text.contains) { pageDates.append(text) }
    }

    /// `<meta name="PubDate" content="2023-01-28 10:00">`, as government CMSs write it.
    private mutating func notePublicationMeta(_ first: xmlNodePtr?) {
        Self.walk(first) { element, name in
            guard name == "meta", let meta = Self.attribute(element, "name")?.lowercased(),
                  ["pubdate", "publishdate", "articlepubdate", "firstpublishedtime", "publishtime"].contains(meta),
                  let content = Self.attribute(element, "content") else { return }
            pageDates.append("发布日期：\(content)")
        }
    }

    private static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if string(current.pointee.name).lowercased() == wanted {
                return current.pointee.children?.pointee.content.map { string($0) }
            }
            attribute = current.pointee.next
        }
        return nil
    }

    private static func isChromeLine(_ text: String) -> Bool {
        chromeLine?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    // MARK: tables

    /// A table that lays out the page (it holds another table, or is one
    /// cell) is read as running text, not as a table of the report.
    private static func isLayoutTable(_ node: xmlNodePtr) -> Bool {
        var cells = 0
        var nested = false
        walk(node.pointee.children) { element, name in
            if name == "table" { nested = true }
            if name == "td" || name == "th" { cells += 1 }
        }
        return nested || cells <= 1
    }

    private mutating func readTable(_ table: xmlNodePtr) {
        tableCount += 1
        var rows: [xmlNodePtr] = []
        Self.walk(table.pointee.children) { element, name in if name == "tr" { rows.append(element) } }
        var grid: [[String?]] = []
        /// Grid cells that repeat a cell spanning columns from the left.
        var continued: [Set<Int>] = []
        /// Grid cells that repeat a cell spanning rows from above.
        var fromAbove: [Set<Int>] = []
        /// Rows that had a cell of chrome: left out when nothing else is in them.
        var chromeRows = Set<Int>()
        var datedRows = Set<Int>()
        for (rowIndex, row) in rows.enumerated() {
            if grid.count <= rowIndex { grid.append([]) }
            var column = 0
            var cell = row.pointee.children
            while let element = cell {
                cell = element.pointee.next
                let name = Self.string(element.pointee.name).lowercased()
                guard element.pointee.type == XML_ELEMENT_NODE, name == "td" || name == "th" else { continue }
                while column < grid[rowIndex].count, grid[rowIndex][column] != nil { column += 1 }
                // A cell that is all link or page furniture (上一篇, 【打印】) holds nothing of the report.
                let chrome = Self.isChromeCell(element)
                if chrome { chromeRows.insert(rowIndex); datedRows.insert(rowIndex) }
                let text = chrome ? "" : Self.text(of: element)
                let rowspan = min(max(1, Self.intAttribute(element, "rowspan") ?? 1), 100)
                let colspan = min(max(1, Self.intAttribute(element, "colspan") ?? 1), 100)
                for r in rowIndex..<(rowIndex + rowspan) {
                    while grid.count <= r { grid.append([]) }
                    while continued.count <= r { continued.append([]) }
                    while fromAbove.count <= r { fromAbove.append([]) }
                    for c in column..<(column + colspan) {
                        while grid[r].count <= c { grid[r].append(nil) }
                        grid[r][c] = text
                        if c > column { continued[r].insert(c) }
                        if r > rowIndex { fromAbove[r].insert(c) }
                    }
                }
                column += colspan
            }
        }
        // A row with a 发布日期 cell: the whole row's text (the date is the next cell's).
        for index in datedRows.sorted() {
            var text = ""
            Self.walkText(rows[index].pointee.children) { text += $0 + " " }
            noteDate(text)
        }
        for (index, row) in grid.prefix(rows.count).enumerated() where !chromeRows.contains(index) || row.contains(where: { !($0 ?? "").isEmpty }) {
            blockCount += 1
            lines.append(SourceLine(cells: row.map { $0 ?? "" }, position: SourcePosition(line: blockCount, table: tableCount, row: index + 1),
                                    spanContinuations: index < continued.count ? continued[index] : [],
                                    mergedFromAbove: index < fromAbove.count ? fromAbove[index] : []))
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
                    if !skipped.contains(name) { visit(current.pointee.children, inLink: inLink || (name == "a" && hasAttribute(current, "href"))) }
                }
                node = current.pointee.next
            }
        }
        visit(cell.pointee.children, inLink: false)
        return linked && !outside
    }

    private static func text(of node: xmlNodePtr) -> String {
        var parts: [String] = []
        walkText(node.pointee.children) { parts.append($0) }
        return collapse(parts.joined()).trimmingCharacters(in: .whitespaces)
    }

    private static func intAttribute(_ node: xmlNodePtr, _ wanted: String) -> Int? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if string(current.pointee.name).lowercased() == wanted, let value = current.pointee.children?.pointee.content {
                return Int(string(value).trimmingCharacters(in: .whitespaces))
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Every element below `first` (and its siblings), depth first, not
    /// descending into nested tables' rows twice.
    private static func walk(_ first: xmlNodePtr?, _ body: (xmlNodePtr, String) -> Void) {
        var node = first
        while let element = node {
            if element.pointee.type == XML_ELEMENT_NODE {
                let name = string(element.pointee.name).lowercased()
                body(element, name)
                if name != "table" { walk(element.pointee.children, body) }
            }
            node = element.pointee.next
        }
    }

    private static func walkText(_ first: xmlNodePtr?, _ body: (String) -> Void) {
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                body(string(current.pointee.content))
            } else if current.pointee.type == XML_ELEMENT_NODE, !skipped.contains(string(current.pointee.name).lowercased()) {
                walkText(current.pointee.children, body)
            }
            node = current.pointee.next
        }
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        string(UnsafePointer(pointer))
    }

    /// HTML whitespace as a browser shows it: a run is one space, except a
    /// line break between Chinese characters, which is nothing.
    static func collapse(_ text: String) -> String {
        var out = ""
        var pending: (space: Bool, newline: Bool) = (false, false)
        for character in text {
            if character.isWhitespace {
                pending.space = true
                if character.isNewline { pending.newline = true }
                continue
            }
            if pending.space {
                let chinese = !(out.last?.isASCII ?? true) && !character.isASCII
                if !(pending.newline && chinese) { out.append(" ") }
                pending = (false, false)
            }
            out.append(character)
        }
        if pending.space { out.append(" ") }
        return out
    }
}
