import CLibXML2
import Foundation

/// Text a converter placed by coordinates, as a PDF prints it: poppler's
/// `pdftohtml` (each run of text a `<p style="position:absolute;top:…px;
/// left:…px">`, its font size in a class of the page's `<style>`, a page a
/// `position:relative` block) and its XML (`pdftohtml -xml`: `<page>`,
/// `<fontspec id size>`, `<text top left width height font>`). Read in the
/// markup's order such a file is a PDF's text without its layout (a table a
/// cell a line, labels apart from their figures); placed where the runs
/// stand, it is the PDF's printed lines, and the PDF path reads it as it
/// reads an OFD's placed characters (`OFDLayout`).
enum PlacedTextPage {
    /// A run of text where the file places it: its left edge, the middle of
    /// its line, its font size and, when the file says, its width.
    struct Run {
        var text: String
        var left: Double
        var middle: Double
        var size: Double
        var width: Double?
    }

    /// Fewer runs than this are a page with a positioned banner or two, not a placed document.
    static let fewestRuns = 20

    /// The characters of each page of a web page whose text is placed by
    /// coordinates, or nil when it is not (nearly every page: its text flows).
    static func pages(html text: String) -> [[OFDGlyph]]? {
        guard text.contains("position:absolute") || text.contains("position: absolute") else { return nil }
        let bytes = Array(text.utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options) }
            } ?? nil
        }
        guard let document = parsed, let root = xmlDocGetRootElement(document) else { return nil }
        defer { xmlFreeDoc(document) }
        var reader = HTMLRuns()
        reader.read(root, page: 0)
        // Placed only when the runs hold nearly all of the page's text: a flowing page
        // with a positioned menu or badge is a flowing page.
        let placed = reader.runs.reduce(0) { $0 + $1.run.text.count { !$0.isWhitespace } }
        guard reader.runs.count >= fewestRuns, placed >= 9 * reader.otherLetters, !reader.laidOutInLayers else { return nil }
        let sizes = CSSClassSizes(reader.styles)
        let fallback = sizes.typical ?? 16
        var pages: [Int: [OFDGlyph]] = [:]
        for entry in reader.runs {
            var run = entry.run
            if run.size <= 0 { run.size = entry.classes.lazy.compactMap { sizes.size(of: $0, page: entry.page) }.first ?? fallback }
            run.middle += run.size / 2  // the file gives the run's top
            pages[entry.page, default: []] += glyphs(run)
        }
        return pages.keys.sorted().map { pages[$0]! }
    }

    /// Whether a file is `pdftohtml -xml`'s (its root `pdf2xml`).
    static func isPDFToXML(_ head: Data) -> Bool {
        head.range(of: Data("<pdf2xml".utf8)) != nil
    }

    /// The characters of each page of a `pdftohtml -xml` file, or nil when it cannot be parsed.
    static func pages(xml data: Data) -> [[OFDGlyph]]? {
        // pdftohtml names its DTD (never fetched: no network) and declares no entities.
        guard data.range(of: Data("<!ENTITY".utf8)) == nil, let document = XMLPart.parse(data, name: "pdf2xml.xml", recovering: true),
              let root = xmlDocGetRootElement(document) else { return nil }
        defer { xmlFreeDoc(document) }
        var fonts: [String: Double] = [:]
        var pages: [[OFDGlyph]] = []
        for page in OFDElement.children(root) where name(page) == "page" {
            var glyphs: [OFDGlyph] = []
            for element in OFDElement.children(page) {
                switch name(element) {
                case "fontspec":
                    if let id = attribute(element, "id"), let size = number(element, "size"), size > 0 { fonts[id] = size }
                case "text":
                    guard let top = number(element, "top"), let left = number(element, "left"), let height = number(element, "height") else { continue }
                    let size = attribute(element, "font").flatMap { fonts[$0] } ?? height
                    glyphs += Self.glyphs(Run(text: OFDElement.text(element), left: left, middle: top + height / 2, size: size,
                                              width: number(element, "width")))
                default:
                    continue
                }
            }
            pages.append(glyphs)
        }
        return pages.isEmpty ? nil : pages
    }

    /// A run's characters placed one after another: a Chinese character (or a
    /// full-width one) an em wide, others half an em, all scaled to the run's
    /// width where the file gives it. Only the run's start is exact; a
    /// table's figures are runs of their own in these converters.
    static func glyphs(_ run: Run) -> [OFDGlyph] {
        let characters = Array(run.text)
        guard !characters.isEmpty, run.size > 0 else { return [] }
        let ems = characters.map(em)
        let estimated = ems.reduce(0, +) * run.size
        // A width far from the estimate is a damaged file's: keep the estimate.
        let scale = run.width.map { estimated > 0 && $0 > estimated / 3 && $0 < estimated * 3 ? $0 / estimated : 1 } ?? 1
        var x = run.left
        return zip(characters, ems).compactMap { character, em in
            let width = em * run.size * scale
            defer { x += width }
            let glyph = OFDGlyph(character: character, x: x, baseline: run.middle + 0.3 * run.size, size: run.size, width: width)
            return glyph.isOnAPage ? glyph : nil
        }
    }

    private static func em(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0.5 }
        return scalar.value >= 0x2E80 && scalar.value != 0xFEFF ? 1 : 0.5
    }

    static func name(_ element: xmlNodePtr) -> String {
        element.pointee.name.map { String(cString: $0) }?.lowercased() ?? ""
    }

    static func attribute(_ element: xmlNodePtr, _ name: String) -> String? {
        OFDElement.attribute(element, name)
    }

    private static func number(_ element: xmlNodePtr, _ name: String) -> Double? {
        attribute(element, name).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.isFinite ? $0 : nil }
    }
}
