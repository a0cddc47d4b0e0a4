import CLibXML2
import Foundation

/// Where each word of a PDF sits on its page (`pdftotext -bbox-layout`).
///
/// A Word table exported to PDF prints a blank cell as nothing, and
/// `pdftotext -layout` keeps no trace of it: a row of seven columns with
/// two blanks reads as five figures. The layout text does not line columns
/// up from row to row either (the label cells' widths shift them), but the
/// page does: each figure's horizontal centre names its column.
struct PDFWordBoxes {
    struct Word {
        var text: String
        var centre: Double
        var middle: Double
        var height: Double
    }

    /// The words of each page (1-based), grouped into printed lines, top to bottom, each left to right.
    private(set) var pages: [Int: [[Word]]] = [:]

    init(xhtml: Data) {
        if xhtml.range(of: Data("<!ENTITY".utf8)) != nil { return }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_RECOVER.rawValue)
        let document = xhtml.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), "bbox.html", "UTF-8", options)
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        var page = 0
        var words: [Int: [Word]] = [:]
        func visit(_ first: xmlNodePtr?) {
            var node = first
            while let element = node {
                if element.pointee.type == XML_ELEMENT_NODE {
                    let name = element.pointee.name.map { String(cString: $0) } ?? ""
                    if name == "page" { page += 1 }
                    if name == "word", let word = Self.word(element) {
                        words[page, default: []].append(word)
                    } else {
                        visit(element.pointee.children)
                    }
                }
                node = element.pointee.next
            }
        }
        visit(xmlDocGetRootElement(document))
        pages = words.mapValues(Self.printedLines)
    }

    private static func word(_ element: xmlNodePtr) -> Word? {
        func number(_ name: String) -> Double? {
            guard let value = xmlGetProp(element, name) else { return nil }
            defer { free(value) }
            return Double(String(cString: value))
        }
        guard let xMin = number("xMin"), let xMax = number("xMax"), let yMin = number("yMin"), let yMax = number("yMax"),
              let content = xmlNodeGetContent(element) else { return nil }
        defer { free(content) }
        return Word(text: String(cString: content), centre: (xMin + xMax) / 2, middle: (yMin + yMax) / 2, height: yMax - yMin)
    }

    /// Words whose vertical middles are within half a word's height share a line.
    private static func printedLines(_ words: [Word]) -> [[Word]] {
        var lines: [[Word]] = []
        for word in words.sorted(by: { $0.middle < $1.middle }) {
            if let first = lines.last?.first, word.middle - first.middle <= max(first.height, word.height) / 2 {
                lines[lines.count - 1].append(word)
            } else {
                lines.append([word])
            }
        }
        return lines.map { $0.sorted { $0.centre < $1.centre } }
    }

    /// The layout lines with the centres of the figures that end them.
    /// A table's figures sit on one printed line though their row's label
    /// may start higher, so lines are matched by their figures alone: page
    /// by page, the lines ending in figures and the printed lines ending in
    /// figures must be as many and the same, in order; otherwise that page
    /// gets no positions (nothing is placed by a guess).
    func placing(_ lines: [SourceLine]) -> [SourceLine] {
        var placed = lines
        var byPage: [Int: [(index: Int, figures: [String])]] = [:]
        for (index, line) in lines.enumerated() where line.cells == nil {
            let figures = RegionLine.trailingCells(RegionLine.unglued(line.text.split(whereSeparator: \.isWhitespace).map(String.init)))
            if let page = line.position.page, !figures.isEmpty { byPage[page, default: []].append((index, figures)) }
        }
        for (page, layout) in byPage {
            let printed = (pages[page] ?? []).compactMap { words -> [Word]? in
                let count = RegionLine.trailingCells(words.map(\.text)).count
                return count > 0 ? Array(words.suffix(count)) : nil
            }
            guard printed.count == layout.count, zip(printed, layout).allSatisfy({ $0.map(\.text) == $1.figures }) else { continue }
            for (words, line) in zip(printed, layout) { placed[line.index].figureCentres = words.map(\.centre) }
        }
        return placed
    }
}

/// Columns told by where figures sit on the page.
enum ColumnPositions {
    /// The row's cells with blanks where no figure sits, or nil when the
    /// figures' places are not clear: `figures` with their centres, `samples`
    /// the centres of other rows of the table that fill all `count` columns.
    static func place(_ figures: [(text: String, centre: Double)], count: Int, samples: [[Double]]) -> [String]? {
        guard samples.count >= 2, figures.count < count, samples.allSatisfy({ $0.count == count }) else { return nil }
        let columns = (0..<count).map { column in
            let centres = samples.map { $0[column] }.sorted()
            return centres[centres.count / 2]
        }
        let gaps = zip(columns.dropFirst(), columns).map { $0 - $1 }
        guard let gap = gaps.min(), gap > 0 else { return nil }
        let tolerance = gap * 0.3
        // Every sample row agrees with the columns: the table's columns stand where they are said to.
        guard samples.allSatisfy({ row in zip(row, columns).allSatisfy { abs($0 - $1) <= tolerance } }) else { return nil }
        var cells = Array(repeating: "", count: count)
        var last = -1
        for figure in figures {
            guard let column = columns.indices.min(by: { abs(columns[$0] - figure.centre) < abs(columns[$1] - figure.centre) }),
                  abs(columns[column] - figure.centre) <= tolerance, column > last else { return nil }
            cells[column] = figure.text
            last = column
        }
        return cells
    }
}
