import Foundation

/// A line a web page printed as an item of a list, its bullet before it (`  • 上街区济源路街道办事处`): a disclosure catalogue's
/// particulars as a list of values without their labels (索引号, 发布机构, 名称, 成文日期, 发布日期: 郑州 上街区 济源路街道 2020,
/// `• 2020年政府信息公开工作年度报告` naming no one under `• 上街区济源路街道办事处`), or a page's links. The bullet is the page's
/// mark, no character of a name; and the catalogue's name of the document is no article's title where the article prints
/// its own under the list.
enum PageListItem {
    private static let mark = #"^\s*([•·●▪◦]\s*|[-*]\s+)"#

    static func isItem(_ text: String) -> Bool {
        text.range(ofPattern: mark) != nil
    }

    /// The item's text without its bullet.
    static func withoutMark(_ text: String) -> String {
        guard let range = text.range(ofPattern: mark) else { return text }
        return String(text[range.upperBound...])
    }
}
