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
                return .failure(.error(.importUnknownFormat, at: whole, "\(kind), not a report the import reads (Word, PDF, a web page or text)", hint: hint))
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

    /// Other documents that are zip archives, told by the part each must hold.
    /// OFD (开放版式文档, GB/T 33190) is how some government sites publish.
    private static func otherZipDocument(_ data: Data) -> (String, String)? {
        let kinds: [(part: String, kind: String, hint: String)] = [
            ("OFD.xml", "an OFD document (开放版式文档)",
             "open it in an OFD reader (数科、福昕、永中) and save or print it as PDF, or import the report's PDF, Word or web version"),
            ("xl/workbook.xml", "an Excel workbook", "import the report itself (Word, PDF or its web page); a table on its own is not a report"),
            ("ppt/presentation.xml", "a PowerPoint presentation", "import the report itself (Word, PDF or its web page)"),
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
        let whole = SourceLocation(path: path)
        let xml: Data
        do {
            xml = try ZipEntryReader.read("word/document.xml", from: data, limit: largestDocument)
        } catch {
            return failure(error, whole, data: data)
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
        let numbering = WordNumbering(numbering: try? ZipEntryReader.read("word/numbering.xml", from: data, limit: largestDocument),
                                      styles: try? ZipEntryReader.read("word/styles.xml", from: data, limit: largestDocument))
        var reader = WordDocumentReader(numbering: numbering)
        if let root = xmlDocGetRootElement(document) { reader.visit(root) }
        return .success(reader.lines)
    }
}

/// Walks word/document.xml: paragraphs of the body become text lines; a
/// table becomes one row line per `w:tr`. Text in a cell keeps its
/// paragraphs apart with a line break; a table nested in a statistics
/// table's cell is read as text, but a table whose cells hold tables lays
/// out the page and is read as running text and tables.
private struct WordDocumentReader {
    private(set) var lines: [SourceLine] = []
    private var paragraph = ""
    /// The paragraphs a text box's paragraphs are anchored in, innermost last.
    private var enclosingParagraphs: [String] = []
    /// Their list and style, likewise.
    private var enclosingNumbering: [(String?, Int?, String?)] = []
    private var inText = false
    private var tableDepth = 0
    private var tableCount = 0
    private var rowCount = 0
    /// The row being read: each cell's text and how many grid columns it spans.
    private var cells: [(text: String, span: Int, continuesMerge: Bool)] = []
    private var cellText: [String] = []
    private var span = 1
    private var continuesMerge = false
    private var continuesHMerge = false
    /// The grid columns a row leaves empty before its first cell (`w:gridBefore`).
    private var skippedColumns = 0
    /// The previous row's grid, for cells merged down (`w:vMerge` without restart).
    private var gridAbove: [String] = []
    /// The previous row's cells that repeat a cell merged from the left.
    private var continuedAbove = Set<Int>()
    /// For each open `w:tbl`, whether it only frames the page.
    private var layoutTables: [Bool] = []
    private var blockCount = 0
    /// Automatic numbering, and the paragraph's own list and style.
    private var numbering: WordNumbering
    private var numID: String?
    private var numLevel: Int?
    private var style: String?
    /// Inside `w:pPrChange`: a tracked change's old properties, not the paragraph's.
    private var oldProperties = 0
    /// Whether the paragraph being read holds a picture (a drawing's `pic:pic`, VML's `v:imagedata`).
    private var picture = false
    /// No official table is wider than this; a damaged span cannot make a row of millions.
    private static let widestSpan = 64

    init(numbering: WordNumbering) {
        self.numbering = numbering
    }

    mutating func visit(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let name = XMLPart.qualifiedName(current)
                if Self.isUnseen(name, current) { break }
                start(name, current)
                if let children = current.pointee.children { visit(children) }
                end(name)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if inText, let content = current.pointee.content { paragraph += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    /// Elements whose text a reader of the document never sees: a tracked
    /// change's deleted or moved-away runs and deleted rows (the inserted and
    /// moved-to ones are kept), hidden runs, the fallback copy of a drawing
    /// or text box that `mc:Choice` already holds, and field codes.
    private static func isUnseen(_ name: String, _ node: xmlNodePtr) -> Bool {
        switch name {
        case "w:del", "w:moveFrom", "mc:Fallback", "w:instrText", "w:delText", "w:delInstrText": return true
        case "w:r": return hasSwitchedOn(node, properties: "w:rPr", "w:vanish")
        case "w:tr": return hasSwitchedOn(node, properties: "w:trPr", "w:del")
        default: return false
        }
    }

    /// Whether the element's properties (`w:rPr`, `w:trPr`) hold the flag, not switched off
    /// (`w:val="0"`), or with the value given (`w:vertAlign w:val="superscript"`).
    private static func hasSwitchedOn(_ node: xmlNodePtr, properties: String, _ flag: String, value: String? = nil) -> Bool {
        guard let holder = child(of: node, named: properties), let element = child(of: holder, named: flag) else { return false }
        if let value { return attribute(element, "val") == value }
        return !["0", "false", "off"].contains(attribute(element, "val") ?? "on")
    }

    private static func child(of node: xmlNodePtr, named wanted: String) -> xmlNodePtr? {
        var child = node.pointee.children
        while let element = child {
            if element.pointee.type == XML_ELEMENT_NODE, XMLPart.qualifiedName(element) == wanted { return element }
            child = element.pointee.next
        }
        return nil
    }

    /// Whether any cell of the table holds a table of its own.
    private static func holdsTable(_ table: xmlNodePtr) -> Bool {
        func visit(_ first: xmlNodePtr?, inCell: Bool) -> Bool {
            var node = first
            while let element = node {
                if element.pointee.type == XML_ELEMENT_NODE {
                    let name = XMLPart.qualifiedName(element)
                    if name == "w:tbl", inCell { return true }
                    if name != "w:tbl", visit(element.pointee.children, inCell: inCell || name == "w:tc") { return true }
                }
                node = element.pointee.next
            }
            return false
        }
        return visit(table.pointee.children, inCell: false)
    }

    /// The cells of a table, not counting those of tables nested in it.
    private static func cellCount(_ table: xmlNodePtr) -> Int {
        var count = 0
        func visit(_ first: xmlNodePtr?) {
            var node = first
            while let element = node {
                if element.pointee.type == XML_ELEMENT_NODE {
                    switch XMLPart.qualifiedName(element) {
                    case "w:tbl": break
                    case "w:tc": count += 1
                    default: visit(element.pointee.children)
                    }
                }
                node = element.pointee.next
            }
        }
        visit(table.pointee.children)
        return count
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }  // xmlFree is free unless a program swaps the allocator, which portal never does
        return String(cString: value)
    }

    private mutating func start(_ name: String, _ node: xmlNodePtr) {
        switch name {
        case "w:tbl":
            // A table of one cell that frames the page (the whole report in a bordered
            // box), or whose cells hold the report's tables (a heading in one cell, its
            // table in the next): its paragraphs are running text and its tables the report's.
            // A statistics table's cell never holds a table.
            let layout = tableDepth == 0 && (Self.cellCount(node) <= 1 || Self.holdsTable(node))
            layoutTables.append(layout)
            if layout { return }
            tableDepth += 1
            if tableDepth == 1 { tableCount += 1; rowCount = 0; gridAbove = []; continuedAbove = [] }
        case "w:tr" where tableDepth == 1: cells = []; rowCount += 1; skippedColumns = 0
        // A row that starts further right than the table's grid (Word writes it for rows
        // narrower than the others): its cells keep their columns, for cells merged down.
        case "w:gridBefore" where tableDepth == 1:
            skippedColumns = min(Self.widestSpan, max(0, Int(Self.attribute(node, "val") ?? "0") ?? 0))
        case "w:tc" where tableDepth == 1: cellText = []; span = 1; continuesMerge = false; continuesHMerge = false
        case "w:gridSpan" where tableDepth == 1:
            span = min(Self.widestSpan, max(1, Int(Self.attribute(node, "val") ?? "1") ?? 1))
        case "w:vMerge" where tableDepth == 1: continuesMerge = (Self.attribute(node, "val") ?? "continue") != "restart"
        // Word 97's way of merging across, still written by converters: the cell continues the one on its left.
        case "w:hMerge" where tableDepth == 1: continuesHMerge = (Self.attribute(node, "val") ?? "continue") != "restart"
        case "w:p":
            enclosingParagraphs.append(paragraph); paragraph = ""
            enclosingNumbering.append((numID, numLevel, style)); numID = nil; numLevel = nil; style = nil
        case "w:pPrChange": oldProperties += 1
        case "w:numId" where oldProperties == 0: numID = Self.attribute(node, "val")
        case "w:ilvl" where oldProperties == 0: numLevel = Self.attribute(node, "val").flatMap(Int.init)
        case "w:pStyle" where oldProperties == 0: style = Self.attribute(node, "val")
        // A superscript in a table's cell is a footnote mark, never a digit of the figure
        // (236 with a superscript 1 is no 2361): set apart, the cell is no number.
        case "w:r" where tableDepth >= 1 && Self.hasSwitchedOn(node, properties: "w:rPr", "w:vertAlign", value: "superscript"):
            paragraph += " "
        case "w:t": inText = true
        case "pic:pic", "v:imagedata": picture = true
        case "w:tab": paragraph += "\t"
        case "w:br", "w:cr": paragraph += "\n"
        // A hyphen that does not break (‑) is printed; a soft hyphen only where a line breaks.
        case "w:noBreakHyphen": paragraph += "-"
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "w:t": inText = false
        case "w:pPrChange": oldProperties -= 1
        case "w:p":
            // The number Word draws before a list item (一、 1. （一）) is part of what the reader sees.
            if let label = numbering.label(numID: numID, level: numLevel, style: style),
               paragraph.contains(where: { !$0.isWhitespace }) {
                paragraph = label + paragraph
            }
            if tableDepth == 0 {
                blockCount += 1
                var line = SourceLine(text: paragraph, position: SourcePosition(line: blockCount))
                line.holdsPicture = picture
                picture = false
                lines.append(line)
            } else {
                cellText.append(paragraph)
            }
            // A text box's paragraph ends inside the paragraph it is anchored in: that one goes on.
            paragraph = enclosingParagraphs.popLast() ?? ""
            (numID, numLevel, style) = enclosingNumbering.popLast() ?? (nil, nil, nil)
        case "w:tc" where tableDepth == 1:
            let text = cellText.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
            if continuesHMerge, let last = cells.popLast() {
                cells.append((last.text, min(Self.widestSpan, last.span + span), last.continuesMerge))
            } else {
                cells.append((text, span, continuesMerge))
            }
        case "w:tr" where tableDepth == 1:
            var grid = Array(repeating: "", count: skippedColumns)
            var continued = Set<Int>()
            var fromAbove = Set<Int>()
            for cell in cells {
                for copy in 0..<cell.span where grid.count < Self.widestSpan * 4 {
                    let column = grid.count
                    if copy > 0 || (cell.continuesMerge && continuedAbove.contains(column)) { continued.insert(column) }
                    if cell.continuesMerge && column < gridAbove.count { fromAbove.insert(column) }
                    grid.append(cell.continuesMerge && column < gridAbove.count ? gridAbove[column] : cell.text)
                }
            }
            gridAbove = grid
            continuedAbove = continued
            blockCount += 1
            lines.append(SourceLine(cells: grid, position: SourcePosition(line: blockCount, table: tableCount, row: rowCount),
                                    spanContinuations: continued, mergedFromAbove: fromAbove))
        case "w:tbl":
            if !(layoutTables.popLast() ?? false) { tableDepth -= 1 }
        default: break
        }
    }
}
