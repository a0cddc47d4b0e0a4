import Foundation
import PortalModel

/// A table row's cells split over two printed lines by the word boxes' grouping, put back together.
///
/// LibreOffice prints a mark `无` 1 pt lower than the digits beside it. Words share a printed line when
/// they stand within half a height of its first (topmost) word; where the row's label starts half a
/// line higher than its cells (二、上年结转政府信息公开申请 over 数量), the digits are within half a
/// height of it and the marks just beyond, so the marks open a line of their own (`无  无  无  无`, or
/// with the label's next words: `数量  无  无 …`). The word boxes' layout text then prints a row of
/// figures with blanks where `无` was printed, and a line of marks that is no row — cells written wrong.
/// (`pdftotext -layout` keeps such a row on one line: only the text made from the boxes splits it.)
///
/// The boxes tell the row for sure when a line's cells (figures and marks) all stand within a fifth of
/// a height of the cells of the line above, which stand level with one another, and in columns those
/// leave free (no overlap with any of that line's words, right of its label): they move up to it.
/// Cells level with the line above but not so (sharing a column, some of the line's cells not level)
/// are refused, naming the row: never read as a row with blanks.
extension PDFWordBoxes {
    /// The pages with each row's split cells back on its line, or the first row they cannot be told for.
    func joiningSplitRowCells(path: String) -> Result<PDFWordBoxes, ImportFailure> {
        var boxes = self
        boxes.joinsSplitRowCells = true
        for (page, printed) in pages.sorted(by: { $0.key < $1.key }) {
            switch Self.joiningSplitRowCells(printed) {
            case .success(let lines):
                boxes.pages[page] = lines
            case .failure(let row, let reason):
                return .failure(.error(.importCell, at: SourceLocation(path: path, line: row.first?.line ?? 0),
                                       "page \(page), the row `\(row.map(\.text).joined(separator: " "))`: \(reason)",
                                       hint: "import the PDF itself (its -layout text keeps the row's cells on one line), or its Word version"))
            }
        }
        return .success(boxes)
    }

    /// A page's printed lines with each row's split cells back on its line; or the first row they cannot be told for,
    /// and why. A row two lines high (`PDFTwoLineRows`: a wrapped figure's digits under it, marks between) is left to
    /// that join.
    static func joiningSplitRowCells(_ printed: [[Word]]) -> SplitRowCells {
        let words = printed.flatMap { $0 }
        let inTwoLineRows = Set(twoLineRows(words).flatMap(\.band).map { key(words[$0]) })
        let tables = ruledTables(of: words)
        var lines = printed
        var index = 0
        while index + 1 < lines.count {
            if (lines[index] + lines[index + 1]).contains(where: { inTwoLineRows.contains(key($0)) }) {
                index += 1
                continue
            }
            switch splitCells(of: lines[index], below: lines[index + 1]) {
            case .none:
                index += 1
            case .joined(let row, let rest):
                lines[index] = row
                if rest.isEmpty { lines.remove(at: index + 1) } else { lines[index + 1] = rest }
                index += 1
            case .unsure where isText(lines[index] + lines[index + 1], outside: tables):
                index += 1
            case .unsure(let reason):
                return .failure(row: lines[index], reason: reason)
            }
        }
        return .success(lines)
    }

    /// A scanned page's ruled tables, top to bottom, each from its first row's top to its last row's bottom: the bands of
    /// the cells its words were read in (`WordBox.cellBand`), joined where they overlap or touch — one table's rows share
    /// their rules, and each cell's band takes in a margin past them. Words kept without their cells' bands leave gaps
    /// between a table's rows: their boxes give one span, the first cell's top to the last's bottom. Empty for a PDF's
    /// text and a scan whose rules were not found.
    private static func ruledTables(of words: [Word]) -> [ClosedRange<Double>] {
        let cells = words.filter { $0.cell != nil }
        let bands = cells.compactMap(\.cellBand)
        guard bands.count == cells.count else {
            let boxes = cells.map { ($0.middle - $0.height / 2)...($0.middle + $0.height / 2) }
            guard let top = boxes.map(\.lowerBound).min(), let bottom = boxes.map(\.upperBound).max() else { return [] }
            return [top...bottom]
        }
        var tables: [ClosedRange<Double>] = []
        for span in bands.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = tables.last, span.lowerBound <= last.upperBound {
                tables[tables.count - 1] = last.lowerBound...max(last.upperBound, span.upperBound)
            } else {
                tables.append(span)
            }
        }
        return tables
    }

    /// Lines of a scanned page read cell by cell whose words were all read in no cell and stand in none of its ruled
    /// tables — above them, below them, or between two of them (a note under one table, the next part's heading over
    /// the next): text (a preamble's or a closing contact line, `邮编:256309;电话:0533-6970767` read with a speck), no
    /// table row — never refused for figures its split leaves level with a line's (V3 常家镇).
    private static func isText(_ words: [Word], outside tables: [ClosedRange<Double>]) -> Bool {
        guard !tables.isEmpty else { return false }
        return words.allSatisfy { word in word.cell == nil && !tables.contains { $0.contains(word.middle) } }
    }

    enum SplitRowCells {
        case success([[Word]])
        case failure(row: [Word], reason: String)
    }

    /// A page's words grouped into printed lines, each row's split cells back on its line where the boxes say so for
    /// sure (the rest left as grouped): a page regrouped after a join, its rows' cells told when it was first read.
    static func rowLines(_ words: [Word]) -> [[Word]] {
        let lines = printedLines(words)
        if case .success(let joined) = joiningSplitRowCells(lines) { return joined }
        return lines
    }

    /// A word told apart from the page's others by its text and place.
    private static func key(_ word: Word) -> String {
        "\(word.text)@\(word.left),\(word.middle)"
    }

    enum SplitCells {
        case none
        case joined(row: [Word], rest: [Word])
        case unsure(String)
    }

    /// Whether the line `below` holds cells of the row `line`: none, for sure (the row with them, and what is left
    /// below), or not for sure (why).
    static func splitCells(of line: [Word], below: [Word]) -> SplitCells {
        let cells = line.filter { isCell($0.text) }
        guard let first = cells.first else { return .none }
        let height = cells.map(\.height).max() ?? first.height
        let middle = cells.map(\.middle).reduce(0, +) / Double(cells.count)
        let level = { (word: Word) in abs(word.middle - middle) <= height * tolerance }
        let split = below.filter { isCell($0.text) && level($0) }
        guard !split.isEmpty else { return .none }
        let printed = below.filter { isCell($0.text) }.map(\.text).joined(separator: " ")
        guard cells.allSatisfy(level) else {
            return .unsure("its cells do not stand level with one another, and the cells `\(printed)` under them stand level with some: which are the row's cannot be told")
        }
        guard split.count == below.filter({ isCell($0.text) }).count else {
            return .unsure("some of the cells `\(printed)` on the line under it stand level with its cells, others not: which are the row's cannot be told")
        }
        let labelEnd = line.filter { !isCell($0.text) }.map { $0.left + $0.width }.max() ?? -Double.infinity
        let free = split.allSatisfy { cell in
            cell.left >= labelEnd && line.allSatisfy { $0.left + $0.width <= cell.left || cell.left + cell.width <= $0.left }
        }
        guard free else {
            return .unsure("the cells `\(printed)` on the line under it stand level with its cells but share a column with one of its words")
        }
        let row = (line + split).sorted { $0.centre < $1.centre }
        let moved = Set(split.map(key))
        let rest = below.filter { !moved.contains(key($0)) }
        return .joined(row: row, rest: rest)
    }
}
