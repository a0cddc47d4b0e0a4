/// Tables that reached a text file one cell a line, put back into rows.
///
/// Two shapes are common: a page's table copied by a tool that prints each
/// cell as `规章 |` on a line of its own (a blank cell as `|`, the padding
/// of a short row as `||`), and a table copied from a PDF viewer or a page as
/// plain text, every cell on a line of its own. A row's label starts it;
/// the figures after it are its cells. Nothing is placed here: the mapper
/// still checks each row's cells against the form.
enum CellsPerLine {
    /// The number of `|` when the line holds nothing else, else nil. A
    /// Markdown row of blank cells (`|   |   |`) has spaces between its pipes.
    static func pipesOnly(_ line: String) -> Int? {
        let pipes = line.filter { $0 == "|" }.count
        return pipes > 0 && pipes == line.count ? pipes : nil
    }

    /// `| ||`: a blank cell, then the padding that ends its row (a page's
    /// table copied one `cell |` a line, 行政许可 | / `| ||` for a row whose figure is blank).
    static func isBlankThenPadding(_ line: String) -> Bool {
        line.range(ofPattern: #"^\|\s+\|{2,}$"#) != nil
    }

    /// A table copied with each cell on a line and a `|` alone on the line
    /// under it (规章 / `|` / 0 / `|` …, a 镇's page of 2023): each cell and its
    /// bar are one `规章 |` line, so the `cell |` reading applies; a bar under a
    /// bar is a blank cell. Told by eight cells or more in a row each under…
    /// over its bar, in a text where no other line starts or ends in one (a
    /// `|` alone before each row, 湖口's shape, is another shape). A row's padding on a line of its own (`||`, `|||||`
    /// after a row's last bar: 石家庄 长安区统计局 2023's page) is the `cell |` reading's padding, kept as it is.
    static func barsUnderCells(_ lines: [String], numbers: [Int]) -> (lines: [String], numbers: [Int]) {
        func isBar(_ line: String) -> Bool { line.trimmingCharacters(in: .whitespaces) == "|" }
        func isPadding(_ line: String) -> Bool { (pipesOnly(line.trimmingCharacters(in: .whitespaces)) ?? 0) >= 2 }
        func isCell(_ line: String) -> Bool { !isBar(line) && !isPadding(line) && !line.allSatisfy(\.isWhitespace) }
        let others = lines.contains { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed != "|" && !isPadding(trimmed) && (trimmed.hasPrefix("|") || trimmed.hasSuffix("|"))
        }
        guard !others else { return (lines, numbers) }
        var longest = 0, run = 0, index = 0
        while index < lines.count {
            if isPadding(lines[index]) {
                // A row's padding ends the row, not the run of cells over their bars.
                index += 1
            } else if index + 1 < lines.count, isCell(lines[index]), isBar(lines[index + 1]) {
                run += 1
                longest = max(longest, run)
                index += 2
            } else {
                run = 0
                index += 1
            }
        }
        guard longest >= 8 else { return (lines, numbers) }
        var out: (lines: [String], numbers: [Int]) = ([], [])
        index = 0
        while index < lines.count {
            if index + 1 < lines.count, isCell(lines[index]), isBar(lines[index + 1]) {
                out.lines.append(lines[index] + " |")
                out.numbers.append(numbers[index])
                index += 2
            } else {
                out.lines.append(lines[index])
                out.numbers.append(numbers[index])
                index += 1
            }
        }
        return out
    }

    /// Copied rows of one cell each (`规章 |`, `0 |`, `|`, `0 |`): a cell of
    /// text starts a row, the figures and blanks after it are its cells,
    /// until a row's padding (`rowEnds`) ends it.
    ///
    /// A padding of one `|` (a row under a group label, one cell short of the
    /// table's width: 岳阳楼区's `0 |` / `|`) reads as a blank cell; it is the
    /// padding when the row already holds as many figures and blanks as the
    /// last row its padding ended, and a row's label follows it.
    static func joiningPipeCells(_ lines: [SourceLine], singles: Set<Int>, rowEnds: Set<Int>) -> [SourceLine] {
        var out: [SourceLine] = []
        var previousWasSingle = false
        /// How many cells after its label the last row ended by its padding held.
        var paddedWidth: Int?
        for (index, line) in lines.enumerated() {
            guard singles.contains(index), let cell = line.cells?.first else {
                out.append(line)
                previousWasSingle = false
                continue
            }
            if previousWasSingle, cell.isEmpty, let cells = out.last?.cells, cells.count - 1 == paddedWidth,
               index + 1 < lines.count, lines[index + 1].cells?.first.map({ CellText.value($0) == nil }) ?? true {
                previousWasSingle = false
                continue
            }
            // (A change said in words, `未增未减 |`, or with its word before the figure, `增1423 |` (荣昌区林业局 2019), is the row's
            // cell as its figure would be: the mapper reads it in a column of changes only.)
            if previousWasSingle, CellText.value(cell) != nil || CellText.change(cell) != nil,
               let last = out.popLast(), let cells = last.cells {
                out.append(SourceLine(cells: cells + [cell], position: last.position))
            } else if CellText.value(cell) != nil, let last = out.last, last.cells == nil, CellText.isCellToken(last.text) {
                // `1` / `| 0` / `| 0`: a row's first figure printed bare, the others after `|`.
                out[out.count - 1] = SourceLine(cells: [last.text, cell], position: last.position)
            } else {
                out.append(line)
            }
            previousWasSingle = !rowEnds.contains(index)
            // A row of figures its padding ended (not a header's: its cells are words) gives the width.
            if rowEnds.contains(index), let cells = out.last?.cells, cells.count > 1, CellText.value(cells[cells.count - 1]) != nil {
                paddedWidth = cells.count - 1
            }
        }
        // A blank that no figure followed (an empty first column before a row's label) is no row.
        return out.filter { $0.cells != [""] }
    }

    /// Plain lines holding one figure each, two or more in a run, after a
    /// line of label text (no sentence in it): the figures are that label's
    /// row, as `pdftotext -layout` would have printed it. A lone figure (a
    /// page number, a one-column row) is left alone; a blank cell leaves no
    /// trace in such text, so a short row is still the mapper's error — unless
    /// it was copied as spaces between blank lines (`spacesAlone`, a page's
    /// `&nbsp;` cell, 衡南's 其他对外管理服务事项): spaces are a row's blank cells
    /// when its figures and spaces are as many as the row above's or below's
    /// (rows next to each other: one label line between them); spaces after
    /// its last cell may be a spacing paragraph, so the row may end before
    /// them. Spaces that complete no row are left out, as a blank line is.
    static func joiningLoneFigures(_ lines: [SourceLine]) -> [SourceLine] {
        let runs = figureRuns(lines)
        let runAt = Dictionary(uniqueKeysWithValues: runs.enumerated().map { ($0.element.lowerBound, $0.offset) })
        var out: [SourceLine] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            guard let number = runAt[index] else {
                if !lines[index].spacesAlone { out.append(lines[index]) }
                index += 1
                continue
            }
            let run = runs[number]
            let cells = lines[run]
            if cells.contains(where: \.spacesAlone), let width = rowWidth(runs, number, lines) {
                var row = SourceLine(cells: [out[out.count - 1].text] + cells.prefix(width).map(\.text), position: out[out.count - 1].position)
                row.figuresALine = true
                out[out.count - 1] = row
            } else if cells.contains(where: { CellText.isSumInYuan($0.text) || CellText.isSumInWan($0.text) || isChange($0.text) }),
                      !cells.contains(where: \.spacesAlone) {
                // A sum in 元 or 万 or a change in words among them: the row as its cells, so that the mapper reads or quotes that cell.
                var row = SourceLine(cells: [out[out.count - 1].text] + cells.map(\.text), position: out[out.count - 1].position)
                row.figuresALine = true
                row.cellLines = [out[out.count - 1].position.line] + cells.map(\.position.line)
                out[out.count - 1] = row
            } else if cells.filter({ !$0.spacesAlone }).count >= 2 {
                out[out.count - 1].text = ([out[out.count - 1].text] + cells.filter { !$0.spacesAlone }.map(\.text)).joined(separator: " ")
                out[out.count - 1].figuresALine = true
            } else {
                out += cells.filter { !$0.spacesAlone }
            }
            index = run.upperBound
        }
        return out
    }

    /// The runs of lone figures and spaces right after a label line.
    private static func figureRuns(_ lines: [SourceLine]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            var end = index
            while end < lines.endIndex, isLoneFigure(lines[end]) || lines[end].spacesAlone { end += 1 }
            if end > index, index > lines.startIndex, isLabel(lines[index - 1]) { runs.append(index..<end) }
            index = max(end, index + 1)
        }
        return runs
    }

    /// How many of a run's lines are its row's cells, when a row next to it (its run one
    /// label line away; four for a run of spaces alone) has as many figures and spaces, or as
    /// many without its last spaces.
    private static func rowWidth(_ runs: [Range<Int>], _ number: Int, _ lines: [SourceLine]) -> Int? {
        func widths(_ run: Range<Int>) -> Set<Int> {
            let trailing = lines[run].reversed().prefix { $0.spacesAlone }.count
            return Set((run.count - trailing)...run.count)
        }
        // A row alone in its block whose every cell is spaces (衡南's 行政许可, under 本年处理决定数量): the
        // next block's row, past its caption and header lines (four at most), has as many cells.
        let gap = lines[runs[number]].allSatisfy(\.spacesAlone) ? 4 : 1
        var beside = Set<Int>()
        if number > 0, runs[number].lowerBound - runs[number - 1].upperBound <= gap { beside.formUnion(widths(runs[number - 1])) }
        if number + 1 < runs.count, runs[number + 1].lowerBound - runs[number].upperBound <= gap { beside.formUnion(widths(runs[number + 1])) }
        return widths(runs[number]).sorted(by: >).first { $0 > 0 && beside.contains($0) }
    }

    /// A figure, a dash or a mark for nothing (`/`, `无`) alone on a line; or a sum in 元 (上湾乡 2019's `152790元`) or in 万
    /// (旺苍县林业局 2019's `2601.953875万`), kept with its row's figures so that the row is refused quoting it, not read short.
    private static func isLoneFigure(_ line: SourceLine) -> Bool {
        line.cells == nil && !line.text.contains(where: \.isWhitespace)
            && (CellText.value(line.text) != nil || CellText.isSumInYuan(line.text) || CellText.isSumInWan(line.text) || isChange(line.text))
    }

    /// A change printed in words (`增10`, `减4`, `未增未减`), or its word with no figure (`减`: 新乡 2019's 本年增/减, `990` / `减` /
    /// `711`): one of its row's cells, so that the column of changes reads it or the row is refused quoting it — not a label
    /// starting a row of its own, which left the row short and its last figure in no row.
    private static func isChange(_ text: String) -> Bool {
        CellText.change(text) != nil || CellText.changeWords.contains(text)
    }

    /// A row's label: short text that is no sentence and holds no figures of its own.
    private static func isLabel(_ line: SourceLine) -> Bool {
        guard line.cells == nil, line.text.count <= 80, let last = line.text.last else { return false }
        let tokens = line.text.split(whereSeparator: \.isWhitespace)
        return !line.text.contains("。") && !WrappedText.sentenceEnds.contains(last)
            && !(tokens.last.map { CellText.isCellToken(String($0)) } ?? false)
    }
}
