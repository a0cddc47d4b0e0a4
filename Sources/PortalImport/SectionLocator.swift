import Foundation
import PortalModel

/// Finds the six section headings of a report in its lines, in their
/// common wordings (the form's titles and aliases), and chooses the format.
enum SectionLocator {
    /// The line index of each of the form's section headings, in form
    /// order; nil for a heading not found. Headings are looked for in order,
    /// so the preamble's list of section names is not taken for them. `readByOCR`: the lines are what OCR read of a
    /// scan, whose headings may print a character misread.
    static func headings(of form: FormDefinition, in lines: [SourceLine], readByOCR: Bool = false) -> [Int?] {
        var found: [Int?] = []
        var cursor = 0
        // Each line's heading key, made once: every section's wordings are compared with every line.
        let keys = lines.map { headingText($0).map(key) }
        for (position, section) in form.sections.enumerated() {
            // 二、主动公开政府信息情况, 主动公开政府信息情况 (Word's own numbering), 第二部分 主动公开政府信息情况,
            // 2.主动公开政府信息情况 (numbered in figures, as some reports number their parts).
            let titles = [section.title] + section.aliases
            let numbered = Set(titles.flatMap { [key(section.number + $0), key("第\(section.number)部分" + $0), key("\(position + 1)" + $0)] })
            let wordings = numbered.union(titles.map(key))
            let candidates = lines.indices.dropFirst(cursor).filter { index in
                // （2）主动公开政府信息情况 is a sub-heading numbered as a list (Tika prints Word's list
                // numbers in figures), never a part of the report: parts in figures are 2. or 2、.
                guard let text = headingText(lines[index]), let printed = keys[index], wordings.contains(printed) else { return false }
                return !Self.bracketedFigure(text)
            }
            // A part numbered as another (临潼's 一、总体情况 then 一、主动公开政府信息情况): its words are
            // this part's, and, for a table's part, its table follows; only when no line numbers it right.
            let misnumbered = Set(titles.flatMap { title in "一二三四五六".map { key("\($0)" + title) } }).subtracting(numbered)
            let renumbered = candidates.isEmpty ? lines.indices.dropFirst(cursor).filter { index in
                guard let printed = keys[index], misnumbered.contains(printed) else { return false }
                guard case .table(let id) = section.content else { return true }
                return form.table(id).map { tableStarts(lines, after: index, $0) } ?? false
            } : []
            // A part numbered right whose heading lost its last character (何店镇 2021's 一、总体情): its words all the
            // same; only when no line prints them whole, and never a bracketed sub-heading's (its number is the part's).
            let clipped = Set(titles.filter { $0.count >= 4 }.map { key(section.number + $0.dropLast()) })
            let unfinished = candidates.isEmpty && renumbered.isEmpty ? lines.indices.dropFirst(cursor).filter { index in
                keys[index].map(clipped.contains) == true
            } : []
            // A scan's heading numbered right with one character misread (吉林市卫健委 2022's 四、…行政拆讼情况: 诉 read 拆), in
            // a heading of eight characters or more; only in OCR's text, and only when no line prints it otherwise.
            let misread = readByOCR && candidates.isEmpty && renumbered.isEmpty && unfinished.isEmpty ? lines.indices.dropFirst(cursor).filter { index in
                guard let text = headingText(lines[index]), !Self.bracketedFigure(text), !Self.bracketedNumber(text) else { return false }
                guard let printed = keys[index] else { return false }
                return numbered.contains { $0.count >= 8 && printed.isOneCharacterApart(from: $0) }
            } : []
            guard let first = candidates.first ?? renumbered.first ?? unfinished.first ?? misread.first else {
                found.append(nil)
                continue
            }
            // A sub-heading of the section before printed in this heading's words (一's （一）主动公开政府信息情况)
            // whose number Word drew from a style, so that Apache Tika's text lost it: up to the next table,
            // the line numbered as this section wins, else, for a table's section, the line the table follows.
            let nextRow = lines.indices.dropFirst(first + 1).first { lines[$0].cells != nil } ?? lines.endIndex
            let rivals = candidates.filter { $0 < nextRow }
            // A number in brackets, （二）, numbers a sub-heading, never one of the six parts.
            let chosen = rivals.first { index in keys[index].map(numbered.contains) == true && headingText(lines[index]).map(bracketedNumber) == false }
                ?? (holdsTable(section) ? rivals.first { tableFollows(lines, $0) } : nil)
                ?? first
            found.append(chosen)
            cursor = chosen + 1
        }
        if found.count > 1, found[0] == nil, let two = found[1], let one = numeralAloneHeadingPartOne(in: lines, before: two) { found[0] = one }
        return found
    }

    /// Part 一 headed by its number alone (`一、` on a line of its own, the part's words not printed: 龙泉 西街街道 2019), where
    /// part 二's heading is found after it: that line heads part 一 — when it is the only such line, text follows it, and no
    /// line between it and 二's heading is numbered 二 (a list's `一、` inside the text goes on with its `二、`).
    /// (`一、` over the part's words is the heading's own line: `numbersAbove`.)
    static func numeralAloneHeadingPartOne(in lines: [SourceLine], before two: Int) -> Int? {
        let bare = lines.indices.prefix(two).filter { lines[$0].cells == nil && lines[$0].text.range(ofPattern: #"^\s*一\s*、\s*$"#) != nil }
        guard bare.count == 1, let one = bare.first,
              let next = lines.indices[(one + 1)..<two].first(where: { !lines[$0].text.allSatisfy(\.isWhitespace) || lines[$0].cells != nil }),
              lines[next].cells == nil,
              !lines[(one + 1)..<two].contains(where: { $0.text.range(ofPattern: #"^\s*二\s*[、.．]"#) != nil }) else { return nil }
        return one
    }

    /// The lines that print only a found heading's number (一、 / 总体情况: a line break inside
    /// the heading), which belong to the heading, not to the text before it.
    static func numbersAbove(_ headings: [Int?], of form: FormDefinition, in lines: [SourceLine]) -> [Int] {
        zip(form.sections, headings).compactMap { section, heading in
            guard let heading, heading > 0, lines[heading - 1].cells == nil else { return nil }
            let text = lines[heading - 1].text.filter { !$0.isWhitespace }
            let number = NSRegularExpression.escapedPattern(for: section.number)
            return text.range(ofPattern: "^(第\(number)部分|\(number))[、.．:：]?$") != nil ? heading - 1 : nil
        }
    }

    private static func bracketedFigure(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).range(ofPattern: #"^[（(]\s*[0-9０-９]+\s*[)）]"#) != nil
    }

    private static func bracketedNumber(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).range(ofPattern: #"^[（(]\s*[一二三四五六七八九十]+\s*[)）]"#) != nil
    }

    private static func holdsTable(_ section: FormSection) -> Bool {
        if case .table = section.content { return true }
        return false
    }

    /// Whether the table starts within the next four lines: a row of cells, or a line printing
    /// the top of its first block (第二十条第（一）项, 信息内容, 申请人情况, 行政复议…), as a PDF's text does.
    private static func tableStarts(_ lines: [SourceLine], after index: Int, _ table: FormTable) -> Bool {
        guard let block = table.blocks.first else { return false }
        let tops = ([block.caption, block.corner].compactMap { $0 } + block.header.map(\.label)).map { LabelText($0).string }.filter { $0.count >= 2 }
        return lines.indices.dropFirst(index + 1).filter { !lines[$0].text.allSatisfy(\.isWhitespace) || lines[$0].cells != nil }.prefix(4).contains { next in
            let text = LabelText(lines[next].cells?.joined(separator: " ") ?? lines[next].text).string
            return lines[next].cells != nil || tops.contains { text.contains($0) }
        }
    }

    /// Whether the line's next non-blank line is a table row.
    private static func tableFollows(_ lines: [SourceLine], _ index: Int) -> Bool {
        lines.indices.dropFirst(index + 1).first { lines[$0].cells != nil || !lines[$0].text.allSatisfy(\.isWhitespace) }
            .map { lines[$0].cells != nil } ?? false
    }

    /// A heading as compared: its label characters without the words that
    /// wordings add or swap — 和/及/与 (行政复议、行政诉讼 / 行政复议和行政诉讼),
    /// 的, 工作(中) (政府信息公开工作中存在的问题…), 其它 for 其他, 整改 for 改进 (五、存在的主要问题及整改措施,
    /// 沭阳县发展和改革局 2023: rectifying and improving, the same part, as many bodies word it) — and
    /// without a leading 政府信息公开 before 存在 (存在的问题… as its own heading), and without the
    /// report's year (一、2023年政务公开总体情况), and without a typesetting note the template gave the heading and the
    /// agency left in (一、总体情况(宋体加粗小四号字), 梅河口市应急管理局 2025: a city's template, so its every body's).
    static func key(_ heading: String) -> String {
        keys.value(heading) { madeKey(heading) }
    }

    /// Every import keys the forms' wordings again, and a line's key is asked by more than one step: each made once.
    private static let keys = Memo<String, String>(limit: 8_000)

    private static func madeKey(_ heading: String) -> String {
        // (The note read in simplified characters, 宋體加粗; a converter's Taiwan phrasing first, 政府資訊 before 资讯.)
        var text = LabelText(withoutTypesettingNote(LabelText.simplifying(LabelText.mainlandWords(heading)))).string.replacingOccurrences(of: "工作中", with: "")
            .replacingOccurrences(of: "工作", with: "").replacingOccurrences(of: "其它", with: "其他")
            .replacingOccurrences(of: "整改", with: "改进")
            .filter { !"和及与的".contains($0) }
        if let range = text.range(of: "政府信息公开存在") { text.removeSubrange(range.lowerBound..<text.index(range.lowerBound, offsetBy: 6)) }
        if text.contains("年"), let year = text.range(ofPattern: "(19|20)[0-9]{2}年度?") { text.removeSubrange(year) }
        return text
    }

    /// The heading less a bracketed note of its font, size or weight at its end (（黑体三号）, (宋体加粗小四号字)): words of
    /// type only, so a heading's own bracket (（2023年度）) stays.
    private static func withoutTypesettingNote(_ heading: String) -> String {
        guard heading.last.map({ ")）".contains($0) }) == true || heading.last?.isWhitespace == true else { return heading }
        return heading.replacingMatches(ofPattern: #"\s*[（(]\s*((宋体|黑体|仿宋|楷体|小标宋|方正[^）)]{0,6}|加粗|粗体|[初小]?[一二三四五六七八]号字?|字体|字号|GB2312|_GB2312|,|，|、)\s*)+[)）]\s*$"#,
                                    with: "")
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
