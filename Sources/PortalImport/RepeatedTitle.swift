import Foundation

/// The title printed again under itself: a page's heading over the article's own title,
/// which the article may print wrapped over two lines (某局2022年政府信息公开 / 工作年度报告)
/// or under the page's particulars (发布日期：… 点击数：). None of it is the preamble.
extension ReportTitle {
    /// The first line of the preamble at or after `start`: past each copy of the title,
    /// and the blank and furniture lines before a copy.
    func preambleStart(_ start: Int, end: Int, in lines: [SourceLine]) -> Int {
        let titles = printed(in: lines)
        guard !titles.isEmpty else { return start }
        let compact = { (index: Int) in lines[index].text.filter { !$0.isWhitespace } }
        func isCopy(_ index: Int) -> Bool {
            titles.contains(compact(index)) || index + 1 < end && titles.contains(compact(index) + compact(index + 1))
        }
        var first = start, index = start
        while index < end {
            if compact(index).isEmpty || HTMLDocumentReader.isChromeLine(lines[index].text) {
                index += 1
            } else if titles.contains(compact(index)) {
                index += 1
                first = index
            } else if index + 1 < end, titles.contains(compact(index) + compact(index + 1)) {
                index += 2
                first = index
            } else if index + 1 < end, Self.isParticular(lines[index].text), Self.isYearTitle(compact(index + 1)) {
                // The article's own heading under the page's title, its name shortened (宁夏回族自治区应急管理厅…年度报告
                // over 自治区应急管理厅 / 2023年政府信息公开工作年度报告): a title again, not the preamble.
                index += 2
                first = index
            } else if let copy = (index..<min(end, index + 6)).first(where: { isCopy($0) }),
                      (index..<copy).allSatisfy({ Self.isParticular(lines[$0].text) }) {
                // A catalogue's particulars whose labels the page drew apart (平阴's: 1137…/2025-6626482,
                // 县卫生健康局, 2025-01-15), then the title again: the page's, not the preamble.
                index = copy
            } else {
                break
            }
        }
        return first
    }

    /// A line that is a report's title from its year on (2023年政府信息公开工作年度报告, 2022年度政务公开年报).
    private static func isYearTitle(_ compact: String) -> Bool {
        compact.count <= 30 && compact.range(of: #"^(19|20)[0-9]{2}年度?[^。，,；;]{0,12}(信息公开|政务公开)[^。，,；;]{0,10}(报告|年报)$"#,
                                            options: .regularExpression) != nil
    }

    /// A short line of no sentence and no heading's number (an index number, a name, a date), or a blank one.
    private static func isParticular(_ text: String) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty || text.count <= 40 && !text.contains(where: { "。，；,;".contains($0) })
            && text.range(of: #"^(第?[一二三四五六七八九十]+(、|部分)|[（(][一二三四五六七八九十]+[)）])"#, options: .regularExpression) == nil
    }
}
