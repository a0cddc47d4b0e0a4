/// A table row that `pdftotext -layout` printed on several lines, put
/// back together from where its words sit on the page.
///
/// A browser prints a table's narrow columns wrapped, and a cell's text
/// that starts higher than its neighbours' (a label vertically centred on
/// three lines, `补正后` beside the first figure, `3.` beside the others)
/// makes the layout text break one printed row in two: `补正后 0` / `3.  0  0
/// 0  0  0  0`. The word boxes show the row as one printed line. Only
/// consecutive layout lines whose figures are, together, one printed line's
/// and which hold its other words are joined; any other difference leaves
/// the page as it is.
extension PDFWordBoxes {
    func assemblingRows(_ lines: [SourceLine]) -> [SourceLine] {
        var joined: [Int: SourceLine] = [:]
        var dropped = Set<Int>()
        for (page, printed) in pages {
            guard let groups = rowGroups(lines, page: page, printed: printed) else { continue }
            for (indices, figures, printedLabel) in groups {
                // The label's words as the layout printed them, then the row's figures left to right.
                let labels = printedLabel ?? indices.flatMap { index -> [String] in
                    let tokens = Self.tokens(lines[index].text)
                    return Array(tokens.dropLast(Self.figures(tokens).count))
                }
                var line = lines[indices[0]]
                line.text = (labels + figures).joined(separator: "  ")
                joined[indices[0]] = line
                dropped.formUnion(indices.dropFirst())
            }
        }
        guard !joined.isEmpty else { return lines }
        return lines.indices.compactMap { dropped.contains($0) ? nil : joined[$0] ?? lines[$0] }
    }

    /// The runs of layout lines to join on a page, with the figures of the
    /// printed line they make, or nil when the page's rows of figures do not
    /// line up with its printed lines one for one or a run at a time. A run
    /// is two or three lines in a row whose figures are, together, the printed
    /// line's, and which hold every other word of it (their label). A line
    /// holding the printed line's label words in another order gets them in
    /// the printed order (`PDFWrappedRows.labelInPrintedOrder`).
    private func rowGroups(_ lines: [SourceLine], page: Int, printed: [[Word]]) -> [RowGroup]? {
        let layout = lines.indices.filter { lines[$0].cells == nil && lines[$0].position.page == page && !Self.figures(Self.tokens(lines[$0].text)).isEmpty }
        let sentences = Self.sentenceTexts(lines, page: page)
        let rowIndices = printed.indices.filter { !Self.figures(printed[$0].map(\.text)).isEmpty && !Self.isSentence(printed[$0], sentences) }
        let rows = rowIndices.map { printed[$0] }
        var groups: [RowGroup] = []
        var next = 0
        for (position, row) in rows.enumerated() {
            // The printed lines under the row down to the next row of figures: rows printing no figure
            // (3.补正后申请内容仍不明确 left blank) are the next rows as much as one printing them.
            let below = rowIndices[position] + 1..<(rowIndices.dropFirst(position + 1).first.map { $0 + 1 } ?? rowIndices[position] + 1)
            guard next < layout.count else { return nil }
            let figures = Self.figures(row.map(\.text))
            let words = Self.labelWords(row)
            if Self.figures(Self.tokens(lines[layout[next]].text)) == figures {
                if let label = Self.labelInPrintedOrder(lines[layout[next]].text, words: words) {
                    groups.append(([layout[next]], figures, label))
                } else if let run = Self.rowFromLabelAbove(lines, figureLine: layout[next], words: words, claimed: Set(groups.flatMap(\.lines)),
                                                           nextWords: below.flatMap { Self.labelWords(printed[$0]) }) {
                    groups.append((run, figures, nil))
                }
                next += 1
                continue
            }
            if let size = (2...3).first(where: { size in
                guard next + size <= layout.count else { return false }
                let run = Array(layout[next..<(next + size)])
                guard zip(run, run.dropFirst()).allSatisfy({ $1 == $0 + 1 }),
                      run.flatMap({ Self.figures(Self.tokens(lines[$0].text)) }).sorted() == figures.sorted() else { return false }
                let text = run.map { lines[$0].text.filter { !$0.isWhitespace } }.joined()
                return words.allSatisfy { text.contains($0) }
            }) {
                groups.append((Array(layout[next..<(next + size)]), figures, nil))
                next += size
            } else if let run = Self.rowOverLabelLines(lines, figureLines: layout, from: next, figures: figures, words: words) {
                // The figure lines apart, label lines between them (`PDFWrappedRows`).
                groups.append((run, figures, nil))
                next += run.count { layout.contains($0) }
            } else {
                return nil
            }
        }
        return next == layout.count ? groups : nil
    }

    /// Layout lines joined into a row, the row's figures, and its label's words when the printed line's order replaces the layout's.
    private typealias RowGroup = (lines: [Int], figures: [String], printedLabel: [String]?)

    /// A printed row's words before its figures.
    static func labelWords(_ row: [Word]) -> [String] {
        row.dropLast(figures(row.map(\.text)).count).map(\.text)
    }

    static func tokens(_ text: String) -> [String] {
        RegionLine.unglued(text.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    static func figures(_ tokens: [String]) -> [String] {
        RegionLine.trailingCells(tokens)
    }
}
