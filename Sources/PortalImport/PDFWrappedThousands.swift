import Foundation

/// A figure with thousands' commas wrapped inside its cell: `2,316` prints
/// `2,31` over `6` (LibreOffice breaks a number after a comma's group as
/// Word does when the cell is too narrow). `2,31` is no figure, so the row
/// matched none of the page's printed rows and the page was left unplaced
/// (`import-incomplete-table`, `import-cell`). A first line of the kind —
/// digits, a comma, a last group short of three digits — continues for sure:
/// it is joined to the digits standing under it in its column one line of
/// text lower when they make the group whole (`2,31` + `6`, `10,4` + `19`)
/// and they alone are there. The figure joined stands halfway between its
/// two lines, where a cell's content is centred, so it joins the printed
/// line of its row's one-line cells even when the digits' line was counted
/// with another row's; the layout text is told the same. Any other shape
/// leaves the page as it is (refused).
extension PDFWordBoxes {
    func joiningWrappedThousands(_ lines: [SourceLine]) -> (lines: [SourceLine], boxes: PDFWordBoxes) {
        var lines = lines
        var boxes = self
        var dropped = Set<Int>()
        for (page, printed) in pages.sorted(by: { $0.key < $1.key }) {
            let words = printed.flatMap { $0 }
            guard words.contains(where: { Self.beginsThousands($0.text) }),
                  let joins = Self.wrappedThousands(words), !joins.isEmpty,
                  let edited = Self.layoutJoining(joins, words: words, printed: printed, lines: lines, page: page) else { continue }
            lines = edited.lines
            dropped.formUnion(edited.emptied)
            var joined = words
            for (head, tail) in joins {
                let top = words[head], bottom = words[tail]
                let left = min(top.left, bottom.left), right = max(top.left + top.width, bottom.left + bottom.width)
                joined[head] = Word(text: top.text + bottom.text, left: left, centre: (left + right) / 2,
                                    middle: (top.middle + bottom.middle) / 2, height: top.height, line: top.line)
            }
            let tails = Set(joins.map(\.tail))
            boxes.pages[page] = Self.printedLines(joined.indices.filter { !tails.contains($0) }.map { joined[$0] })
        }
        return (lines.indices.filter { !dropped.contains($0) }.map { lines[$0] }, boxes)
    }

    /// Each begun figure's word with the one word of digits completing it, or nil when a begun figure has no such word
    /// or more than one, or a word completes two (nothing is joined on the page then).
    static func wrappedThousands(_ words: [Word]) -> [(head: Int, tail: Int)]? {
        var joins: [(head: Int, tail: Int)] = []
        for head in words.indices where beginsThousands(words[head].text) {
            let under = words.indices.filter { completes(words[head], with: words[$0]) }
            guard under.count == 1, let tail = under.first, !joins.contains(where: { $0.tail == tail }) else { return nil }
            joins.append((head, tail))
        }
        return joins
    }

    /// Whether `tail` is the rest of `head`'s figure: digits one line of text lower, in its column (the same centre, left
    /// or right edge), making its last group of three digits whole.
    static func completes(_ head: Word, with tail: Word) -> Bool {
        let step = tail.middle - head.middle, height = max(head.height, tail.height)
        return tail.text.first.map { $0.isASCII && $0.isNumber } == true && step >= height * 0.6 && step <= height * 1.25
            && (abs(head.centre - tail.centre) <= alignment || abs(head.left - tail.left) <= alignment
                || abs(head.left + head.width - tail.left - tail.width) <= alignment)
            && (head.text + tail.text).range(ofPattern: #"^[0-9]{1,3}(,[0-9]{3})+$"#) != nil
    }

    /// A figure's first line broken after a thousands' comma: `2,31`, `10,4`, `1,234,5`, `9,`.
    static func beginsThousands(_ text: String) -> Bool {
        text.range(ofPattern: #"^[0-9]{1,3}(,[0-9]{3})*,[0-9]{0,2}$"#) != nil
    }

    /// The page's layout lines with the joins made: each begun figure (found as often among the page's layout words,
    /// in their order) its whole figure, and the digits taken off the first layout line below it (within three) that
    /// prints them (a line left empty so, to drop); nil when a word is not found so.
    private static func layoutJoining(_ joins: [(head: Int, tail: Int)], words: [Word], printed: [[Word]], lines: [SourceLine],
                                      page: Int) -> (lines: [SourceLine], emptied: Set<Int>)? {
        var lines = lines
        var emptied = Set<Int>()
        let layout = lines.indices.filter { lines[$0].cells == nil && lines[$0].position.page == page }
        var headLines: [Int: Int] = [:]
        let lineOf = printed.indices.flatMap { line in printed[line].map { _ in line } }
        // Begun figures printed alike (`1,09` … `1,09`) are found in the layout's order: top to bottom by printed line (not
        // by each word's own middle, which may differ by a hair on one line), then left to right.
        for text in Set(joins.map { words[$0.head].text }).sorted() {
            let alike = joins.filter { words[$0.head].text == text }
                .sorted { (lineOf[$0.head], words[$0.head].centre) < (lineOf[$1.head], words[$1.head].centre) }
            let found = layout.flatMap { index in
                Array(repeating: index, count: lines[index].text.split(whereSeparator: \.isWhitespace).filter { $0 == text }.count)
            }
            guard found.count == alike.count else { return nil }
            for ((_, tail), index) in zip(alike, found) {
                guard let replaced = replacingWord(text, with: text + words[tail].text, in: lines[index].text) else { return nil }
                lines[index].text = replaced
                headLines[tail] = index
            }
        }
        // The digits of one printed line go together: the layout prints them on one line, in order.
        var byLine: [Int: [Int]] = [:]
        for (_, tail) in joins { byLine[lineOf[tail], default: []].append(tail) }
        for (printedLine, tails) in byLine.sorted(by: { $0.key < $1.key }) {
            let ordered = tails.sorted { words[$0].centre < words[$1].centre }
            let digits = ordered.map { words[$0].text }
            // The layout line printing the digits' printed line word for word (other wrapped digits among them), or its
            // words of digits alone (its marks on a line of their own), or one ending in the digits alone (the printed
            // line holding a row's cells besides, the layout not).
            let whole = printed[printedLine], figures = whole.filter { $0.text.first.map { $0.isASCII && $0.isNumber } == true }
            let readings = [whole, figures].map { shown in
                (shown.map(\.text), Set(shown.indices.filter { place in
                    ordered.contains { shown[place].centre == words[$0].centre && shown[place].middle == words[$0].middle }
                }))
            }
            guard let above = ordered.compactMap({ headLines[$0] }).max(),
                  let (index, rest) = layout.lazy.filter({ $0 > above && $0 <= above + 3 }).compactMap({ index -> (Int, String)? in
                      let tokens = lines[index].text.split(whereSeparator: \.isWhitespace).map(String.init)
                      if let (_, places) = readings.first(where: { $0.0 == tokens && $0.1.count == ordered.count }) {
                          return removingWords(at: places, of: lines[index].text).map { (index, $0) }
                      }
                      guard Array(rowFigures(lines[index].text).suffix(digits.count)) == digits else { return nil }
                      return replacingWords(of: lines[index].text, digits, with: digits.map { _ in "" }).map { (index, $0) }
                  }).first else { return nil }
            lines[index].text = String(rest.reversed().drop(while: \.isWhitespace).reversed())
            if lines[index].text.allSatisfy(\.isWhitespace) { emptied.insert(index) }
        }
        return (lines, emptied)
    }

    /// The line with the words at `places` (counted left to right) taken out, its other words where they were.
    private static func removingWords(at places: Set<Int>, of text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard places.allSatisfy({ words.indices.contains($0) }) else { return nil }
        var text = text
        for place in places.sorted().reversed() { text.replaceSubrange(words[place].startIndex..<words[place].endIndex, with: "") }
        return text
    }

    /// The line with its one word `old` replaced by `new`, its spacing as it was.
    private static func replacingWord(_ old: String, with new: String, in text: String) -> String? {
        guard let word = text.split(whereSeparator: \.isWhitespace).first(where: { $0 == old }) else { return nil }
        var text = text
        text.replaceSubrange(word.startIndex..<word.endIndex, with: new)
        return text
    }
}
