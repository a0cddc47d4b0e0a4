import CLibXML2
import Foundation

/// Walks a parsed page: block elements become text lines, data tables
/// become rows with `rowspan`/`colspan` cells repeated over the grid cells
/// they cover. Page chrome (navigation, breadcrumbs, share buttons,
/// related links, footers) is left out by element and class names, and
/// the lines only chrome prints (字体【大 中 小】, ICP, 当前位置…) by their text.
struct HTMLDocumentReader {
    /// The lines read, and whether each is all link (kept only when it is a heading).
    var lines: [(line: SourceLine, linksOnly: Bool)] = []
    /// A link to the report's next page (下一页, `…_2.html`): the page holds part of it.
    private(set) var nextPage: String?
    /// The line where a CSS grid of figures holds a cell spanning rows (`DivTable.holdsCellSpanningRows`).
    private(set) var unplacedGrid: Int?
    /// Document files the article links to (附件：…).
    private(set) var attachments: [SourceDocument.Attachment] = []
    /// The addresses (`src`) of the article's pictures, outside links, in the page's order.
    private(set) var pictures: [String] = []
    private var current = ""
    /// The line being read with the page's own spacing (`SourceLine.layoutText`).
    private var spaced = ""
    /// Inside `<pre>`, where a line break in the text ends a line and spaces are kept.
    private var preDepth = 0
    /// Blank lines of a `<pre>` since the last line read.
    private var blankLines = 0
    /// Just inside `<pre>`, where a line break opening it is the markup's, not a blank line (as browsers read it).
    private var preOpened = false
    /// The numbers of the lines read inside a `<pre>`: its text keeps the line breaks it was typed with.
    private var preformatted = Set<Int>()
    var blockCount = 0
    var tableCount = 0
    /// Inside `<article>` or `<main>`, a `<header>` is the article's own
    /// (its title), not the page's.
    private var articleDepth = 0
    /// The lists being read, innermost last: whether numbered, items so far.
    private var lists: [(ordered: Bool, count: Int)] = []
    /// Inside `<a href>`, and whether the line being read holds text outside links.
    private var linkDepth = 0
    private var textOutsideLinks = false
    /// Whether the line being read holds an `<img>`.
    private var picture = false
    /// Page furniture that prints when the page was published (发布日期：…,
    /// `<meta name="PubDate">`): left out of the lines, kept for `PublicationDate`.
    var pageDates: [String] = []
    /// The page's own titles (`<meta name="ArticleTitle">`, `<title>`), which the lines leave out: the report's
    /// title when the article prints none in its text.
    var pageTitles: [String] = []

    static let skipped: Set<String> = ["head", "script", "style", "nav", "footer", "aside", "form", "select",
                                              "button", "iframe", "noscript", "object", "svg", "template"]
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
                                             "blockquote", "pre", "dd", "dt", "dl", "center", "body", "main", "tr", "td", "th", "caption"]
    /// Class and id words that mark page chrome on government CMS pages.
    static let chromeWords: Set<String> = ["nav", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "position", "location",
                                                  "footer", "foot", "bottom", "share", "bdshare", "related", "xglj", "xgxx", "links",
                                                  "sidebar", "top", "copyright", "toolbar", "print", "info", "meta", "fontsize"]
    /// A line of a page's furniture: its tools, footer, breadcrumbs, the particulars under the title (a date opening
    /// a line before 来源; a catalogue's particulars as a list's items, `• 索 引 号:`, `- 标题:`; the site and the date as
    /// items, `• 宣威市人民政府门户网`, `• 2025-02-10 15:59`; who keyed it in and the visits, `录入人员: … 发布时间: … 访问次数:`;
    /// `发文日期 2025-01-23 18:16:29`, `分享:` alone; a catalogue's particulars as lines, `索引号:… 分类:…`, `文号: 主题词:`,
    /// `体裁分类:… 主题分类:… 文号: 索引号:…`, `内容概述: …` (not `名称:`/`标题:`, which may name the report: `ReportTitle`); `日期:2023-01-30` alone; a page's tools as a list's items, `• 字号:`, `• 打印`; `相关文件:` alone over `• 一图读懂:…`, the report's picture version; a WeChat article's furniture copied with it,
    /// 预览时标签不可点, 阅读原文, 继续滑动看下一个, 关注该公众号, 轻点两下取消赞;
    /// the particulars as a list's items beside those, `• 文 号:`, `• 备案登记号:`, `• 时 效 性:` over `有效` alone; `关联稿件:` alone;
    /// the site's name and address with 发布时间: and the time, `某市人民政府门户网站 www.x.gov.cn 发布时间:2025-01-09 15:30`; a link to the
    /// report's picture version alone, `[图解版]`, `【一图读懂】`; breadcrumbs however worded, `您当前所在的位置:`, `首页 >> …`, `当前页面:首页 » …`; a catalogue's
    /// particulars' toggle, `点击关闭详细目录信息` (义乌市交通运输局 2020, under the title it repeats);
    /// the site's column alone, `信息公开`, `2020年年报`; crumbs between slashes, `首页/ 公开 / … / 正文`; the page's tools on one line,
    /// `字号: 分享:`, `字號:[大][中][小]`; `关联导读:` alone; the picture version's link unbracketed, `年报图解`, `图解 音频`;
    /// the versions' bar, two words or more, `音频 动漫 图解 电子书 H5` (沂源县 2023, above the preamble); the font sizes
    /// unbracketed alone, `大中小` (开州 义和镇 2023); the page's reader aloud, `语音播报`, `语音合成中,请耐心等待...`,
    /// `进入播报模式`, `退出播报模式` (万盛 关坝镇 2025, between the title and the preamble); the visits as a list's item,
    /// `- 浏览次数:` (阿拉善左旗 巴彦木仁苏木 2024, under `- 发布日期:`); the day as a list's item, `- 发文日期:` (湖南省生态环境厅
    /// 2024, between `- 发布机构:` and `- 名称:`); the page's tools opened by a bracket whose sizes the copy lost, `【字体:打印`
    /// (定远 炉桥镇 2021, between the particulars and the preamble; `• 【字体:`, 曾都 何店镇 2021, under `• 信息来源:` and
    /// `• 审核人:系统管理员`, who checked the page); the page's counter alone on its line, `点击:` (甘谷 礼辛镇 2025, under
    /// `来源:`; `点击: 12`, `阅读量:`: a label and at most a count, never a sentence)); `内容概述` and its value a space apart, a
    /// catalogue's row as a line (江阴 临港经济开发区 2023: `内容概述 2023年…报告`, whose value no name reads from); the site's or the
    /// source's name before the labelled day and nothing after it, `青岛政务网 发布日期 : 2025-03-07` (青岛市人民政府 2024); the day
    /// and the publisher in brackets, `【信息时间:2025-02-11   发布机构:馆陶县交通运输局 】` (馆陶县交通运输局 2024); the counter before the
    /// source and the day, `点击量: 来源:区政府办 日期:2026-01-19 16:16` (大兴区人民政府办公室 2025, under the title); the page's reader aloud
    /// as its link's words, `点击收听年报语音朗读` (汶上 郭仓镇 2025, over the preamble); who edited the page, `- 编辑:辽宁省民政厅管理员`
    /// (辽宁省民政厅 2025, between `- 发布时间:` and `- 来源:`), also unbulleted, `编辑:…`; the font sizes in white lenticular
    /// brackets and two sizes only, `字号: 〖大 小〗` (庐山市 2025, between the day and the preamble: 中 is not always offered;
    /// two sizes only when bracketed and alone, not `字号大小适中…`); the site's clock, today's day and weekday alone on the line
    /// or after the site's name, `2019年12月3日星期二`, `今天是2024年1月8日 星期一` (宝坻区文化和旅游局 2025, between the site's name
    /// and the preamble: a mirror's frozen day, not the report's); the page's reader aloud as a machine's, `人工智能朗读:` (深圳市医疗保障局
    /// 2025, between the day and the preamble); the source labelled `来自` before the day, `来自: 时间:2026-01-12` (枣庄高新区消防救援大队
    /// 2025, under the title: 来自 among the particulars' first labels); the size buttons lost, their brackets left with the
    /// tools' words, `字体大小[ ] 打印` (周口市 2020, a mirror's, over the preamble).
    // Two patterns, not one: the words found anywhere in the line, and the lines told from their start, matched there
    // only (`.anchored`) — one alternation of both was tried at every character of every line, the import's costliest step.
    static let chromeLineWords = try? NSRegularExpression(pattern:
        #"(字体[:：]?\s*【|【\s*大\s*中\s*小\s*】|ICP备|公网安备|版权所有|主办单位|承办单位|技术支持|网站标识码|网站地图|返回顶部|当前位置|您的位置|分享到|扫一扫|打印本页|关闭窗口|【打印】|【关闭】|【收藏】|相关附件[:：]|[\[［〖]\s*大\s*中\s*小\s*[\]］〗])"#)
    static let chromeLineStart = try? NSRegularExpression(pattern:
        #"(^[^。，]{0,12}扫描[^。，]{0,6}二维码关注[^。，]{0,12}$|^相关文件[:：]\s*$|^\s*([-•·*]\s*)?一图(读懂|看懂|解读)[:：]|^(建议|推荐)(使用|采用).*(分辨率|浏览器)|^热门(搜索|关键词)|^([-•·*]\s*)?(字号|字体)[:：]?\s*$|^(字号|字体|字號|字體)[:：]?\s*[\[［【〖]?\s*大\s*[\]］】〗]?\s*[\[［【〖]?\s*中\s*[\]］】〗]?\s*[\[［【〖]?\s*小|^(字号|字体|字號|字體)[:：]?\s*[\[［【〖]\s*大\s*[\]］】〗]?\s*[\[［【〖]?\s*小\s*[\]］】〗]\s*$|^字体大小[:：]|^(字体大小|字号|字体)\s*[\[［【][\s大中小]*[\]］】](\s*(打印|关闭|分享|收藏))*\s*$|^【\s*(字号|字体)[:：]?\s*$|^[^。，,]{0,30}\s+(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/?\s+((发布时间|发布日期|更新时间|更新日期|时间|日期)\s*[:：]\s*)?(19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?\s*$|^\s*[\[【［]\s*(图解版?|图文解读|图片解读|一图读懂|视频解读|动漫解读)\s*[\]】］]\s*$|^\s*(年报)?(图解版?|图文解读|图片解读|一图读懂)(\s+(图解|音频|视频|解读))*\s*$|^\s*(音频|视频|动漫|图解|电子书|H5)(\s+(音频|视频|动漫|图解|电子书|H5|解读))+\s*$|^\s*大\s*中\s*小\s*$|^\s*(语音播报|进入播报模式|退出播报模式|语音合成中[，,]?\s*请耐心等待[.。…]*|(点击)?(收听|朗读)(本文|全文|文章|年报|报告)?(语音)?(朗读|播报)?|语音朗读|(人工智能|智能|AI)\s*(语音)?(朗读|播报)\s*[:：]?)\s*$|^\s*([-•·*]\s*)?(【\s*)?((字号|字体|打印整页|打印内容|打印本文|打印|分享|收藏|关闭)\s*[:：]?\s*)+】?\s*$|^(上一篇|下一篇|相关链接|相关文章|相关阅读|责任编辑|发布日期|发布时间|发表时间|发表日期|发文日期|来源|浏览次数|访问量)[:：]?|^(信息来源|点击数|主办|承办|协办|作者|文章来源|录入人员|录入人|访问次数|审核人|编辑)[:：]|^\s*(19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?\s+(来源|信息来源|作者|浏览次数|点击数)\s*[:：]|^\s*[-•·*]\s*(索\s*引\s*号|主\s*题\s*分\s*类|组\s*配\s*分\s*类|信\s*息\s*分\s*类|体\s*裁\s*分\s*类|分\s*类|发\s*布\s*机\s*构|发\s*文\s*机\s*关|发\s*文\s*字\s*号|成\s*文\s*日\s*期|公\s*开\s*日\s*期|发\s*文\s*日\s*期|公\s*开\s*方\s*式|有\s*效\s*性|公\s*文\s*时\s*效|标\s*题|主\s*题\s*词|文\s*件\s*状\s*态|效\s*力\s*说\s*明|备\s*注\s*/\s*文\s*号|公\s*文\s*生\s*成\s*日\s*期|发\s*布\s*日\s*期|发\s*布\s*时\s*间|更\s*新\s*时\s*间|更\s*新\s*日\s*期|浏\s*览\s*次\s*数|访\s*问\s*次\s*数|点\s*击\s*数|来\s*源|信\s*息\s*来\s*源|审\s*核\s*人|编\s*辑)\s*[:：]|^\s*(时间|日期)\s*[:：]\s*(19|20)[0-9]{2}[-/.年]|^\s*([-•·*]\s*)?(索\s*引\s*号|发\s*布\s*机\s*构|主\s*题\s*分\s*类|体\s*裁\s*分\s*类|组\s*配\s*分\s*类|文\s*号|主\s*题\s*词|时\s*效\s*性|有\s*效\s*性|内\s*容\s*概\s*述|备\s*案\s*登\s*记\s*号)\s*[:：]|^\s*(有效|失效|已失效|废止|已废止)\s*$|^(关联稿件|关联导读|相关导读)[:：]\s*$|^\s*([-•·*]\s*)?内\s*容\s*概\s*述\s+\S|^[^。，,；;:：\s]{2,20}\s+(发布日期|发布时间|发表日期|发表时间|更新日期|更新时间)\s*[:：]\s*(19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?\s*$|^\s*[-•·*]\s*(19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?\s*$|^\s*[-•·*]\s*[^。，,；;:：\s]{2,20}(门户网站|门户网|网站)\s*$|^[^。]{0,40}(发布时间|发布日期|更新日期|更新时间|时间|日期|来源|来自|作者|浏览次数|浏览|阅读次数|点击数|点击量|字号)[:：][^。]{0,60}(发布时间|发布日期|更新日期|更新时间|时间|日期|来源|作者|浏览次数|浏览|阅读次数|点击数|点击量|点击率|访问次数|访问量|字号|发布机构)[:：][^。]*$|^\s*(您|你)?(当前|现在)(所在)?的?(位置|页面)[:：]|^\s*点击(关闭|展开)详细目录信息\s*$|^\s*(点击|点击量|点击率|阅读|阅读量|浏览|浏览量)\s*[:：]\s*[0-9０-９]*\s*次?\s*$|^\s*首页\s*(>>?|»|＞|›|/|／)|^\s*(政府)?信息公开\s*$|^\s*(19|20)[0-9]{2}年度?年报\s*$|^\s*([^。，,；;:：\s]{2,30}\s+)?(今天是|今日)?\s*(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*(星期|周|礼拜)[一二三四五六日天]\s*$|^\s*(预览时标签不可点|(轻触|点击)?阅读原文|继续滑动看下一个|向上滑动看下一个|关注该公众号|使用小程序|使用完整服务|微信扫一扫可打开此内容[，,]?|[，,]?轻点两下取消(赞|在看)|喜欢此内容的人还喜欢)\s*$)"#)

    mutating func read(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let element = child {
            visit(element)
            child = element.pointee.next
        }
    }

    /// Reads one element (not its siblings): a WeChat article's title and body (`WeChatArticle`).
    mutating func readElement(_ node: xmlNodePtr) {
        visit(node)
    }

    private mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            var content = Self.string(node.pointee.content)
            if preOpened, content.first?.isNewline == true { content.removeFirst() }
            preOpened = false
            guard preDepth > 0 else {
                append(Self.collapse(content), spaced: Self.spacing(content))
                return
            }
            // A table typed in a `<pre>` (LibreOffice's page of a text file): a line of text each.
            for (index, part) in content.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").enumerated() {
                if index > 0 { endPreLine() }
                append(Self.collapse(part), spaced: part)
            }
        case XML_ELEMENT_NODE:
            let name = Self.string(node.pointee.name).lowercased()
            preOpened = false
            if name == "head" { notePublicationMeta(node.pointee.children); notePageTitles(node.pointee.children) }
            if Self.isUnseen(node, name) { return }
            if isChrome(node) {
                var text = ""
                Self.walkText(node.pointee.children) { text += $0 }
                noteDate(text)
                return
            }
            let pageLevel = articleDepth == 0
            if pageLevel, name == "header" || hasClassWord(node, "header") { return }
            let article = name == "article" || name == "main"
            if article { articleDepth += 1 }
            defer { if article { articleDepth -= 1 } }
            if name == "br" { flush(); return }
            if name == "img" {
                // A picture outside a link is the article's (a linked one is the site's: a banner, a logo).
                if linkDepth == 0 {
                    picture = true; textOutsideLinks = true
                    if let source = Self.pictureSource(node) { pictures.append(source) }
                }
                return
            }
            if name == "a", nextPage == nil, let next = Self.nextPageLink(node) { nextPage = next }
            if name == "a", let attachment = Self.attachment(node), !attachments.contains(attachment) { attachments.append(attachment) }
            // A line that is all link (上一篇, 相关阅读, last year's report, a table of contents) is the site's, not the report's.
            let link = name == "a" && Self.hasAttribute(node, "href")
            if link { linkDepth += 1 }
            defer { if link { linkDepth -= 1 } }
            if name == "table", !Self.isLayoutTable(node) { flush(); readTable(node); return }
            if name == "div" || name == "section", let rows = DivTable.rows(of: node) { flush(); readDivTable(rows); return }
            if name == "div" || name == "section", unplacedGrid == nil, DivTable.holdsCellSpanningRows(node) { unplacedGrid = blockCount + 1 }
            if name == "ol" || name == "ul" { lists.append((ordered: name == "ol", count: 0)) }
            defer { if name == "ol" || name == "ul" { lists.removeLast() } }
            let block = Self.blocks.contains(name)
            if block { flush() }
            if name == "pre" { preDepth += 1; preOpened = true }
            defer { if name == "pre" { preDepth -= 1 } }
            if name == "li", var list = lists.popLast() {
                // The browser draws a list's numbers and bullets; the text keeps them as drawn.
                list.count += 1
                current = list.ordered ? "\(list.count). " : "• "
                lists.append(list)
            }
            if let children = node.pointee.children { read(children) }
            if block { flush() }
        default:
            return
        }
    }

    /// The lines of the page. A line that is all link (上一篇, 相关阅读, last year's
    /// report, a table of contents) is the site's, not the report's, unless it is
    /// numbered like a section heading (一、总体情况 linked by the CMS), stands
    /// between lines that are not links (an item of a list of links has another
    /// beside it), and no later line prints the same text (a contents entry).
    mutating func finish() -> [SourceLine] {
        flush()
        var later = Set<String>()
        var kept: [SourceLine] = []
        for (index, (line, linksOnly)) in lines.enumerated().reversed() {
            defer { if line.cells == nil { later.insert(line.text) } }
            if linksOnly {
                let besideLinks = (index > 0 && lines[index - 1].linksOnly) || (index + 1 < lines.count && lines[index + 1].linksOnly)
                if besideLinks || later.contains(line.text) || !Self.isNumberedHeading(line.text) { continue }
            }
            kept.append(line)
        }
        return preParagraphsJoined(kept.reversed())
    }

    /// A narrative typed in a `<pre>` (a page whose other parts are tables) comes a
    /// line of the text file a line: its lines are joined into paragraphs as a
    /// text's are (`WrappedText`), a blank line above one ending its paragraph.
    private func preParagraphsJoined(_ lines: [SourceLine]) -> [SourceLine] {
        var joined = lines
        var start = joined.startIndex
        while start < joined.endIndex {
            guard joined[start].cells == nil, preformatted.contains(joined[start].position.line) else { start += 1; continue }
            var end = start
            while end < joined.endIndex, joined[end].cells == nil, preformatted.contains(joined[end].position.line) { end += 1 }
            let run = Array(joined[start..<end])
            let blankBefore = Set(run.filter { $0.layoutText?.hasPrefix("\n") == true }.map(\.position.line))
            joined.replaceSubrange(start..<end, with: WrappedText.paragraphsMarked(run, blankBefore: blankBefore))
            start = end
        }
        return joined
    }

    /// 一、总体情况, 第二部分 …, (三) …: how a report numbers its headings.
    private static func isNumberedHeading(_ text: String) -> Bool {
        text.range(ofPattern: #"^\s*(第?[一二三四五六七八九十]+(、|部分)|[（(][一二三四五六七八九十]+[)）])"#) != nil
            && text.count <= 60 && !text.contains("年度报告")
    }

    /// A link to a document file (Word, WPS, PDF, OFD, a spreadsheet, an archive): by
    /// its address (…/P020230120.docx, a CMS's downfile.jsp?filename=….pdf) or its text.
    private static func attachment(_ node: xmlNodePtr) -> SourceDocument.Attachment? {
        guard let href = attribute(node, "href")?.trimmingCharacters(in: .whitespaces), !href.isEmpty else { return nil }
        let label = collapse(text(of: node)).trimmingCharacters(in: .whitespaces)
        let file = #"\.(docx?|wps|pdf|ofd|xlsx?|et|zip|rar)"#
        let linked = href.range(ofPattern: file + #"($|[?&#])"#, caseInsensitive: true) != nil
            || label.range(ofPattern: file + "$", caseInsensitive: true) != nil
        guard linked else { return nil }
        let name = href.split(separator: "?").first.flatMap { $0.split(separator: "/").last }.map(String.init) ?? href
        return .init(label: label.isEmpty ? name : label, address: href)
    }

    /// The address of a link to the next page of a paged article: 下一页, or a
    /// page number linking to `…_2.html` or `?page=2`.
    private static func nextPageLink(_ node: xmlNodePtr) -> String? {
        guard let href = attribute(node, "href") else { return nil }
        let label = text(of: node).filter { !$0.isWhitespace }
        let paged = href.range(ofPattern: #"(_[0-9]{1,2}\.s?html?|[?&](page|pageno|pageindex|p)=[0-9]+)$"#, caseInsensitive: true) != nil
        if label == "下一页" || label == "下页" { return href }
        if paged, let number = Int(label), (2...99).contains(number) { return href }
        return nil
    }

    private mutating func append(_ text: String, spaced: String) {
        current += text
        self.spaced += spaced
        if linkDepth == 0, text.contains(where: { !$0.isWhitespace }) { textOutsideLinks = true }
    }

    /// A line break in a `<pre>`: the line ends, or, blank, is counted as a text file would print it.
    private mutating func endPreLine() {
        guard current.allSatisfy(\.isWhitespace), !picture else { return flush() }
        blankLines += 1
        current = ""
        spaced = ""
    }

    private mutating func flush() {
        let text = LostSpaces.removed(current.trimmingCharacters(in: .whitespaces)).trimmingCharacters(in: .whitespaces)
        let layout = String(repeating: "\n", count: blankLines) + String(spaced.reversed().drop(while: \.isWhitespace).reversed())
        let linksOnly = !textOutsideLinks
        let pictured = picture
        current = ""
        spaced = ""
        textOutsideLinks = false
        picture = false
        guard !text.isEmpty || pictured else { return }
        blankLines = 0
        if Self.isChromeLine(text) { noteDate(text); return }
        blockCount += 1
        var line = SourceLine(text: text, position: SourcePosition(line: blockCount))
        if preDepth > 0 { preformatted.insert(blockCount) }
        line.holdsPicture = pictured
        line.layoutText = layout
        lines.append((line, linksOnly))
    }
}
