import Foundation

/// Text copied out of a page or a Word file, Markdown, or `pdftotext
/// -layout` output → lines. Table rows come in five shapes: one cell per
/// tab-led line with a blank line after each row (Word's text export, the
/// shape of the reference report's text), Markdown pipe rows, `a | b | c |`
/// rows copied from a page, or one `a |` cell per line, and lines with cells
/// separated by tabs or spaces (which stay text lines: the mapper reads the
/// numbers at their end).
enum TextExtractor {
    /// - Parameter layout: PDF text, where an indented line starts a
    ///   paragraph and other lines continue it, and `\f` separates pages.
    /// `fileLines`: each of the text's lines' number in the file, when they differ (`LineBreaks`).
    static func lines(of text: String, layout: Bool = false, fileLines: [Int]? = nil) -> [SourceLine] {
        var lines: [SourceLine] = []
        /// A row of cells a tab-led line each (Word's text through Tika), until a blank line.
        var row = TabLedRow()
        var page = 1
        /// Copied rows of one cell (`规章 |`): a table copied one cell per line.
        var singleCells = Set<Int>()
        /// Indices of single cells after which a copied row ends (its padding followed).
        var rowEnds = Set<Int>()
        var blankAtEnd = Set<Int>()
        /// Rows of a table printed to the right of another, until the left one ends.
        var rightTable: [SourceLine] = []
        /// Numbers of lines after a blank line (a paragraph's end in wrapped text).
        var blankBefore = Set<Int>()
        /// PDF text: each text line's printed width, by its index in `lines`.
        var widths: [Int: Int] = [:]
        func endRow() {
            lines += row.sourceLines()
            row = TabLedRow()
        }
        // Each line's number in the file: a line split in two keeps its number for both parts.
        var numbers: [Int] = []
        var split: [String] = []
        for (index, line) in text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").enumerated() {
            for part in layout ? [line] : figuresThenHeading(line).flatMap(runOnHeadings).flatMap(sourceThenHeading) {
                split.append(part)
                numbers.append(fileLines.map { index < $0.count ? $0[index] : index + 1 } ?? index + 1)
            }
        }
        if !layout { (split, numbers) = CellsPerLine.barsUnderCells(split, numbers: numbers) }
        let tika = TikaMarkers(layout ? split : IndentedCells.rowsALine(split))
        let rawLines = LostSpaces.trailingRemoved(tika.lines)
        /// Tika's text of a web page: a row a line, each cell led by this many tabs.
        let cellTabs = layout ? 1 : TabLedRows.cellTabs(rawLines)
        let wordCells = !layout && rawLines.lazy.filter { $0.hasPrefix("\t") && !TabLedRows.isRow($0) }.prefix(3).count == 3
        let blankLineRows = BlankLineRows(layout ? [] : rawLines)
        let doubleSpaced = !layout && DoubleSpacedText.separatesEveryLine(rawLines)
        let pageNumbers = pageFurnitureLines(rawLines)
        // A browser prints the whole page a little right of its header and footer: an indent
        // is counted from the text's own left edge, the least any line of it is indented.
        let leftEdge = layout ? rawLines.indices.filter { !pageNumbers.contains($0) }.compactMap { index -> Int? in
            let line = rawLines[index].filter { $0 != "\u{0C}" }
            return line.allSatisfy(\.isWhitespace) ? nil : line.prefix { $0 == " " || $0 == "\u{3000}" }.count
        }.min() ?? 0 : 0
        for (index, raw) in rawLines.enumerated() {
            // Furniture left out still turns the page (a running header starts with the form feed).
            if pageNumbers.contains(index) {
                if layout { page += raw.filter { $0 == "\u{0C}" }.count }
                continue
            }
            let number = numbers[index]
            // A footnote's text, printed where it is referenced: not the report's.
            if tika.notes.contains(index) { continue }
            var line = raw
            // A page break (`pdftotext` prints a form feed, with or without -layout).
            if line.contains("\u{0C}") {
                if layout { page += line.filter { $0 == "\u{0C}" }.count }
                line.removeAll { $0 == "\u{0C}" }
            }
            line = HTMLDocumentReader.withoutGluedFontSizes(LostSpaces.removed(withoutRadicals(line)))
            if tika.pictures.contains(index) {
                // A picture pasted in the report (a table as an image): said, so its section is not read as blank.
                endRow()
                var picture = SourceLine(text: "", position: SourcePosition(line: number))
                picture.holdsPicture = true
                lines.append(picture)
            }
            if !layout, blankLineRows.continuesRow(index), line.hasPrefix("\t") {
                // A row ending at a blank line: a line of several cells (`\t\u{A0}\t\u{A0}\t4`) is its middle.
                for cell in TabLedRows.isRow(line) ? TabLedRows.cells(line, tabs: cellTabs) : [String(line.dropFirst())] {
                    row.startCell(cell, line: number)
                }
                if blankLineRows.endsRow(index) { endRow() }
                continue
            }
            if !layout, TabLedRows.isRow(line) {
                endRow()
                lines.append(SourceLine(cells: TabLedRows.cells(line, tabs: cellTabs), position: SourcePosition(line: number)))
                continue
            }
            if !layout, line.hasPrefix("\t") {
                row.startCell(String(line.dropFirst()), line: number)
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                endRow()
                blankBefore.insert(number + 1)
                // 其他对外管理服务事项 / (blank) / ` ` / (blank) / ` `…: a cell of `&nbsp;` copied as spaces, told
                // from the blank lines around it; kept only where it completes a row (`CellsPerLine`).
                if !layout, !line.isEmpty, index > 0, index + 1 < rawLines.count, rawLines[index - 1].isEmpty, rawLines[index + 1].isEmpty {
                    var blank = SourceLine(text: "", position: SourcePosition(line: number))
                    blank.spacesAlone = true
                    lines.append(blank)
                }
                continue
            }
            if !row.isEmpty {
                // A cell's next paragraph, on a line of its own (商业 / 企业).
                row.continueCell(trimmed, line: number)
                continue
            }
            if isPageMark(trimmed) { continue }
            let position = SourcePosition(line: number, page: layout ? page : nil)
            if !layout, CellsPerLine.isBlankThenPadding(trimmed) {
                // `| ||` under 行政许可 |: its blank cell, then the padding that ends the row.
                singleCells.insert(lines.count)
                rowEnds.insert(lines.count)
                lines.append(SourceLine(cells: [""], position: position))
                continue
            }
            if !layout, let pipes = CellsPerLine.pipesOnly(trimmed) {
                // A table copied one `cell |` a line: `|` alone is a blank cell; `||`, `|||`…
                // pad a row to the widest row, so they end it.
                if pipes == 1 {
                    singleCells.insert(lines.count)
                    lines.append(SourceLine(cells: [""], position: position))
                } else if !lines.isEmpty {
                    rowEnds.insert(lines.count - 1)
                }
                continue
            }
            // A Markdown table's rule under its header (`---|---|---|`, `|:---|`): no row, no text.
            if trimmed.contains("|"), trimmed.contains("-"), trimmed.allSatisfy({ "-:| ".contains($0) }) { continue }
            if trimmed.hasPrefix("|") {
                guard let cells = pipeCells(trimmed) else { continue }
                // `| 40`: a table copied with each cell after a row's first on a line of its own.
                if cells.count == 1, !trimmed.hasSuffix("|") { singleCells.insert(lines.count) }
                lines.append(SourceLine(cells: cells, position: position))
                continue
            }
            if !layout, trimmed.hasSuffix("|") || trimmed.contains(" | "), let cells = pipeCells(trimmed) {
                // A table copied from a page as `规章 | 0 | 0 | 0 | ||`: rows are padded
                // with empty cells to the widest row, so empty cells at the end are not blanks.
                let printedCount = cells.count
                var cells = cells
                var padded = false
                while cells.last == "" { cells.removeLast(); padded = true }
                // `规章 | 0 | 0 | |`: one blank cell, spaced between its bars, may be the row's own (`blankCellAtEnd`).
                if padded, cells.count == printedCount - 1, trimmed.range(ofPattern: #"\|\s+\|$"#) != nil {
                    blankAtEnd.insert(lines.count)
                }
                if cells.count == 1 { singleCells.insert(lines.count) }
                // `8 | |||`: the padding after a row's last cell ends the row.
                if padded, !cells.isEmpty { rowEnds.insert(lines.count) }
                if !cells.isEmpty {
                    var row = SourceLine(cells: cells, position: position)
                    if padded { row.cellsBarsPrinted = printedCount }
                    lines.append(row)
                }
                continue
            }
            // In Word's text (cells a tab-led line each), a tab inside a line is the paragraph's own
            // (联系电话：→0000…), kept as the Word import keeps it; elsewhere it separates a row's cells.
            if !layout, !wordCells, trimmed.contains("\t") {
                lines.append(SourceLine(cells: trimmed.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) },
                                        position: position))
                continue
            }
            if let (left, right) = sideBySide(line) {
                // Two tables printed side by side: the left one's rows first, then the right one's,
                // which follow once the left table ends (at the next line without figures).
                lines.append(SourceLine(text: left, position: position))
                rightTable.append(SourceLine(text: right, position: position))
                continue
            }
            if !rightTable.isEmpty, !endsInFigure(trimmed) {
                lines += rightTable
                rightTable = []
            }
            // A date alone (2026.01.13, set right) run into the first line of the paragraph under it: PDFBox printed
            // both on one line. The date is a line of its own.
            if !layout, let match = trimmed.firstMatch(of: /^([0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2})(\p{Han}.{14,})$/) {
                lines.append(SourceLine(text: String(match.output.1), position: position))
                lines.append(SourceLine(text: String(match.output.2), position: position))
                continue
            }
            let indent = line.prefix { $0 == " " || $0 == "\u{3000}" }.count - leftEdge
            if layout { widths[lines.count] = WrappedText.printedWidth(line) }
            lines.append(SourceLine(text: trimmed, position: position, startsParagraph: !layout || indent >= 2))
        }
        lines += rightTable
        endRow()
        if layout { return WrappedText.shortLinesMarked(lines, widths: widths) }
        blankCellAtEnd(&lines, at: blankAtEnd, padded: rowEnds)
        let joined = CellsPerLine.joiningLoneFigures(CellsPerLine.joiningPipeCells(lines, singles: singleCells, rowEnds: rowEnds))
        return WrappedText.paragraphsMarked(joined, blankBefore: blankBefore, doubleSpaced: doubleSpaced)
    }

    /// The lines a PDF prints on every page beside its page breaks (form feeds)
    /// or on top of the first page:
    /// a bare page number (`4`, `3 -`: it would read as a figure), a line ending in one
    /// (`…年度报告    第 4 页 共 8 页`), and a running header or footer, that is a line
    /// printed at two or more page breaks with only its numbers changed. In a
    /// table they would read as figures or a row; in a narrative, as its text.
    private static func pageFurnitureLines(_ lines: [String]) -> Set<Int> {
        func compact(_ line: String) -> String { line.filter { !$0.isWhitespace && $0 != "\u{0C}" } }
        func isBareNumber(_ line: String) -> Bool {
            // `- 3 -` with one of its dashes lost (OCR's `3 -`, a scan of 淮安 2024) is still the page's number.
            let text = compact(line).trimmingCharacters(in: CharacterSet(charactersIn: "-－—–"))
            // A page number's digits may be set a space apart, never a column's gap apart: `92      92` at a page's
            // top is a table row's wrapped figures (VARIANTS.md, "Round sixty-four").
            let gapped = line.trimmingCharacters(in: .whitespaces.union(["\u{0C}"])).contains("  ")
            return (1...4).contains(text.count) && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) && !gapped
        }
        func endsInPageNumber(_ line: String) -> Bool {
            compact(line).range(ofPattern: #"(第\d+页(共\d+页)?|共\d+页第\d+页|[-－—–]\d+[-－—–])$"#) != nil
        }
        func isBlank(_ line: String) -> Bool { compact(line).isEmpty }
        /// The lines beside each page break: the last one above it and the first one below.
        var beside: [Int] = []
        /// Each page's top line.
        var tops: [Int] = []
        // The first page's top line too: a browser prints its running header (date, page title) there.
        if let top = lines.firstIndex(where: { !isBlank($0) }) { tops.append(top) }
        for (index, line) in lines.enumerated() where line.contains("\u{0C}") {
            if let above = lines[..<index].lastIndex(where: { !isBlank($0) }) { beside.append(above) }
            if !isBlank(line) {
                tops.append(index)
            } else if let below = lines[(index + 1)...].firstIndex(where: { !isBlank($0) }) {
                tops.append(below)
            }
        }
        var found = furniture(beside + tops)
        // Text without form feeds (PyMuPDF's, pdfplumber's of a browser's print): the same words between
        // page marks (`11/30/26, 11:18 PM` / the page title / `file:///…`), twice or more, are a running header too.
        func isMark(_ line: String) -> Bool { TextExtractor.isPageMark(line.trimmingCharacters(in: .whitespaces)) }
        let betweenMarks = lines.indices.filter { index in
            guard !isBlank(lines[index]), !isMark(lines[index]),
                  let above = lines[..<index].lastIndex(where: { !isBlank($0) }),
                  let below = lines[(index + 1)...].firstIndex(where: { !isBlank($0) }) else { return false }
            return isMark(lines[above]) && isMark(lines[below])
        }
        found.formUnion(furniture(betweenMarks).filter { !isBareNumber(lines[$0]) })
        // A running header printed on two lines (a browser's date and a long page title, its year
        // wrapped to a line of its own): the line under a page's top furniture, by the same tests.
        let under = tops.filter(found.contains).compactMap { top in
            lines.indices.dropFirst(top + 1).first { !isBlank(lines[$0]) && !lines[$0].contains("\u{0C}") }
        }
        found.formUnion(furniture(under))
        found.formUnion(repeatedHeaders(tops))
        return found

        /// A table's header rows printed again on top of the next page (rows marked to repeat, Word's and
        /// LibreOffice's 标题行重复): the page's first lines, two or more and no figures, each printing a line of
        /// the header under the table's heading (二、…情况) in the same order, within a header's height of its
        /// first line (a copy may print a tall cell cut short). A row's label wrapped across the page break
        /// prints its words again too (…其政府信息 / 公开申请), but never right under the heading.
        func repeatedHeaders(_ tops: [Int]) -> Set<Int> {
            var found = Set<Int>()
            for top in tops {
                let earlier = lines.indices.filter { $0 < top && !isBlank(lines[$0]) }
                let below = lines.indices.filter { $0 >= top && !isBlank(lines[$0]) }
                func holdsFigure(_ index: Int) -> Bool { lines[index].contains(where: { $0.isASCII && $0.isNumber }) }
                guard let first = below.first, !holdsFigure(first),
                      let start = earlier.firstIndex(where: { compact(lines[$0]) == compact(lines[first]) }), start > 0,
                      compact(lines[earlier[start - 1]]).range(ofPattern: #"^[二三四]、.*情况$"#) != nil else { continue }
                var copy = [first], next = start + 1
                for line in below.dropFirst() {
                    guard !holdsFigure(line), let match = earlier[next...].prefix(while: { $0 <= earlier[start] + 20 })
                        .firstIndex(where: { compact(lines[$0]) == compact(lines[line]) }) else { break }
                    copy.append(line)
                    next = match + 1
                }
                if copy.count >= 2 { found.formUnion(copy) }
            }
            return found
        }

        /// Page numbers, and the same words (numbers aside) at two page breaks or more.
        func furniture(_ candidates: [Int]) -> Set<Int> {
            var found = Set(candidates.filter { isBareNumber(lines[$0]) || endsInPageNumber(lines[$0]) })
            var seen: [String: Set<Int>] = [:]
            for index in Set(candidates) {
                let words = compact(lines[index]).filter { !$0.isNumber }
                if words.count >= 4 { seen[words, default: []].insert(index) }
            }
            for indices in seen.values where indices.count >= 2 { found.formUnion(indices) }
            return found
        }
    }

    /// Whether a line ends in a figure or a dash, as a table's row does.
    private static func endsInFigure(_ line: String) -> Bool {
        line.split(whereSeparator: \.isWhitespace).last.map { CellText.isCellToken(String($0)) } ?? false
    }

    /// `-4-`, `- 4 -`, `第4页`, `4/6`: page furniture between table rows, not a row. Also a
    /// browser's print header and footer (`11/30/26, 11:48 PM 页面标题`, `https://… 3/3`),
    /// which text without page breaks (PDFBox's, through Tika) prints among the lines.
    static func isPageMark(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        if compact.range(ofPattern: #"^第\d+页(共\d+页)?$"#) != nil { return true }
        // `-4-`, `- 4 -` (an ideographic space too), `4/6`, `4 / 6`; not cells a column apart (`-    4    -`, `1  1  /  1  5`: 11/15 once the gaps are gone).
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.range(ofPattern: #"^([-－—–][ \u3000]?\d+[ \u3000]?[-－—–]|\d+[ \u3000]?/[ \u3000]?\d+)$"#) != nil { return true }
        // (PyMuPDF and pdfplumber print the header's date and the footer's address on lines of their own;
        // a web address alone may be the report's, a local file's is the printing browser's.)
        if text.contains("/") && text.range(ofPattern: #"^(\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}( ?[AP]M)?( |$)|(file|https?)://\S+ \d+/\d+$|file://\S+$)"#) != nil { return true }
        // The same footer on a printed page scanned, as OCR reads it: slashes lost, spaces put in the address, the page's
        // `4/6` read `476` (`file:/wptmp/pr 43 /shuyang/shuyang-fgj- 2023/shuyang-fgj- 2023.html    476`).
        return trimmed.range(ofPattern: #"^file:/.*\.(s?html?|mht(ml)?|pdf)( +[0-9 /]{1,9})?$"#) != nil
    }

    /// Some PDFs map characters to their Kangxi radicals (⼀ U+2F00 for 一, ⼈ for 人):
    /// text taken from them reads the same but is not, in the narratives and the agency's name.
    /// The supplement's radicals (U+2E80…) have no compatibility mapping; Chromium's
    /// PDFs print 人⺠政府 with one: those that are a whole common character.
    static let supplementRadicals: [Character: Character] = [
        "⺠": "民", "⻄": "西", "⻆": "角", "⻅": "见", "⻉": "贝", "⻋": "车", "⻑": "長", "⻓": "长", "⻔": "门",
        "⻚": "页", "⻛": "风", "⻜": "飞", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤",
        "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿", "⻰": "龙",
    ]

    static func withoutRadicals(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { (0x2E80...0x2FDF).contains($0.value) }) else { return line }
        return String(line.map { character in
            if let whole = supplementRadicals[character] { return whole }
            return character.unicodeScalars.allSatisfy({ (0x2E80...0x2FDF).contains($0.value) })
                ? Character(String(character).precomposedStringWithCompatibilityMapping) : character
        })
    }

    /// A row copied from a page pads itself to the widest row with empty cells (`行政许可 | 0 | ||`), which are
    /// no blanks. One empty cell between spaced bars at its end (白沙 2023: `规章 | 0 | 0 | |` between
    /// `信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |` and `规范性文件 | 15 | 0 | 57 |`) is the row's own blank
    /// when the row above or below it, unpadded, holds exactly one cell more: padding would make it as wide as them.
    private static func blankCellAtEnd(_ lines: inout [SourceLine], at indices: Set<Int>, padded: Set<Int>) {
        for index in indices.sorted() {
            guard let cells = lines[index].cells else { continue }
            let neighbours = [index - 1, index + 1].filter { lines.indices.contains($0) && !padded.contains($0) }
            if neighbours.contains(where: { lines[$0].cells?.count == cells.count + 1 }) {
                lines[index] = SourceLine(cells: cells + [""], position: lines[index].position)
            }
        }
    }

    /// `| a | b |` → cells; the `|---|` line under a header → nil.
    private static func pipeCells(_ line: String) -> [String]? {
        var body = Substring(line)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        let cells = body.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }) { return nil }
        return cells
    }
}
