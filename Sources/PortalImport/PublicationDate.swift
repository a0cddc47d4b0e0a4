import Foundation

/// The day a report was published, when the file prints it: a page's
/// 发布日期 (the 索引号 | 发布机构 | 发布日期 block of a 信息公开 page, or a
/// line under the title), else the date the report is signed with at its
/// end. With it, the portal can say whether the report came on time.
///
/// Never a guess: a date is taken only where it is labelled or stands alone
/// on one of the last lines, only when it falls in the years after the
/// report's year (a report for 2022 cannot be published in 2022), and only
/// when the file prints one such date, not two different ones.
struct PublicationDate: Equatable {
    /// YYYY-MM-DD.
    var date: String
    /// Where it was printed, for the comment in report.yaml.
    var printed: String

    /// Labels of the day a page was published, and of the day a document
    /// was written (成文日期: the publishing day is at least that late; used
    /// only when no publishing day is printed).
    /// (信息时间: the day the page was put up, `【信息时间:2025-02-11 发布机构:馆陶县交通运输局 】`, 邯郸's sites.)
    static let publishedLabels = ["发布日期", "发布时间", "公开日期", "公开时间", "发布于", "发表时间", "发表日期", "信息时间"]
    /// The day a catalogue's document was issued (发文日期): read where no publishing day is printed (达州市交通运输局 2025's
    /// `发文日期: 2026-01-12 11:04:50` alone), never over one the page prints (泰州高港 卫健委 2025: `发文日期 2026-01-15` in its
    /// particulars, `发布日期:2026-01-21 12:23` beside its source — the page went up on the 21st).
    static let issuedLabels = ["发文日期"]
    /// (生成日期: a disclosure catalogue's day the document was entered, `| 生成日期 | 2026-01-23 16:24:38 |`.)
    static let writtenLabels = ["成文日期", "印发日期", "签发日期", "生成日期"]

    /// `lines`: the whole file; `pageTexts`: a web page's furniture that
    /// names dates (`SourceDocument.pageDates`); `reportStart`: the first
    /// section heading's line; `today`: the import date (YYYY-MM-DD); `titleLine`: the title's line, whose next
    /// line may print the report's date alone (上海市静安区地区工作办公室 / 2023年度…报告 / 2024年1月31日, or under 主动公开; not a date
    /// elsewhere above the report, a site's clock or a related link's).
    static func find(in lines: [SourceLine], pageTexts: [String] = [], reportStart: Int, year: Int, today: String,
                     titleLine: Int? = nil) -> PublicationDate? {
        let plausible = { (date: String) in date >= "\(year + 1)-01-01" && date <= today }
        // Read simplified (a 繁體 mirror's 時間: 2024/01/31/ 17:33), a label alone joined to the date under it; a converter's
        // pinyin glosses left out (發(fā)布時間:2021-01-18 10:17 under 二酉苗族鄉's title, 2020).
        let head = labelsOverTheirDates((pageTexts + lines[..<min(reportStart, lines.count)].map(\.text))
            .map { LabelText.simplifying(LabelText.withoutPinyinGlosses($0)) })
        let underTheTitle = titleLine.flatMap { title in
            // (Past a catalogue's values alone: 2025年…报告 / 主动公开 / 2026.01.13; …报告 / 无 / 主动公开 / 无 / 无 / 2025.01.08.)
            lines.indices.dropFirst(title + 1).prefix { $0 < reportStart }.first {
                !lines[$0].text.allSatisfy(\.isWhitespace) && !ReportTitle.isCatalogueValues(lines[$0].text)
            }
        }.flatMap { index -> (String, String)? in
            let text = lines[index].text.trimmingCharacters(in: .whitespaces)
            guard lines[index].cells == nil, let date = ReportTitle.dateAlone(text) else { return nil }
            return (date, "发布时间 (a date alone under the title)")
        }
        let aboveTheTitle = titleLine.flatMap { dateBetweenHeadings(in: lines, aboveTitle: $0) }.map { ($0, "发布时间 (a date and time alone between the page's heading and the title)") }
        for labels in [publishedLabels, issuedLabels, writtenLabels] {
            let found: [(String, String)] = head.flatMap { text in
                labels.compactMap { label -> (String, String)? in
                    if let date = labelled(text, label), plausible(date) { return (date, label) }
                    guard labels == publishedLabels, let date = labelledTwoDigitYear(text, label, reportYear: year), plausible(date) else { return nil }
                    return (date, "\(label) (its year in two digits, the year after the report's)")
                }
            } + (labels == publishedLabels ? (head.compactMap(underTitle) + [underTheTitle, aboveTheTitle].compactMap { $0 }).filter { plausible($0.0) } : [])
            guard let first = found.first else { continue }
            return Set(found.map(\.0)).count == 1 ? PublicationDate(date: first.0, printed: first.1) : nil
        }
        // The signature: a date alone on one of the last lines of the report.
        let tail = lines[min(reportStart, lines.count)...].suffix(6)
        let signed = Set(tail.compactMap { line -> String? in
            let text = line.text.trimmingCharacters(in: .whitespaces)
            guard let (date, length) = DateText.read(text, from: text.startIndex), length == text.count else { return nil }
            return date
        }.filter(plausible))
        guard signed.count == 1, let date = signed.first else { return nil }
        return PublicationDate(date: date, printed: "署名日期 (the date under the report)")
    }

    /// A date with its time alone on a line between the page's heading and the same words printed again over the title
    /// (`鹤岗市林业和草原局` / `2026-01-28 10:06` / `鹤岗市林业和草原局` / `2025年…报告`, 鹤岗市林草局 2025): the page's stamp, as a
    /// date under the title is. Without its time, or under other words (a site's clock, a related link's day), none.
    static func dateBetweenHeadings(in lines: [SourceLine], aboveTitle title: Int) -> String? {
        let printed = { (index: Int) in lines[index].text.filter { !$0.isWhitespace } }
        let upward = Array(lines.indices.prefix(min(title + 1, lines.count)).reversed().filter { !printed($0).isEmpty && lines[$0].cells == nil }.prefix(4))
        for at in upward.indices.dropFirst().dropLast() {
            let text = lines[upward[at]].text.trimmingCharacters(in: .whitespaces)
            guard text.range(ofPattern: #"\s[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"#) != nil, let date = ReportTitle.dateAlone(text),
                  printed(upward[at - 1]) == printed(upward[at + 1]) else { continue }
            return date
        }
        return nil
    }

    /// The lines with a label that stands alone (`  • 发布日期`, a catalogue's particulars as a list, each value on the
    /// line under its label: 弥勒市林草局 2025) joined to the date under it, `发布日期：2026-01-26`. Only a date alone
    /// is its value: under a label left empty stands the next label (`• 有效性`) or the report's text, whose dates are
    /// not the publication day.
    static func labelsOverTheirDates(_ texts: [String]) -> [String] {
        let labels = Set(publishedLabels + issuedLabels + writtenLabels)
        var joined = texts
        for (index, text) in texts.enumerated() {
            let bare = text.filter { !$0.isWhitespace && !"•·*-:：".contains($0) }
            guard labels.contains(bare),
                  let value = texts[(index + 1)...].first(where: { !$0.allSatisfy(\.isWhitespace) }),
                  ReportTitle.isDateAlone(value) else { continue }
            joined[index] = bare + "：" + value.trimmingCharacters(in: .whitespaces)
        }
        return joined
    }

    /// The date a page prints under its title beside the source, unlabelled (2023-01-16 16:50:00 来源：某市政府)
    /// or as 时间 or 日期 (来源：某区政府办 时间：2024-02-08 09:13, or alone), or 更新时间 where no 发布时间 is printed;
    /// beside the site's name and address (某市人民政府门户网站 www.… 2023-01-28): the day it was published.
    static func underTitle(_ text: String) -> (String, String)? {
        let text = text.trimmingCharacters(in: .whitespaces)
        // • 2025-02-10 15:59: the date alone as a list's item (the site's name the item above it).
        if text.range(ofPattern: #"^[-•·*]\s*(19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?$"#) != nil,
           let digit = text.firstIndex(where: \.isNumber), let (date, _) = DateText.read(text, from: digit) {
            return (date, "发布时间 (a date alone under the title)")
        }
        // 时间:2023-01-11 11:18 or 日期:2023-01-30 alone under the title, or with the page's tools after it (日期:2025-01-16 08:50:00 字号:,
        // 日期:2025-01-17 字体大小:[ ] — the tools' buttons lost in the copy, their brackets left: 厦门市司法局 2024), or the page's
        // byline and counter (时间:2026-01-28   作者: 点击数:, 洮砚镇 2025; 时间:2026-01-16 点击: 【字体: …, 花牛镇 2025).
        for label in ["时间", "日期"] where text.range(ofPattern: #"^\#(label)\s*[:：]\s*\S+(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?(\s+(字号|字体(大小)?)\s*[:：]?\s*([\[【][\s大中小]*[\]】])?\s*|\s+(作者|点击|点击数|点击量|浏览次数|阅读次数)\s*[:：].*)?$"#) != nil {
            return labelled(text, label).map { ($0, label) }
        }
        // 银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28: the site's name and address, then the day.
        if let address = text.range(ofPattern: #"^[^。，,]{0,30}\s+(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/?\s+(?=(19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s*$)"#),
           let (date, _) = DateText.read(text, from: address.upperBound) {
            return (date, "发布时间 (the date beside the site's address)")
        }
        // 2025年政府信息公开工作年度报告 ( 2026-01-30 ) (上海市住房和城乡建设管理委员会 2025): the page's heading over the
        // article, the report's name with its day in brackets, or a space apart (杨浦区江浦路街道2024年…报告 2025-01-22).
        if let day = text.range(ofPattern: #"(?<=报告)(\s*[（(]\s*(19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s*[）)]|\s+(19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2})$"#),
           let digit = text[day].firstIndex(where: \.isNumber), let (date, _) = DateText.read(text, from: digit) {
            let bracketed = text[day].contains { "（(".contains($0) }
            return (date, "发布时间 (the date \(bracketed ? "in brackets " : "")after the report's name)")
        }
        // 2022-01-20   作者:佚名 点击数: (舟曲 曲告纳镇 2021): the date first, then the page's byline and counter; the
        // counter in brackets, 2023年01月19日 (点击: ) (洪雅 止戈镇 2022, the cells of the page's layout table after it).
        if text.range(ofPattern: #"^(19|20)[0-9]{2}([-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?\s*[（(]?\s*(作者|点击|点击数|点击量|浏览次数|阅读次数)\s*[:：]"#) != nil,
           let (date, _) = DateText.read(text, from: text.startIndex) {
            return (date, "发布时间 (the date beside the page's byline)")
        }
        // (来自: 时间:2026-01-12, 枣庄高新区消防救援大队 2025: the source labelled 来自.)
        guard text.range(ofPattern: #"(来源|信息来源|来自)\s*[:：]"#) != nil else { return nil }
        if let (date, _) = DateText.read(text, from: text.startIndex),
           text.range(ofPattern: #"^\S+(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?\s+(来源|信息来源)"#) != nil {
            return (date, "发布时间 (the date beside 来源)")
        }
        // 来源:云南省人民政府办公厅          2020-03-31 17:13:25 【字体: (云南省 2019): the source, then the day unlabelled.
        if let source = text.range(ofPattern: #"(来源|信息来源)\s*[:：]\s*\S{2,40}\s+(?=(19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(\s|$))"#),
           let (date, _) = DateText.read(text, from: source.upperBound) {
            return (date, "发布时间 (the date after 来源)")
        }
        // 日期:2021-01-22来源:某管委会 (the two run together), 来源:… 时间:…, 来源:某县人民政府时间:….
        // (来源:某县人民政府时间:2024-01-17浏览量: runs the label on after the source; 发布时间 and its like are not it.)
        for label in ["时间", "日期"] where text.range(ofPattern: #"(?<!发布|更新|发表|成文|发文|公开|生成|印发|签发|有效|截止)\#(label)\s*[:：]"#) != nil {
            if let date = labelled(text, label) { return (date, label) }
        }
        // 更新时间:2024-01-16 发布时间: | 来源:区卫健办 (武汉东湖 2023): the day the page was put up, its 发布时间 left empty.
        if (publishedLabels + issuedLabels).allSatisfy({ labelled(text, $0) == nil }) {
            for label in ["更新时间", "更新日期"] {
                if let date = labelled(text, label) { return (date, "\(label) (beside 来源, no 发布时间 printed)") }
            }
        }
        return nil
    }

    /// A line of a publication label and its date and nothing else (发布日期：2020-01-31, 发布时间 2024-01-17 10:30): a page's
    /// furniture in any file — a page saved or converted as a Word file keeps it under the title — and never a sentence of
    /// the report; its date is read as the day published.
    static func isLabelledDateAlone(_ text: String) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard let label = (publishedLabels + issuedLabels).first(where: text.hasPrefix) else { return false }
        var at = text.index(text.startIndex, offsetBy: label.count)
        while at < text.endIndex, " \t\u{3000}:：".contains(text[at]) { at = text.index(after: at) }
        guard let (_, length) = DateText.read(text, from: at) else { return false }
        let rest = String(text[at...].dropFirst(length))
        return rest.range(ofPattern: #"^(\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?\s*$"#) != nil
    }

    /// A date in brackets alone on its line (`(2022年1月)` under 左贡县人民政府's title, 2021): when the report was written, the
    /// title's line — no sentence of the preamble.
    static func isDateInBracketsAlone(_ text: String) -> Bool {
        text.range(ofPattern: #"^\s*[(（]\s*(19|20)[0-9]{2}\s*年\s*([0-9]{1,2}\s*月\s*([0-9]{1,2}\s*日)?)?\s*[)）]\s*$"#) != nil
    }

    /// The date after `label` with its year in two digits (`发布时间:21年01月29日`, 兵团民政局 2020), read only as the year after
    /// the report's (a report for 2020 is published in 2021): the century and any other year would be guessed.
    static func labelledTwoDigitYear(_ text: String, _ label: String, reportYear: Int) -> String? {
        let following = reportYear + 1
        guard let range = text.range(of: label) else { return nil }
        let rest = text[range.upperBound...].drop { " \t\u{3000}:：】]|".contains($0) }
        guard let match = rest.prefixMatch(of: /([0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日/),
              let digits = Int(match.output.1), following % 100 == digits else { return nil }
        let date = "\(following)年\(match.output.2)月\(match.output.3)日"
        return DateText.read(date, from: date.startIndex)?.0
    }

    /// The date after `label` (发布日期：2022-01-28, 发布时间 2022年1月28日 10:30).
    static func labelled(_ text: String, _ label: String) -> String? {
        var searchFrom = text.startIndex
        while let range = text.range(of: label, range: searchFrom..<text.endIndex) {
            var at = range.upperBound
            while at < text.endIndex, " \t\u{3000}:：】]|".contains(text[at]) { at = text.index(after: at) }
            if let (date, _) = DateText.read(text, from: at) { return date }
            searchFrom = range.upperBound
        }
        return nil
    }
}

/// A date as reports print it: 2022-01-28, 2022/1/28, 2022.01.28,
/// 2022年1月28日, with full-width digits, or in Chinese numerals
/// (二〇二二年一月二十八日, as official documents are signed).
enum DateText {
    /// The date at `start` as YYYY-MM-DD and how many characters it took.
    static func read(_ text: String, from start: String.Index) -> (String, Int)? {
        let characters = Array(text[start...].prefix(24))
        var at = 0
        guard let year = number(characters, &at, digits: 4), (1990...2100).contains(year),
              at < characters.count else { return nil }
        let separator = characters[at]
        guard "-/.年".contains(separator) else { return nil }
        at += 1
        // A space after a dash, slash or dot (`2024- 01- 23`: a site's date with its digits apart) changes nothing.
        func spaces() { if separator != "年" { while at < characters.count, characters[at] == " " { at += 1 } } }
        spaces()
        guard let month = number(characters, &at, digits: 2), (1...12).contains(month), at < characters.count else { return nil }
        let expected: Character = separator == "年" ? "月" : separator
        guard characters[at] == expected else { return nil }
        at += 1
        spaces()
        guard let day = number(characters, &at, digits: 2), (1...31).contains(day) else { return nil }
        if separator == "年" {
            guard at < characters.count, characters[at] == "日" || characters[at] == "号" else { return nil }
            at += 1
        }
        // 2022-01-28 followed by more digits is no date (an index number, 2022-01-285).
        if at < characters.count, arabicDigit(characters[at]) != nil { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        guard Calendar(identifier: .gregorian).date(from: components).map({ Calendar(identifier: .gregorian).component(.day, from: $0) }) == day else {
            return nil
        }
        return (String(format: "%04d-%02d-%02d", year, month, day), at)
    }

    /// 0–9, half or full width.
    private static func arabicDigit(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    private static let chineseDigits: [Character: Int] = [
        "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Up to `digits` Arabic (or full-width) digits; for a year, four
    /// Chinese digits (二〇二二); for a month or day, a Chinese number up to
    /// 三十一 (十二, 二十八).
    private static func number(_ characters: [Character], _ at: inout Int, digits: Int) -> Int? {
        var value = 0, count = 0
        while count < digits, at < characters.count, let digit = arabicDigit(characters[at]) {
            value = value * 10 + digit
            count += 1
            at += 1
        }
        if count > 0 { return digits == 4 && count < 4 ? nil : value }
        if digits == 4 {
            while count < 4, at < characters.count, let digit = chineseDigits[characters[at]] {
                value = value * 10 + digit
                count += 1
                at += 1
            }
            return count == 4 ? value : nil
        }
        // 一 … 九, 十, 十一 … 十九, 二十 … 三十一.
        var tens = 0, units = 0, read = false
        if at < characters.count, let digit = chineseDigits[characters[at]], digit > 0, at + 1 < characters.count, characters[at + 1] == "十" {
            tens = digit
            at += 2
            read = true
        } else if at < characters.count, characters[at] == "十" {
            tens = 1
            at += 1
            read = true
        }
        if at < characters.count, let digit = chineseDigits[characters[at]], digit > 0 {
            units = digit
            at += 1
            read = true
        }
        return read ? tens * 10 + units : nil
    }
}
