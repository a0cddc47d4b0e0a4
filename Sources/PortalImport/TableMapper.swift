import PortalModel

/// Places the rows of one table of a report by their official labels (the
/// form file is the dictionary) and reads their cells in the official
/// column order. Never a guess: a row it cannot find, find twice, or read
/// is an error naming the row, the column and where it looked.
struct TableMapper {
    let table: FormTable
    let lines: [SourceLine]
    /// The imported file as diagnostics name it.
    let path: String
    /// The lines split into label and cells, once.
    private let region: [RegionLine]
    /// Labels read by OCR: one character in four of a label of five or more may be misread or lost.
    let misreadLabels: Bool

    init(table: FormTable, lines: [SourceLine], path: String, misreadLabels: Bool = false) {
        self.table = table
        self.misreadLabels = misreadLabels
        // A table printed as one row (a text that lost its row breaks): its rows again, where the labels tell them.
        let glued = GluedRows(table)
        self.lines = lines.flatMap(glued.split)
        self.path = path
        region = self.lines.map(RegionLine.init)
        gluedLine = region.firstIndex { glued.isGlued($0.line) }
    }

    /// A line still holding several rows' labels: rows run together that the labels could not tell apart.
    private let gluedLine: Int?

    /// A line no label is: one holding a sentence's end (。, ；), or opening as a sentence does (2022年，…),
    /// or speaking of the agency (我局, 本单位) — as a sentence cut off, or ended in ；, may.
    static func isSentence(_ text: String) -> Bool {
        // A line opening with its year's words (2022年，, 2023以来: 通航产业园 2023's `2023以来园区制发规章及行政规范性文件0,
        // 行政许可0、…`) tells the year's work: no row's label opens with a year.
        text.contains(where: { "。；;".contains($0) })
            || text.range(ofPattern: #"^\s*(19|20)[0-9]{2}(年度?)?(以来|[，,])|我(局|委|办|院|校|乡|镇|街道|单位|部门|区|县|市)|本(局|委|办|单位|部门)"#) != nil
    }

    /// Read by OCR, a numbering's 、 may come out as 。 (`二。上年结转政府信息公开申请数量`, `3 。 其他`), which would make a row's
    /// label a sentence: the 。 right after a line's opening numeral is put back as 、.
    static func numberingsCommaRestored(_ text: String) -> String {
        guard let match = text.range(ofPattern: #"^\s*([一二三四五六七八九十]{1,2}|[0-9]{1,2})\s*。"#) else { return text }
        return text.replacingCharacters(in: text.index(before: match.upperBound)..<match.upperBound, with: "、")
    }

    func map() -> TableMapping {
        let region = self.region
        if let gluedLine {
            let glued = region[gluedLine]
            var mapping = TableMapping()
            mapping.diagnostics.append(.error(.importIncompleteTable, at: location(glued),
                "table \(table.number): the rows run together, \(glued.line.cells?.count ?? 0) cells in one row from \(glued.line.position), and cannot be told apart by the form's labels and columns",
                hint: "the text lost its row breaks (Apache Tika ends a table's rows at blank lines, which this file no longer has); import the Word or web file itself, or the text as Tika wrote it"))
            return mapping
        }
        var stream = LabelStream()
        // A sentence above the table (2022年，我局无规章、行政规范性文件制发。) names rows but is none.
        for (index, line) in region.enumerated()
        where !(line.line.cells == nil && Self.isSentence(misreadLabels ? Self.numberingsCommaRestored(line.line.text) : line.line.text)) {
            stream.append(line.label, line: index)
        }
        let labelled = table.leafRows.filter { !$0.row.label.isEmpty }
        var matches: [String: LabelMatch] = [:]
        var cursor = 0
        for (_, row) in labelled {
            guard let match = find(row, in: stream, from: cursor) else { continue }
            matches[row.id] = match
            cursor = match.end + 1
        }
        // No label, no cells, no figure in any line but sentences: the report prints no such table.
        let printsFigures = region.contains { $0.endsInCells || ($0.line.cells == nil && !Self.isSentence($0.line.text) && $0.line.text.contains(where: \.isNumber)) }
        if matches.isEmpty, !printsFigures {
            // Its headings printed as a table, and no row of figures, not even blank: the row was lost
            // on the way (Tika drops a row wrapped in a content control), not left unprinted.
            let headed = region.contains { ($0.line.cells?.count ?? 0) >= 2 }
            let blankRow = region.contains { line in line.line.cells.map { $0.count >= 2 && $0.allSatisfy(\.isEmpty) } ?? false }
            if headed, !blankRow {
                var mapping = TableMapping()
                mapping.diagnostics.append(incomplete(table.leafRows.map(\.row)))
                return mapping
            }
            return absent(region)
        }
        if matches.isEmpty, !labelled.isEmpty { return byOrder(region) }
        var mapping = TableMapping()
        let missing = labelled.filter { matches[$0.row.id] == nil }
        if !missing.isEmpty {
            mapping.diagnostics.append(incomplete(missing.map(\.row)))
        }
        mapping.diagnostics += duplicates(labelled, matches: matches, stream: stream, region: region)
        /// The lines rows took, and their rows' blocks.
        var consumed: [Int: FormBlock] = [:]
        let rowOfLine = readLabelledRows(matches, stream: stream, region: region, consumed: &consumed, into: &mapping)
        // Label-less rows (table 四's single row) take the first line of cells left.
        for (block, row) in table.leafRows where row.label.isEmpty {
            // The first line that holds the row's cells; a header row ending in a blank does not.
            let open = region.indices.filter { region[$0].endsInCells && consumed[$0] == nil }
            let fitting = open.first { (try? region[$0].cells(count: block.columns.count).get()) != nil }
            guard let lineIndex = fitting ?? open.first else {
                mapping.diagnostics.append(incomplete([row]))
                continue
            }
            consumed[lineIndex] = block
            if let cells = read(region[lineIndex], row: row, block: block, into: &mapping) { mapping.rows[row.id] = cells }
        }
        unplaced(region, consumed: consumed, between: rowOfLine, missing: missing.map(\.row), into: &mapping)
        return mapping
    }

    /// Each row found takes the first line of cells from where its label
    /// starts (the figures of a wrapped label sit on one of its lines)
    /// up to where the next row's label starts.
    /// Returns the row each line taken was read for.
    private func readLabelledRows(_ matches: [String: LabelMatch], stream: LabelStream, region: [RegionLine],
                                  consumed: inout [Int: FormBlock], into mapping: inout TableMapping) -> [Int: FormRow] {
        var rowOfLine: [Int: FormRow] = [:]
        let found = table.leafRows.compactMap { entry in matches[entry.row.id].map { (entry.block, entry.row, $0) } }
        let starts = found.map { startLine(of: $0.2, stream: stream, region: region) }
        var lastLine = -1
        var blankedAbove: FormRow?
        for (index, (block, row, match)) in found.enumerated() {
            let blankedBefore = blankedAbove
            blankedAbove = nil
            let startLine = starts[index]
            let limit = index + 1 < found.count ? starts[index + 1] : region.count
            let from = max(startLine, lastLine + 1)
            let candidate = from < limit ? (from..<limit).first { region[$0].cells != nil && consumed[$0] == nil } : nil
            // Figures under the row's whole label, after a label of their own no row of the form prints
            // (湖北's 其他主动公开文件 2 0 9): that row's, kept as such (`ExtraRow`), never this one's.
            let extra = candidate.flatMap { $0 > stream.lineOfCharacter[match.end] && ExtraRow.read(region[$0], under: block) != nil ? $0 : nil }
            guard let lineIndex = candidate, extra == nil else {
                // Its label's line on: where the row before took it, nothing shows this row blank; where the next row's
                // label starts on it (`3.4.要求提供公开出版物  0 0 0…`, two labels run together in a browser's print), it
                // is blank only if that line prints no figure.
                // A line printing marks (无 无 无无, read as no cells) is no row printed blank: its marks would be lost.
                // Read by OCR, figures on a line above the label's found start that no row took (`二、上 工 0 0 0 0 0 业`: the
                // label's start and the row's 1s misread as characters, so the line ends in no figure): the row is not blank.
                if misreadLabels, let figures = ((lastLine + 1)..<from).last(where: { consumed[$0] == nil && region[$0].figureWords >= 2 }) {
                    let text = region[figures].line.text.trimmingCharacters(in: .whitespaces)
                    mapping.diagnostics.append(.error(.importIncompleteTable, at: location(region[figures]),
                        "table \(table.number): row \(Self.name(row)) has no cells of its own: the line above its label (\(region[figures].line.position): “\(text)”) prints figures among characters OCR read, which no row took — the row's figures misread, or its label's start: which cells they are cannot be told",
                        hint: "compare the row with the scan and type it into report.yaml"))
                    continue
                }
                if printsBlankRows, from == startLine,
                   !region[from..<max(extra ?? limit, from + 1)].contains(where: { $0.printsFigure || $0.printsMarks }) {
                    // A PDF table placed by position: a row left blank prints its label alone.
                    mapping.rows[row.id] = block.columns.map { _ in .blank("") }
                    blankedAbove = row
                    continue
                }
                if let extra {
                    mapping.diagnostics.append(.error(.importIncompleteTable, at: location(region[startLine]),
                        "table \(table.number): row \(Self.name(row)) prints no figures (\(region[startLine].line.position)); the figures under it (\(region[extra].line.position): “\(region[extra].line.text)”) are a row the national format does not have, not this one's",
                        hint: "in text a blank cell leaves no trace, so a row printed blank cannot be told from one whose figures were lost; import the Word or web version, or type the row by hand (`\"\"` for blank)"))
                    continue
                }
                // 规章000 (海城 西四镇's page as text): the figures against the label, the cells' gaps lost.
                let line = region[startLine].line
                if line.cells == nil, line.text.trimmingCharacters(in: .whitespaces).range(ofPattern: #"[\x{4E00}-\x{9FFF}][0-9]+$"#) != nil {
                    mapping.diagnostics.append(.error(.importIncompleteTable, at: location(region[startLine]),
                        "table \(table.number): row \(Self.name(row)) prints its figures against its label with no gap (“\(line.text.trimmingCharacters(in: .whitespaces))”, \(line.position)): the text lost the spaces or columns between its cells, and figures run together cannot be told apart",
                        hint: "import the page (.html) or the Word or PDF file itself, where the cells are apart, or type the row by hand"))
                    continue
                }
                // `政府集中采购  11  62506 元` (a PDF's text sets the unit a word apart): the row's figures end in 元.
                if let sum = CellText.sumInYuan(ending: line.text) {
                    mapping.diagnostics.append(.error(.importCell, at: location(region[startLine]),
                        "table \(table.number): row \(Self.name(row)) ends in a sum in 元, “\(sum.trimmingCharacters(in: .whitespaces))” (\(line.position)): the importer does not convert units",
                        hint: "type the row into report.yaml in the unit the site keeps for this column (the 2021 form counts fees in 万元; the 2019 form's 采购总金额 prints no unit)"))
                    continue
                }
                mapping.diagnostics.append(.error(.importIncompleteTable, at: location(region[startLine]),
                    "table \(table.number): row \(Self.name(row)) has no cells (\(line.position): “\(line.text.trimmingCharacters(in: .whitespaces))”)\(Self.endsInAWord(line.text))",
                    hint: figuresALine ?? "the row's figures are missing or printed where no row can claim them; fix the source or type the row by hand"))
                continue
            }
            consumed[lineIndex] = block
            rowOfLine[lineIndex] = row
            lastLine = lineIndex
            if let blankedBefore, lineIndex > stream.lineOfCharacter[match.end], region[lineIndex].label.characters.isEmpty {
                // Figures alone on a line under this row's whole label, right after a row taken as printed blank
                // (Chromium's print: `1.2.本机关不掌握…` / `没有现成信息…` / `3.补正后…` / `1   1`): either row's.
                mapping.rows[blankedBefore.id] = nil
                mapping.diagnostics.append(.error(.importIncompleteTable, at: location(region[lineIndex]),
                    "table \(table.number): the figures on \(region[lineIndex].line.position) (“\(region[lineIndex].line.text.trimmingCharacters(in: .whitespaces))”) stand under the labels of row \(Self.name(blankedBefore)) and row \(Self.name(row)), on no label's line: which row they are cannot be told",
                    hint: "import the Word file or the web page, or type the two rows by hand"))
                continue
            }
            if let cells = read(region[lineIndex], row: row, block: block, into: &mapping) { mapping.rows[row.id] = cells }
        }
        return rowOfLine
    }

    /// The line where a row's label starts. Read by OCR, a bracketed numbering may lose its numeral
    /// (（二） read as `()`, （七） as `(tC)`): the label is then found from its words on the line below,
    /// while the row's figures stand on the numbering's line, which holds nothing else: the row starts there.
    private func startLine(of match: LabelMatch, stream: LabelStream, region: [RegionLine]) -> Int {
        let line = stream.lineOfCharacter[match.start]
        return misreadLabels && line > 0 && Self.numberingMisread(region[line - 1]) ? line - 1 : line
    }

    /// A line of figures right after a bracketed numbering OCR misread: the word before the figures has no
    /// Chinese character and no digit, at most five characters, and ends in a closing bracket (`()`, `(L)`,
    /// `(tC)`, `CE)`); before it, at most the pieces of a group's label (三 本 () 15 1 0…).
    static func numberingMisread(_ line: RegionLine) -> Bool {
        guard line.hasNumbers, let first = line.line.text.firstIndex(where: { $0.isNumber && $0.isASCII }) else { return false }
        guard let word = line.line.text[..<first].split(whereSeparator: \.isWhitespace).last,
              let last = word.last, ")）".contains(last), word.count <= 5 else { return false }
        return !word.contains { LabelText.isIdeograph($0) || $0.isNumber }
    }

    /// A line of figures opening with a bracketed numbering whose numeral OCR read as digits or letters, the label's words
    /// right after it on the line (（七）总计 read `( 46 )总计   2932 …`); or, `figuresBelow`, such a line holding the label
    /// alone where the next line holds the row's figures and nothing else (`( 4 )总计` over `2932 53 0 0 61 4 3050`: the
    /// label's cell read a little higher than its figures).
    static func numeralMisreadBeforeWords(_ line: RegionLine, figuresBelow below: RegionLine? = nil) -> Bool {
        if let below {
            guard !line.hasNumbers || line.figureWords == 1, below.endsInCells, below.label.isEmpty else { return false }
        } else {
            guard line.hasNumbers else { return false }
        }
        var rest = line.line.text.drop { $0.isWhitespace }
        guard let open = rest.first, "（(".contains(open) else { return false }
        rest = rest.dropFirst().drop { $0.isWhitespace }
        let numeral = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard (1...3).contains(numeral.count) else { return false }
        rest = rest.dropFirst(numeral.count).drop { $0.isWhitespace }
        guard let close = rest.first, ")）".contains(close) else { return false }
        return rest.dropFirst().drop { $0.isWhitespace }.first.map(LabelText.isIdeograph) == true
    }

    /// Whether the table is a PDF's whose figures' places on the page are
    /// known: a row that prints its label and no figure is a row of blanks,
    /// as the page shows it (in text, nothing shows where its cells are).
    private var printsBlankRows: Bool {
        region.contains { $0.centres != nil } && region.allSatisfy { !$0.isRow }
    }

    private func find(_ row: FormRow, in stream: LabelStream, from cursor: Int) -> LabelMatch? {
        let wordings = [row.label] + row.aliases
        let full = wordings.compactMap { stream.find(LabelText($0), from: cursor) }.min { $0.start < $1.start }
        if let full { return full }
        // Without its numbering, only when what is left is specific enough.
        let allCores = wordings.map(LabelText.core)
        let cores = allCores.filter { $0.characters.count >= 4 }
        if let core = cores.compactMap({ stream.find($0, from: cursor) }).min(by: { $0.start < $1.start }) { return core }
        guard misreadLabels else { return nil }
        // Read by OCR: a label of five characters or more with one in four misread (关 as 天, 握 as 担) or lost
        // (a wrapped label's line Tesseract did not see).
        // A label whose words are four characters is five with its numeral (（一）予以公开 read `《一)子以公开`): the whole
        // label is tried too, the numeral then among the characters that must be read right.
        let wholes = wordings.map(LabelText.init).filter { $0.characters.count >= 5 && !allCores.contains($0) }
        if let misread = (cores.filter { $0.characters.count >= 5 } + wholes)
            .compactMap({ stream.find($0, from: cursor, misread: $0.characters.count / 4) }).min(by: { $0.start < $1.start }) {
            return misread
        }
        // A short label (（七）总计) whose numeral OCR misread: its words, where they or the line above
        // print the misread numbering before the row's figures.
        return allCores.filter { !$0.isEmpty }.compactMap { core -> LabelMatch? in
            guard let match = stream.find(core, from: cursor) else { return nil }
            let line = stream.lineOfCharacter[match.start]
            return Self.numberingMisread(region[line]) || Self.numeralMisreadBeforeWords(region[line])
                || (line > 0 && Self.numberingMisread(region[line - 1]))
                || (line + 1 < region.count && Self.numeralMisreadBeforeWords(region[line], figuresBelow: region[line + 1])) ? match : nil
        }.min { $0.start < $1.start }
    }

    /// A report that prints no cells of this table at all (a section with
    /// prose only): the cells are written blank, as published.
    private func absent(_ region: [RegionLine]) -> TableMapping {
        var mapping = TableMapping()
        mapping.absent = true
        for (block, row) in table.leafRows { mapping.rows[row.id] = block.columns.map { _ in .blank("") } }
        mapping.diagnostics.append(.warning(.importTableAbsent, at: location(region.first),
            "table \(table.number) \(table.title) holds no figures in the report; its cells are written blank",
            hint: "blank, not 0: the report printed none; check the published file"))
        return mapping
    }

    /// A table whose rows carry no labels at all: its lines of cells are
    /// taken in the official order only when they are exactly as many as
    /// the rows, each exactly as wide as its row.
    private func byOrder(_ region: [RegionLine]) -> TableMapping {
        var mapping = TableMapping()
        let withCells = region.filter(\.endsInCells)
        let rows = table.leafRows
        let fits = withCells.count == rows.count && zip(withCells, rows).allSatisfy { line, entry in
            (try? line.cells(count: entry.block.columns.count).get()) != nil
        }
        guard fits else {
            mapping.diagnostics.append(incomplete(rows.map(\.row), found: withCells.count))
            return mapping
        }
        for (line, (block, row)) in zip(withCells, rows) {
            if let cells = read(line, row: row, block: block, into: &mapping) { mapping.rows[row.id] = cells }
        }
        mapping.diagnostics.append(.warning(.importRowsByOrder, at: location(withCells.first),
            "table \(table.number) prints no row labels: its \(rows.count) lines of figures were placed in the official row order",
            hint: "compare the imported rows with the published table"))
        return mapping
    }

    private func read(_ line: RegionLine, row: FormRow, block: FormBlock, into mapping: inout TableMapping) -> [CellValue]? {
        let columns = block.columns
        switch line.cells(count: columns.count) {
        case .success(let texts):
            var values: [CellValue] = []
            for (index, (text, column)) in zip(texts, columns).enumerated() {
                if CellText.isUnsure(text) {
                    values.append(UnconfirmedCells.value(text))
                    mapping.diagnostics.append(unsure(text, row: row, column: column, line: line))
                    continue
                }
                // (A sum in 万 alone where the form's column is a sum of no unit, the trial form's 采购总金额: 万元 with its 元
                // left out — 旺苍县林业局 2019's `2601.953875万`, to the 分 — kept as 万元 is, `droppedUnit` saying so.)
                let sumInWan = column.kind == .amount && column.unit == nil && CellText.isSumInWan(text) ? CellText.value(text + "元") : nil
                guard let value = CellText.value(text) ?? (column.kind == .signedCount ? CellText.change(text) : nil) ?? sumInWan else {
                    // A row of one column that prints its label and no figure (`行政许可 | ||`, 大同 2023): its label is
                    // no cell's text, and the row is blank or its figure lost.
                    if columns.count == 1, let blank = labelAlone(line, row: row, columns: columns) {
                        mapping.diagnostics.append(blank)
                        return nil
                    }
                    let printed = line.position(ofCell: index, in: texts)
                    if CellText.isSumInYuan(text) {
                        mapping.diagnostics.append(.error(.importCell, at: SourceLocation(path: path, line: printed.line),
                            "table \(table.number): the cell \(Self.name(row)) × \(column.label) prints a sum in 元, “\(text)” (\(printed)): the importer does not convert units",
                            hint: "type the cell into report.yaml in the unit the site keeps for this column (the 2021 form counts fees in 万元; the 2019 form's 采购总金额 prints no unit)"))
                        return nil
                    }
                    // (万 alone in a count's column: ten thousand of it, or a sum in the wrong row — not read.)
                    let wan = CellText.isSumInWan(text) ? ", a sum in 万 (万元 with its 元 left out?)" : ""
                    mapping.diagnostics.append(.error(.importCell, at: SourceLocation(path: path, line: printed.line),
                        "table \(table.number): the cell \(Self.name(row)) × \(column.label) reads “\(text)”, which is not a number\(wan) (\(printed))",
                        hint: "fix the source, or type the cell by hand: a number as printed, \"\" for blank, \"-\" for a dash"))
                    return nil
                }
                if let unit = droppedUnit(text, value: value, row: row, column: column, line: line) { mapping.diagnostics.append(unit) }
                values.append(value)
            }
            return values
        case .failure(let problem):
            // In a PDF, the figures' places on the page say which columns are blank.
            if case .tooFew = problem, let placed = placedByPosition(line, block: block) {
                let values = placed.map { CellText.isUnsure($0) ? UnconfirmedCells.value($0) : CellText.value($0) ?? .blank("") }
                for (text, (value, column)) in zip(placed, zip(values, columns)) {
                    if CellText.isUnsure(text) {
                        mapping.diagnostics.append(unsure(text, row: row, column: column, line: line))
                    }
                    if let unit = droppedUnit(text, value: value, row: row, column: column, line: line) { mapping.diagnostics.append(unit) }
                }
                return values
            }
            mapping.diagnostics.append(countProblem(problem, line: line, row: row, columns: columns))
            return nil
        }
    }

    /// A cell OCR is not sure of, written for the operator to confirm.
    private func unsure(_ text: String, row: FormRow, column: FormColumn, line: RegionLine) -> Diagnostic {
        UnconfirmedCells.warning(text, cell: "\(Self.name(row)) × \(column.label)", at: location(line), printed: "\(line.line.position)")
    }

    /// `160.5964万元` in the trial form's 采购总金额, a column of no unit (reports count it in 元 or 万元): the figure is
    /// kept as the site's other sums in 万元 are, and the operator told its unit was dropped — however the cell was placed.
    private func droppedUnit(_ text: String, value: CellValue, row: FormRow, column: FormColumn, line: RegionLine) -> Diagnostic? {
        guard column.kind == .amount, column.unit == nil, case .number = value,
              case let folded = LabelText.fold(text).trimmingCharacters(in: .whitespaces), folded.hasSuffix("万元") || folded.hasSuffix("万") else { return nil }
        let unit = folded.hasSuffix("万元") ? "万元" : "万元 (its 元 left out)"
        return .warning(.importUnit, at: location(line),
            "table \(table.number): the cell \(Self.name(row)) × \(column.label) prints “\(text.trimmingCharacters(in: .whitespaces))” (\(line.line.position)), a sum in \(unit) in a column whose form gives no unit: the figure is kept, its unit not",
            hint: "reports count this column in 元 or 万元; if the site keeps it in 元, type the cell into report.yaml in 元")
    }

    /// A PDF row with fewer figures than columns: each figure in the
    /// column it sits under, the others blank, when the table's full rows
    /// or its columns' headings show where the columns are. Columns line up
    /// by their centres (a Word table's cells) or by their left edges (a web
    /// page's printed); when both place the row, they must agree.
    private func placedByPosition(_ line: RegionLine, block: FormBlock) -> [String]? {
        guard let cells = line.cells, cells.allSatisfy({ CellText.value($0) != nil || CellText.isUnsure($0) }) else { return nil }
        // Digits among the words before the cells (`… 543  1,60  0  0  641  0  641`, a figure broken over a page): the row's
        // figures go on left of what was read, so its blanks are not known.
        let words = line.line.text.split(whereSeparator: \.isWhitespace).dropLast(cells.count)
        guard !words.contains(where: { $0.first?.isASCII == true && $0.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," } }) else { return nil }
        let byCentre = placed(cells, line: line, block: block, figures: \.centres, words: \.wordCentres, printed: \.centre)
        let byLeft = placed(cells, line: line, block: block, figures: \.lefts, words: \.wordLefts, printed: \.left)
        switch (byCentre, byLeft) {
        case let (centre?, left?): return centre == left ? centre : nil
        case let (centre, left): return centre ?? left
        }
    }

    private func placed(_ cells: [String], line: RegionLine, block: FormBlock,
                        figures: KeyPath<RegionLine, [Double]?>, words: KeyPath<SourceLine, [Double]?>,
                        printed: KeyPath<PrintedWord, Double>) -> [String]? {
        let count = block.columns.count
        guard let places = line[keyPath: figures], places.count == cells.count else { return nil }
        let samples = region.compactMap { other -> [Double]? in
            guard other.cells?.count == count, let places = other[keyPath: figures], places.count == count else { return nil }
            return places
        }
        // The full rows, else the columns' headings above the row (nearest first): on its page
        // as printed, then in the layout's lines (a header on the page before).
        let onPage = line.line.printedAbove.map { $0.map { (text: $0.text, centre: $0[keyPath: printed]) } }
        let above = lines.prefix { $0 != line.line }.reversed().compactMap { header -> [(text: String, centre: Double)]? in
            guard let places = header[keyPath: words] else { return nil }
            let texts = header.text.split(whereSeparator: \.isWhitespace).map(String.init)
            // Headings print no figures: a row above is no heading.
            guard RegionLine.trailingCells(texts).isEmpty else { return nil }
            return texts.count == places.count ? Array(zip(texts, places)).map { (text: $0.0, centre: $0.1) } : nil
        }
        guard let columns = ColumnPositions.columns(fromRows: samples, count: count)
                ?? ColumnPositions.columns(fromHeadings: block.columns.map(\.label), lines: onPage)
                ?? ColumnPositions.columns(fromHeadings: block.columns.map(\.label), lines: Array(above))
                ?? ColumnPositions.columns(fromStackedHeadings: block.columns.map(\.label), lines: onPage) else { return nil }
        // A word that is no figure standing where a column does (a speck or a seal's stroke OCR read as a letter, a dash
        // cut in two: `— X 3`): it ended the row's cells, and the cells left of it are unknown, not blank.
        if let wordPlaces = line.line[keyPath: words] {
            let texts = line.line.text.split(whereSeparator: \.isWhitespace)
            if texts.count == wordPlaces.count,
               wordPlaces.dropLast(cells.count).contains(where: { ColumnPositions.standsInAColumn($0, columns: columns) }) { return nil }
        }
        return ColumnPositions.place(Array(zip(cells, places)).map { (text: $0.0, centre: $0.1) }, columns: columns)
    }

    /// A row as messages name it: its official reference and label (三（七） （七）总计), once.
    static func name(_ row: FormRow) -> String {
        row.label.isEmpty || row.ref.hasSuffix(row.label) ? row.ref : "\(row.ref) \(row.label)"
    }

    func location(_ line: RegionLine?) -> SourceLocation {
        SourceLocation(path: path, line: line?.line.position.line ?? 0)
    }
}
