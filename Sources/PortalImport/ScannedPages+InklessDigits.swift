import Foundation

/// A figure's digit whose box holds no ink (`ScannedPages.fitted`), kept where Tesseract read it inside a figure.
///
/// Tesseract's character boxes are its model's guess at where each character it read lies, and on a line of large print
/// they can slip by a character: set G's 常家镇 2024 (grey, 300 dpi) read its title's `人民政府2024年` right, but boxed
/// 府 on the first 2's ink, the first 2 on the 0's, and the 0 in four pixels of blank paper before the second 2. Dropped
/// for its box, the 0 made the year 224 — in a cell's or a narrative's figure, a figure written wrong. A digit read inside
/// one of Tesseract's words, with digits of that word on either side, is part of a figure it read whole: it is kept, its
/// box set between its neighbours', where they stand as one figure. A digit alone, at a figure's end, or between digits a
/// column apart with no ink is dropped as before (a zero read on the white paper of a row of zeros read as one word). In a table's cell, where a figure written wrong is written silently, the figure is
/// kept sure only where the ink between its ends falls into as many runs as it has characters; otherwise it is to confirm.
extension ScannedPages {
    /// A line's characters (as Tesseract gave them, word by word) with each figure's digits fitted to their ink.
    static func fitted(line: [Glyph], to picture: PagePicture, typicalHeight: Double) -> [Glyph] {
        var fitted = line.map { Self.fitted($0, to: picture, typicalHeight: typicalHeight) }
        for figure in figures(in: line) {
            let inked = figure.filter { fitted[$0] != nil }
            guard let first = inked.first, let last = inked.last, figure.contains(where: { fitted[$0] == nil && $0 > first && $0 < last }) else { continue }
            for (before, after) in zip(inked, inked.dropFirst()) where after - before > 1 {
                // Only between characters standing as one figure (as `words` joins them): Tesseract reads a table's row of
                // zeros printed a column apart as one word, and a zero it read on the white paper between them is no print.
                // Or where the gap holds a run of ink a digit wide (no rule's) for each digit read there: their own ink, unboxed.
                guard let left = fitted[before], let right = fitted[after] else { continue }
                let count = after - before - 1
                let (top, bottom) = (min(left.top, right.top), max(left.bottom, right.bottom))
                let unboxed = inkRuns(in: picture, columns: Int(left.right)...Int(max(left.right, right.left - 1)), rows: Int(top)...Int(max(top, bottom)))
                    .filter { Double($0.count) >= 0.2 * typicalHeight }
                guard right.left - left.right < 0.75 * max(typicalHeight, left.height, right.height) || unboxed.count == count else { continue }
                // The inkless digits between two inked characters on that ink, else sharing the gap between their boxes, in the order read.
                let width = max(1, (right.left - left.right) / Double(count))
                for (place, index) in (before + 1..<after).enumerated() {
                    var digit = line[index]
                    if unboxed.count == count {
                        (digit.left, digit.right) = (Double(unboxed[place].lowerBound), Double(unboxed[place].upperBound + 1))
                    } else {
                        digit.left = left.right + Double(place) * width
                        digit.right = digit.left + width
                    }
                    (digit.top, digit.bottom) = (top, bottom)
                    fitted[index] = digit
                }
            }
            guard line[first].cell != nil, let start = fitted[first], let end = fitted[last] else { continue }
            let edges = figure.compactMap { fitted[$0] }.flatMap { [$0.top, $0.bottom] }
            let rows = Int(edges.min() ?? start.top)...Int(edges.max() ?? start.bottom)
            if inkRuns(in: picture, columns: Int(start.left)...Int(max(start.left, end.right - 1)), rows: rows).count != last - first + 1 {
                for index in first...last { fitted[index]?.unsure = true }
            }
        }
        for figure in figures(in: line) { vouchedAtItsEnds(figure, of: &fitted, line: line, in: picture, typicalHeight: typicalHeight) }
        for figure in figures(in: line) { placedOnInk(figure, of: &fitted, in: picture) }
        return fitted.compactMap { $0 }
    }

    /// A figure whose first or last digit has no ink under its box: kept where the ink vouches for it. Tesseract's boxes
    /// slip at a figure's end as in its middle (the last digit boxed on the paper past it, its ink in no box); dropped,
    /// the figure lost a digit unseen. The figure's ink — the runs under its boxes, and runs a digit wide in no other
    /// character's box joined to them as a figure's digits are (`words`' gap) — is counted: as many runs as digits read,
    /// each digit is boxed on its run; in a cell the figure is to confirm (a mark printed beside a figure would vouch
    /// alike). Otherwise the digit is dropped as before (a phantom zero read on the white paper beside a figure), and in a
    /// cell a figure beside ink of a digit that no box holds is to confirm: it may have lost that digit.
    private static func vouchedAtItsEnds(_ figure: [Int], of fitted: inout [Glyph?], line: [Glyph], in picture: PagePicture, typicalHeight: Double) {
        guard let first = figure.first, let last = figure.last, fitted[first] == nil || fitted[last] == nil,
              figure.allSatisfy({ isDigit(line[$0].text.first) }) else { return }
        let inked = figure.filter { fitted[$0] != nil }
        let inkedBoxes = inked.compactMap { fitted[$0] }
        guard !inkedBoxes.isEmpty, let top = inkedBoxes.map(\.top).min(), let bottom = inkedBoxes.map(\.bottom).max() else { return }
        let read = figure.map { line[$0] } + inkedBoxes
        let (left, right) = (read.map(\.left).min() ?? 0, read.map(\.right).max() ?? 0)
        let others = line.indices.filter { !figure.contains($0) }.map { line[$0] }
        let rows = Int(top)...Int(max(top, bottom))
        let runs = inkRuns(in: picture, columns: Int(left - typicalHeight)...Int(right + typicalHeight), rows: rows)
            .filter { run in !others.contains { Double(run.upperBound) >= $0.left && Double(run.lowerBound) < $0.right } }
        // The runs under the figure's boxes, then outwards while the next run is a digit's, a figure's gap away.
        guard let core = runs.firstIndex(where: { Double($0.upperBound) >= left && Double($0.lowerBound) < right }),
              let coreEnd = runs.lastIndex(where: { Double($0.upperBound) >= left && Double($0.lowerBound) < right }) else { return }
        let gap = 0.75 * typicalHeight
        let digitWide = { (run: ClosedRange<Int>) in Double(run.count) >= 0.2 * typicalHeight }
        var (from, to) = (core, coreEnd)
        while from > 0, digitWide(runs[from - 1]), Double(runs[from].lowerBound - runs[from - 1].upperBound) < gap { from -= 1 }
        while to + 1 < runs.count, digitWide(runs[to + 1]), Double(runs[to + 1].lowerBound - runs[to].upperBound) < gap { to += 1 }
        let chain = runs[from...to]
        let inACell = line[first].cell != nil
        if chain.count == figure.count {
            for (index, run) in zip(figure, chain) {
                var digit = line[index]
                (digit.left, digit.right, digit.top, digit.bottom) = (Double(run.lowerBound), Double(run.upperBound + 1), top, bottom)
                digit.unsure = digit.unsure || fitted[index]?.unsure == true || inACell
                fitted[index] = digit
            }
        } else if inACell, chain.count > inked.count {
            for index in inked { fitted[index]?.unsure = true }
        }
    }

    /// A figure's digits (one of Tesseract's words, all digits), each boxed on its own run of ink where the ink between the
    /// figure's ends falls into as many runs as it has digits: the reading and the ink agree, and only the boxes slipped.
    /// The same title read again (the page levelled, the cells cut out) boxed its first 2 right and its 0 on the second 2's
    /// stroke, the 0's ink in no box: `2` and `024` stood a gap apart, two words, and no year was read.
    private static func placedOnInk(_ figure: [Int], of fitted: inout [Glyph?], in picture: PagePicture) {
        let digits = figure.compactMap { fitted[$0] }
        guard digits.count == figure.count, digits.count >= 2, digits.allSatisfy({ isDigit($0.text.first) }),
              let left = digits.map(\.left).min(), let right = digits.map(\.right).max(),
              let top = digits.map(\.top).min(), let bottom = digits.map(\.bottom).max() else { return }
        let runs = inkRuns(in: picture, columns: Int(left)...Int(max(left, right - 1)), rows: Int(top)...Int(max(top, bottom)))
        guard runs.count == figure.count else { return }
        for (index, run) in zip(figure, runs) {
            fitted[index]?.left = Double(run.lowerBound)
            fitted[index]?.right = Double(run.upperBound + 1)
        }
    }

    /// The line's figures as Tesseract read them: runs of digits, points and commas (one character each) within one of its words.
    static func figures(in line: [Glyph]) -> [[Int]] {
        var figures: [[Int]] = []
        for (index, glyph) in line.enumerated() where glyph.word != nil && glyph.text.count == 1 && (isDigit(glyph.text.first) || ".,".contains(glyph.text)) {
            if let previous = figures.last?.last, previous == index - 1, line[previous].word == glyph.word {
                figures[figures.count - 1].append(index)
            } else {
                figures.append([index])
            }
        }
        return figures
    }

    /// The runs of inked columns across `rows`, left to right, a run ending at three blank columns (as a digit's box is fitted).
    static func inkRuns(in picture: PagePicture, columns: ClosedRange<Int>, rows: ClosedRange<Int>) -> [ClosedRange<Int>] {
        let (left, right) = (max(0, columns.lowerBound), min(picture.width - 1, columns.upperBound))
        let (top, bottom) = (max(0, rows.lowerBound), min(picture.height - 1, rows.upperBound))
        guard left <= right, top <= bottom else { return [] }
        var runs: [ClosedRange<Int>] = [], blank = 3
        for x in left...right {
            if (top...bottom).contains(where: { picture.pixels[$0 * picture.width + x] < 128 }) {
                if blank >= 3 { runs.append(x...x) } else if let last = runs.last { runs[runs.count - 1] = last.lowerBound...x }
                blank = 0
            } else {
                blank += 1
            }
        }
        return runs
    }
}
