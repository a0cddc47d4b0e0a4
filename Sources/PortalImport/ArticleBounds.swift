/// Where the report starts and ends in the text of a web page (Apache
/// Tika's, or a printed page's). Around the article a government portal
/// prints its furniture — before it 欢迎访问…, 搜索, the menus, 当前位置,
/// 发布时间/来源; after it 【打印本页】, 分享到, 扫一扫, 上一篇/下一篇, 相关链接
/// and their lists of links, 网站地图, 主办/承办, ICP备, the browser advice —
/// which the text keeps as lines. The lines the furniture pattern knows
/// (`HTMLDocumentReader.isChromeLine`) mark it, but not every line of it is
/// one (`中国政府网`, `建议使用1920×1080分辨率`): a block of furniture reaches
/// from the page's edge to its last marked line (before the article) or
/// from its first (after it), when every line in it reads as furniture.
enum ArticleBounds {
    /// Where the article starts among the lines before the first section
    /// (a page whose article prints no title: the menus come first).
    static func start(of lines: ArraySlice<SourceLine>) -> Int {
        var start = lines.startIndex
        for index in lines.indices {
            if lines[index].cells == nil, HTMLDocumentReader.isChromeLine(lines[index].text) {
                start = index + 1
            } else if !isFurnitureLike(lines[index]) {
                break
            }
        }
        return start
    }

    /// Where the article starts in a page whose reader left out the furniture its class names
    /// mark (and with it the lines the furniture pattern knows): the short lines of no sentence
    /// still above the first sentence (欢迎访问…门户网站, the side menu's heading) are the page's.
    /// The start when no sentence follows them.
    static func firstSentence(of lines: ArraySlice<SourceLine>) -> Int {
        lines.firstIndex { !isFurnitureLike($0) } ?? lines.startIndex
    }

    /// Where the article ends among a last section's lines. `titles`: the report's title as
    /// printed (spaces removed); a running footer or header printing it, which Tika prints once
    /// after a Word file's body, marks the furniture as the pattern's lines do.
    static func end(of lines: ArraySlice<SourceLine>, titles: Set<String> = []) -> Int {
        var end = lines.endIndex
        var index = lines.endIndex
        while index > lines.startIndex {
            let line = lines[index - 1]
            if line.cells == nil, HTMLDocumentReader.isChromeLine(line.text) || titles.contains(line.text.filter { !$0.isWhitespace }) {
                end = index - 1
            } else if !isFurnitureLike(line) {
                break
            }
            index -= 1
        }
        // Blank lines before the furniture are not the report's either.
        while end > lines.startIndex, lines[end - 1].cells == nil, lines[end - 1].text.allSatisfy(\.isWhitespace) { end -= 1 }
        return end
    }

    /// A line that may be furniture: blank, a list of links (cells without
    /// figures), or a short line that is no sentence.
    private static func isFurnitureLike(_ line: SourceLine) -> Bool {
        if let cells = line.cells {
            return cells.allSatisfy { cell in !cell.isEmpty && !cell.allSatisfy { $0.isNumber || $0 == "." } }
        }
        let text = line.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return true }
        // Punctuation alone (a WeChat dialog's `：` `，` `。` copied with the article): no sentence, though a 。 ends it.
        if text.allSatisfy({ "：:，,。、；;".contains($0) }) { return true }
        return text.count <= 50 && !text.contains("。") && !["！", "？", "；", "!", "?", ";"].contains(text.last)
    }
}
