import Foundation

/// Running text of a report → Markdown, keeping the published wording:
/// one paragraph per paragraph, sub-headings such as （一）主动公开 as `###`.
enum NarrativeText {
    /// The paragraphs of the text lines. With `keepingTables`, a table
    /// printed in the text (a section's own statistics, the fees charged) is
    /// one paragraph, a row a line (`cell | cell`); otherwise table rows are
    /// left out (the preamble's 索引号 | 发布机构 block is the site's).
    /// `fromPDF`: the lines are a PDF's text, where a Word document's gap
    /// between Chinese and Western characters (its autospace) comes out as
    /// a space (2024 年, 83 条) that the document does not hold: taken out.
    static func paragraphs(_ lines: ArraySlice<SourceLine>, keepingTables: Bool = false, fromPDF: Bool = false) -> [String] {
        var paragraphs: [String] = []
        var previousWasRow = false
        for index in lines.indices {
            let line = lines[index]
            if let cells = line.cells, !(keepingTables && isParagraphWithTab(at: index, in: lines)) {
                guard keepingTables, let row = tableLine(cells, skipping: line.spanContinuations) else { continue }
                if previousWasRow, !paragraphs.isEmpty {
                    // A CommonMark hard line break: the rows stay lines of one paragraph.
                    paragraphs[paragraphs.count - 1] += "\\\n" + row
                } else {
                    paragraphs.append(row)
                }
                previousWasRow = true
                continue
            }
            previousWasRow = false
            var trimmed = withoutListMark(line.text.trimmingCharacters(in: .whitespaces))
            guard !trimmed.isEmpty else { continue }
            if fromPDF { trimmed = withoutAutospace(withoutLetterSpacing(trimmed)) }
            let startsParagraph = line.startsParagraph || paragraphs.isEmpty
            let text = MarkdownLiteral.line(trimmed, atLineStart: startsParagraph)
            if startsParagraph {
                paragraphs.append(text)
            } else {
                // A PDF line wrapped by the layout: Chinese takes no space between
                // lines; a number beside Chinese gets the space pdftotext prints within a line.
                let previous = paragraphs[paragraphs.count - 1]
                paragraphs[paragraphs.count - 1] += !fromPDF && needsSpace(previous.last, text.first) ? " " + text : text
            }
        }
        return paragraphs
    }

    /// A paragraph printed as a list's item, without its bullet (`• 2020年,兴安盟农牧局…。`, 兴安盟农牧局 2020: part 一's heading and
    /// paragraph as a page's `<li>`s; `●`, `◆`, `▪` typed before a paragraph): an item of sentences is a paragraph, the bullet the
    /// page's layout, the words the report's. A list of short items (`• 政策解读8篇`) keeps its bullets, as the browser drew them.
    static func withoutListMark(_ text: String) -> String {
        guard let first = text.first, listMarks.contains(first) else { return text }
        let words = text.dropFirst().drop { $0.isWhitespace }
        return words.contains(where: { "。！？".contains($0) }) ? String(words) : text
    }

    private static let listMarks: Set<Character> = ["•", "●", "◆", "▪"]

    /// A text's line split at its tabs, alone between lines that are no rows: a paragraph with a
    /// tab of its own (联系电话：→0000…, a Word file's paragraph read as a text), not a table of one row.
    /// A document's table (Word, a page) of one row stays a table.
    private static func isParagraphWithTab(at index: Int, in lines: ArraySlice<SourceLine>) -> Bool {
        guard lines[index].position.table == nil else { return false }
        let isRow = { (index: Int) in lines.indices.contains(index) && lines[index].cells != nil }
        return !isRow(index - 1) && !isRow(index + 1)
    }

    /// A table row as a line of text: each merged cell once, empty cells left out.
    private static func tableLine(_ cells: [String], skipping continuations: Set<Int>) -> String? {
        var kept: [String] = []
        for (index, cell) in cells.enumerated() where !continuations.contains(index) {
            let text = cell.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, text != kept.last { kept.append(text) }
        }
        return kept.isEmpty ? nil : MarkdownLiteral.line(kept.joined(separator: " | "), atLineStart: true)
    }

    /// A line a PDF spreads out to its full width (justified, or set with
    /// letter spacing) comes out of pdftotext as 全 年 共 收 到: when most
    /// neighbouring Chinese characters of a line stand a space apart, those
    /// single spaces are the layout's, not the text's.
    static func withoutLetterSpacing(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func isCJK(_ scalar: Unicode.Scalar) -> Bool { (0x3000...0x303F).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) || (0xFF00...0xFF0F).contains(scalar.value) || (0xFF1A...0xFF20).contains(scalar.value) }
        var spaced = 0, joined = 0
        for index in scalars.indices.dropLast() where isCJK(scalars[index]) {
            if isCJK(scalars[index + 1]) { joined += 1 }
            if index + 2 < scalars.count, scalars[index + 1] == " ", isCJK(scalars[index + 2]) { spaced += 1 }
        }
        guard spaced >= 3, spaced > joined else { return text }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count, isCJK(scalars[index - 1]), isCJK(scalars[index + 1]) { continue }
            out.append(scalar)
        }
        return String(out)
    }

    /// One space between a Chinese character and a digit or Latin letter, either way round, taken out.
    static func withoutAutospace(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(" ") else { return text }
        func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }
        func isWestern(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count {
                let left = scalars[index - 1], right = scalars[index + 1]
                if (isHan(left) && isWestern(right)) || (isWestern(left) && isHan(right)) { continue }
            }
            out.append(scalar)
        }
        return String(out)
    }

    private static func needsSpace(_ left: Character?, _ right: Character?) -> Bool {
        guard let left, let right else { return false }
        return (left.isASCII && left.isNumber && !right.isASCII && right.isLetter)
            || (right.isASCII && right.isNumber && !left.isASCII && left.isLetter)
    }

    static func markdown(_ paragraphs: [String]) -> String? {
        guard !paragraphs.isEmpty else { return nil }
        return paragraphs.map { isSubheading($0) ? "### \($0)" : $0 }.joined(separator: "\n\n") + "\n"
    }

    /// （一）主动公开信息情况 on its own: numbered, short, not a sentence.
    static func isSubheading(_ paragraph: String) -> Bool {
        paragraph.count <= 30
            && paragraph.range(ofPattern: #"^[（(][一二三四五六七八九十]+[)）]"#) != nil
            && !paragraph.contains("。") && !paragraph.hasSuffix("；") && !paragraph.hasSuffix("：") && !paragraph.contains(" | ")
    }
}
