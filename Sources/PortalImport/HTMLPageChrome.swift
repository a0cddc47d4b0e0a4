import CLibXML2
import Foundation

/// What a page prints around its article (navigation, footers, share
/// buttons, dates of publication), and what it hides: told by element and
/// class names, inline styles and the text chrome prints.
extension HTMLDocumentReader {
    /// Chrome by its class words, unless it holds the report: CMS pages also
    /// wrap the article in `news_info`, `print_area`… A block of chrome is short
    /// and holds no table of figures.
    func isChrome(_ node: xmlNodePtr) -> Bool {
        guard !Self.classWords(node).isDisjoint(with: Self.chromeWords) else { return false }
        var length = 0
        Self.walkText(node.pointee.children) { length += $0.count }
        return length < Self.longestChrome && Self.figureCells(node.pointee.children, atMost: 2) < 2
    }

    /// How many table cells below `first` hold a figure, counting up to `limit`.
    private static func figureCells(_ first: xmlNodePtr?, atMost limit: Int) -> Int {
        var count = 0
        var node = first
        while let element = node, count < limit {
            if element.pointee.type == XML_ELEMENT_NODE {
                let name = string(element.pointee.name).lowercased()
                if name == "td" || name == "th" {
                    if CellText.isNumber(text(of: element)) { count += 1 }
                } else {
                    count += figureCells(element.pointee.children, atMost: limit - count)
                }
            }
            node = element.pointee.next
        }
        return count
    }

    /// What a reader does not take for the page's text: scripts and the like, deleted
    /// text, and elements hidden by
    /// `hidden` or an inline style (some sites hide characters inside the text
    /// against copying: 23<span style="display:none">9</span>6 reads 236).
    static func isUnseen(_ node: xmlNodePtr, _ name: String) -> Bool {
        skipped.contains(name) || deleted.contains(name) || isHidden(node)
    }

    /// Text struck out as deleted: Word saves a tracked deletion as `<del>` (beside
    /// the `<ins>` that replaced it) and editors strike text out with `<s>`; read,
    /// `<del>263</del><ins>236</ins>` would be 263236.
    private static let deleted: Set<String> = ["del", "s", "strike"]

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if hasAttribute(node, "hidden") { return true }
        guard let style = attribute(node, "style")?.lowercased().filter({ !$0.isWhitespace }) else { return false }
        if style.contains("display:none") { return true }
        return style.contains("visibility:hidden") && !isShownByScript(node)
    }

    /// A block hidden only until the page's script shows it: a WeChat article
    /// (公众号, where many agencies publish) comes as `<div id="js_content"
    /// style="visibility: hidden;">` holding the whole article, which its script
    /// makes visible. Characters hidden against copying are a few; a block of
    /// `shownByScript` letters or more is the article, and so is WeChat's
    /// `#js_content` whatever it holds (a report published as its pictures alone).
    static func isShownByScript(_ node: xmlNodePtr) -> Bool {
        if attribute(node, "id") == "js_content" { return true }
        var letters = 0
        func count(_ first: xmlNodePtr?) {
            var node = first
            while let current = node, letters < shownByScript {
                if current.pointee.type == XML_TEXT_NODE {
                    letters += string(current.pointee.content).count { !$0.isWhitespace }
                } else if current.pointee.type == XML_ELEMENT_NODE, !skipped.contains(string(current.pointee.name).lowercased()) {
                    count(current.pointee.children)
                }
                node = current.pointee.next
            }
        }
        count(node.pointee.children)
        return letters >= shownByScript
    }

    /// More letters than text hidden against copying ever holds (a figure's digit, a word).
    static let shownByScript = 200

    /// More text than any navigation bar, footer or list of links holds.
    private static let longestChrome = 2_000

    static func hasAttribute(_ node: xmlNodePtr, _ wanted: String) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            if string(current.pointee.name).lowercased() == wanted { return true }
            attribute = current.pointee.next
        }
        return false
    }

    func hasClassWord(_ node: xmlNodePtr, _ word: String) -> Bool {
        Self.classWords(node).contains(word)
    }

    /// The words of an element's class and id (`site-header` → site, header).
    static func classWords(_ node: xmlNodePtr) -> Set<String> {
        var words = Set<String>()
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = string(current.pointee.name).lowercased()
            if name == "class" || name == "id", let value = current.pointee.children?.pointee.content {
                words.formUnion(string(value).lowercased().split { !$0.isLetter }.map(String.init))
            }
            attribute = current.pointee.next
        }
        return words
    }

    /// Keeps chrome text that names a publication or writing date (or prints it beside the source).
    mutating func noteDate(_ text: String) {
        let text = Self.collapse(text)
        if (PublicationDate.publishedLabels + PublicationDate.issuedLabels + PublicationDate.writtenLabels).contains(where: text.contains) || PublicationDate.underTitle(text) != nil {
            pageDates.append(text)
        }
    }

    /// `<meta name="PubDate" content="2023-01-28 10:00">`, as government CMSs write it.
    mutating func notePublicationMeta(_ first: xmlNodePtr?) {
        Self.walk(first) { element, name in
            guard name == "meta", let meta = Self.attribute(element, "name")?.lowercased(),
                  ["pubdate", "publishdate", "articlepubdate", "firstpublishedtime", "publishtime"].contains(meta),
                  let content = Self.attribute(element, "content") else { return }
            pageDates.append("发布日期：\(content)")
        }
    }

    /// The titles a page's head gives it: `<meta name="ArticleTitle">`, which the national standard for government
    /// sites asks every article page to carry (and Open Graph's `og:title`), then `<title>` (often the article's title
    /// joined to the site's name).
    mutating func notePageTitles(_ first: xmlNodePtr?) {
        var metas: [String] = [], titles: [String] = []
        Self.walk(first) { element, name in
            let label = (Self.attribute(element, "name") ?? Self.attribute(element, "property"))?.lowercased()
            if name == "meta", ["articletitle", "og:title"].contains(label), let content = Self.attribute(element, "content") {
                metas.append(Self.collapse(content))
            } else if name == "title" {
                var text = ""
                Self.walkText(element.pointee.children) { text += $0 }
                titles.append(Self.collapse(text))
            }
        }
        pageTitles += (metas + titles).filter { !$0.isEmpty }
    }

    static func isChromeLine(_ text: String) -> Bool {
        chromeLines.value(text) { isChromeLineAnew(text) }
    }

    /// A line is asked by every step that skips the page's furniture (the title, the wrapped paragraphs, the article's
    /// bounds): each answered once.
    private static let chromeLines = Memo<String, Bool>(limit: 8_000)

    private static func isChromeLineAnew(_ text: String) -> Bool {
        // A traditional mirror's furniture (時間: … 來源:, 發(fā)布日期) reads as the simplified page's.
        let text = text.contains(where: { $0 == "(" || LabelText.simplified[$0] != nil })
            ? LabelText.simplifying(LabelText.withoutPinyinGlosses(text)) : text
        let whole = NSRange(text.startIndex..., in: text)
        return chromeLineStart?.firstMatch(in: text, options: .anchored, range: whole) != nil || chromeLineWords?.firstMatch(in: text, range: whole) != nil
            || isShareTools(text)
            || isParticularsRow(text)
    }

    /// A catalogue's particulars copied as rows of labels and values a space apart, no colon (连云区教育局 2025, between its
    /// `标 题 …` row and the title: `文 号 无〔〕号 主 题 词`, `时 效 有效`): a label only particulars print opens the line, and it
    /// holds no sentence. (`名称`/`标题` rows may name the report: `ReportTitle` reads them.)
    static func isParticularsRow(_ text: String) -> Bool {
        text.range(ofPattern: #"^\s*(文\s*号|主\s*题\s*词|时\s*效(\s*性)?|索\s*引\s*号|发\s*布\s*机\s*构|发\s*文\s*日\s*期)\s+[^\s。，,；;：:][^。，,；;]{0,40}$"#) != nil
    }

    /// A line without the font sizes' tool a page's copy ran on into the preamble's first words (`大中小本年度报告根据…`,
    /// 开州 义和镇 2023, under the tool printed alone): the tool's words are the page's. Only before the words a
    /// preamble opens with: 大中小学 is a sentence's.
    static func withoutGluedFontSizes(_ line: String) -> String {
        guard line.first(where: { !$0.isWhitespace }) == "大",
              let tool = line.range(ofPattern: #"^\s*大\s*中\s*小\s*(?=本年度报告|本报告|根据|依据|按照)"#) else { return line }
        return String(line[tool.upperBound...])
    }

    /// The page's share and collect buttons copied as lines of their words (钦北 大垌镇 2023, under the date line:
    /// `收藏 我要收藏 公共资源调用站点 文章分享`, `分享 微信`, `头条`, `微博 空间 qq`, `【字体: 打印`): short words and no
    /// sentence's marks, every word a tool's but one at most (an icon's alt text) when two or more are.
    static func isShareTools(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "【】[]［］:：")) }
            .filter { !$0.isEmpty }
        guard !words.isEmpty, words.count <= 8, words.allSatisfy({ $0.count <= 8 && !$0.contains(where: { "。，,；;：:、".contains($0) }) }) else { return false }
        let tools = words.filter(shareToolWords.contains).count
        return tools == words.count || (tools >= 2 && tools == words.count - 1)
    }

    /// The words of a page's share and collect buttons (and the font and print tools beside them).
    static let shareToolWords: Set<String> = ["收藏", "我要收藏", "加入收藏", "分享", "分享到", "文章分享", "微信", "微博", "新浪微博", "头条", "今日头条",
                                              "空间", "QQ空间", "qq", "QQ", "朋友圈", "打印", "关闭", "字体", "字号"]
}
