import Foundation
import PortalModel

/// What the opening lines of a report say about who published it and for
/// which year: 淮安市人民政府 / 2024 年政府信息公开工作年度报告.
struct ReportTitle {
    /// The agency's name as printed, spaces removed.
    var agencyName: String?
    var year: Int?
    /// Index of the title line: the preamble starts after it.
    var line: Int?
    /// The years of every title-like line, when they differ (a copied page's
    /// links to other years' reports above the report's own title).
    var years: [Int] = []
    /// The name is the line above a title that names no one (示例市示范区人民政府 / 2022年…年度报告),
    /// which may as well be a page header Apache Tika printed first, or the site's name.
    var nameIsLineAbove = false

    /// `readByOCR`: the lines are what OCR read of a scan, whose title may print a character of the report's name misread
    /// (`misread`).
    init(_ lines: ArraySlice<SourceLine>, readByOCR: Bool = false) {
        // (A web page's furniture is no title: 热门搜索：…年度报告, 上一篇：某局2022年…年度报告.)
        // A disclosure catalogue's particulars table (索引号, 发布机构, 名称：…) names the document in a cell.
        let candidates = lines.prefix(30).map(Self.namedInParticulars).enumerated().filter {
            $0.element.cells == nil && $0.element.text.count <= 60 && !HTMLDocumentReader.isChromeLine($0.element.text)
        }
        // A title with its year first: a site's own name may also say 年度报告.
        var wrappedTitle = false
        // A title printed as a list's item (a catalogue's particulars: `• 2020年…报告` naming no one) only where the article
        // prints none of its own.
        let titled = { (line: SourceLine) in Self.isTitle(line.text) && Self.hasYear(line.text) }
        var found = (candidates.first(where: { titled($0.element) && !PageListItem.isItem($0.element.text) })
                ?? candidates.first(where: { titled($0.element) }))
                .map({ Self.article(under: $0, among: candidates) })
                ?? Self.wrapped(candidates).map({ wrappedTitle = true; return $0 })
        // A scan's title whose report's name OCR misread: read as the name.
        if found == nil, readByOCR, let misread = Self.misread(candidates) {
            found = misread.title
            wrappedTitle = misread.wrapped
        }
        guard let (offset, title) = found ?? Self.yearless(candidates, in: lines) else { return }
        let index = lines.startIndex + offset
        // A title wrapped by a page's width: the preamble starts after its second line.
        line = wrappedTitle ? index + 1 : index
        years = Array(Set(candidates.filter { Self.isTitle($0.element.text) && !$0.element.text.contains(where: { "。，；".contains($0) }) }
            .compactMap { Self.year(in: $0.element.text) })).sorted()
        var text = Self.folded(title.text).filter { !$0.isWhitespace }
        // 宿州市人民政府2016年 / 政府信息公开工作年度报告: a title broken after its year.
        if !Self.hasYear(text), index > lines.startIndex, lines[index - 1].cells == nil {
            let above = Self.folded(lines[index - 1].text).filter { !$0.isWhitespace }
            if above.range(ofPattern: #"(19|20)[0-9]{2}年度?$"#) != nil { text = above + text }
            // 自治区人民政府办公厅2022 / 政府信息公开工作年度报告: broken before its 年 too, a name before the year.
            else if let year = above.range(ofPattern: #"(19|20)[0-9]{2}$"#),
                    Self.isAgencyName(String(above[..<year.lowerBound])) { text = above + "年" + text }
        }
        // …政府信息公开工作年度报告 / （2022年度）: the year on a line of its own below.
        if !Self.hasYear(text), index + 1 < lines.endIndex, lines[index + 1].cells == nil {
            let below = Self.folded(lines[index + 1].text).filter { !$0.isWhitespace }
            if below.range(ofPattern: #"^[（(]?(19|20)[0-9]{2}年度?[）)]?$"#) != nil {
                text += below
                line = index + 1  // the title's own line: the preamble starts after it
            } else if text.hasPrefix("年"), below.range(ofPattern: #"^(19|20)[0-9]{2}$"#) != nil {
                // 年政府信息公开工作年度报告 / 2022: the year a text run of its own, which pdfplumber prints after the line.
                text = below + text
                line = index + 1
            }
        }
        if let match = text.range(ofPattern: #"(19|20)[0-9]{2}年度?"#) {
            year = Int(text[match].prefix(4))
            // 淮安市人民政府2024年…, 关于某局2022年度…的报告, 2022年某局政府信息公开工作年度报告, 某局政府信息公开工作2022年度报告.
            // After the year a name comes before the report's words: the title's own tail is none (宝坻区消防救援支队 /
            // 政府信息公开工作2025年度报告, 宝坻区消防救援支队 2025: `报告` after 2025年度; the name is the line above).
            if let name = Self.name(in: String(text[..<match.lowerBound]))
                ?? Self.name(in: String(text[match.upperBound...]), beforeReportWords: true) {
                agencyName = name
                return
            }
        }
        // 会同县林业局信息公开工作年度报告: a title without its year (the preamble's period gives it) names the agency too.
        if year == nil, let name = Self.name(in: text), Self.isAgencyName(name) {
            agencyName = name
            return
        }
        // (A list's bullet, `• 上街区济源路街道办事处`, no character of the name.)
        let above = lines[lines.startIndex..<index].filter { $0.cells == nil }
            .map { PageListItem.withoutMark(LabelText.withoutPinyinGlosses($0.text)).filter { !$0.isWhitespace } }
        // The line above names the agency when it reads as a name (a page's 搜索 button does not);
        // a bare number between them is a printed page's furniture (its header's title wrapped: 2022 / 年…报告).
        agencyName = above.reversed().first { !$0.allSatisfy(\.isNumber) }.flatMap { Self.isAgencyName($0) || SignedAgency.isPlaceAlone($0) ? $0 : nil }
        nameIsLineAbove = agencyName != nil
        // A page's own title (its <title>, first in Apache Tika's text of a web page) above the
        // article's title, which names the agency (示例市示范区人民政府 / 2022年…年度报告): the article's.
        if agencyName == nil, let year, line.map({ $0 + 1 < lines.endIndex }) == true, let first = line {
            let later = ReportTitle(lines[(first + 1)...], readByOCR: readByOCR)
            if later.year == year, let name = later.agencyName {
                agencyName = name
                nameIsLineAbove = later.nameIsLineAbove
                line = later.line
            }
        }
    }

    /// The report's title given outside its text (a web page's `<meta name="ArticleTitle">` or `<title>`, the file's name),
    /// for a text printing none: the part of it that is a report's title with its year (朝外街道2025年…年度报告_北京市朝阳区人民政府:
    /// the first part; the site's name is no one's report; 附件1：… is the attachment's label), its name kept only when it reads as
    /// an agency's.
    static func outsideText(_ given: String) -> ReportTitle? {
        let unlabelled = given.replacing(/^\s*附件\s*[0-9一二三四五六七八九十]*\s*[：:.、]?\s*/, with: "")
        let parts = unlabelled.split(separator: /\s*[_|｜\-－—–]+\s*/).map(String.init)
        guard let part = parts.first(where: { isTitle($0) && hasYear($0) }) else { return nil }
        var title = ReportTitle([SourceLine(text: part, position: SourcePosition(line: 0))][...])
        guard title.year != nil else { return nil }
        title.line = nil
        title.years = []
        if let name = title.agencyName, title.nameIsLineAbove || !(isAgencyName(name) || isPlaceBeforeYear(name)) { title.agencyName = nil }
        title.nameIsLineAbove = false
        return title
    }

    /// A place of three characters before the title's year (杭州市2025年…报告, 合江县2022年…报告 in a page's `<title>` or a
    /// file's name): the place's own report, as the text's own title reads it; `isAgencyName` wants four characters, for
    /// names found elsewhere.
    private static func isPlaceBeforeYear(_ name: String) -> Bool {
        name.count == 3 && SignedAgency.isAgencyName(name, ends: ["市", "县", "区", "旗", "州", "盟"], shortest: 3)
            && !SignedAgency.unitOfAnother.contains(where: name.hasPrefix)
    }

    /// The title as its lines print it, spaces removed: its own line, and with the
    /// line above when the title is wrapped or names the agency there (示例市示范区人民政府 /
    /// 2022年…年度报告). Empty without a title.
    func printed(in lines: [SourceLine]) -> Set<String> {
        // (`标      题 …年度报告`, `| 標 題 | …年度報告 |`: the title without the particulars' label.)
        guard let line, lines.indices.contains(line) else { return [] }
        let named = Self.namedInParticulars(lines[line])
        guard named.cells == nil else { return [] }
        let own = named.text.filter { !$0.isWhitespace }
        guard line > 0, lines[line - 1].cells == nil else { return [own] }
        return [own, lines[line - 1].text.filter { !$0.isWhitespace } + own]
    }

    /// The agency's name in a part of the title: what comes before the
    /// report's own words (政府信息公开…, 年度报告), without 关于. `beforeReportWords`: the part after the title's year, which
    /// names someone only before those words (without them it is the title's tail, `报告` after `2025年度`).
    private static func name(in part: String, beforeReportWords: Bool = false) -> String? {
        // A year printed before the name with no 年 (2025湖口县大垅乡2025年度…报告: the column's year) is no part of it.
        var part = part
        if let year = part.range(ofPattern: #"^(19|20)[0-9]{2}(?=[^0-9年])"#) { part.removeSubrange(year) }
        // …nor one in brackets, a column's tag (【2019】马关县交通运输局2019年…报告, 马关 2019).
        if let tag = part.range(ofPattern: #"^[【\[〔（(]\s*(19|20)[0-9]{2}\s*年?度?\s*[】\]〕）)]"#) { part.removeSubrange(tag) }
        var name = Array(part)
        // Compared in simplified characters (關於…政府信息公開), cut in the printed ones.
        var plain = String(simplified(part))
        if plain.hasPrefix("关于") { name.removeFirst(2); plain.removeFirst(2) }
        let ends = reportWords.compactMap { plain.range(of: $0).map { plain.distance(from: plain.startIndex, to: $0.lowerBound) } }
        guard !beforeReportWords || !ends.isEmpty else { return nil }
        if var end = ends.min() {
            // 某县人民政府信息公开工作年度报告 (a title without its year): 人民政府's 信息公开, not 人民's 政府信息公开.
            if plain.prefix(end).hasSuffix("人民"), plain.dropFirst(end).hasPrefix("政府信息公开") { end += 2 }
            name = Array(name[..<end])
        }
        // 某局关于2022年度…情况的报告: 关于 after the name too.
        // (Compared simplified: a mirror's conversion may print 關于 as well as 關於.)
        if name.count > 2, simplified(String(name.suffix(2))) == "关于" { name.removeLast(2) }
        // The brackets round a year on the line below (…年度报告 / （2022年度）) are no name; a bracket closing
        // one the name opens is its own (某中心(市妇幼保健院)2021年…报告).
        let text = trimmedBrackets(String(name))
        return text.count < 2 ? nil : text
    }

    private static let opening: [Character: Character] = ["（": "）", "(": ")", "【": "】", "[": "]", "《": "》", "“": "”"]
    private static let closing = Dictionary(uniqueKeysWithValues: opening.map { ($0.value, $0.key) })

    /// The name without the punctuation and unpaired brackets at its ends.
    private static func trimmedBrackets(_ name: String) -> String {
        var text = Substring(name)
        let loose = "、，,：: \"'"
        while true {
            if let first = text.first, loose.contains(first) || closing[first] != nil
                || opening[first].map({ !text.dropFirst().contains($0) }) == true { text.removeFirst(); continue }
            if let last = text.last, loose.contains(last) || opening[last] != nil
                || closing[last].map({ !text.dropLast().contains($0) }) == true { text.removeLast(); continue }
            return String(text)
        }
    }

    /// Widths folded, a year in Chinese numerals (二〇二二年) in digits, and a year printed without 年 between the name and
    /// the report's words read with it (海南省旅游和文化广电体育厅2020政府信息公开工作年度报告, 西藏自治区政府国资委2020政府…:
    /// 海南's and 西藏's bodies title their 2020 reports so): the title's year, not part of the name.
    static func folded(_ text: String) -> String {
        ReportYear.arabic(LabelText.fold(text))
            .replacingMatches(ofPattern: #"(?<![0-9])((?:19|20)[0-9]{2})(?=\s*(?:政府|政務)?(?:信息公开|政务公开|信息公開|政務公開))"#,
                                  with: "$1年")
    }

    private static func simplified(_ text: String) -> String {
        LabelText.simplifying(LabelText.mainlandWords(LabelText.fold(text)))
    }

    private static let reportWords = ["政府信息公开", "信息公开", "政务公开工作", "年度报告", "年报", "工作报告", "的报告"]

    private static func year(in text: String) -> Int? {
        let folded = Self.folded(text).filter { !$0.isWhitespace }
        return folded.range(ofPattern: #"(19|20)[0-9]{2}年"#).flatMap { Int(folded[$0].prefix(4)) }
    }

    static func hasYear(_ text: String) -> Bool {
        Self.folded(text).range(ofPattern: #"(19|20)[0-9]{2}\s*年"#) != nil
    }

    /// The article's own title under a browser's title for the page, which joins it to the site's name
    /// (长沙市政府门户网站-长沙县人民政府2021年…报告_某站, 海关总署(本级机关)2020年…报告-某站): the first later
    /// title-like line the page's title holds whole, naming someone before its year or, opening with it, after it (not the article's
    /// title under its agency's name, 示例区人民政府 / 2022年…报告, which the lines above it complete). The page's title otherwise.
    private static func article(under page: (offset: Int, element: SourceLine),
                                among candidates: [(offset: Int, element: SourceLine)]) -> (offset: Int, element: SourceLine) {
        let compact = { (line: SourceLine) in folded(line.text).filter { !$0.isWhitespace } }
        let pageTitle = compact(page.element)
        // The page's title shortening a subdistrict's name to its street's (民主街2025年…报告 over the article's own
        // 民主街道办事处2025年…报告, 通化 东昌 2025): a 街 alone is a road's name; the article's names the 街道 in full.
        if let fuller = candidates.first(where: {
            $0.offset > page.offset && $0.offset <= page.offset + 6 && namesTheSubdistrictInFull(compact($0.element), shortenedIn: pageTitle)
        }) { return fuller }
        guard let article = candidates.first(where: {
            $0.offset > page.offset && isTitle($0.element.text) && hasYear($0.element.text)
                && compact($0.element).count < pageTitle.count && pageTitle.contains(compact($0.element))
                && namesBeforeOrAfterItsYear(compact($0.element))
        }) else { return page }
        // The title printed again over two lines, its name's first part above (某管理委员会 / 卫生健康办公室2023年…报告
        // under 某管理委员会 卫生健康办公室2023年…报告): the same title, whose name the first holds whole.
        if let above = candidates.first(where: { $0.offset == article.offset - 1 }),
           compact(above.element) + compact(article.element) == pageTitle { return page }
        return article
    }

    /// `title` is `shortened` with its name's 街 printed as 街道 or 街道办事处 and nothing else changed (民主街道办事处2025年…
    /// 报告 for 民主街2025年…报告): the same report, its publisher named in full.
    private static func namesTheSubdistrictInFull(_ title: String, shortenedIn shortened: String) -> Bool {
        guard let street = shortened.range(ofPattern: #"^\p{Han}{1,10}街(?=(19|20)[0-9]{2}年)"#) else { return false }
        let name = String(shortened[street]), rest = String(shortened[street.upperBound...])
        return [name + "道", name + "道办事处"].contains { title == $0 + rest }
    }

    /// A title naming its agency before its year, or after it when it opens with its year (2022年长沙市卫生健康委员会…报告
    /// under 长沙市政府门户网站-2022年长沙市卫生健康委员会…报告_某站); not a title of no one's name (2022年…报告 under 示例区人民政府).
    private static func namesBeforeOrAfterItsYear(_ title: String) -> Bool {
        guard let year = title.range(ofPattern: #"^(19|20)[0-9]{2}年度?"#) else { return true }
        return name(in: String(title[year.upperBound...])).map(isAgencyName) == true
    }

    /// The first title-like line of no year. A site's column alone (政府信息公开年报), naming no one, is not the title
    /// when a later one is broken after its year (北京市西城区人民防空办公室2020 / 政府信息公开工作年度报告 under
    /// 政府信息公开年报): that one is.
    private static func yearless(_ candidates: [(offset: Int, element: SourceLine)], in lines: ArraySlice<SourceLine>) -> (offset: Int, element: SourceLine)? {
        let titles = candidates.filter { isTitle($0.element.text) }
        guard let first = titles.first, name(in: folded(first.element.text).filter { !$0.isWhitespace }) == nil else { return titles.first }
        let brokenAfterYear = titles.first { title in
            let at = lines.startIndex + title.offset
            guard at > lines.startIndex, lines[at - 1].cells == nil else { return false }
            let above = folded(lines[at - 1].text).filter { !$0.isWhitespace }
            guard let year = above.range(ofPattern: #"(19|20)[0-9]{2}年?度?$"#) else { return false }
            return isAgencyName(String(above[..<year.lowerBound]))
        }
        return brokenAfterYear ?? first
    }

    /// A title with its year wrapped at a page's width in the middle of its
    /// words (…2021年政府信息公开工作年 / 度报告): its line and the next, joined.
    private static func wrapped(_ candidates: [(offset: Int, element: SourceLine)]) -> (offset: Int, element: SourceLine)? {
        for (first, next) in zip(candidates, candidates.dropFirst()) where next.offset == first.offset + 1 {
            let (line, below) = (first.element.text, next.element.text.trimmingCharacters(in: .whitespaces))
            guard below.count <= 12, !isTitle(line), hasYear(line), isTitle(line + below) else { continue }
            var joined = first.element
            joined.text = line + below
            return (first.offset, joined)
        }
        return nil
    }

    /// A line of a page's particulars naming the report (`名称:某旗2020年…年度报告`, `标题: …`, no list's bullet): no preamble's text.
    static func namesTheReport(_ line: SourceLine) -> Bool {
        guard line.cells == nil else { return false }
        let named = namedInParticulars(line)
        return named.text != line.text && isTitle(named.text)
    }

    /// A row of a page's particulars table whose first cell labels the
    /// document's name (名称：, 标题：, 文件名称：): the name, as a line of text.
    private static func namedInParticulars(_ line: SourceLine) -> SourceLine {
        // The same row as a line of text: `标      题 西藏自治区审计厅2025年…年度报告`, `• 标    题:…` (a list).
        // (A traditional mirror's 標(biāo)      題: its glosses left out.)
        if line.cells == nil, let named = pastNameLabel(line.text) { return SourceLine(text: named, position: line.position) }
        // The title as a layout table's row, empty cells or padding after it (洪雅县 2023: `某局2023年…年度报告 | ||||…`): the title;
        // its label in its cell too (长子 横水林区服务中心 2025: `| 标题:横水林区服务中心2025年…年度报告 | |`), left out.
        if let cells = line.cells, !cells.isEmpty, cells.dropFirst().allSatisfy({ $0.allSatisfy(\.isWhitespace) }), isTitle(cells[0]) {
            return SourceLine(text: pastNameLabel(cells[0]) ?? cells[0], position: line.position)
        }
        guard let cells = line.cells, cells.count >= 2,
              ["名称", "标题", "文件名称", "信息名称", "文件标题"].contains(LabelText.simplifying(LabelText.withoutPinyinGlosses(cells[0])
                  .filter { !$0.isWhitespace && $0 != "：" && $0 != ":" })) else { return line }
        let name = cells.dropFirst().filter { !$0.isEmpty }
        // A figure in the row is no name: not a particulars row.
        guard name.count == 1 || Set(name).count == 1, let text = name.first else { return line }
        return SourceLine(text: text, position: line.position)
    }

    /// The text after a label naming the document (`标题:`, `名 称 `, `• 文件标题:`, and OCR's `名称“`, the gap after the label read
    /// as a quote mark); nil if it opens with none.
    private static func pastNameLabel(_ printed: String) -> String? {
        let text = LabelText.withoutPinyinGlosses(printed)
        return text.range(ofPattern: #"^\s*[-•·*]?\s*([标標]\s*[题題]|名\s*[称稱]|文件名[称稱]|信息名[称稱]|文件[标標][题題])\s*([：:“”"]\s*|\s+)(?=\S)"#)
            .map { String(text[$0.upperBound...]) }
    }

    /// A name on the line above the title: as a signature's (`SignedAgency`), also ending in a
    /// place (示例市示范区) or another body's word (统战部, 供销社, 人民银行某支行), and figures may be
    /// part of it (示例区第2街道办事处, 12345热线管理中心).
    private static func isAgencyName(_ text: String) -> Bool {
        SignedAgency.isAgencyName(text, figures: true, ends: SignedAgency.reportNameEnds)
    }

    /// A title closes every bracket it opens; a sentence's middle wrapped at a PDF's margin may not (…印发<中华人民共 /
    /// 和国政府信息公开工作年度报告格式>的通知》(国办公开办函: a 》 opened on the line above, a ( closed on the next).
    private static func bracketsClose(_ text: String) -> Bool {
        for (open, close) in [("《", "》"), ("（", "）"), ("(", ")"), ("<", ">"), ("〈", "〉")] {
            var depth = 0
            for character in text {
                if String(character) == open { depth += 1 } else if String(character) == close { depth -= 1 }
                if depth < 0 { return false }
            }
            if depth != 0 { return false }
        }
        return true
    }

    /// 年度报告, 年报, or a report on 政府信息公开 (关于2022年度政府信息公开情况的报告; 2023年度某街道信息公开工作报告,
    /// without 政府) or on 政务公开工作, which holds it (西藏自治区住房和城乡建设厅 / 2025年度政务公开工作情况的报告, 西藏's
    /// bodies' titles), that is no sentence.
    static func isTitle(_ printed: String) -> Bool {
        let text = simplified(printed)
        // A sentence is no title (本年度报告中所列数据的统计期限从2021年…止。).
        guard !text.contains("。") else { return false }
        // Nor is a sentence's first line, wrapped at a PDF's margin before its 。: it opens with the report as its subject
        // or with the rules it follows (本年度报告根据《…条例》和《国 / 务院…, 根据…规定,现公布某镇本年度…,本年报由总), or
        // holds a clause's comma.
        let plain = text.filter { !$0.isWhitespace }
        guard !["本年度报告", "本报告", "本年报", "根据", "依据", "按照"].contains(where: plain.hasPrefix),
              !plain.contains("，") && !plain.contains(","), bracketsClose(plain),
              // The form cited by name (关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的 wrapped onto a line of its own).
              !plain.contains("年度报告格式"),
              // A sentence's line going on after the report's words (…及11个 / 乡镇人民政府信息公开工作年度报告有关统计数据编制完成):
              // a title ends in them, or in a bracket or a date after them.
              // (年报告, 2022年报告, is 报告 after a year, not 年报 going on.)
              plain.range(ofPattern: #"(报告|年报(?!告))\p{Han}"#) == nil else { return false }
        // (Nor a preamble's list of the report's parts wrapped at a margin, …行政诉讼情况、存在的主要问题及改进情况、其他需要报告:
        // a title names no part.)
        return text.contains("年度报告") || text.contains("年报")
            || ((text.contains("信息公开") || text.contains("政务公开工作")) && text.hasSuffix("报告") && !text.contains(where: { "。，：；".contains($0) })
                && !plain.contains("情况、") && !plain.contains("需要报告"))
    }
}

/// Contact details printed in a report's preamble (如对本报告有疑问，请与…联系).
enum ContactDetails {
    static func find(in text: String) -> Agency.Contact {
        let folded = LabelText.fold(text)
        var contact = Agency.Contact()
        contact.phone = first(#"(?:联系电话|电话)[:：]?\s*([0-9][0-9\-—－ ]{5,}[0-9])"#, in: folded)
        contact.address = first(#"地址[:：]\s*([^，,；;）)。]+)"#, in: folded)
        contact.postcode = first(#"(?:邮编|邮政编码)[:：]?\s*([0-9]{6})"#, in: folded)
        contact.email = first(#"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"#, in: folded)
        return contact
    }

    private static func first(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return text[range].trimmingCharacters(in: .whitespaces)
    }
}
