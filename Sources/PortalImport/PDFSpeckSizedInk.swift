import Foundation

/// A scan's speck read as a character: on the printed line it stands on, but never the word that opens one.
///
/// Words share a printed line when they stand within half a height of its first (topmost) word. OCR gives a word its
/// ink's box: a speck Tesseract read as a character (`号` in the margin of 常家镇's preamble, 0.5 × 0.7 pt against
/// characters 10 pt high) has a box smaller than any character's, its middle wherever the speck fell. Topmost, it opened
/// the contact line (`邮编:256309;电话:0533-6970767;传真:0533-6970767`) half a character above the line's middle; the
/// line's flatter words (the digits of the phone numbers) stood beyond half a height of it and fell onto a line of their
/// own under `256309`. A box that small tells nothing of where its line stands, so the lines are grouped without it and
/// it joins the one it stands within half a height of (the nearest), else a line of its own: it is never dropped (a
/// cell's only figure, its box fitted to a point, is still its row's cell). The smallest characters a scan's text
/// holds alone (a dash, `》、《`) are a quarter of the usual height or more one way; a speck is a tenth either way.
/// A PDF's boxes are its font's glyphs', as high as the font whatever the mark: its lines are grouped as before.
struct SpeckSizedInk {
    typealias Word = PDFWordBoxes.Word

    /// The page's words that can open a line.
    private(set) var characters: [Word] = []
    /// The words OCR read from ink too small to be a character.
    private(set) var specks: [Word] = []

    /// A fifth of the page's usual word height, both ways: under it, no character.
    static let smallest = 0.2

    init(_ words: [Word]) {
        let heights = words.filter(\.inkBox).map(\.height).sorted()
        guard !heights.isEmpty else {
            characters = words
            return
        }
        let usual = heights[heights.count / 2]
        for word in words {
            if Self.isSpeck(word, against: usual) { specks.append(word) } else { characters.append(word) }
        }
    }

    /// Whether OCR read the word from ink too small to be a character beside words `height` high.
    static func isSpeck(_ word: Word, against height: Double) -> Bool {
        word.inkBox && max(word.width, word.height) < smallest * height
    }

    /// The printed lines (top to bottom, by their first words) with each speck on the line whose first word it stands
    /// within half a height of (the nearest), else on a line of its own where it stands.
    func placing(on lines: [[Word]]) -> [[Word]] {
        var placed = lines
        for speck in specks.sorted(by: { $0.middle < $1.middle }) {
            let near = placed.indices.compactMap { index -> (index: Int, distance: Double)? in
                guard let first = placed[index].first else { return nil }
                let distance = abs(speck.middle - first.middle)
                return distance <= max(first.height, speck.height) / 2 ? (index, distance) : nil
            }
            if let line = near.min(by: { $0.distance < $1.distance })?.index {
                placed[line].append(speck)
            } else {
                let index = placed.firstIndex { ($0.first?.middle ?? 0) > speck.middle } ?? placed.count
                placed.insert([speck], at: index)
            }
        }
        return placed
    }

    /// A page's words as OCR read them, each cell holding a figure and a speck read beside it (its box under a fifth of
    /// the page's usual height both ways) without the speck, the figure to confirm (`5709?`): a speck under `5709` in
    /// its cell was written `57091`, the layout text printing the two words as one. Neither dropped nor taken silently:
    /// the speck may be the figure's own ink its box was fitted to, so the operator compares the cell with the scan. A
    /// speck alone in its cell is the cell's reading (as any unsure figure, the cell is checked against the scan), and a
    /// cell holding anything but figures beside the speck is left as read (its row refused as before).
    static func settlingCells(_ words: [WordBox]) -> [WordBox] {
        let heights = words.map { $0.yMax - $0.yMin }.sorted()
        guard !heights.isEmpty else { return words }
        let usual = heights[heights.count / 2]
        let speck = { (word: WordBox) in max(word.xMax - word.xMin, word.yMax - word.yMin) < smallest * usual }
        let figure = { (word: WordBox) in CellText.isNumber(word.text) || word.text.last == CellText.unsureMark }
        let byCell = Dictionary(grouping: words.filter { $0.cell != nil }, by: { $0.cell ?? 0 })
        let settled = Set(byCell.filter { _, read in
            read.contains(where: speck) && read.contains { !speck($0) } && read.filter { !speck($0) }.allSatisfy(figure)
        }.keys)
        return words.compactMap { word in
            guard let cell = word.cell, settled.contains(cell) else { return word }
            if speck(word) { return nil }
            var unsure = word
            if unsure.text.last != CellText.unsureMark { unsure.text += String(CellText.unsureMark) }
            return unsure
        }
    }
}
