import CLibXML2
import Foundation

/// A WeChat article (公众号, mp.weixin.qq.com) saved as a page: where many
/// agencies publish their report. The article is `#js_content` under its title
/// `#activity-name`; everything else on the page is the platform's: the
/// account's name and profile (`#js_profile_qrcode`), 阅读原文, 预览时标签不可点,
/// 微信扫一扫 关注该公众号, 继续滑动看下一个, the 分享/收藏/在看/赞 bar, dialogs.
/// Read as any page, what of it is not hidden would run on after the last
/// section as the report's text. Its publication day is printed by its script:
/// `#publish_time` is empty until then, the day is in `var ct = "1706601600"`
/// (Unix seconds) or `var publish_time = "2024-01-30"`.
struct WeChatArticle {
    let title: xmlNodePtr?
    let content: xmlNodePtr

    /// The article of a WeChat page, when the page is one: it holds `#js_content`.
    init?(_ root: xmlNodePtr) {
        var content: xmlNodePtr?
        var title: xmlNodePtr?
        HTMLDocumentReader.walk(root) { element, _ in
            switch HTMLDocumentReader.attribute(element, "id") {
            case "js_content": if content == nil { content = element }
            case "activity-name": if title == nil { title = element }
            default: break
            }
        }
        guard let content else { return nil }
        self.content = content
        self.title = title
    }

    /// The title and the article, nothing of the page around them.
    func read(into reader: inout HTMLDocumentReader) {
        if let title { reader.readElement(title) }
        reader.readElement(content)
    }

    /// The day the page prints as published once its script ran (`#publish_time`, saved filled in
    /// from a browser), else the day its script holds, as a 发布时间 line `PublicationDate` reads.
    func publicationDate(root: xmlNodePtr, page: String) -> String? {
        var shown: String?
        HTMLDocumentReader.walk(root) { element, _ in
            if shown == nil, HTMLDocumentReader.attribute(element, "id") == "publish_time" {
                let text = HTMLDocumentReader.text(of: element)
                if let digit = text.firstIndex(where: \.isNumber), DateText.read(text, from: digit) != nil { shown = text }
            }
        }
        if let shown { return "发布时间：\(shown)" }
        if let seconds = Self.captured(#"\b(?:var\s+|window\.)ct\s*=\s*["'](\d{10})["']"#, in: page).flatMap(TimeInterval.init) {
            return "发布时间：\(Self.chinaDay(seconds))"
        }
        return Self.captured(#"\bvar\s+publish_time\s*=\s*["']((?:19|20)\d{2}-\d{1,2}-\d{1,2})["']"#, in: page).map { "发布时间：\($0)" }
    }

    private static func captured(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The day in China (UTC+8, where the account published it) of a Unix time:
    /// 1706630400 is 2024-01-31 00:00 there, still 2024-01-30 in UTC.
    static func chinaDay(_ seconds: TimeInterval) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
