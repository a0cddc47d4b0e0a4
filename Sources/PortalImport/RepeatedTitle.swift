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
            } else {
                break
            }
        }
        return first
    }
}
