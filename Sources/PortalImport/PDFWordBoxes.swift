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
        // pdftotext writes an XHTML DOCTYPE (never fetched: no network), never entity declarations.
        guard xhtml.range(of: Data("<!ENTITY".utf8)) == nil, let document = XMLPart.parse(xhtml, name: "bbox.html", recovering: true) else { return }
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
        let lines = assemblingRows(lines)
        var placed = lines
        var byPage: [Int: [(index: Int, figures: [String])]] = [:]
        for (index, line) in lines.enumerated() where line.cells == nil {
            let figures = RegionLine.trailingCells(RegionLine.unglued(line.text.split(whereSeparator: \.isWhitespace).map(String.init)))
            if let page = line.position.page, !figures.isEmpty { byPage[page, default: []].append((index, figures)) }
        }
        // Every line whose words a printed line holds exactly (a table's header among them) gets their centres.
        var cursor: [Int: Int] = [:]
        for (index, line) in lines.enumerated() where line.cells == nil {
            guard let page = line.position.page, let printed = pages[page] else { continue }
            let tokens = line.text.split(whereSeparator: \.isWhitespace).map(String.init)
            let start = min(cursor[page] ?? 0, printed.count)
            let order = Array(printed.indices[start...]) + Array(printed.indices[..<start])
            guard let match = order.first(where: { printed[$0].map(\.text) == tokens }) else { continue }
            placed[index].wordCentres = printed[match].map(\.centre)
            cursor[page] = match + 1
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
    /// Where the columns stand by the table's rows that fill all of them:
    /// at least two, each within `agreement` of a gap of every column.
    static func columns(fromRows samples: [[Double]], count: Int) -> [Double]? {
        guard samples.count >= 2, samples.allSatisfy({ $0.count == count }) else { return nil }
        let columns = (0..<count).map { column in
            let centres = samples.map { $0[column] }.sorted()
            return centres[centres.count / 2]
        }
        guard let gap = smallestGap(columns) else { return nil }
        // Every sample row agrees with the columns: the table's columns stand where they are said to.
        return samples.allSatisfy({ row in zip(row, columns).allSatisfy { abs($0 - $1) <= gap * agreement } }) ? columns : nil
    }

    /// Where the columns stand by their headings (自然人 商业企业 … 总计, or
    /// the first characters of each where the heading wraps): `lines`
    /// (words with their centres) nearest the row first. Each label takes
    /// the nearest word it begins with; all must be found, left to right.
    static func columns(fromHeadings labels: [String], lines: [[(text: String, centre: Double)]]) -> [Double]? {
        var found: [Double?] = Array(repeating: nil, count: labels.count)
        for line in lines {
            for word in line where word.text.count >= 2 {
                for (column, label) in labels.enumerated() where found[column] == nil && label.hasPrefix(word.text) {
                    found[column] = word.centre
                }
            }
            if found.allSatisfy({ $0 != nil }) { break }
        }
        let columns = found.compactMap { $0 }
        guard columns.count == labels.count, smallestGap(columns) != nil else { return nil }
        return columns
    }

    /// The row's cells with blanks where no figure sits, or nil when a
    /// figure's place is not clear (between columns, two under one).
    static func place(_ figures: [(text: String, centre: Double)], columns: [Double]) -> [String]? {
        guard figures.count < columns.count, let gap = smallestGap(columns) else { return nil }
        var cells = Array(repeating: "", count: columns.count)
        var last = -1
        for figure in figures {
            guard let column = columns.indices.min(by: { abs(columns[$0] - figure.centre) < abs(columns[$1] - figure.centre) }),
                  abs(columns[column] - figure.centre) <= gap * agreement, column > last else { return nil }
            cells[column] = figure.text
            last = column
        }
        return cells
    }

    /// How far from its column's centre a figure may sit, as a share of the narrowest gap between columns.
    static let agreement = 0.3

    /// The narrowest gap between neighbouring columns, when they stand left to right.
    private static func smallestGap(_ columns: [Double]) -> Double? {
        let gaps = zip(columns.dropFirst(), columns).map { $0 - $1 }
        guard let gap = gaps.min(), gap > 0 else { return nil }
        return gap
    }
}
