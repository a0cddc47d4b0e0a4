import PortalModel

/// Finds the six section headings of a report in its lines, in their
/// common wordings (the form's titles and aliases), and chooses the format.
enum SectionLocator {
    /// The line index of each of the form's section headings, in form
    /// order; nil for a heading not found. Headings are looked for in order,
    /// so the preamble's list of section names is not taken for them.
    static func headings(of form: FormDefinition, in lines: [SourceLine]) -> [Int?] {
        var found: [Int?] = []
        var cursor = 0
        for (position, section) in form.sections.enumerated() {
            // 二、主动公开政府信息情况, 主动公开政府信息情况 (Word's own numbering), 第二部分 主动公开政府信息情况,
            // 2.主动公开政府信息情况 (numbered in figures, as some reports number their parts).
            let wordings = Set(([section.title] + section.aliases).flatMap {
                [key($0), key(section.number + $0), key("第\(section.number)部分" + $0), key("\(position + 1)" + $0)]
            })
            let index = lines.indices.dropFirst(cursor).first { index in
                guard let text = headingText(lines[index]) else { return false }
                return wordings.contains(key(text))
            }
            found.append(index)
            if let index { cursor = index + 1 }
        }
        return found
    }

    /// A heading as compared: its label characters without the conjunctions
    /// that wordings swap (行政复议、行政诉讼 / 行政复议和行政诉讼 / 问题及改进).
    static func key(_ heading: String) -> String {
        LabelText(heading).string.filter { !"和及与".contains($0) }
    }

    /// The text a line would have as a heading: a text line, or a table row
    /// with one distinct cell (some pages put headings in tables).
    private static func headingText(_ line: SourceLine) -> String? {
        guard let cells = line.cells else { return line.text }
        let distinct = Set(cells.filter { !$0.isEmpty })
        return distinct.count == 1 ? distinct.first : nil
    }

    /// The format whose own labels (those no other form prints) the report
    /// prints most; on a tie the one meant for the year, else the newest.
    static func form(among forms: [FormDefinition], for lines: [SourceLine], year: Int?) -> FormDefinition? {
        let document = LabelText(lines.map(\.text).joined(separator: " ")).string
        let labels = Dictionary(uniqueKeysWithValues: forms.map { ($0.id, ownLabels($0)) })
        func score(_ form: FormDefinition) -> Int {
            let others = forms.filter { $0.id != form.id }.reduce(into: Set<String>()) { $0.formUnion(labels[$1.id] ?? []) }
            return (labels[form.id] ?? []).subtracting(others).filter { document.contains($0) }.count
        }
        return forms.max { a, b in
            let (sa, sb) = (score(a), score(b))
            if sa != sb { return sa < sb }
            let (ya, yb) = (year.map(a.covers) ?? false, year.map(b.covers) ?? false)
            if ya != yb { return !ya }
            return (a.firstYear ?? 0, a.id) < (b.firstYear ?? 0, b.id)
        }
    }

    private static func ownLabels(_ form: FormDefinition) -> Set<String> {
        var labels = Set<String>()
        for table in form.tables {
            for block in table.blocks {
                if let caption = block.caption { labels.insert(LabelText(caption).string) }
                block.columns.forEach { labels.insert(LabelText($0.label).string) }
                block.leafRows.forEach { row in ([row.label] + row.aliases).forEach { labels.insert(LabelText($0).string) } }
            }
        }
        labels.remove("")
        return labels
    }
}
