import CLibXML2
import Foundation

/// Word's automatic numbering (word/numbering.xml): a paragraph that is an
/// item of a numbered list prints a number its text does not hold — 一、
/// before 总体情况, 1. before a problem, （一） before a sub-heading. The
/// reader sees the number, so the import writes it: without it the
/// narrative loses its numbering and the items run together.
struct WordNumbering {
    /// One level of a list: where it starts, how its number is written
    /// (decimal, chineseCounting…) and the text around it (`%1、`, `（%1）`).
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
    }

    /// Levels by abstract list id, then by level.
    private var abstractLevels: [String: [Int: Level]] = [:]
    /// List instance (`w:numId`) → its abstract list and any restarts.
    private var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// Paragraph styles that number their paragraphs (headings numbered by their style).
    private var styleNumbering: [String: (numID: String, level: Int)] = [:]
    /// The current count of each level, per list instance.
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    /// Reads numbering.xml and styles.xml (either may be missing: no numbering).
    init(numbering: Data?, styles: Data?) {
        if let numbering { Self.parse(numbering) { readNumbering($0) } }
        if let styles { Self.parse(styles) { readStyles($0) } }
    }

    /// The number a paragraph prints: `numID`/`level` from its own
    /// `w:numPr`, else from its style. Advances the count.
    mutating func label(numID: String?, level: Int?, style: String?) -> String? {
        let fromStyle = style.flatMap { styleNumbering[$0] }
        guard let id = numID ?? fromStyle?.numID, id != "0", let instance = instances[id],
              let levels = abstractLevels[instance.abstract] else { return nil }
        let level = min(max(level ?? fromStyle?.level ?? 0, 0), 8)
        guard let format = levels[level], format.format != "bullet", format.format != "none", !format.text.isEmpty else { return nil }
        var counts = counters[id] ?? [:]
        let start = { (level: Int) in instance.starts[level] ?? levels[level]?.start ?? 1 }
        counts[level] = counts[level].map { $0 + 1 } ?? start(level)
        // A higher item starts the deeper levels again.
        for deeper in (level + 1)...9 { counts[deeper] = nil }
        counters[id] = counts
        var text = format.text
        for shown in (0...level).reversed() {
            let value = counts[shown] ?? start(shown)
            text = text.replacingOccurrences(of: "%\(shown + 1)", with: Self.render(value, levels[shown]?.format ?? "decimal"))
        }
        return text
    }

    static func render(_ value: Int, _ format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "taiwaneseCounting":
            return chinese(value)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(value) ? String(Character(Unicode.Scalar(0x2460 + UInt32(value - 1))!)) : String(value)
        case "lowerLetter", "upperLetter":
            let letter = String(Character(Unicode.Scalar(UInt8(97 + (value - 1) % 26))))
            return format == "upperLetter" ? letter.uppercased() : letter
        case "lowerRoman", "upperRoman":
            let roman = romanNumeral(value)
            return format == "upperRoman" ? roman.uppercased() : roman
        default:
            return String(value)
        }
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九.
    static func chinese(_ value: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return String(digits[value]) }
        let tens = value / 10, units = value % 10
        return (tens == 1 ? "" : String(digits[tens])) + "十" + (units == 0 ? "" : String(digits[units]))
    }

    private static func romanNumeral(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value, out = ""
        for (amount, symbol) in table { while rest >= amount { out += symbol; rest -= amount } }
        return out
    }

    // MARK: reading the parts

    private mutating func readNumbering(_ root: xmlNodePtr) {
        for node in Self.children(root) {
            switch XMLPart.qualifiedName(node) {
            case "w:abstractNum":
                guard let id = Self.value(node, "w:abstractNumId") else { continue }
                var levels: [Int: Level] = [:]
                for level in Self.children(node) where XMLPart.qualifiedName(level) == "w:lvl" {
                    guard let index = Self.value(level, "w:ilvl").flatMap(Int.init) else { continue }
                    var read = Level()
                    for part in Self.children(level) {
                        switch XMLPart.qualifiedName(part) {
                        case "w:start": read.start = Self.value(part, "w:val").flatMap(Int.init) ?? 1
                        case "w:numFmt": read.format = Self.value(part, "w:val") ?? "decimal"
                        case "w:lvlText": read.text = Self.value(part, "w:val") ?? ""
                        default: break
                        }
                    }
                    levels[index] = read
                }
                abstractLevels[id] = levels
            case "w:num":
                guard let id = Self.value(node, "w:numId") else { continue }
                var abstract: String?
                var starts: [Int: Int] = [:]
                for part in Self.children(node) {
                    if XMLPart.qualifiedName(part) == "w:abstractNumId" { abstract = Self.value(part, "w:val") }
                    if XMLPart.qualifiedName(part) == "w:lvlOverride", let level = Self.value(part, "w:ilvl").flatMap(Int.init),
                       let start = Self.children(part).first(where: { XMLPart.qualifiedName($0) == "w:startOverride" }).flatMap({ Self.value($0, "w:val") }).flatMap(Int.init) {
                        starts[level] = start
                    }
                }
                if let abstract { instances[id] = (abstract, starts) }
            default:
                break
            }
        }
    }

    private mutating func readStyles(_ root: xmlNodePtr) {
        for style in Self.children(root) where XMLPart.qualifiedName(style) == "w:style" {
            guard let id = Self.value(style, "w:styleId"),
                  let properties = Self.children(style).first(where: { XMLPart.qualifiedName($0) == "w:pPr" }),
                  let numbering = Self.children(properties).first(where: { XMLPart.qualifiedName($0) == "w:numPr" }) else { continue }
            let parts = Self.children(numbering)
            guard let numID = parts.first(where: { XMLPart.qualifiedName($0) == "w:numId" }).flatMap({ Self.value($0, "w:val") }) else { continue }
            let level = parts.first(where: { XMLPart.qualifiedName($0) == "w:ilvl" }).flatMap { Self.value($0, "w:val") }.flatMap(Int.init) ?? 0
            styleNumbering[id] = (numID, level)
        }
    }

    /// Parses a part as word/document.xml is parsed; a damaged part numbers nothing.
    private static func parse(_ xml: Data, _ read: (xmlNodePtr) -> Void) {
        guard !XMLPart.declaresEntities(xml), let document = XMLPart.parse(xml, name: "part.xml") else { return }
        defer { xmlFreeDoc(document) }
        if let root = xmlDocGetRootElement(document) { read(root) }
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { found.append(current) }
            child = current.pointee.next
        }
        return found
    }

    /// An attribute by its qualified name (`w:val`).
    static func value(_ node: xmlNodePtr, _ qualified: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            let local = current.pointee.name.map { String(cString: $0) } ?? ""
            // An attribute without a prefix (under a default namespace) is the element's own.
            let prefix = XMLPart.prefix(of: current.pointee.ns) ?? (qualified.hasPrefix("w:") ? "w" : nil)
            if (prefix.map { "\($0):\(local)" } ?? local) == qualified {
                return current.pointee.children?.pointee.content.map { String(cString: $0) }
            }
            attribute = current.pointee.next
        }
        return nil
    }
}
