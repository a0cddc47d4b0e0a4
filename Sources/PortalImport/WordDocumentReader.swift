import CLibXML2
import Foundation

/// Walks word/document.xml: paragraphs of the body become text lines; a
/// table becomes one row line per `w:tr`. Text in a cell keeps its
/// paragraphs apart with a line break; a table nested in a statistics
/// table's cell is read as text, but a table whose cells hold tables lays
/// out the page and is read as running text and tables.
struct WordDocumentReader {
    private(set) var lines: [SourceLine] = []
    /// Content embedded whole (`w:altChunk`): where in the lines it stands, and its relationship's id.
    private(set) var altChunks: [(line: Int, id: String)] = []
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

    private mutating func start(_ name: String, _ node: xmlNodePtr) {
        switch name {
        case "w:altChunk" where tableDepth == 0:
            if let id = Self.attribute(node, "id") { altChunks.append((lines.count, id)) }
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
        // A page break in the body is a form feed, as in a PDF's text: a text pasted into Word (its tables
        // rows of paragraphs) keeps its page marks by it. Read as Word, it is a line break (`ParagraphTables`).
        case "w:br" where tableDepth == 0 && Self.attribute(node, "type") == "page": paragraph += "\u{0C}"
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
                var line = SourceLine(text: SoftReturns.joined(paragraph), position: SourcePosition(line: blockCount))
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
