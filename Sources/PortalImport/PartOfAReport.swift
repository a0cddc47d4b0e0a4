/// A file holding part of a report only: its title and some of its text, but none of its parts'
/// headings nor its tables — one page of a page-turning book's text (`Page 9 - 某局2022年…报告`,
/// `P. 9`), an encyclopedia's copy that kept part 一's items (（一）主動公開情況…) and left the rest out.
/// Not a page that links to the report: that prints titles, not the report's sentences.
enum PartOfAReport {
    /// The title line, when the lines after it hold the report's running text: sentences (a 。)
    /// of `leastText` characters or more in all.
    static func title(in lines: [SourceLine], titleLine: Int?) -> SourceLine? {
        guard let titleLine, lines.indices.contains(titleLine) else { return nil }
        let after = lines[(titleLine + 1)...].filter { $0.cells == nil }
        let text = after.reduce(0) { $0 + $1.text.count { !$0.isWhitespace } }
        guard text >= leastText, after.contains(where: { $0.text.contains("。") }) else { return nil }
        return lines[titleLine]
    }

    /// More text than a page of links' titles and furniture holds under one title.
    static let leastText = 200

    /// A page interpreting the report (解读) under its title (`【文稿解读】科苑街道办事处2020年…报告`, `现对《报告》解读如下`,
    /// 张店 科苑街道 2020): the report retold in a few sentences, neither the report nor part of it — its tables are in
    /// the report's own page. Said by the title's words or by the page's own sentence.
    static func isInterpretation(title: SourceLine, lines: [SourceLine]) -> Bool {
        let marked = LabelText.simplifying(title.text).range(ofPattern: #"解读|图解"#) != nil
        return marked || lines.prefix(40).contains {
            $0.cells == nil && LabelText.simplifying($0.text).range(ofPattern: #"(现|特|下面)?(将|对|就)[^。]{0,40}(解读如下|作如下解读|进行解读|解读)[:：]"#) != nil
        }
    }
}
