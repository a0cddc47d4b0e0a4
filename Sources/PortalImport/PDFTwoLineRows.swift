import Foundation

/// A row of cells alone (table 四's: no label on its lines) two lines high
/// because some figures wrap inside their cells, with marks or one-line
/// figures among them.
///
/// LibreOffice prints `471` in a narrow column as `47` over `1` and centres
/// the row's one-line cells between the two lines (`42  /  /` level with
/// neither); a mark `无` stands 1 pt lower than digits. The layout text then
/// prints the row as two or three lines (`47  51` / `42  /  /  …` / `1  3`),
/// and the word boxes group them otherwise, so the rows of the page never
/// line up and round fifty-seven's join (`PDFWrappedFigures`) is not tried.
/// The word boxes tell such a row for sure when every word in its band is a
/// figure's first line with the one word of digits under it in its column
/// one line lower, or a cell (figure or mark) centred between those lines —
/// a band holding a label, a word level with the first line without digits
/// under it, or no centred cell is left as it is (a next row, a row set at
/// its top, or one all wrapped, which round fifty-seven reads where the
/// rows line up). The figures are joined and stand halfway, with the row's
/// cells, as one printed line; the layout lines printing the band's words,
/// no more, no fewer, become that one line. Anything else leaves the page
/// as it was (refused).
extension PDFWordBoxes {
    func joiningTwoLineRows(_ lines: [SourceLine]) -> (lines: [SourceLine], boxes: PDFWordBoxes) {
        var lines = lines
        var boxes = self
        var dropped = Set<Int>()
        for (page, printed) in pages.sorted(by: { $0.key < $1.key }) {
            var words = printed.flatMap { $0 }
            var joinedTails = Set<Int>()
            for row in Self.twoLineRows(words) {
                let bandWords = row.band.map { words[$0] }
                guard let (first, rest) = Self.layoutRun(printing: bandWords.map(\.text), lines: lines, page: page, dropped: dropped) else { continue }
                for (head, tail) in row.joins {
                    let top = words[head], bottom = words[tail]
                    let left = min(top.left, bottom.left), right = max(top.left + top.width, bottom.left + bottom.width)
                    words[head] = Word(text: top.text + bottom.text, left: left, centre: (left + right) / 2,
                                       middle: row.middle, height: top.height, line: top.line)
                    joinedTails.insert(tail)
                }
                let cells = row.band.filter { !joinedTails.contains($0) }.map { words[$0] }.sorted { $0.centre < $1.centre }
                lines[first].text = cells.map(\.text).joined(separator: "  ")
                dropped.formUnion(rest)
            }
            guard !joinedTails.isEmpty else { continue }
            let kept = words.indices.filter { !joinedTails.contains($0) }.map { words[$0] }
            boxes.pages[page] = joinsSplitRowCells ? Self.rowLines(kept) : Self.printedLines(kept)
        }
        return (lines.indices.filter { !dropped.contains($0) }.map { lines[$0] }, boxes)
    }

    /// A band of a page two lines high read as one row: its figures' first lines with their digits, all its words, and
    /// the middle its cells stand at.
    struct TwoLineRow {
        var joins: [(head: Int, tail: Int)]
        var band: [Int]
        var middle: Double
    }

    /// The page's rows two lines high, each told for sure by its words (see the type's comment).
    static func twoLineRows(_ words: [Word]) -> [TwoLineRow] {
        // Each figure's first line with the one word of digits continuing it; a word continuing two, or continued twice, none.
        let candidates = words.indices.map { head in words.indices.filter { continues(words[head], with: words[$0]) } }
        let joins = words.indices.compactMap { head -> (head: Int, tail: Int)? in
            guard candidates[head].count == 1, let tail = candidates[head].first,
                  candidates.indices.filter({ candidates[$0].contains(tail) }).count == 1 else { return nil }
            return (head, tail)
        }
        // The joins whose first lines are one printed line, top to bottom.
        var bands: [[(head: Int, tail: Int)]] = []
        for join in joins.sorted(by: { words[$0.head].middle < words[$1.head].middle }) {
            if let first = bands.last?.first, abs(words[join.head].middle - words[first.head].middle) <= words[first.head].height * tolerance,
               abs(words[join.tail].middle - words[first.tail].middle) <= words[first.tail].height * tolerance {
                bands[bands.count - 1].append(join)
            } else {
                bands.append([join])
            }
        }
        return bands.compactMap { row(of: $0, words: words) }
    }

    /// The band's row when every word in it is a joined figure's line or a cell centred between them, and some are.
    private static func row(of joins: [(head: Int, tail: Int)], words: [Word]) -> TwoLineRow? {
        let heads = Set(joins.map(\.head)), tails = Set(joins.map(\.tail))
        let height = joins.map { max(words[$0.head].height, words[$0.tail].height) }.max() ?? 0
        let top = joins.map { words[$0.head].middle }.reduce(0, +) / Double(joins.count)
        let bottom = joins.map { words[$0.tail].middle }.reduce(0, +) / Double(joins.count)
        let middle = (top + bottom) / 2
        // Any word nearer the band's lines than a line above or below stands in the band (a table's heading may end
        // less than half a line above the row: its vertical characters set closer than their boxes' height).
        let band = words.indices.filter { words[$0].middle >= top - height * 0.3 && words[$0].middle <= bottom + height * 0.3 }
        let centred = band.filter { !heads.contains($0) && !tails.contains($0) }
        guard !centred.isEmpty,
              heads.allSatisfy({ abs(words[$0].middle - top) <= height * tolerance }),
              tails.allSatisfy({ abs(words[$0].middle - bottom) <= height * tolerance }),
              centred.allSatisfy({ abs(words[$0].middle - middle) <= height * tolerance && isCell(words[$0].text) }) else { return nil }
        // One cell to a column: the joined figures' and the centred cells' extents do not overlap.
        let extents = (joins.map { (min(words[$0.head].left, words[$0.tail].left),
                                    max(words[$0.head].left + words[$0.head].width, words[$0.tail].left + words[$0.tail].width)) }
                       + centred.map { (words[$0].left, words[$0].left + words[$0].width) }).sorted { $0.0 < $1.0 }
        guard zip(extents, extents.dropFirst()).allSatisfy({ $0.1 <= $1.0 }) else { return nil }
        return TwoLineRow(joins: joins, band: band, middle: middle)
    }

    /// Whether `tail` is the rest of the figure `head` begins: digits one line of text lower in its column (the same
    /// centre, left or right edge), no longer (a cell's first line holds as many digits as fit), not making a figure
    /// that starts with 0. A scan's words read in one ruled cell (`Word.cell`) are in one column for sure, and their
    /// boxes are their ink's, not their line's (a digit's ink is ¾ of a line; lines 1.5 of it apart): the tail's
    /// next line in the cell, below the head, is the rest.
    static func continues(_ head: Word, with tail: Word) -> Bool {
        let step = tail.middle - head.middle, height = max(head.height, tail.height)
        let digits = { (text: String) in !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        guard digits(head.text), digits(tail.text), tail.text.count <= head.text.count,
              CellText.isNumber(head.text + tail.text), !CellText.isGlued(head.text + tail.text) else { return false }
        if let cell = head.cell, tail.cell == cell { return step >= height * 0.6 }
        return head.cell == nil && tail.cell == nil && step >= height * 0.6 && step <= height * 1.25
            && (abs(head.centre - tail.centre) <= alignment || abs(head.left - tail.left) <= alignment
                || abs(head.left + head.width - tail.left - tail.width) <= alignment)
    }

    /// A word a table's cell prints whole: a figure or a mark (`无`, `/`, `-`).
    static func isCell(_ text: String) -> Bool {
        CellText.value(text) != nil
    }

    /// How far (a share of the words' height) a word may stand from its line: `无` stands 1 pt lower than digits.
    static let tolerance = 0.2

    /// The first of the page's consecutive layout lines (one to four) that print exactly `texts` together, and the rest;
    /// nil when no run or more than one does.
    private static func layoutRun(printing texts: [String], lines: [SourceLine], page: Int, dropped: Set<Int>) -> (Int, [Int])? {
        let layout = lines.indices.filter { lines[$0].cells == nil && lines[$0].position.page == page && !dropped.contains($0) }
        let wanted = texts.sorted()
        var runs: [[Int]] = []
        for start in layout.indices {
            for size in 1...4 where start + size <= layout.count {
                let run = Array(layout[start..<(start + size)])
                guard zip(run, run.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { break }
                if run.flatMap({ lines[$0].text.split(whereSeparator: \.isWhitespace).map(String.init) }).sorted() == wanted { runs.append(run) }
            }
        }
        guard runs.count == 1, let run = runs.first, let first = run.first else { return nil }
        return (first, Array(run.dropFirst()))
    }
}
