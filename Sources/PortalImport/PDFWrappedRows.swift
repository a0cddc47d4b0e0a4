/// A table row whose label wraps over several printed lines, its figures
/// printed level with one of them, and `pdftotext -layout` scattering the
/// figures over the label's lines.
///
/// A browser's print of a page centres each cell in its row: the figures of a
/// row share one height on the page (one printed line in the word boxes), but
/// the layout text sets them against the label line nearest to it —
/// 自然人's `0` on the label's first line, 总计's on its last, a number `5.`
/// centred on a line of its own between them (沭阳县发展和改革局 2023). The row
/// is put back together over the label's lines between the first figure and
/// the last: only when those lines' figures are, together, the printed line's
/// and no other line between them holds a figure (a figure there would be
/// another row's), and the lines hold every word of the printed line.
extension PDFWordBoxes {
    /// How many label lines without figures may stand between two of a row's
    /// figure lines: the form's longest labels (2.申请人逾期未按收费通知要求…)
    /// wrap over seven lines in the made pages' narrowest label column.
    static let labelLinesBetweenFigures = 5

    /// The layout lines of the row whose figures `figureLines[next...]` begin:
    /// from the first figure line to the last, the label lines between them
    /// included; nil when no run of figure lines makes the printed row.
    static func rowOverLabelLines(_ lines: [SourceLine], figureLines: [Int], from next: Int,
                                  figures: [String], words: [String]) -> [Int]? {
        for size in 2...4 where next + size <= figureLines.count {
            let run = Array(figureLines[next..<(next + size)])
            // The lines between two figure lines are the row's label: label text on the same page, no table cells.
            guard zip(run, run.dropFirst()).allSatisfy({ $1 - $0 - 1 <= labelLinesBetweenFigures }),
                  let first = run.first, let last = run.last,
                  (first...last).allSatisfy({ lines[$0].cells == nil && lines[$0].position.page == lines[first].position.page }) else { return nil }
            guard run.flatMap({ rowFigures(lines[$0].text) }).sorted() == figures.sorted() else { continue }
            let text = (first...last).map { lines[$0].text.filter { !$0.isWhitespace } }.joined()
            guard words.allSatisfy({ text.contains($0) }) else { return nil }
            return Array(first...last)
        }
        return nil
    }

    /// The layout lines that hold a printed row's label words the row's figure line lacks, found
    /// among the three lines above it, with the figure line: the row, its figures then joined to
    /// them. The layout text sets a row's figures, centred beside its label's first lines, under
    /// the next row's first label line (`3.要求提供公` / `开出版物` / `（五）不予 4.无正当理由` / `0  0`
    /// / `处理 大量反复申请  0  0`): each missing word must stand in exactly one of those lines not
    /// already another row's; else nil (the lines as they are). The lines between keep their place.
    /// A line holding the next printed row's own label words (`nextWords`) is that row's: a group label's
    /// words set on it (`三、本年度 法提供 3.补正后申请内容仍不明确`, centred across the rows) are left to it,
    /// so long as the row finds words of its own label elsewhere.
    static func rowFromLabelAbove(_ lines: [SourceLine], figureLine: Int, words: [String], claimed: Set<Int>,
                                  nextWords: [String] = []) -> [Int]? {
        let own = lines[figureLine].text.filter { !$0.isWhitespace }
        let missing = words.filter { !own.contains($0) }
        guard !missing.isEmpty else { return nil }
        let window = (max(0, figureLine - 3)..<figureLine).filter { index in
            lines[index].cells == nil && lines[index].position.page == lines[figureLine].position.page && !claimed.contains(index)
        }
        let others = nextWords.filter { !words.contains($0) && $0.count >= 2 && $0.contains(where: \.isLetter) }
        let othersLines = Set(window.filter { index in others.contains { lines[index].text.filter { !$0.isWhitespace }.contains($0) } })
        var holding = Set<Int>()
        for word in missing {
            let found = window.filter { lines[$0].text.filter { !$0.isWhitespace }.contains(word) }
            if found.count == 1, let line = found.first, othersLines.contains(line) { continue }
            guard found.count == 1, let line = found.first else { return nil }
            holding.insert(line)
        }
        return holding.isEmpty ? nil : holding.sorted() + [figureLine]
    }

    /// The texts (without spaces) of a page's layout lines that end in no figure.
    static func sentenceTexts(_ lines: [SourceLine], page: Int) -> Set<String> {
        Set(lines.filter { $0.cells == nil && $0.position.page == page && rowFigures($0.text).isEmpty }
            .map { $0.text.filter { !$0.isWhitespace } })
    }

    /// A printed line ending in a figure that the layout text prints whole as a line ending in
    /// none: a sentence wrapped after a year (…和《2022 / 年政务公开工作要点》), its words
    /// `和《` `2022` apart in the word boxes and one in the layout. No table row: left out of the
    /// rows matched with the layout's, which would otherwise not line up, and the page's figures
    /// placed nowhere.
    static func isSentence(_ printed: [Word], _ sentences: Set<String>) -> Bool {
        sentences.contains(printed.map(\.text).joined().filter { !$0.isWhitespace })
    }

    /// The figures (and dashes) that end a layout line.
    static func rowFigures(_ text: String) -> [String] {
        figures(tokens(text))
    }

    /// The printed line's label words when the layout line holds the same words in another
    /// order: a number centred in its cell a little below the label's first line
    /// (`其他  3.` for 3.其他), which the layout text sets after the label.
    static func labelInPrintedOrder(_ text: String, words: [String]) -> [String]? {
        let tokens = tokens(text)
        let label = Array(tokens.dropLast(figures(tokens).count))
        return label != words && label.sorted() == words.sorted() ? words : nil
    }
}

/// Whether a word is on another printed line than a word its box reaches.
enum PrintedLineOverlap {
    /// The two words overlap across (by more than a point) and their middles are further apart
    /// than half the smaller height: one is under the other, not beside it. A word drawn twice
    /// in one place (faux bold) is beside itself.
    static func standsUnder(_ word: PDFWordBoxes.Word, _ other: PDFWordBoxes.Word) -> Bool {
        let overlap = min(word.left + word.width, other.left + other.width) - max(word.left, other.left)
        return overlap > 1 && abs(word.middle - other.middle) > min(word.height, other.height) / 2
    }
}
