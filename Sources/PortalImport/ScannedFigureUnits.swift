import Foundation

/// A figure and its unit of count OCR read as two words in one ruled cell (`12` + `件`).
///
/// A figure beside a Chinese character is a word of its own on a scan (`ScannedPages.words`: 共 2 件), so a cell printing
/// `12件` reads as `12` and `件`, and its row's line ends in the unit: no cells, the row refused. Where the row's label and
/// figure share one ruled cell (汉阴 2023's table 二, `行政许可  12` with no rule read between them) or the figure is
/// longer than a list's number (`ScannedLabelNumbers` joins one or two digits opening their cell), nothing joined them.
/// Joined, the word is what a text layer prints (`12件`), which `CellText` reads as the figure 12 — the unit adds no
/// figure and changes none. Only where the cell holds that one figure: two figures in a cell (a label's `12 件 3`) cannot
/// be told apart as the row's cells, and the row is refused as before.
enum ScannedFigureUnits {
    /// The page's words, each cell's one figure joined to a unit of count right after it on its line.
    static func joined(_ words: [WordBox]) -> [WordBox] {
        let byCell = Dictionary(grouping: words.indices.filter { words[$0].cell != nil }, by: { words[$0].cell ?? 0 })
        var joined: [Int: Int] = [:]
        for (_, indices) in byCell {
            let figures = indices.filter { words[$0].text.contains { $0.isASCII && $0.isNumber } }
            guard figures.count == 1, let figure = figures.first, isFigure(words[figure].text) else { continue }
            let number = words[figure]
            // The unit: the cell's next word on the figure's line, level with it and no wider a gap than a character's.
            let after = indices.filter { words[$0].xMin >= number.xMax - 0.5 && abs(middle(words[$0]) - middle(number)) <= height(words[$0]) / 2 }
            guard let unit = after.min(by: { words[$0].xMin < words[$1].xMin }), CellText.units.contains(words[unit].text),
                  words[unit].xMin - number.xMax < height(words[unit]) else { continue }
            joined[figure] = unit
        }
        guard !joined.isEmpty else { return words }
        var result = words
        for (figure, unit) in joined {
            result[figure].text = words[figure].text + words[unit].text
            result[figure].xMax = words[unit].xMax
        }
        let units = Set(joined.values)
        return result.indices.filter { !units.contains($0) }.map { result[$0] }
    }

    /// Digits with their commas and point, sure (an unsure figure's mark stays last on its token).
    private static func isFigure(_ text: String) -> Bool {
        text.first.map { $0.isASCII && $0.isNumber } == true && CellText.printsDigitsOnly(text)
    }

    private static func middle(_ word: WordBox) -> Double { (word.yMin + word.yMax) / 2 }
    private static func height(_ word: WordBox) -> Double { word.yMax - word.yMin }
}
