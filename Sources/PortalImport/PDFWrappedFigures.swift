import Foundation

/// A figure wider than its table column, wrapped inside its cell.
///
/// LibreOffice (and Word) break a number that does not fit its cell's
/// width: table 四's fifteen columns in the 公文 layouts hold two or three
/// digits, so `274` prints `27` over `4`, in the cell's column, one line of
/// the cell's text lower; the row's other cells, one line high, stand
/// centred between (`27 31 58 90 17 10 45 45` / `0 0 0 …` / `4 0 4 1 1 72 7 7`).
/// The layout text gives the wrapped digits a line of their own, which no
/// row claims. The word boxes show them for what they are: a printed line
/// of digits alone, each standing in the column of a figure on the printed
/// line just above (the same centre, left or right edge), one line of text
/// below it. Only then are the digits joined to the figure they continue;
/// any other shape leaves the page as it is (and the row refused). Table
/// 三's 总计 of five digits wraps beside its label's next line (`…申请  1109` /
/// `7924 2174 6 3 3 997` / `数量  7`): there a next row's own label and
/// figures could stand so, so the digits are joined only where the row's
/// one-line cells stand centred between the two lines (a row of its own
/// prints its cells level with its label).
extension PDFWordBoxes {
    func joiningWrappedFigures(_ lines: [SourceLine]) -> (lines: [SourceLine], boxes: PDFWordBoxes) {
        var lines = lines
        var boxes = self
        var dropped = Set<Int>()
        for (page, printed) in pages {
            guard let (rows, layout) = Self.rowsLinedUp(lines, page: page, printed: printed) else { continue }
            var joined = printed
            var continued = Set<Int>(), emptied = Set<Int>()
            for position in rows.indices.dropFirst() {
                let (above, below) = (rows[position - 1], rows[position])
                let words = printed[below]
                let tails = Array(words.suffix(Self.figures(words.map(\.text)).count))
                let label = Array(words.dropLast(tails.count))
                // The wrapped digits' printed line is the next one, the layout printing it as it is; beside a label's
                // next line (`数量  7`), only where the row's one-line cells stand centred between the two lines.
                guard below == above + 1, !continued.contains(above),
                      Self.tokens(lines[layout[position]].text) == words.map(\.text),
                      let (row, heads) = Self.continuing(joined[above], with: tails), let first = heads.min(),
                      label.isEmpty || Self.centredBetween(joined[above], heads: heads, tails: tails),
                      let text = Self.replacingWords(of: lines[layout[position - 1]].text, joined[above][first...].map(\.text),
                                                     with: row[first...].map(\.text)),
                      let rest = Self.replacingWords(of: lines[layout[position]].text, tails.map(\.text), with: tails.map { _ in "" })
                else { continue }
                // A label centred in the row two lines high (`（七）总计`, level with its one-line cells) is the row's;
                // a label's next line (`数量`, level with the digits) stays where it is, without them.
                let middle = Self.middle(of: row, heads: heads, tails: tails)
                let centred = label.filter { abs($0.middle - middle) <= $0.height * 0.2 }
                let own = label.filter { abs($0.middle - middle) > $0.height * 0.2 }
                lines[layout[position - 1]].text = centred.isEmpty ? text
                    : (centred.map(\.text) + [String(text.drop(while: \.isWhitespace))]).joined(separator: "  ")
                joined[above] = (centred + row).sorted { $0.centre < $1.centre }
                continued.insert(below)
                if own.isEmpty {
                    emptied.insert(below)
                    dropped.insert(layout[position])
                } else {
                    lines[layout[position]].text = own.count == label.count ? String(rest.reversed().drop(while: \.isWhitespace).reversed())
                        : own.map(\.text).joined(separator: " ")
                    joined[below] = own
                }
            }
            boxes.pages[page] = joined.indices.filter { !emptied.contains($0) }.map { joined[$0] }
        }
        return (lines.indices.filter { !dropped.contains($0) }.map { lines[$0] }, boxes)
    }

    /// The page's printed rows of figures and its layout lines ending in figures, when they line up one for one (the
    /// same figures, in order), as they are placed afterwards; nil otherwise.
    static func rowsLinedUp(_ lines: [SourceLine], page: Int, printed: [[Word]]) -> (rows: [Int], layout: [Int])? {
        let sentences = sentenceTexts(lines, page: page)
        let rows = printed.indices.filter { !figures(printed[$0].map(\.text)).isEmpty && !isSentence(printed[$0], sentences) }
        let layout = lines.indices.filter { lines[$0].cells == nil && lines[$0].position.page == page && !rowFigures(lines[$0].text).isEmpty }
        guard rows.count == layout.count,
              zip(rows, layout).allSatisfy({ figures(printed[$0].map(\.text)) == rowFigures(lines[$1].text) }) else { return nil }
        return (rows, layout)
    }

    /// The printed row with each of `digits`' words joined to the figure it continues, and those figures' places
    /// in it; nil when a word is not digits, or stands under no figure of the row, or under more than one, or not
    /// one line lower.
    static func continuing(_ row: [Word], with digits: [Word]) -> (row: [Word], heads: Set<Int>)? {
        var row = row
        var used = Set<Int>()
        for tail in digits {
            guard isDigits(tail.text) else { return nil }
            let heads = row.indices.filter { index in
                let head = row[index]
                let step = tail.middle - head.middle, height = max(head.height, tail.height)
                return isDigits(head.text) && step >= height * 0.6 && step <= height * 1.25
                    && (abs(head.centre - tail.centre) <= alignment || abs(head.left - tail.left) <= alignment
                        || abs(head.left + head.width - tail.left - tail.width) <= alignment)
            }
            guard heads.count == 1, let index = heads.first, !used.contains(index) else { return nil }
            let head = row[index]
            let text = head.text + tail.text
            // The first line of a wrapped cell holds as many digits as fit, the next the rest; never a 0 first.
            guard tail.text.count <= head.text.count || head.text.hasSuffix(","), CellText.isNumber(text), !CellText.isGlued(text) else { return nil }
            let left = min(head.left, tail.left), right = max(head.left + head.width, tail.left + tail.width)
            row[index] = Word(text: text, left: left, centre: (left + right) / 2, middle: head.middle, height: head.height, line: head.line)
            used.insert(index)
        }
        return used.isEmpty ? nil : (row, used)
    }

    /// Whether the row's other figures stand centred between its wrapped figures' two lines, as one-line cells
    /// centred in a row two lines high do (and there are some): no row of its own under the figures, one line lower
    /// beside its label (the next row's cells stand level with its digits, the row above's level with its figures).
    static func centredBetween(_ row: [Word], heads: Set<Int>, tails: [Word]) -> Bool {
        let figures = row.indices.suffix(figures(row.map(\.text)).count)
        let others = figures.filter { !heads.contains($0) }
        let middle = middle(of: row, heads: heads, tails: tails)
        return !others.isEmpty && others.allSatisfy { abs(row[$0].middle - middle) <= row[$0].height * 0.2 }
    }

    /// Halfway between the wrapped figures' first line and their digits' line.
    private static func middle(of row: [Word], heads: Set<Int>, tails: [Word]) -> Double {
        guard !heads.isEmpty, !tails.isEmpty else { return .infinity }
        let top = heads.map { row[$0].middle }.reduce(0, +) / Double(heads.count)
        return (top + tails.map(\.middle).reduce(0, +) / Double(tails.count)) / 2
    }

    /// How far apart (pt) a cell's two lines' edges or centres may stand: they are set alike.
    static let alignment = 1.0

    /// A figure's digits as a cell prints them, its thousands' commas among them.
    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," } && text.first != ","
    }

    /// A layout line with its last words replaced, one for one (the printed row's from the first figure joined
    /// on: marks such as `/` among them; or the wrapped digits by nothing); its label and spacing as they were. Nil
    /// when the line does not end in those words as the printed row does (a label's character printed against a
    /// figure, words in another order).
    static func replacingWords(of text: String, _ old: [String], with new: [String]) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.suffix(old.count).map(String.init) == old, old.count == new.count else { return nil }
        var text = text
        for (word, replacement) in zip(words.suffix(new.count), new).reversed() {
            text.replaceSubrange(word.startIndex..<word.endIndex, with: replacement)
        }
        return text
    }
}
