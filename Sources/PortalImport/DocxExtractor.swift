import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PortalModel
import ZIPFoundation

/// A Word `.docx` → lines: the body's paragraphs, and its tables as grids
/// with merged cells (`w:gridSpan` across, `w:vMerge` down) repeated in
/// every grid cell they cover, as a reader sees them.
enum DocxExtractor {
    static func lines(of data: Data, path: String) -> Result<[SourceLine], ImportFailure> {
        let whole = SourceLocation(path: path)
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            return .failure(.error(.importUnreadable, at: whole, "the file looks like a Word document (a zip archive) but the archive is damaged",
                                   hint: "download it again, or open and re-save it in Word or WPS"))
        }
        guard let entry = archive["word/document.xml"] else {
            return .failure(.error(.importUnreadable, at: whole, "a zip archive without word/document.xml: not a Word .docx file",
                                   hint: "import the report's own .docx, PDF or web page"))
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { xml.append($0) }
        } catch {
            return .failure(.error(.importUnreadable, at: whole, "word/document.xml cannot be unpacked: the archive is damaged",
                                   hint: "download it again, or open and re-save it in Word or WPS"))
        }
        let reader = WordDocumentReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            return .failure(.error(.importUnreadable, at: whole, "word/document.xml is not well-formed XML: the document is damaged",
                                   hint: "open and re-save it in Word or WPS"))
        }
        return .success(reader.lines)
    }
}

/// Walks word/document.xml (SAX): paragraphs of the body become text
/// lines; a table becomes one row line per `w:tr`. Text in a cell keeps its
/// paragraphs apart with a line break; nested tables are read as text.
private final class WordDocumentReader: NSObject, XMLParserDelegate {
    private(set) var lines: [SourceLine] = []
    private var paragraph = ""
    private var inText = false
    private var tableDepth = 0
    private var tableCount = 0
    private var rowCount = 0
    /// The row being read: each cell's text and how many grid columns it spans.
    private var cells: [(text: String, span: Int, continuesMerge: Bool)] = []
    private var cellText: [String] = []
    private var span = 1
    private var continuesMerge = false
    /// The previous row's grid, for cells merged down (`w:vMerge` without restart).
    private var gridAbove: [String] = []
    private var blockCount = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:tbl":
            tableDepth += 1
            if tableDepth == 1 { tableCount += 1; rowCount = 0; gridAbove = [] }
        case "w:tr" where tableDepth == 1: cells = []; rowCount += 1
        case "w:tc" where tableDepth == 1: cellText = []; span = 1; continuesMerge = false
        case "w:gridSpan" where tableDepth == 1: span = max(1, Int(attributes["w:val"] ?? "1") ?? 1)
        case "w:vMerge" where tableDepth == 1: continuesMerge = (attributes["w:val"] ?? "continue") != "restart"
        case "w:p": paragraph = ""
        case "w:t": inText = true
        case "w:tab": paragraph += "\t"
        case "w:br", "w:cr": paragraph += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            if tableDepth == 0 {
                blockCount += 1
                lines.append(SourceLine(text: paragraph, position: SourcePosition(line: blockCount)))
            } else {
                cellText.append(paragraph)
            }
        case "w:tc" where tableDepth == 1:
            let text = cellText.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
            cells.append((text, span, continuesMerge))
        case "w:tr" where tableDepth == 1:
            var grid: [String] = []
            for cell in cells {
                for _ in 0..<cell.span {
                    let column = grid.count
                    grid.append(cell.continuesMerge && column < gridAbove.count ? gridAbove[column] : cell.text)
                }
            }
            gridAbove = grid
            blockCount += 1
            lines.append(SourceLine(cells: grid, position: SourcePosition(line: blockCount, table: tableCount, row: rowCount)))
        case "w:tbl":
            tableDepth -= 1
        default: break
        }
    }
}
