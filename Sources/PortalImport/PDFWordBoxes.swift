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
        var left: Double
        var centre: Double
        var middle: Double
        var height: Double
        /// Its line in the XHTML file.
        var line = 0
        /// The table cell a scan's word was read in (`WordBox.cell`).
        var cell: Int?
        /// That cell's top and bottom on the page (`WordBox.cellBand`).
        var cellBand: ClosedRange<Double>?
        /// Whether its box is its ink's, as OCR read a scan (a speck's box is a point), not a font's glyph's.
        var inkBox = false

        /// Its box's width (the centre is halfway across).
        var width: Double { 2 * (centre - left) }
    }

    /// The words of each page (1-based), grouped into printed lines, top to bottom, each left to right.
    var pages: [Int: [[Word]]] = [:]
    /// The words of each page's diagonal text (a watermark drawn across it), top to bottom: not in `pages`.
    private(set) var diagonal: [Int: [Word]] = [:]
    /// How many pages the file has, those without words among them.
    private(set) var pageCount = 0
    /// The pages whose lines run no one way (most of them not in one direction): left out of `pages`.
    private(set) var undirected: Set<Int> = []
    /// The figures printed past their page's edge, cut off there (`FigurePastTheEdge`): a PDF's, never a scan's.
    private(set) var figuresPastTheEdge: [FigurePastTheEdge] = []
    /// The first word (or page) whose place no page reaches (`WordBox.isWherePagesReach`): a damaged or edited file,
    /// whose layout cannot be read. Its page, its line in the XHTML file and what it gives.
    private(set) var placeNoPageReaches: (page: Int, line: Int, what: String)?
    /// Whether a row's cells split over two printed lines are put back on one (`PDFSplitRowCells`): the word boxes
    /// read alone, their layout text made from these lines, which a page regrouped after a join keeps to.
    var joinsSplitRowCells = false

    init(xhtml: Data) {
        // pdftotext writes an XHTML DOCTYPE (never fetched: no network), never entity declarations.
        guard xhtml.range(of: Data("<!ENTITY".utf8)) == nil, let document = XMLPart.parse(xhtml, name: "bbox.html", recovering: true) else {
            self.init(boxes: [:], turns: [:], sizes: [:], pageCount: 0, inkBoxes: false)
            return
        }
        defer { xmlFreeDoc(document) }
        var page = 0
        var boxes: [Int: [WordBox]] = [:]
        var turns: [Int: PageTurn.Votes] = [:]
        var sizes: [Int: (width: Double, height: Double)] = [:]
        var noPageReaches: (page: Int, line: Int, what: String)?
        func visit(_ first: xmlNodePtr?) {
            var node = first
            while let element = node {
                if element.pointee.type == XML_ELEMENT_NODE {
                    let name = element.pointee.name.map { String(cString: $0) } ?? ""
                    if name == "page" {
                        page += 1
                        let size = (Self.number(element, "width") ?? 0, Self.number(element, "height") ?? 0)
                        if WordBox.isWherePagesReach([size.0, size.1]) {
                            sizes[page] = size
                        } else if noPageReaches == nil {
                            noPageReaches = (page, Int(xmlGetLineNo(element)), "a page \(size.0) × \(size.1) pt")
                        }
                    }
                    if name == "word", let box = Self.box(element) {
                        if box.isWherePagesReach {
                            boxes[page, default: []].append(box)
                        } else if noPageReaches == nil {
                            noPageReaches = (page, box.line, "“\(box.text)” at x \(box.xMin) to \(box.xMax), y \(box.yMin) to \(box.yMax)")
                        }
                    } else {
                        if name == "line" { turns[page, default: .init()].count(Self.lineWords(element)) }
                        visit(element.pointee.children)
                    }
                }
                node = element.pointee.next
            }
        }
        visit(xmlDocGetRootElement(document))
        self.init(boxes: boxes, turns: turns, sizes: sizes, pageCount: page, inkBoxes: false)
        placeNoPageReaches = noPageReaches
        // (A page turned a quarter by /Rotate gives its size turned and its boxes as stored: only an upright page's are measured.)
        figuresPastTheEdge = FigurePastTheEdge.find(boxes.filter { turns[$0.key]?.turn ?? .upright == .upright }, sizes: sizes)
    }

    /// A scan's pages as OCR read them (`ScannedPages`): upright, as Tesseract reads a page.
    init(scanned: [ScannedPages.Page]) {
        var boxes: [Int: [WordBox]] = [:]
        var sizes: [Int: (width: Double, height: Double)] = [:]
        for (index, page) in scanned.enumerated() {
            boxes[index + 1] = ScannedFigureUnits.joined(ScannedLabelNumbers.joined(SpeckSizedInk.settlingPoints(SpeckSizedInk.settlingCells(page.words))))
            sizes[index + 1] = (page.width, page.height)
        }
        self.init(boxes: boxes, turns: [:], sizes: sizes, pageCount: scanned.count, inkBoxes: true)
    }

    /// Each page's boxes, the directions its printed lines run (none: upright) and its size; `inkBoxes`: a scan's.
    private init(boxes: [Int: [WordBox]], turns: [Int: PageTurn.Votes], sizes: [Int: (width: Double, height: Double)], pageCount: Int, inkBoxes: Bool) {
        self.pageCount = pageCount
        for (page, words) in boxes {
            // A page turned a quarter (/Rotate 90, or its content drawn turned): pdftotext gives the
            // boxes as the page is stored, the text running down or up it. Turned back, its table's
            // columns are columns again.
            // (`pdftotext -bbox` prints no lines: its pages read upright.)
            guard let turn = (turns[page] ?? .init()).turn else { undirected.insert(page); continue }
            let size = sizes[page] ?? (0, 0)
            let turned = words.map { box in
                var word = turn.word(box, width: size.width, height: size.height)
                word.inkBox = inkBoxes
                return word
            }
            let across = DiagonalText.chains(turned)
            if !across.isEmpty { diagonal[page] = across.sorted().map { turned[$0] }.sorted { $0.middle < $1.middle } }
            pages[page] = Self.printedLines(turned.indices.filter { !across.contains($0) }.map { turned[$0] })
        }
    }

    private static func number(_ element: xmlNodePtr, _ name: String) -> Double? {
        guard let value = xmlGetProp(element, name) else { return nil }
        defer { free(value) }
        return Double(String(cString: value))
    }

    private static func box(_ element: xmlNodePtr) -> WordBox? {
        guard let xMin = number(element, "xMin"), let xMax = number(element, "xMax"),
              let yMin = number(element, "yMin"), let yMax = number(element, "yMax"),
              let content = xmlNodeGetContent(element) else { return nil }
        defer { free(content) }
        return WordBox(text: String(cString: content), xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax, line: Int(xmlGetLineNo(element)))
    }

    /// The boxes of a printed line's words, in the order pdftotext read them.
    private static func lineWords(_ line: xmlNodePtr) -> [WordBox] {
        var words: [WordBox] = []
        var node = line.pointee.children
        while let element = node {
            if element.pointee.type == XML_ELEMENT_NODE, element.pointee.name.map({ String(cString: $0) }) == "word", let box = box(element), box.isWherePagesReach {
                words.append(box)
            }
            node = element.pointee.next
        }
        return words
    }

    /// Words whose vertical middles are within half a word's height share a line — unless the
    /// word stands over or under one of the line's words (a heading in a larger size under a
    /// table's last row, its box reaching up to the row's): one printed line's words never overlap.
    /// A scan's speck read as a character opens no line (`SpeckSizedInk`): it joins the line it stands on.
    static func printedLines(_ words: [Word]) -> [[Word]] {
        let ink = SpeckSizedInk(words)
        var lines: [[Word]] = []
        for word in ink.characters.sorted(by: { $0.middle < $1.middle }) {
            if let line = lines.last, let first = line.first, word.middle - first.middle <= max(first.height, word.height) / 2,
               !line.contains(where: { PrintedLineOverlap.standsUnder(word, $0) }) {
                lines[lines.count - 1].append(word)
            } else {
                lines.append([word])
            }
        }
        return joiningRowBands(ink.placing(on: lines)).map { $0.sorted { $0.centre < $1.centre } }
    }

    /// The layout lines with the centres of the figures that end them.
    /// A table's figures sit on one printed line though their row's label
    /// may start higher, so lines are matched by their figures alone: page
    /// by page, the lines ending in figures and the printed lines ending in
    /// figures must be as many and the same, in order; otherwise that page
    /// gets no positions (nothing is placed by a guess).
    func placing(_ lines: [SourceLine]) -> [SourceLine] {
        let (spaced, digits) = joiningSpacedDigits(lines)
        let (thousands, joinedThousands) = digits.joiningWrappedThousands(spaced)
        let (rows, boxes) = joinedThousands.joiningTwoLineRows(thousands)
        let (wrapped, joined) = boxes.joiningWrappedFigures(boxes.movingFiguresToTheirLabel(boxes.assemblingRows(rows)))
        return joined.placingJoined(wrapped)
    }

    private func placingJoined(_ lines: [SourceLine]) -> [SourceLine] {
        var placed = lines
        var byPage: [Int: [(index: Int, figures: [String])]] = [:]
        for (index, line) in lines.enumerated() where line.cells == nil {
            let figures = RegionLine.trailingCells(RegionLine.unglued(line.text.split(whereSeparator: \.isWhitespace).map(String.init)))
            if let page = line.position.page, !figures.isEmpty { byPage[page, default: []].append((index, figures)) }
        }
        // Every line whose words a printed line holds exactly (a table's header among them) gets
        // their places; else, when the next few printed lines hold each of its words once (a
        // header's layout line taking a word from the printed line above), those words'.
        var cursor: [Int: Int] = [:]
        for (index, line) in lines.enumerated() where line.cells == nil {
            guard let page = line.position.page, let printed = pages[page] else { continue }
            let tokens = line.text.split(whereSeparator: \.isWhitespace).map(String.init)
            let start = min(cursor[page] ?? 0, printed.count)
            let order = Array(printed.indices[start...]) + Array(printed.indices[..<start])
            if let match = order.first(where: { printed[$0].map(\.text) == tokens }) {
                placed[index].wordCentres = printed[match].map(\.centre)
                placed[index].wordLefts = printed[match].map(\.left)
                cursor[page] = match + 1
            } else if let (words, last) = Self.scattered(tokens, in: printed, near: start) {
                placed[index].wordCentres = words.map(\.centre)
                placed[index].wordLefts = words.map(\.left)
                cursor[page] = last + 1
            }
        }
        for (page, layout) in byPage {
            let all = pages[page] ?? []
            let sentences = Self.sentenceTexts(lines, page: page)
            let rows = all.indices.compactMap { index -> (index: Int, figures: [Word])? in
                guard !Self.isSentence(all[index], sentences) else { return nil }
                let count = RegionLine.trailingCells(all[index].map(\.text)).count
                return count > 0 ? (index, Array(all[index].suffix(count))) : nil
            }
            guard let offset = Self.offset(of: layout.map(\.figures), in: rows.map { $0.figures.map(\.text) }) else { continue }
            for (row, line) in zip(rows[offset...], layout) {
                placed[line.index].figureCentres = row.figures.map(\.centre)
                placed[line.index].figureLefts = row.figures.map(\.left)
                // The printed lines above without figures, nearest first: where the columns' headings are,
                // even when the layout text splits a heading's lines differently (总 / 计 printed as 总计).
                // A browser keeps a table's columns where they were on the page before.
                let before = Array(all[..<row.index].reversed()) + (pages[page - 1] ?? []).reversed()
                placed[line.index].printedAbove = before.filter { RegionLine.trailingCells($0.map(\.text)).isEmpty }
                    .map { $0.map { PrintedWord(text: $0.text, left: $0.left, centre: $0.centre) } }
            }
        }
        return placed
    }
}

extension PDFWordBoxes {
    /// Where the layout's lines ending in figures begin among the printed lines ending in figures: they must be the same,
    /// in order, but the printed lines may begin or end with more — a page's header or footer the layout left out as the
    /// page's furniture (a browser's `3/6` read by OCR as `3 / 76`: the page's positions all lost). nil where they are not
    /// found, or found at two places (which would be a guess).
    static func offset(of layout: [[String]], in printed: [[String]]) -> Int? {
        guard printed.count >= layout.count else { return nil }
        let found = (0...(printed.count - layout.count)).filter { start in
            zip(printed[start...], layout).allSatisfy { $0 == $1 }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The words of a layout line found each exactly once in the printed
    /// lines from the one before `start` to three after it, with the last of
    /// those lines; nil when a word is missing or found twice.
    fileprivate static func scattered(_ tokens: [String], in printed: [[Word]], near start: Int) -> ([Word], Int)? {
        let window = max(0, start - 1)..<min(printed.count, start + 3)
        guard !tokens.isEmpty, !window.isEmpty else { return nil }
        var found: [Word] = []
        var last = window.lowerBound
        for token in tokens {
            let hits = window.flatMap { index in printed[index].filter { $0.text == token }.map { (index, $0) } }
            guard hits.count == 1, let (index, word) = hits.first else { return nil }
            found.append(word)
            last = max(last, index)
        }
        return (found, last)
    }
}
