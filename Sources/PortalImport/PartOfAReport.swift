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
}
