/// A table row that `pdftotext -layout` printed on several lines, put
/// back together from where its words sit on the page.
///
/// A browser prints a table's narrow columns wrapped, and a cell's text
/// that starts higher than its neighbours' (a label vertically centred on
/// three lines, `补正后` beside the first figure, `3.` beside the others)
/// makes the layout text break one printed row in two: `补正后 0` / `3.  0  0
/// 0  0  0  0`. The word boxes show the row as one printed line. Only
/// consecutive layout lines whose words are, together, exactly one printed
/// line's words are joined; any other difference leaves the page as it is.
extension PDFWordBoxes {
    func assemblingRows(_ lines: [SourceLine]) -> [SourceLine] {
        var joined: [Int: SourceLine] = [:]
        var dropped = Set<Int>()
        for (page, printed) in pages {
            guard let groups = rowGroups(lines, page: page, printed: printed) else { continue }
            for (indices, words) in groups {
                var line = lines[indices[0]]
                line.text = words.map(\.text).joined(separator: "  ")
                joined[indices[0]] = line
                dropped.formUnion(indices.dropFirst())
            }
        }
        guard !joined.isEmpty else { return lines }
        return lines.indices.compactMap { dropped.contains($0) ? nil : joined[$0] ?? lines[$0] }
    }

    /// The runs of layout lines (with the printed line they make) to join on
    /// a page, or nil when the page's rows of figures do not line up with
    /// its printed lines one for one or a run at a time.
    private func rowGroups(_ lines: [SourceLine], page: Int, printed: [[Word]]) -> [([Int], [Word])]? {
        func figures(_ tokens: [String]) -> [String] { RegionLine.trailingCells(RegionLine.unglued(tokens)) }
        func tokens(_ index: Int) -> [String] { lines[index].text.split(whereSeparator: \.isWhitespace).map(String.init) }
        let layout = lines.indices.filter { lines[$0].cells == nil && lines[$0].position.page == page && !figures(tokens($0)).isEmpty }
        let rows = printed.filter { !figures($0.map(\.text)).isEmpty }
        var groups: [([Int], [Word])] = []
        var next = 0
        for row in rows {
            guard next < layout.count else { return nil }
            if figures(tokens(layout[next])) == figures(row.map(\.text)) {
                next += 1
                continue
            }
            // Two or three lines in a row, together holding this printed line's words and nothing else.
            let wanted = row.map(\.text).sorted()
            guard let size = (2...3).first(where: { size in
                guard next + size <= layout.count else { return false }
                let run = Array(layout[next..<(next + size)])
                guard zip(run, run.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { return false }
                return run.flatMap(tokens).sorted() == wanted
            }) else { return nil }
            groups.append((Array(layout[next..<(next + size)]), row))
            next += size
        }
        return next == layout.count ? groups : nil
    }
}
