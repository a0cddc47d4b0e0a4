import Foundation
import PortalModel

/// A line of a table region split into what names a row and what may be
/// its cells.
struct RegionLine {
    let line: SourceLine
    /// The label part: the text before the numbers, or a row's text cells.
    let label: LabelText
    /// Cell texts the line may give a row: the numbers (and dashes) at the
    /// end of a text line; every cell of a table row (the row's columns are
    /// its last cells). Nil when the line holds none.
    let cells: [String]?
    /// Whether the line holds at least one figure, so that leaving it
    /// unplaced would lose it.
    let hasNumbers: Bool
    /// Whether the line ends in cells (numbers, dashes, blanks): a row of
    /// figures even without a label (table 四, an unlabelled table).
    let endsInCells: Bool
    /// Indices in `cells` of a table row's cells merged down from the row above.
    let fromAbove: Set<Int>
    /// For a PDF's line: where each of `cells` sits on the page, when known.
    let centres: [Double]?
    /// Their left edges, when known.
    let lefts: [Double]?

    init(_ line: SourceLine) {
        self.line = line
        if let allCells = line.cells {
            // A cell merged over several columns counts once: 行政许可's one figure in the
            // official template's three-column cell is one figure, not three.
            let kept = allCells.indices.filter { !line.spanContinuations.contains($0) }
            let row = kept.map { allCells[$0] }
            fromAbove = Set(kept.indices.filter { line.mergedFromAbove.contains(kept[$0]) })
            var seen: [String] = []
            for cell in row where CellText.value(cell) == nil && !seen.contains(cell) { seen.append(cell) }
            label = LabelText(Self.withoutNote(seen.joined()))
            // A table row always offers its cells: the row its label names
            // takes the last ones, and reports any it cannot read.
            cells = row
            endsInCells = row.last.map { CellText.value($0) != nil } ?? false
            hasNumbers = row.contains(where: CellText.isNumber)
            centres = nil
            lefts = nil
        } else {
            let tokens = Self.unglued(Self.marksApart(line.text.split(whereSeparator: { $0.isWhitespace }).map(String.init)))
            var trailing = Array(tokens.reversed().prefix(while: CellText.isCellToken).reversed())
            // `规章   /   /   /`: marks for nothing end a row too, when two or more stand there
            // (a lone 无 or / ending a line of text is a word, not a cell).
            let marked = Array(tokens.reversed().prefix { CellText.value($0) != nil && !$0.isEmpty }.reversed())
            if marked.count >= 2, marked.count > trailing.count { trailing = marked }
            // `行政许可   /`: a row of one column printing a mark for nothing. After a label's words (no
            // sentence's stop or colon) a lone `/` is its cell, not a word (a PDF read it as blank); a lone 无 only a
            // column's gap apart (`本年度行政复议 无` is words).
            if trailing.isEmpty, marked.count == 1, tokens.count >= 2, Self.isLabelWords(tokens.dropLast()),
               marked[0] != "无" && marked[0] != "無" || line.text.range(ofPattern: #"\s{2,}[无無]\s*$"#) != nil { trailing = marked }
            label = LabelText(Self.withoutNote(tokens.dropLast(trailing.count).joined()))
            cells = trailing.isEmpty ? nil : trailing
            endsInCells = !trailing.isEmpty
            hasNumbers = trailing.contains(where: CellText.isNumber)
            fromAbove = []
            centres = line.figureCentres.flatMap { $0.count == trailing.count ? $0 : nil }
            lefts = line.figureLefts.flatMap { $0.count == trailing.count ? $0 : nil }
        }
    }

    var isRow: Bool { line.cells != nil }

    /// The label without a template's note in brackets opening with 指, which says what the row counts (天门 胡市镇 2019:
    /// `规范性文件(指各行政机关印发的有正式文号的文件)`, `其他对外管理服务事项(指行政许可以外的…)`, and the columns'
    /// `上一年项目数量 (指2018年事项数)`): no official label holds one, and a row the note names (行政许可) is not printed again.
    static func withoutNote(_ label: String) -> String {
        guard label.contains("指"), let note else { return label }
        return note.stringByReplacingMatches(in: label, range: NSRange(label.startIndex..., in: label), withTemplate: "")
    }

    /// Compiled once: every label cell of every table line is tried. (A note the line cut off runs to its end.)
    private static let note = try? NSRegularExpression(pattern: #"[（(]\s*指[^（()）]*(?:[)）]|$)"#)

    /// Whether a word of the line is a figure, also where no cell ends the line (`政府集中采购  11  62506 元`, the trial
    /// form's 采购总金额 filled in with 元, which a PDF's text sets a word apart): such a line is no row printed blank.
    var printsFigure: Bool {
        hasNumbers || line.text.split(whereSeparator: \.isWhitespace).contains { CellText.isNumber(String($0)) || CellText.isSumInYuan(String($0)) }
    }

    /// How many of the line's words are figures, wherever they stand.
    var figureWords: Int {
        line.text.split(whereSeparator: \.isWhitespace).count { CellText.isNumber(String($0)) }
    }

    /// Whether a word after the line's first prints marks for nothing (无, /, —, or run together): a row whose line
    /// prints them is not printed blank, even where they cannot be read as its cells.
    var printsMarks: Bool {
        line.text.split(whereSeparator: \.isWhitespace).dropFirst().contains { CellText.printsMarks($0) }
    }

    /// Marks run together among the marks and figures that end a line (`无 无 无 无 无 无无`, a browser's print of a
    /// narrow table): each its own cell.
    static func marksApart(_ tokens: [String]) -> [String] {
        let ending = tokens.reversed().prefix { CellText.value($0) != nil || CellText.marksRunTogether($0) != nil }
        guard ending.contains(where: { CellText.marksRunTogether($0) != nil }), ending.count < tokens.count else { return tokens }
        return tokens.dropLast(ending.count) + ending.reversed().flatMap { CellText.marksRunTogether($0) ?? [$0] }
    }

    /// Words that may be a row's label: short, ending no sentence, no colon (`情况：无` is a sentence's).
    private static func isLabelWords(_ words: ArraySlice<String>) -> Bool {
        let text = words.joined()
        return text.count <= 60 && !text.contains(where: { "。：:；;".contains($0) })
    }

    /// The figures (and dashes) that end a line's words.
    static func trailingCells(_ tokens: [String]) -> [String] {
        Array(tokens.reversed().prefix(while: CellText.isCellToken).reversed())
    }

    /// A PDF's narrow label column prints a wrapped label's first characters
    /// against the first figure (`四、结3    0    0`): a Chinese character
    /// followed by digits, just before the figures, is a label's end and a
    /// figure (no official label ends in a digit).
    static func unglued(_ tokens: [String]) -> [String] {
        // Only before figures already there: a sentence ending in digits (收费3940) stays a sentence.
        let figures = tokens.reversed().prefix(while: CellText.isCellToken).count
        guard figures > 0, figures < tokens.count else { return tokens }
        let glued = tokens[tokens.count - figures - 1]
        let digits = glued.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < glued.count,
              let before = glued.dropLast(digits).last?.unicodeScalars.first, (0x4E00...0x9FFF).contains(before.value) else { return tokens }
        var split = Array(tokens[..<(tokens.count - figures - 1)])
        split += [String(glued.dropLast(digits)), String(glued.suffix(digits))]
        return split + tokens.suffix(figures)
    }

    /// How many of a copied row's cells, from its start, print its label: words, not figures, marks OCR
    /// was unsure of (`40⁇`) or blanks — never its last cell, which is a figure's, misprinted (`行政许可 | O`).
    static func labelCells(_ cells: [String]) -> Int {
        min(cells.prefix { CellText.value($0) == nil && !CellText.isUnsure($0) && !$0.isEmpty }.count, cells.count - 1)
    }

    /// Where the cell `texts[column]` was printed, `texts` being the cells a row took from this line: a row joined from a
    /// cell a line (`SourceLine.cellLines`) names the cell's own line (新乡 2019's `减` at line 61, its row's label at 57);
    /// any other line, its own position.
    func position(ofCell column: Int, in texts: [String]) -> SourcePosition {
        guard let printed = line.cellLines, let cells, printed.count == cells.count, texts.count <= cells.count,
              let start = (0...(cells.count - texts.count)).reversed().first(where: { Array(cells[$0..<($0 + texts.count)]) == texts })
        else { return line.position }
        var position = line.position
        position.line = printed[start + column]
        return position
    }

    /// The `count` cells a row of the form takes from this line, or why it cannot.
    func cells(count: Int) -> Result<[String], CellCountProblem> {
        guard let cells else { return .failure(.none) }
        if isRow {
            guard cells.count >= count else { return .failure(.tooFew(cells.count)) }
            switch Self.placements(of: cells, count: count) {
            case 1: return placedOnce(Self.lastPlacement(of: cells, count: count), count: count)
            case 0: break
            default: return .failure(.ambiguous(cells.count))
            }
            // `行政許可 | 4 | 142` under three columns (衡南 2020's table in columns of its own): the window would take the
            // row's label for a cell; the line holds fewer cells than the row's columns.
            let labelCells = Self.labelCells(cells)
            if labelCells > cells.count - count { return .failure(.tooFew(cells.count - labelCells)) }
            let extra = cells.dropLast(count)
            // A figure left of the columns means the row has more cells than the form.
            if extra.contains(where: CellText.isNumber) { return .failure(.tooMany(count + extra.filter(CellText.isNumber).count)) }
            return placedOnce(cells.count - count, count: count)
        }
        if cells.count < count { return .failure(.tooFew(cells.count)) }
        if cells.count > count { return .failure(.tooMany(cells.count)) }
        return .success(cells)
    }

    /// The windows of `count` readable cells that leave no figure outside:
    /// label cells and blanks on the left (merged labels), blanks on the
    /// right (a copied row's padding). How many different readings they give.
    private static func placements(of cells: [String], count: Int) -> Int {
        var readings: [[CellValue]] = []
        for window in windows(of: cells, count: count) where !readings.contains(window.values) {
            readings.append(window.values)
        }
        return readings.count
    }

    /// Where the window of cells a row takes starts.
    private static func lastPlacement(of cells: [String], count: Int) -> Int {
        windows(of: cells, count: count).last?.offset ?? cells.count - count
    }

    /// The `count` cells from `offset`, unless one is a figure merged down
    /// from the row above: printed once for two rows of the form, it belongs to neither.
    private func placedOnce(_ offset: Int, count: Int) -> Result<[String], CellCountProblem> {
        guard let cells else { return .failure(.none) }
        let window = offset..<offset + count
        if let merged = window.first(where: { fromAbove.contains($0) && CellText.isNumber(cells[$0]) }) {
            return .failure(.mergedDown(cells[merged]))
        }
        return .success(Array(cells[window]))
    }

    private static func windows(of cells: [String], count: Int) -> [(offset: Int, values: [CellValue])] {
        // Each cell valued once, not once a window it falls in or out of; a change with its word (`增1423`, 荣昌区林业局 2019) as
        // its figure would be: the mapper reads it in a column of changes only.
        let values = cells.map { CellText.value($0) ?? CellText.change($0) }
        let isNumber = values.map { $0?.number != nil }
        return (0...(cells.count - count)).compactMap { offset in
            let inside = values[offset..<offset + count].compactMap { $0 }
            guard inside.count == count, !isNumber[..<offset].contains(true), !isNumber[(offset + count)...].contains(true) else { return nil }
            return (offset, inside)
        }
    }
}

enum CellCountProblem: Error {
    case none
    case tooFew(Int)
    case tooMany(Int)
    /// More cells than columns, with blanks at both ends: they fit more than one way.
    case ambiguous(Int)
    /// A figure in a cell merged down from the row above.
    case mergedDown(String)
}
