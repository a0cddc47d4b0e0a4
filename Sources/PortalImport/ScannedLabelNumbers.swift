import Foundation

/// A row's list number OCR read apart from its label in the label's ruled cell (`1 申请人` for 1.申请人无正当理由…).
///
/// Tesseract sometimes loses the point after a list number (a speck-thin `.`), and a figure beside a Chinese character is
/// a word of its own (`ScannedPages.words`: 共 2 件). In a PDF's text a figure so placed may be a cell's; on a scan the
/// ruled cell tells: a cell holds a row's label or its figure, never both, so digits that open a cell whose next word,
/// level with them and right against them, is the label's are the label's number. Left apart, they made the label's line
/// print a figure, and a row printed blank (常家镇's scan: 三（六）1, every cell blank) was refused as having no cells.
/// The lost point leaves its place: a half-width point and its bearings stand between the number and the label, over half
/// a character's width (`5 要求行…` at 300 dpi, 7 pt apart for characters 9.8 pt high; `7 ,属于行…` at 150 dpi, the point read
/// as a comma and taken off the label's box by `SpeckSizedInk.settlingPoints`), so the number is the label's within a
/// character's width of it, as a unit is its figure's (`ScannedFigureUnits`).
enum ScannedLabelNumbers {
    /// The page's words, each list number opening a label's ruled cell joined to the label's first word (`1申请人`: a
    /// label is matched without its numbering's punctuation, `LabelText`). No point is added: none was read.
    static func joined(_ words: [WordBox]) -> [WordBox] {
        let byCell = Dictionary(grouping: words.indices.filter { words[$0].cell != nil }, by: { words[$0].cell ?? 0 })
        var joined: [Int: Int] = [:]
        for (_, indices) in byCell {
            // The cell's first word: its topmost line's leftmost (lines by their middles, within half a height).
            guard let top = indices.min(by: { words[$0].yMin < words[$1].yMin }) else { continue }
            let line = indices.filter { abs(middle(words[$0]) - middle(words[top])) <= height(words[top]) / 2 }
                .sorted { words[$0].xMin < words[$1].xMin }
            guard line.count >= 2, case let (number, label) = (words[line[0]], words[line[1]]),
                  isListNumber(number.text), label.text.first.map(LabelText.isIdeograph) == true,
                  label.xMin - number.xMax < height(label),
                  abs(middle(number) - middle(label)) <= height(label) / 2 else { continue }
            joined[line[0]] = line[1]
        }
        guard !joined.isEmpty else { return words }
        var result = words
        for (number, label) in joined {
            result[label].text = words[number].text + words[label].text
            result[label].xMin = words[number].xMin
        }
        return result.indices.filter { joined[$0] == nil }.map { result[$0] }
    }

    /// One or two digits: a list's number (1 to 8 in table 三's groups), never a count that would be a cell's.
    private static func isListNumber(_ text: String) -> Bool {
        (1...2).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func middle(_ word: WordBox) -> Double { (word.yMin + word.yMax) / 2 }
    private static func height(_ word: WordBox) -> Double { word.yMax - word.yMin }
}
