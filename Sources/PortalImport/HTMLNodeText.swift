import CLibXML2
import Foundation

/// An element's text, attributes and descendants, as libxml2 gives them.
extension HTMLDocumentReader {
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

    static func intAttribute(_ node: xmlNodePtr, _ wanted: String) -> Int? {
        attribute(node, wanted).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// A picture's address: its `src`, or where a page loads pictures as they come into view (WeChat's articles, many
    /// sites' lazy loading), its `data-src` while `src` is still the placeholder (a `data:` drawing) or none.
    static func pictureSource(_ node: xmlNodePtr) -> String? {
        let source = attribute(node, "src")?.trimmingCharacters(in: .whitespacesAndNewlines)
        let placeholder = source.map { $0.isEmpty || $0.lowercased().hasPrefix("data:image/svg") || $0.lowercased().hasPrefix("data:image/gif") } ?? true
        guard placeholder, let lazy = attribute(node, "data-src") ?? attribute(node, "data-original"), !lazy.isEmpty else { return source }
        return lazy
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
    static func walk(_ first: xmlNodePtr?, _ body: (xmlNodePtr, String) -> Void) {
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

    static func walkText(_ first: xmlNodePtr?, _ body: (String) -> Void) {
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

    /// A text's spacing as the page holds it, for a table typed with spaces: a run of
    /// spaces, tabs or `&nbsp;` is kept (a non-breaking space as a space); a run holding a
    /// line break is the markup's own, one space (nothing between Chinese characters).
    static func spacing(_ text: String) -> String {
        var out = ""
        var run = ""
        func endRun(before next: Character?) {
            defer { run = "" }
            guard !run.isEmpty else { return }
            guard run.contains(where: \.isNewline) else { return out += run.replacingOccurrences(of: "\u{A0}", with: " ") }
            let chinese = !(out.last?.isASCII ?? true) && !(next?.isASCII ?? true)
            if !chinese { out.append(" ") }
        }
        for character in text {
            if character.isWhitespace { run.append(character); continue }
            endRun(before: character)
            out.append(character)
        }
        endRun(before: nil)
        return out
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
