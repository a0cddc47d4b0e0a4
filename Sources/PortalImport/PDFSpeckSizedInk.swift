import Foundation

/// A scan's speck read as a character: on the printed line it stands on, but never the word that opens one.
///
/// Words share a printed line when they stand within half a height of its first (topmost) word. OCR gives a word its
/// ink's box: a speck Tesseract read as a character (`号` in the margin of 常家镇's preamble, 0.5 × 0.7 pt against
/// characters 10 pt high) has a box smaller than any character's, its middle wherever the speck fell. Topmost, it opened
/// the contact line (`邮编:256309;电话:0533-6970767;传真:0533-6970767`) half a character above the line's middle; the
/// line's flatter words (the digits of the phone numbers) stood beyond half a height of it and fell onto a line of their
/// own under `256309`. A box that small tells nothing of where its line stands, so the lines are grouped without it and
/// it joins the one it stands within half a height of (the nearest), else, read in a ruled cell, a line of its own (a
/// cell's only figure, its box fitted to a point, is still its row's cell); a speck on no line and in no cell is no
/// print. The smallest characters a scan's text holds alone (a dash, `》、《`) are a quarter of the usual height or more
/// one way; a speck is a tenth either way.
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
        // The usual height of the page's words of Chinese characters where it has any: a table page of dashes for nothing
        // (flat boxes a point high, 临潼's page 2) holds more dashes than words of text, and their median is no character's.
        let scanned = words.filter(\.inkBox)
        let text = scanned.filter { $0.text.contains(where: LabelText.isIdeograph) }
        let heights = (text.isEmpty ? scanned : text).map(\.height).sorted()
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
    /// within half a height of (the nearest), else, read in a ruled cell, on a line of its own where it stands (the cell's
    /// reading). A speck on no line and in no cell is left out: too small to be a character, it is part of no sentence and
    /// no cell, and on a line of its own it was a figure no row takes (临潼's scan: a speck 0.7 × 1.7 pt in the right
    /// margin of page 2, read `6`, refused as `import-row-unplaced`).
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
            } else if speck.cell != nil {
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

    /// A page's words as OCR read them, a speck Tesseract read as a point beside a cell's word taken off it, where a point
    /// cannot be printed: after or before a mark alone in its cell (`无.`, `.无`, `-.`: no cell prints a mark so, and a mark
    /// has no digits a speck could change), and before a cell's Chinese characters (`.结`: no word of a table opens with a
    /// point). Kept, the point made 厦门市司法局's `无.` no mark (三（四）2 refused, one cell short) and 汉阴's heading `.结`
    /// no 结果纠正 (table 四's columns not found by their headings, its blanks unplaced). The word's box loses the point's
    /// width where its characters are Chinese (each about as wide as high). A figure with a point beside it is marked
    /// unsure as it was read (`ScannedPages.words`); any other word is left as read.
    static func settlingPoints(_ words: [WordBox]) -> [WordBox] {
        let cellWords = Dictionary(grouping: words.compactMap(\.cell), by: { $0 }).mapValues(\.count)
        return words.map { word in
            guard let cell = word.cell, let first = word.text.first, let last = word.text.last, word.text.count >= 2 else { return word }
            var settled = word
            if cellWords[cell] == 1, word.text.count == 2, let mark = points.contains(last) ? first : points.contains(first) ? last : nil,
               case .blank(let printed)? = CellText.value(String(mark)), !printed.isEmpty {
                settled.text = String(mark)
            } else if points.contains(first), word.text.dropFirst().allSatisfy(LabelText.isIdeograph) {
                settled.text = String(word.text.dropFirst())
            } else {
                return word
            }
            if settled.text.allSatisfy(LabelText.isIdeograph) {
                let width = Double(settled.text.count) * (word.yMax - word.yMin)
                if points.contains(first) { settled.xMin = max(word.xMin, word.xMax - width) } else { settled.xMax = min(word.xMax, word.xMin + width) }
            }
            return settled
        }
    }

    /// What OCR reads a speck beside a character as.
    private static let points: Set<Character> = [".", "·", ",", "。", "，", "、"]
}
