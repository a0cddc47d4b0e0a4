import Foundation

/// A figure whose digits are printed apart: expanded character spacing, a
/// cell set to distributed alignment (分散对齐), or a converter (WPS among
/// them) that places every character by itself. pdftotext reads `236` as
/// `2 3 6`, three figures where the row has one column, and the row is
/// refused. The word boxes tell a figure's spaced digits from figures in
/// cells of their own: the digits stand in a row, a small and even gap apart
/// (under half a digit's height; a table's columns stand much further apart).
extension PDFWordBoxes {
    /// The lines with each figure's spaced digits joined, and the boxes with
    /// their words joined as well (the rows' figures are matched with the
    /// printed lines' afterwards).
    func joiningSpacedDigits(_ lines: [SourceLine]) -> (lines: [SourceLine], boxes: PDFWordBoxes) {
        var boxes = self
        let lines = lines.map { line -> SourceLine in
            guard line.cells == nil, let page = line.position.page, let printed = boxes.pages[page] else { return line }
            let tokens = Self.tokenRanges(line.text)
            guard tokens.count >= 2, tokens.contains(where: { Self.isDigit($0.text) }),
                  let printedIndex = printed.firstIndex(where: { $0.map(\.text) == tokens.map(\.text) }) else { return line }
            let words = printed[printedIndex]
            var runs: [ClosedRange<Int>] = []
            var start = 0
            while start < words.count {
                var end = start
                if Self.isDigit(words[start].text) {
                    let first = end + 1 < words.count ? Self.gap(words[end], words[end + 1]) : nil
                    func close(_ index: Int) -> Bool {
                        let gap = Self.gap(words[index], words[index + 1])
                        return Self.isDigit(words[index + 1].text) && gap >= 0 && gap < max(words[index].height, words[index + 1].height) / 2
                    }
                    while end + 1 < words.count, let first, close(end), abs(Self.gap(words[end], words[end + 1]) - first) <= 1,
                          line.text[tokens[end].range.upperBound..<tokens[end + 1].range.lowerBound] == " " {
                        end += 1
                    }
                    // A digit close after the run but at another gap: which digits make a figure is not clear.
                    if end + 1 < words.count, close(end) {
                        start = end + 2
                        continue
                    }
                }
                // Digits starting with 0 are never one number (figures printed against each other, `0 0 002`).
                if end > start, words[start].text != "0" { runs.append(start...end) }
                start = end + 1
            }
            guard !runs.isEmpty else { return line }
            var line = line
            var joined = words
            for run in runs.reversed() {
                let range = tokens[run.lowerBound].range.lowerBound..<tokens[run.upperBound].range.upperBound
                let text = run.map { tokens[$0].text }.joined()
                line.text.replaceSubrange(range, with: text)
                let first = words[run.lowerBound], last = words[run.upperBound]
                let right = 2 * last.centre - last.left
                joined.replaceSubrange(run, with: [Word(text: text, left: first.left, centre: (first.left + right) / 2,
                                                        middle: first.middle, height: run.map { words[$0].height }.max() ?? first.height)])
            }
            boxes.pages[page]?[printedIndex] = joined
            return line
        }
        return (lines, boxes)
    }

    /// A single digit, as a figure's spaced digits print.
    private static func isDigit(_ text: String) -> Bool {
        text.count == 1 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }

    /// The space between two words of a printed line, edge to edge.
    private static func gap(_ left: Word, _ right: Word) -> Double {
        right.left - (2 * left.centre - left.left)
    }

    private static func tokenRanges(_ text: String) -> [(text: String, range: Range<String.Index>)] {
        var tokens: [(text: String, range: Range<String.Index>)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard !text[index].isWhitespace else {
                index = text.index(after: index)
                continue
            }
            let end = text[index...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            tokens.append((String(text[index..<end]), index..<end))
            index = end
        }
        return tokens
    }
}
