import CLibXML2
import Foundation

/// Walks a parsed page: block elements become text lines, data tables
/// become rows with `rowspan`/`colspan` cells repeated over the grid cells
/// they cover. Page chrome (navigation, breadcrumbs, share buttons,
/// related links, footers) is left out by element and class names, and
/// the lines only chrome prints (字体【大 中 小】, ICP, 当前位置…) by their text.
struct HTMLDocumentReader {
    /// The lines read, and whether each is all link (kept only when it is a heading).
    private var lines: [(line: SourceLine, linksOnly: Bool)] = []
    /// A link to the report's next page (下一页, `…_2.html`): the page holds part of it.
    private(set) var nextPage: String?
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
    /// Whether the line being read holds an `<img>`.
    private var picture = false
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
            if Self.isUnseen(node, name) { return }
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
            if name == "img" {
                // A picture outside a link is the article's (a linked one is the site's: a banner, a logo).
                if linkDepth == 0 { picture = true; textOutsideLinks = true }
                return
            }
            if name == "a", nextPage == nil, let next = Self.nextPageLink(node) { nextPage = next }
            // A line that is all link (上一篇, 相关阅读, last year's report, a table of contents) is the site's, not the report's.
            let link = name == "a" && Self.hasAttribute(node, "href")
            if link { linkDepth += 1 }
            defer { if link { linkDepth -= 1 } }
            if name == "table", !Self.isLayoutTable(node) { flush(); readTable(node); return }
            if name == "div" || name == "section", let rows = DivTable.rows(of: node) { flush(); readDivTable(rows); return }
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

    /// The lines of the page. A line that is all link (上一篇, 相关阅读, last year's
    /// report, a table of contents) is the site's, not the report's, unless it is
    /// numbered like a section heading (一、总体情况 linked by the CMS), stands
    /// between lines that are not links (an item of a list of links has another
    /// beside it), and no later line prints the same text (a contents entry).
    mutating func finish() -> [SourceLine] {
        flush()
        var later = Set<String>()
        var kept: [SourceLine] = []
        for (index, (line, linksOnly)) in lines.enumerated().reversed() {
            defer { if line.cells == nil { later.insert(line.text) } }
            if linksOnly {
                let besideLinks = (index > 0 && lines[index - 1].linksOnly) || (index + 1 < lines.count && lines[index + 1].linksOnly)
                if besideLinks || later.contains(line.text) || !Self.isNumberedHeading(line.text) { continue }
            }
            kept.append(line)
        }
        return kept.reversed()
    }

    /// 一、总体情况, 第二部分 …, (三) …: how a report numbers its headings.
    private static func isNumberedHeading(_ text: String) -> Bool {
        text.range(of: #"^\s*(第?[一二三四五六七八九十]+(、|部分)|[（(][一二三四五六七八九十]+[)）])"#, options: .regularExpression) != nil
            && text.count <= 60 && !text.contains("年度报告")
    }

    /// The address of a link to the next page of a paged article: 下一页, or a
    /// page number linking to `…_2.html` or `?page=2`.
    private static func nextPageLink(_ node: xmlNodePtr) -> String? {
        guard let href = attribute(node, "href") else { return nil }
        let label = text(of: node).filter { !$0.isWhitespace }
        let paged = href.range(of: #"(_[0-9]{1,2}\.s?html?|[?&](page|pageno|pageindex|p)=[0-9]+)$"#, options: [.regularExpression, .caseInsensitive]) != nil
        if label == "下一页" || label == "下页" { return href }
        if paged, let number = Int(label), (2...99).contains(number) { return href }
        return nil
    }

    private mutating func flush() {
        let text = current.trimmingCharacters(in: .whitespaces)
        let linksOnly = !textOutsideLinks
        let pictured = picture
        current = ""
        textOutsideLinks = false
        picture = false
        guard !text.isEmpty || pictured else { return }
        if Self.isChromeLine(text) { noteDate(text); return }
        blockCount += 1
        var line = SourceLine(text: text, position: SourcePosition(line: blockCount))
        line.holdsPicture = pictured
        lines.append((line, linksOnly))
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

    /// What a reader does not take for the page's text: scripts and the like, deleted
    /// text, and elements hidden by
    /// `hidden` or an inline style (some sites hide characters inside the text
    /// against copying: 23<span style="display:none">9</span>6 reads 236).
    static func isUnseen(_ node: xmlNodePtr, _ name: String) -> Bool {
        skipped.contains(name) || deleted.contains(name) || isHidden(node)
    }

    /// Text struck out as deleted: Word saves a tracked deletion as `<del>` (beside
    /// the `<ins>` that replaced it) and editors strike text out with `<s>`; read,
    /// `<del>263</del><ins>236</ins>` would be 263236.
    private static let deleted: Set<String> = ["del", "s", "strike"]

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if hasAttribute(node, "hidden") { return true }
        guard let style = attribute(node, "style")?.lowercased().filter({ !$0.isWhitespace }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
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
    static func classWords(_ node: xmlNodePtr) -> Set<String> {
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

    /// A table drawn with `<div>`s (`DivTable`): its rows, none merged.
    private mutating func readDivTable(_ rows: [[String]]) {
        tableCount += 1
        for (index, cells) in rows.enumerated() {
            blockCount += 1
            lines.append((SourceLine(cells: cells, position: SourcePosition(line: blockCount, table: tableCount, row: index + 1)), false))
        }
    }

    private mutating func readTable(_ table: xmlNodePtr) {
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

    /// An element's text as a browser shows it. A line break or a block inside
    /// (`<br>`, `<p>`) is a line break, which between two figures is a space: a cell
    /// printing `1<br>0` holds two figures, not 10; between Chinese characters it is nothing.
    /// A superscript is set apart: `236<sup>1</sup>` is a figure and a mark, not 2361.
    static func text(of node: xmlNodePtr) -> String {
        var text = ""
        func visit(_ first: xmlNodePtr?) {
            var node = first
            while let current = node {
                if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                    text += string(current.pointee.content)
                } else if current.pointee.type == XML_ELEMENT_NODE {
                    let name = string(current.pointee.name).lowercased()
                    if name == "br" { text += "\n" }
                    // A superscript is a footnote mark, never a digit of the figure before it.
                    if name == "sup" { text += " " }
                    if !isUnseen(current, name) {
                        let block = blocks.contains(name)
                        if block { text += "\n" }
                        visit(current.pointee.children)
                        if block { text += "\n" }
                    }
                }
                node = current.pointee.next
            }
        }
        visit(node.pointee.children)
        return collapse(text).trimmingCharacters(in: .whitespaces)
    }

    private static func intAttribute(_ node: xmlNodePtr, _ wanted: String) -> Int? {
        attribute(node, wanted).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if string(current.pointee.name).lowercased() == wanted, let value = current.pointee.children?.pointee.content {
                return string(value)
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
            } else if current.pointee.type == XML_ELEMENT_NODE, !isUnseen(current, string(current.pointee.name).lowercased()) {
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
