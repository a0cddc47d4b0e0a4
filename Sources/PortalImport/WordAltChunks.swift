import CLibXML2
import Foundation
import PortalModel

/// Content a Word file embeds whole instead of writing it in Word's markup
/// (`w:altChunk`, ECMA-376 part 1, 17.17.2.1). An “export to Word” of a web
/// page stores the page so and leaves Word to convert it when it opens the
/// file: html-docx-js (used by many sites' 导出Word buttons) writes a body of
/// one chunk, `word/afchunk.mht` (or `.htm`); docx4j and the OpenXML SDK merge
/// documents with chunks between paragraphs. LibreOffice does not read them,
/// and without them the body is empty. Each chunk is read as the file it is
/// (a page, a saved page, a text, another Word file) and its lines stand where
/// the chunk stands.
enum WordAltChunks {
    /// A chunk holding a Word file holding a chunk…: real exports nest once at most.
    static let deepest = 2

    /// `lines` with each chunk's lines put in at its place; a chunk that cannot be found or read is a failure
    /// naming it, since what it holds is part of the document.
    static func lines(_ chunks: [(line: Int, id: String)], in lines: [SourceLine], parts: WordParts, path: String, depth: Int) -> Result<[SourceLine], ImportFailure> {
        let whole = SourceLocation(path: path)
        let targets = relationships(parts)
        var out: [SourceLine] = []
        var next = 0
        for chunk in chunks {
            out += lines[next..<min(chunk.line, lines.count)]
            next = max(next, min(chunk.line, lines.count))
            guard let part = targets[chunk.id] else {
                return .failure(.error(.importUnreadable, at: whole, "the Word file embeds content (w:altChunk “\(chunk.id)”) that its relationships do not name: the document is damaged",
                                       hint: "open it in Word and save it again (Word converts embedded content to its own), or import the report's web or PDF version"))
            }
            let data: Data
            do {
                data = try parts.read(part, limit: DocxExtractor.largestDocument)
            } catch {
                return .failure(.error(.importUnreadable, at: whole, "the Word file's embedded content \(part) (w:altChunk) is missing or cannot be unpacked",
                                       hint: "open it in Word and save it again, or import the report's web or PDF version"))
            }
            switch read(data, part: part, path: path, depth: depth) {
            case .success(let read): out += read
            case .failure(let failure): return .failure(failure)
            }
        }
        out += lines[min(next, lines.count)...]
        return .success(out)
    }

    /// One chunk's lines, read as what its bytes are.
    private static func read(_ data: Data, part: String, path: String, depth: Int) -> Result<[SourceLine], ImportFailure> {
        let named = "\(path) (\(part))"
        switch SourceFormat.detect(data) {
        case .html:
            return HTMLExtractor.lines(of: data, path: named)
        case .mhtml:
            guard let page = MHTMLReader.page(of: data) else { break }
            return HTMLExtractor.lines(of: page.html, path: named, charset: page.charset)
        case .docx where depth < deepest:
            return DocxExtractor.body(of: data, path: named, depth: depth + 1).map(\.lines)
        case .text:
            guard let text = TextDecoding.decode(data, charset: nil) else { break }
            let restored = LineBreaks.restored(text)
            return .success(TextExtractor.lines(of: restored.text, fileLines: restored.fileLines))
        default:
            break
        }
        return .failure(.error(.importUnreadable, at: SourceLocation(path: path),
                               "the Word file embeds its content as \(part) (w:altChunk), in a form the import does not read (only a web page, a saved page, a text or a Word file)",
                               hint: "open it in Word and save it again (Word converts embedded content to its own), or import the report's web or PDF version"))
    }

    /// The document's relationships: id → the part it names in the archive (targets outside it left out).
    private static func relationships(_ parts: WordParts) -> [String: String] {
        guard let xml = try? parts.read("word/_rels/document.xml.rels", limit: DocxExtractor.largestDocument),
              !XMLPart.declaresEntities(xml), let document = XMLPart.parse(xml, name: "document.xml.rels") else { return [:] }
        defer { xmlFreeDoc(document) }
        var targets: [String: String] = [:]
        var node = xmlDocGetRootElement(document)?.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, XMLPart.qualifiedName(current) == "Relationship",
               let id = WordDocumentReader.attribute(current, "Id"), let target = WordDocumentReader.attribute(current, "Target"),
               WordDocumentReader.attribute(current, "TargetMode") != "External" {
                targets[id] = partName(target)
            }
            node = current.pointee.next
        }
        return targets
    }

    /// A relationship's target as a name in the archive: absolute (`/word/afchunk.mht`) or relative to `word/`.
    static func partName(_ target: String) -> String {
        var parts = target.hasPrefix("/") ? [] : ["word"]
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}
