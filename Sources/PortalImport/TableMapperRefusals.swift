import PortalModel

/// The errors a table's mapping raises: each names the table, the official row and its columns, the line it
/// read and what it found there, with a hint that says what the publisher or the importer can do.
extension TableMapper {
    /// `行政许可 | ||||` (衡东 杨林镇 2023): the label and the copy's padding, no figure — the row printed blank, or its
    /// figures lost; blank cells and padding look the same there, so neither is taken for the other.
    func labelAlone(_ line: RegionLine, row: FormRow, columns: [FormColumn]) -> Diagnostic? {
        guard line.isRow, let cells = line.cells, cells.count == 1, CellText.value(cells[0]) == nil else { return nil }
        let shape = rowShape(row, columns: columns)
        return .error(.importCell, at: location(line),
            "\(shape) but \(line.line.position) prints its label and no figure: “\(line.line.text)”",
            hint: "the published row is blank, or its figures were lost in the copy (a copied blank cell leaves only a bar, as the row's padding does); check the published report, and type the row into report.yaml (blank cells as published) if it is blank")
    }

    /// What a message says of the form's row: `table 二: row 第（六）项 行政处罚 has 1 column (本年处理决定数量)`.
    func rowShape(_ row: FormRow, columns: [FormColumn]) -> String {
        "table \(table.number): row \(Self.name(row)) has \(columns.count) column\(columns.count == 1 ? "" : "s") (\(columns.map(\.label).joined(separator: ", ")))"
    }

    /// Why a row's cells could not be taken from a line, in the row's and the line's words.
    func countProblem(_ problem: CellCountProblem, line: RegionLine, row: FormRow, columns: [FormColumn]) -> Diagnostic {
        let shape = rowShape(row, columns: columns)
        let found: String
        switch problem {
        case .none: found = "no cells"
        case .tooFew(let n), .tooMany(let n):
            if let glued = line.cells?.first(where: CellText.isGlued) {
                return .error(.importCell, at: location(line),
                    "\(shape) but \(line.line.position) prints “\(glued)”: figures printed against each other, which cannot be told apart: “\(line.line.text)”",
                    hint: "the table was printed wider than its page (a browser's print of a page); import the Word or web version, or type the row by hand")
            }
            if let blank = labelAlone(line, row: row, columns: columns) { return blank }
            if case .tooFew = problem, let short = shortCopiedRow(line, row: row, columns: columns) { return short }
            found = "\(n) cell\(n == 1 ? "" : "s")"
        case .ambiguous(let n):
            return .error(.importCell, at: location(line),
                "\(shape) but \(line.line.position) holds \(n) cells with blanks at both ends, which fit the columns in more than one way: “\(line.line.text)”",
                hint: "a blank cell at the end of a copied row cannot be told from the row's padding; import the web page or Word file itself, or type the row by hand")
        case .mergedDown(let figure):
            return .error(.importCell, at: location(line),
                "table \(table.number): row \(Self.name(row)) shares the figure \(figure) with the row above: the cell is merged over both rows (\(line.line.position))",
                hint: "one figure printed for two rows cannot be placed in either; fix the source or type the rows by hand")
        }
        return .error(.importCell, at: location(line),
            "\(shape) but \(line.line.position) holds \(found): “\(line.line.text)”",
            hint: line.isRow ? "the table has merged or extra cells here; fix the source or type the row by hand"
                : figuresALine ?? "in text a blank cell leaves no trace, so the figures cannot be placed; import the Word or web version, or type the row by hand")
    }

    func incomplete(_ rows: [FormRow], found: Int? = nil) -> Diagnostic {
        let names = rows.map(Self.name)
        let place = lines.isEmpty ? "" : " between \(lines[0].position) and \(lines[lines.count - 1].position)"
        let count = found.map { "; found \($0) lines of figures" } ?? ""
        return .error(.importIncompleteTable, at: location(lines.first.map(RegionLine.init)),
                      "table \(table.number) is incomplete: \(rows.count) row\(rows.count == 1 ? "" : "s") not found\(place)\(count): \(names.joined(separator: "; "))",
                      hint: figuresALine ?? "the table is cut off or its labels differ from the form; nothing is written for this report. Fix the source or type the rows by hand")
    }

    func duplicates(_ rows: [(block: FormBlock, row: FormRow)], matches: [String: LabelMatch], stream: LabelStream,
                            region: [RegionLine]) -> [Diagnostic] {
        let spans = matches.values.map { $0.start...$0.end }
        var found: [Diagnostic] = []
        for (block, row) in rows {
            guard let match = matches[row.id] else { continue }
            let label = LabelText(row.label)
            var from = match.end + 1
            while let again = stream.occursExactly(label, in: from..<stream.characters.count) {
                // (湖北's 其他主动公开文件（…除规范性文件以外的…）: a row the form does not have, naming the row in its note.)
                // (天门 拖市镇 2020's 规范性文件（行政机关制定发布的…一般情况下属于规范性文件）: the row's own note, on its line.)
                let ownNote = stream.lineOfCharacter[again] == stream.lineOfCharacter[match.end]
                    && Self.namedInANote(label, line: region[stream.lineOfCharacter[again]].line.text)
                if !spans.contains(where: { $0.contains(again) }), !ownNote, ExtraRow.read(region[stream.lineOfCharacter[again]], under: block) == nil {
                    let first = region[stream.lineOfCharacter[match.start]], second = region[stream.lineOfCharacter[again]]
                    found.append(.error(.importRowTwice, at: location(second),
                        "table \(table.number): row \(Self.name(row)) is printed twice, at \(first.line.position) and \(second.line.position)",
                        hint: "the import cannot tell which is the report's; fix the source"))
                    break
                }
                from = again + 1
            }
        }
        return found
    }

    /// Whether a line prints the label in a note in brackets (a row's label explained in its own cell).
    static func namedInANote(_ label: LabelText, line: String) -> Bool {
        guard let open = line.firstIndex(where: { "(（".contains($0) }) else { return false }
        let note = LabelText(String(line[open...])).characters, wanted = label.characters
        guard !wanted.isEmpty, note.count >= wanted.count else { return false }
        return (0...(note.count - wanted.count)).contains { Array(note[$0..<$0 + wanted.count]) == wanted }
    }

    /// Figures no row took: a row the national format does not have (kept, said), else an error — naming
    /// the one row not found whose place in the form is where the figures stand, between the rows read
    /// above and below them (规章's label lost from 汉台 徐望镇 2025's page): its label missing, most likely.
    func unplaced(_ region: [RegionLine], consumed: [Int: FormBlock], between rowOfLine: [Int: FormRow], missing: [FormRow],
                  into mapping: inout TableMapping) {
        let order = Dictionary(table.leafRows.enumerated().map { ($0.element.row.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for index in region.indices where consumed[index] == nil && region[index].hasNumbers {
            let above = consumed.keys.filter { $0 < index }.max().flatMap { consumed[$0] }
            if let extra = ExtraRow.read(region[index], under: above) {
                mapping.extraRows.append(extra)
                mapping.diagnostics.append(extra.warning(table: table, path: path))
                continue
            }
            let rowAbove = rowOfLine.keys.filter { $0 < index }.max().flatMap { rowOfLine[$0] }
            let rowBelow = rowOfLine.keys.filter { $0 > index }.min().flatMap { rowOfLine[$0] }
            let after = rowAbove.flatMap { order[$0.id] } ?? -1, before = rowBelow.flatMap { order[$0.id] } ?? table.leafRows.count
            let inPlace = missing.filter { row in order[row.id].map { after < $0 && $0 < before } ?? false }
            if inPlace.count == 1 {
                let neighbours = [rowAbove.map { "after row \(Self.name($0))" }, rowBelow.map { "before row \(Self.name($0))" }].compactMap { $0 }
                mapping.diagnostics.append(.error(.importRowUnplaced, at: location(region[index]),
                    "table \(table.number): figures at \(region[index].line.position) stand where row \(Self.name(inPlace[0])) belongs (\(neighbours.joined(separator: ", "))), but that row's label is not printed: “\(region[index].line.text)”",
                    hint: "figures are not placed by their neighbours: the row's label cell is blank or was lost (a merged cell dropped in the copy); if they are that row's, restore its label in the source and import again, or type the row into report.yaml"))
                continue
            }
            mapping.diagnostics.append(.error(.importRowUnplaced, at: location(region[index]),
                "table \(table.number): figures at \(region[index].line.position) belong to no row of the form: “\(region[index].line.text)”",
                hint: figuresALine ?? "the row's label is missing or not an official one; fix the source or type the row by hand"))
        }
    }

    /// The hint for a table printed a cell a line (a PDF's text taken without its layout): its
    /// labels and figures cannot be paired for sure, whatever the error that shows it.
    var figuresALine: String? {
        guard lines.contains(where: \.figuresALine) else { return nil }
        return "the text prints this table a cell a line (a PDF's text taken without its layout — plain pdftotext, PyMuPDF, pdfminer, pdfplumber, a viewer's copy — or a page's table copied as text), where a row's label may stand before or after its figures, apart from them, and a blank cell leaves no trace; import the PDF itself (or the text of `pdftotext -layout`), or the Word or web file itself"
    }

    /// What keeps a line printing a figure from being a row's cells, said in its refusal: a unit of count a word apart
    /// after its last figure (`行政许可 12 件 3 件`: on a scan, a ruled cell holding the label and two figures, whose units are
    /// not joined, `ScannedFigureUnits`), where a row's cells end its line. Nothing for any other line.
    static func endsInAWord(_ text: String) -> String {
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let last = tokens.lastIndex(where: { CellText.value($0)?.number != nil }), last + 1 < tokens.count,
              CellText.units.contains(tokens[last + 1]) else { return "" }
        return "; its figure “\(tokens[last])” is followed by “\(tokens[(last + 1)...].joined(separator: " "))”, where a row's cells end its line"
    }
}
