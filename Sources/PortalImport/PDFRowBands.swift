import Foundation

/// A scanned table row's cells on one line, by the ruled cells they were read in.
///
/// Words share a printed line when they stand within half a height of its first (topmost) word. A scan's cell
/// read as nothing but ink (`ScannedPages.unreadInk`: `⁇`, or a dash) is given the ink's own box, which need not
/// sit where the row's figures sit (a dash with a speck beside it, its box lower and flatter); under a row's
/// wrapped label, whose top line opens the line, it fell outside it and opened a line of its own — no row took it,
/// and the row's cell, placed by its column, was written blank where ink was printed. The ruled cells tell the row
/// for sure: cells whose tops and bottoms agree are one row's, so the words each alone in such a cell (a figure,
/// a mark, `⁇`) are put on one line: the one holding the row's label, and most of them. A cell holding two words or more (a figure wrapped in
/// its cell, a label's lines) keeps its lines; a PDF's words read in no cell are grouped as before.
extension PDFWordBoxes {
    static func joiningRowBands(_ lines: [[Word]]) -> [[Word]] {
        var wordsInCell: [Int: Int] = [:]
        for word in lines.joined() { if let cell = word.cell { wordsInCell[cell, default: 0] += 1 } }
        // The words alone in their cells, where (line, place in it), their bands' middles top to bottom.
        let alone = lines.indices.flatMap { line in
            lines[line].indices.compactMap { place -> (line: Int, place: Int, band: ClosedRange<Double>)? in
                let word = lines[line][place]
                guard let cell = word.cell, wordsInCell[cell] == 1, let band = word.cellBand, holdsACell(word.text) else { return nil }
                return (line, place, band)
            }
        }.sorted { middle($0.band) < middle($1.band) }
        guard !alone.isEmpty else { return lines }
        var rows: [[(line: Int, place: Int, band: ClosedRange<Double>)]] = []
        for word in alone {
            if let first = rows.last?.first, sameRow(first.band, word.band) { rows[rows.count - 1].append(word) } else { rows.append([word]) }
        }
        var joined = lines
        var leaving: Set<[Int]> = []
        for row in rows where Set(row.map(\.line)).count == 1 {
            guard let word = row.first, let label = soleLabelLine(of: word.band, in: lines, wordsInCell: wordsInCell), label != word.line else { continue }
            let others = lines[word.line].filter { !holdsACell($0.text) }
            // A row of a label and one cell (table 二's one-column rows) has no band-mates: the cell on a line of its own,
            // off its label's (the ink of `⁇` high or low in its cell), joins its label's line.
            let alone = row.count == 1 && others.isEmpty && lines.joined().filter({ $0.cellBand.map { sameRow($0, word.band) } == true }).count == 2
            // A row's cells on the line of a cell merged over rows beside it (`（四）无` over `法提供`, the middle row's label
            // between its two lines, set with the lower): the words there are that taller cell's alone, and the row's cells
            // go to their own label's line (沭阳县发改局 2023 captured at 150 dpi: `（四）无 0 0`, a row of no label).
            let besideMerged = !others.isEmpty && others.allSatisfy { other in
                other.cellBand.map { !sameRow($0, word.band) && $0.contains(middle(word.band)) } == true
            }
            guard alone || besideMerged else { continue }
            for cell in row {
                joined[label].append(lines[cell.line][cell.place])
                leaving.insert([cell.line, cell.place])
            }
        }
        for row in rows where Set(row.map(\.line)).count > 1 {
            // The line holding the row's label (words of a cell of the row that are no cell's value) and most of its cells;
            // of lines alike, the upper. A row's cells set apart under its label are the label's row's, not a row of their own.
            let band = row[0].band
            let rank = Dictionary(grouping: row, by: \.line).map { line, cells in
                (line: line, labelled: lines[line].contains { word in word.cellBand.map { sameRow($0, band) } == true && !holdsACell(word.text) },
                 cells: cells.count)
            }
            guard let target = rank.max(by: { ($0.labelled ? 1 : 0, $0.cells, -$0.line) < ($1.labelled ? 1 : 0, $1.cells, -$1.line) })?.line else { continue }
            for word in row where word.line != target {
                joined[target].append(lines[word.line][word.place])
                leaving.insert([word.line, word.place])
            }
        }
        guard !leaving.isEmpty else { return lines }
        return joined.indices.compactMap { line in
            let kept = joined[line].indices.filter { $0 >= lines[line].count || !leaving.contains([line, $0]) }.map { joined[line][$0] }
            return kept.isEmpty ? nil : kept
        }
    }

    /// The one line holding a label of the row of `band` (a word alone in a cell of that band that is no cell's value).
    private static func soleLabelLine(of band: ClosedRange<Double>, in lines: [[Word]], wordsInCell: [Int: Int]) -> Int? {
        let labelled = lines.indices.filter { line in
            lines[line].contains { word in
                word.cell.map { wordsInCell[$0] == 1 } == true && word.cellBand.map { sameRow($0, band) } == true && !holdsACell(word.text)
            }
        }
        return labelled.count == 1 ? labelled[0] : nil
    }

    /// A figure, a mark (`—`, `无`) or OCR's mark for ink it read nothing from (`⁇`, `9⁇`): what a row's cell holds.
    private static func holdsACell(_ text: String) -> Bool {
        isCell(text) || CellText.isCellToken(text) || text.last == CellText.unsureMark
    }

    /// Two cells' bands alike within a fifth of the taller: one table row's (a cell merged over rows is taller).
    private static func sameRow(_ one: ClosedRange<Double>, _ other: ClosedRange<Double>) -> Bool {
        let overlap = min(one.upperBound, other.upperBound) - max(one.lowerBound, other.lowerBound)
        return overlap >= 0.8 * max(one.upperBound - one.lowerBound, other.upperBound - other.lowerBound)
    }

    private static func middle(_ band: ClosedRange<Double>) -> Double { (band.lowerBound + band.upperBound) / 2 }
}
