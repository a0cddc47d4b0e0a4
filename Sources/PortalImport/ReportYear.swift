import Foundation
import PortalModel

/// What a report prints about its year besides its title: years in Chinese
/// numerals (二〇二一年度), the statistics period of its preamble, the date it
/// was signed or published.
enum ReportYear {
    /// 二〇二一年, 二○二二年度, 二零二三年, 二O二O年 → 2021年…: the forms titles print
    /// years in, as digits, so that one pattern reads them all.
    static func arabic(_ text: String) -> String {
        guard text.contains(where: { chineseDigits[$0] != nil }), let regex = chineseYear else { return text }
        var result = ""
        var last = text.startIndex
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            result += text[last..<range.lowerBound]
            result += String(text[range].compactMap { chineseDigits[$0] })
            last = range.upperBound
        }
        return result + text[last...]
    }

    private static let chineseDigits: [Character: Character] = [
        "〇": "0", "○": "0", "零": "0", "O": "0", "o": "0", "0": "0", "一": "1", "二": "2", "三": "3", "四": "4",
        "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
    ]
    /// Four digits of 19xx or 20xx, at least one a Chinese numeral, before 年.
    private static let chineseYear = try? NSRegularExpression(pattern: #"(?:一九|二[〇○零Oo0])[〇○零Oo0一二三四五六七八九]{2}(?=\s*年)"#)

    /// The year of the statistics period the preamble states (本报告中所列数据的统计
    ///期限自2022年1月1日起至2022年12月31日止): the report's year, printed.
    static func statisticsPeriod(in lines: ArraySlice<SourceLine>) -> Int? {
        // …自2021年1月1日起至2021年12月31日止, 从…起至…, 为2022年1月1日至12月31日 (the year once), …至2022年12月20日止 (淮北市人民医院's),
        // 自2023年1月1日起，至…; 自2024年1月1日始,至…止 (始 for 起: 高青县常家镇 2024, 下陆公安分局 2023); 一 typed for the dash (2023年1月1日一2023年12月31日, 曲靖 西城街道 2023); a page that lost its 年 and 月 (20251月1日至202512月31日, 自202011日起至20201231日止).
        let pattern = #"(?<![0-9])((?:19|20)[0-9]{2})年?1月?1日(?:起|始|开始)?[,，]?(?:至|到|—|-|－|~|一)((?:19|20)[0-9]{2}年?)?12月?(?:31|[12][0-9])日"#
        // A body formed during the year counts from the day it was (因…街道办事处于2024年5月28日成立，故本报告所列数据的统计
        // 期限自2024年5月28日起至2024年12月31日止: 呼和浩特 东河街道 2024): a period of one year's days, said of the statistics,
        // ending on its 31 December (a date in a sentence of no statistics, 2024年5月1日至12月31日开展…, says nothing).
        let partYear = #"统计(期限|时限|时间|区间|范围|日期)[^。，,；;]{0,6}?((19|20)[0-9]{2})年(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])日(起|始|开始)?[,，]?(至|到|—|-|－|~)((19|20)[0-9]{2}年)?12月31日"#
        if let year = periodYear(pattern, in: lines) ?? periodYear(partYear, in: lines) { return year }
        // The period's end alone: 本年报中所列数据统计时间截至2019年12月31日 (宁波国家高新区 2019).
        // Said of the report's figures (a sentence of its 总体情况 may count to another day: 截至2021年12月31日，全区…).
        let cutOff = #"(报告|年报)[^。]{0,16}?(统计|数据)[^。，,；;]{0,12}?(截至|截止到|截止于|截止)((19|20)[0-9]{2})年12月31日"#
        for line in WrappedSentences.paragraphs(lines) where line.cells == nil {
            let text = LabelText.simplifying(arabic(LabelText.fold(line.text)).filter { !$0.isWhitespace })
            if let match = text.range(ofPattern: cutOff),
               let year = text[match].firstMatch(of: /(19|20)[0-9]{2}/).flatMap({ Int($0.output.0) }) { return year }
        }
        return nil
    }

    /// The year of the first line's period matching `pattern` whose years are one (a period of two years names none).
    private static func periodYear(_ pattern: String, in lines: ArraySlice<SourceLine>) -> Int? {
        for line in WrappedSentences.paragraphs(lines) where line.cells == nil {
            // Read in simplified characters (a 繁體 mirror's 統計期限).
            let text = LabelText.simplifying(arabic(LabelText.fold(line.text)).filter { !$0.isWhitespace })
            guard let match = text.range(ofPattern: pattern) else { continue }
            let years = text[match].matches(of: /(19|20)[0-9]{2}/).compactMap { Int($0.output.0) }
            if let first = years.first, years.allSatisfy({ $0 == first }) { return first }
        }
        return nil
    }

    /// The year of the report the preamble says it publishes (现公布某局2022年政府信息公开工作年度报告,
    /// 现将我乡2022年度信息公开工作情况报告如下, 现向社会公开《某局2022年…报告》, 某街道特编制2022年…报告,
    /// 现将2022年政府信息公开工作总结如下),
    /// for a report printed without a title: printed, as
    /// the statistics period is, which wins where both are (a preamble may name last year's report).
    /// Several years named: none.
    static func publishedReport(in lines: ArraySlice<SourceLine>) -> Int? {
        let years = publishedReports(in: lines)
        return years.count == 1 ? years.first : nil
    }

    /// The year part 一's first sentence opens with (2025年，霍城县水利局…; 2024年度，我局…), and its line: `part` from its heading.
    static func openingPartOne(_ part: ArraySlice<SourceLine>) -> (year: Int, line: SourceLine)? {
        guard let (text, first) = firstSentence(of: part),
              let match = text.firstMatch(of: /^((?:19|20)[0-9]{2})年度?[,，]/), let year = Int(match.output.1) else { return nil }
        return (year, first)
    }

    /// The year a preamble printed under no title opens its first sentence with (小营街道 2024: `2024年,在区政府…的引领下,小营
    /// 街道办事处严格依照…,现将本年度工作情况报告如下`), and its line: a clue only, as part 一's opening year is.
    static func openingPreamble(_ preamble: ArraySlice<SourceLine>) -> (year: Int, line: SourceLine)? {
        guard let first = preamble.first(where: { $0.cells == nil && !$0.text.allSatisfy(\.isWhitespace) }) else { return nil }
        let text = arabic(LabelText.fold(first.text)).filter { !$0.isWhitespace }
        guard let match = text.firstMatch(of: /^((?:19|20)[0-9]{2})年度?[,，]/), let year = Int(match.output.1) else { return nil }
        return (year, first)
    }

    /// The year part 一's first sentence says its account runs since (2022年以来，丰收乡…, 丰收乡 2022), its words as printed
    /// (a 繁體 page's 2019年以來, 鹤山市公安局 2019's mirror: read in simplified characters) and its line: a clue only — a report
    /// may look back further than its year (2019年以来 in a later one).
    static func sincePartOne(_ part: ArraySlice<SourceLine>) -> (year: Int, words: String, line: SourceLine)? {
        guard let (text, first) = firstSentence(of: part),
              let match = LabelText.simplifying(text).firstMatch(of: /^((?:19|20)[0-9]{2})年度?以来/), let year = Int(match.output.1)
        else { return nil }
        return (year, String(text.prefix(match.output.0.count)), first)
    }

    /// Part 一's first line of sentences, folded, past a sub-heading alone on its line ((一)主动公开情况 / 2023年度,建始县林业局…,
    /// 建始 2023): a sub-heading holds no sentence's punctuation.
    static func firstSentence(of part: ArraySlice<SourceLine>) -> (text: String, line: SourceLine)? {
        for line in part.dropFirst() where line.cells == nil && !line.text.allSatisfy(\.isWhitespace) {
            let text = arabic(LabelText.fold(line.text)).filter { !$0.isWhitespace }
            if text.wholeMatch(of: /[(（][一二三四五六七八九十]{1,3}[)）][^。，,；;：:]{1,30}[。]?/) != nil { continue }
            return (text, line)
        }
        return nil
    }

    /// The years of the reports the preamble says it publishes, each once.
    static func publishedReports(in lines: ArraySlice<SourceLine>) -> Set<Int> {
        // (…由某区卫生健康局编制的2024年度政府信息公开年度报告: 武进区卫生健康局 2024.)
        let pattern = #"(\#(SignedAgency.publishingVerbs)|\#(SignedAgency.compilingVerbs)|编制的|现就)[^。]{0,30}?((19|20)[0-9]{2})年度?[^。，；]{0,40}?(报告|年报|总结如下)"#
        // 将 opening a clause of its own, the year and …报告如下 in that clause (保税区 2021: `现结合工作实际,将保税区2021年度政府
        // 信息公开年度报告如下`, 现 a clause before): the idiom 现将…报告如下 is, its 现 set apart. Not 将 inside a clause (我局将…,
        // “will”), nor a clause ending elsewhere than in 报告如下.
        let clauseOpening = #"(?:^|[,，:：;；])将[^。，,；;]{0,30}?((19|20)[0-9]{2})年度?[^。，,；;]{0,40}?报告如下"#
        var years = Set<Int>()
        for line in WrappedSentences.paragraphs(lines) where line.cells == nil {
            // 現公布…報告: compared in simplified characters.
            let text = LabelText.simplifying(arabic(LabelText.fold(line.text)).filter { !$0.isWhitespace })
            // Every such sentence of the line (现公布某镇2024年…报告…现将2025年度工作报告如下: two years, none).
            for sentence in [pattern, clauseOpening] {
                var rest = text[...]
                while let match = rest.range(ofPattern: sentence) {
                    if let year = rest[match].firstMatch(of: /(19|20)[0-9]{2}/).flatMap({ Int($0.output.0) }) { years.insert(year) }
                    rest = rest[match.upperBound...]
                }
            }
        }
        return years
    }

    /// A date the file prints, labelled (发布日期：2023-01-20, in the page's furniture
    /// or its text) or alone on a line (the signature's 2023年1月20日, 二〇二三年一月二十日):
    /// when the report was published or signed, which says its year only by a guess.
    static func printedDate(in lines: [SourceLine], pageTexts: [String]) -> (text: String, year: Int)? {
        let texts = pageTexts + lines.filter { $0.cells == nil }.map { $0.text.trimmingCharacters(in: .whitespaces) }
        for text in texts {
            for label in PublicationDate.publishedLabels + PublicationDate.issuedLabels + PublicationDate.writtenLabels {
                if let date = PublicationDate.labelled(text, label), let year = Int(date.prefix(4)) { return (text, year) }
            }
        }
        for text in texts.reversed() {
            if let (date, length) = DateText.read(text, from: text.startIndex), length == text.count, let year = Int(date.prefix(4)) {
                return (text, year)
            }
        }
        return nil
    }
}
