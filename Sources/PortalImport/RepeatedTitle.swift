import Foundation

/// The title printed again under itself: a page's heading over the article's own title,
/// which the article may print wrapped over two lines (某局2022年政府信息公开 / 工作年度报告)
/// or under the page's particulars (发布日期：… 点击数：). None of it is the preamble.
extension ReportTitle {
    /// The first line of the preamble at or after `start`: past each copy of the title,
    /// and the blank and furniture lines before a copy.
    func preambleStart(_ start: Int, end: Int, in lines: [SourceLine]) -> Int {
        // Compared without a mirror's pinyin glosses and lost spaces (`…年度報(bào)告?`).
        let titles = Set(printed(in: lines).map { Self.yearless(Self.comparable($0)) })
        guard !titles.isEmpty else { return start }
        let compact = { (index: Int) in Self.comparable(lines[index].text) }
        // The line after `index` that prints something: a page's copy may stand a blank line apart.
        func next(_ index: Int) -> Int? { (index + 1..<end).first { !compact($0).isEmpty } }
        // The article's heading may print the name in full where the page's title shortens it
        // (北京市西城区金融街街道2025年政府 / 信息公开工作年度报告 under 西城区金融街街道2025年…报告): a copy too.
        // The title again under another form of its name (金石镇人民政府2024年政府信息 / 公开工作年度报告 under
        // 湘乡市金石镇2024年…报告): the same words from its year on, after a name and nothing else.
        let fromYear = Set(titles.compactMap { title in title.range(ofPattern: #"(19|20)[0-9]{2}"#).map { String(title[$0.lowerBound...]) } })
        // The title again without its year (河包镇政府信息公开工作年度报告 under 河包镇2020年…报告).
        let withoutYear = Set(titles.map { $0.replacingMatches(ofPattern: #"(19|20)[0-9]{2}"#, with: "") }.filter { $0 != "" })
            .subtracting(titles)
        // The title again without its name nor its year (政府信息公开工作年度报告 under 2025年金厂镇…报告).
        let wordsOnly = Set(withoutYear.compactMap { title in
            agencyName.flatMap { name in title.range(of: name).map { title.replacingCharacters(in: $0, with: "") } }
        }.filter { $0.count >= 4 })
        func isTitle(_ text: String) -> Bool {
            let text = Self.yearless(text)
            if titles.contains(where: { Self.names(text, inFull: $0) }) || withoutYear.contains(text) || wordsOnly.contains(text) { return true }
            // The title again with 工作 or without it (天津市蓟州区2020年政府信息公开年度报告 over …公开工作年度报告, 蓟州区 2020).
            if titles.contains(where: { $0.replacingOccurrences(of: "工作", with: "") == text.replacingOccurrences(of: "工作", with: "") }) { return true }
            // The copy that lost its last character where the page broke it (兴国镇人民政府2025年政府信息公开工作 / 年度报,
            // 秦安 2025): the title's words all but its 告, no sentence's.
            if text.count >= 12, titles.contains(where: { $0.count == text.count + 1 && $0.hasPrefix(text) }) { return true }
            if titles.contains(where: { Self.namesAgain(text, yearFirst: $0) }) || titlesTheSameReport(text) { return true }
            guard let year = text.range(ofPattern: #"(19|20)[0-9]{2}"#), fromYear.contains(String(text[year.lowerBound...])) else { return false }
            return Self.isName(String(text[..<year.lowerBound]))
        }
        // A line with the lines a PDF's layout marked as continuing it: the first sentence wrapped at the margin
        // (根据《中华人民共和国政府信息公开条例》(国务院令第 / 711 号,…) is a sentence, not a particular.
        func paragraph(from index: Int) -> String {
            let rest = lines[(index + 1)..<end].prefix { !$0.startsParagraph && $0.cells == nil }
            return ([lines[index].text] + rest.map(\.text)).joined()
        }
        func isCopy(_ index: Int) -> Bool {
            isTitle(compact(index)) || next(index).map { isTitle(compact(index) + compact($0)) } == true
        }
        var first = start, index = start
        while index < end {
            if compact(index).isEmpty || HTMLDocumentReader.isChromeLine(lines[index].text) {
                index += 1
            } else if isTitle(compact(index)) {
                index += 1
                first = index
            } else if let second = next(index), isTitle(compact(index) + compact(second)) {
                index = second + 1
                first = index
            } else if Self.isDateAlone(lines[index].text) {
                // The report's date alone under its title (上海市静安区地区工作办公室 / 2023年度…报告 / 2024年1月31日):
                // the day it was issued (`PublicationDate.underTitle`), not the preamble.
                index += 1
                first = index
            } else if let second = next(index), Self.isParticular(lines[index].text), Self.isYearTitle(compact(second)) {
                // The article's own heading under the page's title, its name shortened (宁夏回族自治区应急管理厅…年度报告
                // over 自治区应急管理厅 / 2023年政府信息公开工作年度报告): a title again, not the preamble.
                index = second + 1
                first = index
            } else if Self.isCatalogueValues(lines[index].text) {
                // A catalogue's 公开方式 alone under the title (主动公开, then 2026.01.13), or a field of it left 无 with its
                // label lost (盈浦街道 2024: 无 / 主动公开 / 无 / 无 / 2025.01.08): the page's, not the preamble.
                // (A letter's addressee, 市政府办公室：, stays the preamble's, as printed: `RealPagesFifteenTests`.)
                index += 1
                first = index
            } else if let name = agencyName, compact(index).count >= 2, compact(index).count < name.count, name.hasSuffix(compact(index)),
                      SignedAgency.isAgencyName(compact(index), ends: SignedAgency.reportNameEnds, shortest: 2) {
                // The name shortened alone under the title (永靖县 under 临夏回族自治州永靖县2024年…报告): a byline.
                index += 1
                first = index
            } else if Self.isName(compact(index)), next(index).map({ !Self.isParticular(paragraph(from: $0)) || HTMLDocumentReader.isChromeLine(lines[$0].text) }) == true {
                // The publisher's name alone under the title (贵阳市人民政府 under 贵阳市2020年…报告, above 来源:… 发布时间:…),
                // then the page's furniture or the first sentence: a byline, not the preamble.
                index += 1
                first = index
            } else if let copy = (index..<min(end, index + 12)).first(where: { isCopy($0) }),
                      (index..<copy).allSatisfy({ Self.isParticular(lines[$0].text) }) {
                // A catalogue's particulars whose labels the page drew apart (平阴's: 1137…/2025-6626482,
                // 县卫生健康局, 2025-01-15), or printed as lines (索引號 …, 背景色:), then the title again: the page's, not the preamble.
                index = copy
            } else {
                break
            }
        }
        return first
    }

    /// The title, or the title with more of its name before it (北京市 before 西城区金融街街道2025年…报告): a few
    /// characters of no sentence, not a sentence ending in the title (现公布某街道2025年…报告).
    private static func names(_ text: String, inFull title: String) -> Bool {
        guard text.hasSuffix(title) else { return false }
        let before = text.dropLast(title.count)
        return before.count <= 12 && !before.contains(where: { "。，,；;：:、《》“”".contains($0) })
            && !SignedAgency.publishingVerbs.split(separator: "|").contains(where: { before.contains($0) })
    }

    /// A title that opens with its year printed again with more or less of its name (2025年南关区永吉街道办事处…报告 under
    /// 2025年南关区永吉街道…报告, 长春 南关 永吉街道 2025): the same year and the same words from 政府信息公开 (政务公开) on,
    /// and between them names one of which holds the other, so a sentence (2025年永吉街道召开…) never reads as one.
    private static let yearNameRest = try? NSRegularExpression(pattern: #"^((?:19|20)[0-9]{2})([^。，,；;：:、《》“”]{2,30}?)((?:政府)?(?:信息公开|政务公开).*(?:报告|年报))$"#)

    private static func namesAgain(_ text: String, yearFirst title: String) -> Bool {
        func parts(_ line: String) -> [String]? {
            guard let match = yearNameRest?.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) else { return nil }
            return (1...3).compactMap { Range(match.range(at: $0), in: line).map { String(line[$0]) } }
        }
        guard text != title, let copy = parts(text), let own = parts(title), copy.count == 3, own.count == 3,
              copy[0] == own[0], copy[2] == own[2], copy[1] != own[1] else { return false }
        return (copy[1].contains(own[1]) || own[1].contains(copy[1])) && isName(copy[1]) && isName(own[1])
    }

    /// The title again in other words, for the same year and by the same name or none: a site's title for the page over the
    /// article's own heading (天山区人民政府2019年政务信息公开工作年度报告 under 天山区人民政府2019年度政府信息公开工作报告, 天山区
    /// 2019), or that heading without the name, which the page printed on the line above it (2020年政府信息公开工作年度报告
    /// under 2020年上海市普陀区宜川路街道办事处…报告, 普陀 宜川路街道 2020: its name run into the page's `来源:` line). A line
    /// of a title's words only, no sentence: the name, if any, one of which the title's holds or is held by.
    private static let nameYearWords = try? NSRegularExpression(
        pattern: #"^([^。，,；;：:、《》“”]{0,30}?)((?:19|20)[0-9]{2})年?度?([^。，,；;：:、《》“”0-9]{0,30}?)((?:政府|政务)?(?:信息公开|政务公开)[^。，,；;：:、《》“”]{0,12}(?:报告|年报))$"#)

    private func titlesTheSameReport(_ compact: String) -> Bool {
        guard let year, let match = Self.nameYearWords?.firstMatch(in: compact, range: NSRange(compact.startIndex..., in: compact)),
              let printedYear = Range(match.range(at: 2), in: compact).flatMap({ Int(compact[$0]) }), printedYear == year,
              let before = Range(match.range(at: 1), in: compact).map({ String(compact[$0]) }),
              let after = Range(match.range(at: 3), in: compact).map({ String(compact[$0]) }),
              before.isEmpty || after.isEmpty else { return false }
        let name = before + after
        guard !name.isEmpty else { return true }
        guard let agencyName, Self.isName(name) else { return false }
        return name == agencyName || agencyName.contains(name) || name.contains(agencyName)
    }

    /// A catalogue's values alone, their labels lost: its 公开方式 (主动公开, 依申请公开) or a field left empty (无: 文号,
    /// 主题词), one a line or a row of them (a page's copy may read `主动公开 / 无 / 无` as one row).
    static func isCatalogueValues(_ text: String) -> Bool {
        // (Read in simplified characters: a 繁體 mirror's 主動公開, 無.)
        let values = LabelText.simplifying(text).split(whereSeparator: \.isWhitespace)
        return !values.isEmpty && values.allSatisfy { ["主动公开", "依申请公开", "无"].contains($0) }
    }

    /// A date and nothing else (2024年1月31日, 2024-01-31 10:30).
    static func isDateAlone(_ text: String) -> Bool {
        dateAlone(text) != nil
    }

    /// The date of a line that is a date and nothing else, as YYYY-MM-DD; also in brackets, as official documents print
    /// the day under their title (`（2026年1月23日）`; `(2026年1 月23日)`, a space Word left between the runs: 衡阳 雁峰区退役军人事务局 2025).
    static func dateAlone(_ text: String) -> String? {
        var text = text.trimmingCharacters(in: .whitespaces)
        if let inner = text.wholeMatch(of: /[（(]\s*([^（）()]{6,30}?)\s*[）)]/) { text = inner.output.1.filter { !$0.isWhitespace } }
        // (A PDF's Word gap between figures and 年月日: `2024 年 1 月 31 日`.)
        if DateText.read(text, from: text.startIndex) == nil { text = NarrativeText.withoutAutospace(text) }
        guard let (date, length) = DateText.read(text, from: text.startIndex),
              text.dropFirst(length).range(ofPattern: #"^(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?\s*$"#) != nil else { return nil }
        return date
    }

    /// A line that is an agency's name and nothing else (示例市人民政府, not 江苏省气象局: nor a sentence).
    private static func isName(_ compact: String) -> Bool {
        SignedAgency.isAgencyName(compact, ends: SignedAgency.nameEnds)
    }

    /// A line as compared with the title: no spaces, no pinyin glosses, no `?` (spaces lost to GBK).
    private static func comparable(_ text: String) -> String {
        LabelText.withoutPinyinGlosses(text).filter { !$0.isWhitespace && $0 != "?" }
    }

    /// A title compared with its year with or without 年 (吉村镇人民政府办公室 / 2023政府信息公开工作年度报告 copies
    /// 吉村镇人民政府办公室2023年…报告).
    private static func yearless(_ compact: String) -> String {
        compact.replacingMatches(ofPattern: #"((?:19|20)[0-9]{2})年度?"#, with: "$1")
    }

    /// A line that is a report's title from its year on (2023年政府信息公开工作年度报告, 2022年度政务公开年报).
    private static func isYearTitle(_ compact: String) -> Bool {
        compact.count <= 30 && compact.range(ofPattern: #"^(19|20)[0-9]{2}年度?[^。，,；;]{0,12}(信息公开|政务公开)[^。，,；;]{0,10}(报告|年报)$"#) != nil
    }

    /// A short line of no sentence and no heading's number (an index number, a name, a date), or a blank one.
    private static func isParticular(_ text: String) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty || comparable(text).count <= 40 && !text.contains(where: { "。，；,;".contains($0) })
            && text.range(ofPattern: #"^(第?[一二三四五六七八九十]+(、|部分)|[（(][一二三四五六七八九十]+[)）])"#) == nil
    }
}
