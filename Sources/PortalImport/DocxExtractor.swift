import CLibXML2
import Foundation
import PortalModel

/// A Word `.docx` → lines: the body's paragraphs, and its tables as grids
/// with merged cells (`w:gridSpan` and `w:hMerge` across, `w:vMerge` down)
/// repeated in every grid cell they cover, as a reader sees them. What the
/// file holds but a reader does not see is left out: deleted and moved-away
/// text of tracked changes, hidden text, field codes, the fallback copy of a
/// text box; page headers, footers and footnotes are other parts, never read.
enum DocxExtractor {
    private static func failure(_ error: ZipEntryReader.Failure, _ whole: SourceLocation, data: Data) -> Result<[SourceLine], ImportFailure> {
        switch error {
        case .missing:
            if let (kind, hint) = otherZipDocument(data) {
                return .failure(.error(.importUnknownFormat, at: whole, "\(kind), not a report the import reads (Word, PDF, OFD, a web page or text)", hint: hint))
            }
            return .failure(.error(.importUnreadable, at: whole, "a zip archive without word/document.xml: not a Word .docx file",
                                   hint: "import the report's own .docx, PDF or web page"))
        case .notAnArchive:
            return .failure(.error(.importUnreadable, at: whole, "the file looks like a Word document (a zip archive) but the archive is damaged",
                                   hint: "download it again, or open and re-save it in Word or WPS"))
        case .tooLarge(let size):
            // A report's text is a few hundred KB; a "zip bomb" unpacks to gigabytes.
            return .failure(.error(.importUnreadable, at: whole, "word/document.xml would unpack to \(size) bytes, far more than any report",
                                   hint: "open and re-save the document in Word or WPS"))
        case .damaged(let part):
            return .failure(.error(.importUnreadable, at: whole, "word/document.xml cannot be unpacked: the archive is damaged (\(part))",
                                   hint: "download it again, or open and re-save it in Word or WPS"))
        }
    }

    /// Other documents that are zip archives, told by the part each must hold,
    /// or, for OpenDocument packages (LibreOffice, WPS, 永中), by their `mimetype` entry.
    private static func otherZipDocument(_ data: Data) -> (String, String)? {
        // An agency may publish its tables as a workbook beside the report's text (a .docx of the narratives).
        let table = "import the report itself (Word, PDF or its web page); a table on its own is not a report — when the tables came "
            + "as a workbook beside the report's text, import the text and type the tables into its report.yaml"
        let slides = "import the report itself (Word, PDF or its web page)"
        if let entry = try? ZipEntryReader.read("mimetype", from: data, limit: 256) {
            let mimetype = String(decoding: entry, as: UTF8.self)
            let openDocument: [(prefix: String, kind: String, hint: String)] = [
                ("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)", table),
                ("application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)", slides),
                ("application/vnd.oasis.opendocument.", "an OpenDocument file of another kind (\(mimetype.prefix(80)))", slides),
            ]
            if let known = openDocument.first(where: { mimetype.hasPrefix($0.prefix) }) { return (known.kind, known.hint) }
        }
        let kinds: [(part: String, kind: String, hint: String)] = [
            ("xl/workbook.xml", "an Excel workbook", table),
            ("ppt/presentation.xml", "a PowerPoint presentation", slides),
        ]
        for kind in kinds {
            do {
                _ = try ZipEntryReader.read(kind.part, from: data, limit: 1 << 20)
                return (kind.kind, kind.hint)
            } catch .tooLarge {
                return (kind.kind, kind.hint)
            } catch {
                continue
            }
        }
        return nil
    }

    /// The unpacked body of the largest real report is well under 10 MB.
    static let largestDocument = 64 << 20

    static func lines(of data: Data, path: String) -> Result<[SourceLine], ImportFailure> {
        body(of: data, path: path).map(\.lines)
    }

    /// The body's lines, and whether its paragraphs were read as a text (no Word table: `ParagraphTables`).
    /// `depth`: how deep in Word files embedded in Word files (`WordAltChunks`) this one is.
    static func body(of data: Data, path: String, depth: Int = 0) -> Result<ParagraphTables.Body, ImportFailure> {
        body(of: .archive(data), path: path, depth: depth)
    }

    static func body(of parts: WordParts, path: String, depth: Int = 0) -> Result<ParagraphTables.Body, ImportFailure> {
        let whole = SourceLocation(path: path)
        let xml: Data
        do {
            xml = try parts.read("word/document.xml", limit: largestDocument)
        } catch {
            guard case .archive(let data) = parts else {
                return .failure(.error(.importUnreadable, at: whole, "a Word XML document without its word/document.xml part",
                                       hint: "open it in Word or WPS and save it as .docx"))
            }
            return failure(error, whole, data: data).map { ParagraphTables.Body(lines: $0, readAsText: false) }
        }
        if XMLPart.declaresEntities(xml) {
            return .failure(.error(.importUnreadable, at: whole, "word/document.xml declares a DTD or entities, which Word never writes",
                                   hint: "open and re-save the document in Word or WPS"))
        }
        guard let document = XMLPart.parse(xml, name: "document.xml") else {
            return .failure(.error(.importUnreadable, at: whole, "word/document.xml is not well-formed XML: the document is damaged",
                                   hint: "open and re-save it in Word or WPS"))
        }
        defer { xmlFreeDoc(document) }
        // Automatic numbering lives in two other parts; a document without them numbers nothing.
        let numbering = WordNumbering(numbering: try? parts.read("word/numbering.xml", limit: largestDocument),
                                      styles: try? parts.read("word/styles.xml", limit: largestDocument))
        var reader = WordDocumentReader(numbering: numbering)
        if let root = xmlDocGetRootElement(document) { reader.visit(root) }
        guard !reader.altChunks.isEmpty else { return .success(ParagraphTables.body(reader.lines)) }
        return WordAltChunks.lines(reader.altChunks, in: reader.lines, parts: parts, path: path, depth: depth).map(ParagraphTables.body)
    }
}
