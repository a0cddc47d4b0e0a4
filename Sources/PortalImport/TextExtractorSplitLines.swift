import Foundation

/// Lines a text's reader gives as one that are two or more: rows of two tables side by side, a table's last row run
/// into the heading under it, a part's heading run on inside a paragraph's line.
extension TextExtractor {
    /// A PDF line holding rows of two tables printed side by side: a label and its
    /// figures, a gap of three spaces or more, another label and its figures
    /// (`规章   1   0   11      行政许可   447228`). A row of one table has one label.
    static func sideBySide(_ line: String) -> (String, String)? {
        let figure = #"[0-9][0-9.,]*|[-—–/]"#
        // A label starts with no figure's character: `行政处罚  188  +21  11` is one row (the trial form's 本年增/减 signed).
        let row = #"[^\s0-9.,\-—–/|+＋][^|]*?\s{2,}(?:(?:\#(figure))\s+)*(?:\#(figure))"#
        guard let regex = try? NSRegularExpression(pattern: #"^\s*(\#(row))\s{3,}(\#(row))\s*$"#),
              let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let left = Range(match.range(at: 1), in: line), let right = Range(match.range(at: 2), in: line) else { return nil }
        // A mark printed for nothing is no label: `…申请数量   无  无  无  无  1   无  1` is one row whose cells are marks and figures.
        let label = RegionLine.unglued(line[right].split(whereSeparator: \.isWhitespace).map(String.init))
        guard !label.dropLast(RegionLine.trailingCells(label).count).allSatisfy({ CellText.value($0) != nil }) else { return nil }
        return (String(line[left]), String(line[right]))
    }

    /// PDFBox's text (Tika's of a PDF) runs a table's last row into the heading
    /// printed under it: `1 0 0 1 2 … 1 1五、存在的主要问题…` is a row and a heading
    /// (also 第五部分), and so is a row of marks printed for nothing (`— — … —五、…`: else the
    /// heading was found and the row's marks lost). Two cells at least: a lone number before a
    /// heading is a page's, or a list's.
    static func figuresThenHeading(_ line: String) -> [String] {
        guard line.contains("、") || line.contains("部分"),
              let match = line.range(ofPattern: #"^\s*((?:[0-9][0-9.,]*|[-—–－/])\s+)+(?:[0-9][0-9.,]*|[-—–－/])(?=\s*第?[一二三四五六七八九十]{1,2}(、|部分))"#)
        else { return [line] }
        return [String(line[match]), String(line[match.upperBound...]).trimmingCharacters(in: .whitespaces)]
    }

    /// A page's text whose first paragraphs were joined into one line, the tables
    /// still a row a line (临洮 新添镇: `…12月31日。 一、总体情况 2022年，…`): the line is broken
    /// before and after each numbered part's heading that stands between a sentence's end (or
    /// the line's start) and a space. A line holding a table's words too (第二十条, 本年新收,
    /// 结果维持) is left whole: the whole report run into a line is refused (`RunTogetherText`). A 繁體 mirror's
    /// converter glosses the number in pinyin, `一(yī)、總體(tǐ)情況 2020年,…` (海關總署's 2020 report on a mirror).
    static func runOnHeadings(_ line: String) -> [String] {
        guard line.count > 60, line.contains("、") else { return [line] }
        // Read in simplified characters (a 繁體 mirror's 一、總體情況), which keep every character's place: the
        // matches' ranges are the line's.
        let plain = LabelText.simplifying(line)
        guard !["第二十条", "本年新收", "结果维持"].contains(where: plain.contains), let regex = runOnHeading else { return [line] }
        var parts: [String] = []
        var rest = line.startIndex
        for match in regex.matches(in: plain, range: NSRange(plain.startIndex..., in: plain)) {
            guard let heading = Range(match.range(at: 2), in: line), let whole = Range(match.range, in: line) else { continue }
            parts.append(String(line[rest..<heading.lowerBound]))
            parts.append(String(line[heading]))
            rest = whole.upperBound
        }
        parts.append(String(line[rest...]))
        let kept = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return kept.count > 1 ? kept : [line]
    }

    private static let runOnHeading = try? NSRegularExpression(
        pattern: #"(^|(?<=[。；！？!?]))\s*([一二三四五六](?:\([a-z\u00E0-\u01DC]{1,6}\))?、[^\s。，,；]{2,40}?(情况|事项))\s+(?=\S)"#)
}
