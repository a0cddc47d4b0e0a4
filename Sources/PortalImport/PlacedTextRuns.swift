import CLibXML2
import Foundation

/// The runs of text a web page places by coordinates (`PlacedTextPage`):
/// elements whose own `style` says `position:absolute` with a `top` and a
/// `left`, numbered by the `position:relative` block (a page) they stand in,
/// and the letters the page prints elsewhere, to tell a placed document from
/// a flowing page with a positioned banner.
struct HTMLRuns {
    var runs: [(run: PlacedTextPage.Run, classes: [String], page: Int)] = []
    /// The non-space characters outside the runs (scripts and styles aside).
    var otherLetters = 0
    /// The text of the page's `<style>` elements.
    var styles: [String] = []
    private var pagesSeen = 0
    /// A positioned element holds blocks: the page is laid out in layers, not placed text.
    var laidOutInLayers = false

    private static let blockNames: Set<String> = ["p", "div", "table", "ul", "ol", "li", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"]

    private static func holdsBlocks(_ element: xmlNodePtr) -> Bool {
        var child = element.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, blockNames.contains(PlacedTextPage.name(node)) || holdsBlocks(node) { return true }
            child = node.pointee.next
        }
        return false
    }

    mutating func read(_ element: xmlNodePtr, page: Int) {
        let name = PlacedTextPage.name(element)
        if name == "script" || name == "noscript" { return }
        if name == "style" {
            if let content = xmlNodeGetContent(element) {
                styles.append(String(cString: content))
                free(content)
            }
            return
        }
        let style = Self.declarations(PlacedTextPage.attribute(element, "style") ?? "")
        if style["position"] == "absolute", let top = style["top"].flatMap(Self.pixels), let left = style["left"].flatMap(Self.pixels),
           let content = xmlNodeGetContent(element) {
            defer { free(content) }
            let text = String(cString: content)
            guard text.contains(where: { !$0.isWhitespace }) else { return }
            // A positioned block holding paragraphs or a table lays out a page (an old site's
            // layers), it is no run of text: such a page flows inside its blocks.
            if Self.holdsBlocks(element) { laidOutInLayers = true }
            let classes = (PlacedTextPage.attribute(element, "class") ?? "").split(separator: " ").map(String.init)
            runs.append((.init(text: text, left: left, middle: top, size: style["font-size"].flatMap(Self.pixels) ?? 0), classes, page))
            return
        }
        var page = page
        if style["position"] == "relative" {
            pagesSeen += 1
            page = pagesSeen
        }
        var child = element.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                read(node, page: page)
            } else if node.pointee.type == XML_TEXT_NODE, let content = xmlNodeGetContent(node) {
                otherLetters += String(cString: content).count { !$0.isWhitespace }
                free(content)
            }
            child = node.pointee.next
        }
    }

    /// `top:12px; LEFT: 3px` → ["top": "12px", "left": "3px"].
    static func declarations(_ text: String) -> [String: String] {
        var found: [String: String] = [:]
        for declaration in text.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            found[parts[0].trimmingCharacters(in: .whitespaces).lowercased()] = parts[1].trimmingCharacters(in: .whitespaces).lowercased()
        }
        return found
    }

    /// A length in CSS pixels: `12px`, `12` or `9pt` (a point is 4/3 px).
    static func pixels(_ value: String) -> Double? {
        let value = value.replacingOccurrences(of: "!important", with: "").trimmingCharacters(in: .whitespaces)
        let (number, scale): (Substring, Double) = value.hasSuffix("px") ? (value.dropLast(2), 1)
            : value.hasSuffix("pt") ? (value.dropLast(2), 4.0 / 3) : (Substring(value), 1)
        guard let parsed = Double(number.trimmingCharacters(in: .whitespaces)), parsed.isFinite, abs(parsed) < 100_000 else { return nil }
        return parsed * scale
    }
}

/// The font sizes a page's style sheet gives its classes (`.ft10{font-size:19px;…}`, as pdftohtml writes them).
struct CSSClassSizes {
    private var sizes: [String: Double] = [:]

    init(_ styles: [String]) {
        for style in styles {
            for rule in style.split(separator: "}") {
                let parts = rule.split(separator: "{", maxSplits: 1)
                guard parts.count == 2, let size = HTMLRuns.declarations(String(parts[1]))["font-size"].flatMap(HTMLRuns.pixels), size > 0 else { continue }
                for selector in parts[0].split(separator: ",") {
                    // `.ft10` or `p.ft10`: the class's name after its dot.
                    guard let dot = selector.lastIndex(of: ".") else { continue }
                    let name = selector[selector.index(after: dot)...].trimmingCharacters(in: .whitespacesAndNewlines)
                    if !name.isEmpty, !name.contains(" ") { sizes[name] = size }
                }
            }
        }
    }

    /// The size of `className` used on `page`. pdftohtml names a font's class by the page it
    /// first appears on and its number (`.ft413`: page 4, font 13) and defines it only there:
    /// page 5 prints that font as `ft513`, defined nowhere, so an earlier page's is looked for.
    func size(of className: String, page: Int) -> Double? {
        if let size = sizes[className] { return size }
        let letters = className.prefix { $0.isLetter }
        let rest = className.dropFirst(letters.count)
        guard page > 1, !letters.isEmpty, rest.hasPrefix(String(page)) else { return nil }
        let font = rest.dropFirst(String(page).count)
        guard !font.isEmpty, font.allSatisfy(\.isNumber) else { return nil }
        return (1..<page).reversed().lazy.compactMap { sizes["\(letters)\($0)\(font)"] }.first
    }

    /// The middle of the sizes named, for a run whose class names none.
    var typical: Double? {
        let all = sizes.values.sorted()
        return all.isEmpty ? nil : all[all.count / 2]
    }
}
