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

    /// A short line of no sentence and no heading's number (an index number, a name, a date), or a blank one.
    private static func isParticular(_ text: String) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty || text.count <= 40 && !text.contains(where: { "。，；,;".contains($0) })
            && text.range(of: #"^(第?[一二三四五六七八九十]+(、|部分)|[（(][一二三四五六七八九十]+[)）])"#, options: .regularExpression) == nil
    }
}
