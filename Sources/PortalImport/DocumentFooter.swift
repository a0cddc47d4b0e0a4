import Foundation

/// Where an unsigned report ends when a footer follows it: a site's (联系电话：…
/// 地址：… under the article, where no class name marks it) or a document's
/// (Tika prints a Word file's footer after its body: 附件：…, （本页无正文）,
/// …办公室印发, a page number). Signed reports end at their signature
/// (`SignedAgency.endOfSignature`); here only lines a footer prints are left
/// out, and only after a line that ends 六's text as a report's last line does
/// (a sentence, or 无): contact lines right under the heading are 六's own, and
/// so is one kind of particulars alone (联系电话：…, for questions about the report).
enum DocumentFooter {
    /// The end of the last section's lines `start..<end`, before its trailing footer lines.
    static func end(_ lines: [SourceLine], from start: Int, to end: Int) -> Int {
        let text = { (index: Int) in lines[index].text.filter { !$0.isWhitespace } }
        // The footer's lines, last first.
        var footer: [Int] = []
        var index = end
        while index > start, lines[index - 1].cells == nil {
            index -= 1
            if text(index).isEmpty { continue }
            guard isFooterLine(text(index)) else { break }
            footer.append(index)
        }
        // One kind of particulars alone (联系电话：… for questions about the report) is the report's;
        // a footer prints an address block (地址 and 电话, on a line or two).
        let contacts = footer.filter { !contactKinds(text($0)).isEmpty }
        if Set(contacts.flatMap { contactKinds(text($0)) }).count < 2, let lastContact = contacts.first {
            footer = footer.filter { $0 > lastContact }
        }
        guard let first = footer.last, let last = (start..<first).last(where: { !text($0).isEmpty }),
              lines[last].cells == nil, endsReport(text(last)) else { return end }
        return last + 1
    }

    private static let kinds = ["电话", "地址", "邮编", "邮政编码", "传真", "邮箱", "mail", "网址", "联系人"]

    private static func contactKinds(_ text: String) -> [String] {
        kinds.filter { text.lowercased().contains($0) }.map { $0 == "邮政编码" ? "邮编" : $0 }
    }

    /// A short line of a footer: contact particulars, an attachment's name, a page's note, a
    /// 公文's distribution line, a page number. Never a sentence.
    static func isFooterLine(_ text: String) -> Bool {
        guard text.count <= 60, !text.contains(where: { "。！？!?".contains($0) }) else { return false }
        if TextExtractor.isPageMark(text) || text.range(ofPattern: #"^[-－—–]?\d{1,3}[-－—–]?$"#) != nil { return true }
        return footer?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static let footer = try? NSRegularExpression(pattern:
        #"^([（(]?(本|此)页|(联系|咨询|办公|值班)?电话|联系人|传真|(联系|通讯|通信|办公)?地址|邮编|邮政编码|(电子)?邮箱|E-?mail|网址|附件\d*[:：]|抄送|(单位|机关)?名称[:：])|印发$|[（(](本|此)页无正文[)）]"#,
        options: .caseInsensitive)

    /// A line a report's last section ends with: a sentence (。；), or a bare 无 (nothing to report).
    private static func endsReport(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return "。；;！!".contains(last) || ["无", "无。", "无其他需要报告的事项"].contains(text)
    }
}
