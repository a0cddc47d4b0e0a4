import Foundation
import PortalModel

/// Reports in the format used before the national tables of 2019 (the 2008
/// 条例's reports: 一、概述 or 本年度政府信息公开工作的基本情况, 二、主动公开政府信息的情况,
/// 三、依申请公开政府信息的情况, 四、政府信息公开的收费及减免情况, 五、因政府信息公开申请
/// 提起行政复议、行政诉讼的情况, 六、问题及改进, 七、其他需要报告的事项), which some
/// agencies still wrote for 2019. No form describes it: said as such, not as
/// a report missing its sections.
enum EarlierFormat {
    /// Words that head a part of that format only.
    /// (The national format's parts never name them: 依申请公开 is a sub-heading of its 一, （二）.)
    private static let partWords = ["依申请公开", "申请的办理", "申请办理", "不予公开政府信息", "收费", "减免"]

    /// The refusal, when the lines print that format's parts and none of the form's table labels.
    /// `year`: the report's year as printed (its title's, its statistics period's) or given (--year), if any, said where known
    /// (张店 公园街道 2018: its title's and its period's 2018, though its preamble names a `2019年度` report).
    static func refusal(_ lines: [SourceLine], forms: [FormDefinition], year: Int? = nil, path: String) -> Diagnostic? {
        let parts = lines.filter { line in
            // (Read in simplified characters: a 繁體 mirror's 三、依申請公開政府信息情況.)
            guard line.cells == nil, let text = partHeading(line.text).map(LabelText.simplifying) else { return false }
            return partWords.contains { text.contains($0) } || text.hasPrefix("七") && text.contains("其他需要报告")
        }
        // One such part and that format's table of statistics (统计指标 | 单位 | 统计数, 主动公开政府信息数: 句容 茅山风景区 2020), or
        // a preamble listing that format's parts, its 收费及减免 one among them, which the national format has none of (来凤经济开发区
        // 2018: `本报告由概述,…,信息公开收费及减免情况,…六部分组成`, a page cut after its 三、依申请公开政府信息办理情况).
        guard !forms.contains(where: { printsTables($0, lines) }) else { return nil }
        let named = forms.map { form in form.firstYear.map { "\(form.id) (reports from \($0))" } ?? form.id }.joined(separator: ", ")
        let hint = "a report for 2018 or earlier has no form here: leave it out, or add a form for it (content/forms/*.yaml); for a report of 2019 or later, ask the agency for the report in the national format (国办公开办函〔2021〕30号), or type it with `portal new report`"
        guard parts.count >= 2 || parts.count == 1 && (printsStatistics(lines) || listsTheFeesPart(lines, before: parts[0])) else {
            if let (overview, (list, listLine)) = overviewUnderItsParts(lines) {
                return .error(.importEarlierFormat, at: SourceLocation(path: path, line: overview.position.line),
                    "a report in the format used before 2019\(year.map { " (for \($0))" } ?? ""): its preamble lists its parts as “\(list)” (line \(listLine)), 依申请公开 a part of its own as that format's, its part 一 “\(overview.text.trimmingCharacters(in: .whitespaces))”, no national tables — which the portal's forms do not describe: \(named)",
                    hint: hint)
            }
            return beforeTheNationalFormat(lines, year: year).map { overview, said in
                .error(.importEarlierFormat, at: SourceLocation(path: path, line: overview.position.line),
                       "a report for \(said), before the national tables began with the reports for 2019: its part 一 “\(overview.text.trimmingCharacters(in: .whitespaces))”, no national tables — the format used before 2019, which the portal's forms do not describe: \(named)",
                       hint: hint)
            }
        }
        return .error(.importEarlierFormat, at: SourceLocation(path: path, line: parts[0].position.line),
            "a report in the format used before 2019 (\(year.map { "for \($0); " } ?? "")its parts \(parts.prefix(3).map { "“\($0.text.trimmingCharacters(in: .whitespaces))”" }.joined(separator: ", ")), no national tables), which the portal's forms do not describe: \(named)",
            hint: hint)
    }

    /// A report for a year before 2019 whose part 一 is headed 概述 (or 信息公开概述), that format's first part (长宁公安分局 2018: `一、概述` under a
    /// preamble's `统计期限自2018年1月1日起至12月31日止`; a mirror's 畜牧兽医局 2018: `一、概述` / `2018年,在市委、市政府正确领导下…`),
    /// with the year said: printed (the title's, the statistics period's), else the year part 一 opens with. The national format
    /// names 概述 too (一、概述 over 2019's tables), so the year decides: the national tables began with the reports for 2019
    /// (国办公开办函〔2019〕60号), and no report for 2018 or before has them.
    /// A year printed before 2019 (the title's, the statistics period's) decides alone, whatever part 一's heading: 滇源街道 2018
    /// heads its parts in the national form's words (`一、总体情况`, `二、主动公开政府信息情况`) with no national table.
    private static func beforeTheNationalFormat(_ lines: [SourceLine], year: Int?) -> (SourceLine, String)? {
        if let year, year < 2019, let partOne = lines.first(where: { line in
            line.cells == nil && partHeading(line.text).map { $0.hasPrefix("一") || $0.hasPrefix("第一部分") } == true
        }) { return (partOne, "\(year)") }
        guard let index = lines.firstIndex(where: { line in
            // (The overview of the work named: 一、信息公开概述, 翠山湖管委会 2018; 一、情况概述, 闸弄口街道 2018.)
            line.cells == nil && partHeading(line.text).map {
                LabelText.simplifying($0.filter { !$0.isWhitespace }).range(ofPattern: #"^(第一部分|一[、.．])((政府)?信息公开|政务公开|情况)?(工作)?概述$"#) != nil
            } == true
        }) else { return nil }
        if let year { return year < 2019 ? (lines[index], "\(year)") : nil }
        guard let opened = ReportYear.openingPartOne(lines[index...]), opened.year < 2019 else { return nil }
        return (lines[index], "\(opened.year) (part 一 opens with “\(opened.year)年”, line \(opened.line.position.line))")
    }

    /// The overview heading part 一 (一、概述) under a preamble listing the report's parts with 概述 first and 依申请公开 among them
    /// (长春市林业和园林局 2020: `本报告由概述、政府信息主动公开情况、依申请公开情况三部分组成`): the earlier format's parts, whatever
    /// the year — the national format's part 一 is 总体情况 and its part 三 收到和处理政府信息公开申请情况, never 依申请公开.
    private static func overviewUnderItsParts(_ lines: [SourceLine]) -> (SourceLine, (String, line: Int))? {
        guard let index = lines.firstIndex(where: { line in
            line.cells == nil && partHeading(line.text).map { LabelText.simplifying($0.filter { !$0.isWhitespace }).range(ofPattern: #"^(第一部分|一[、.．])概述$"#) != nil } == true
        }) else { return nil }
        for line in lines[..<index] where line.cells == nil {
            let text = LabelText.simplifying(line.text.filter { !$0.isWhitespace })
            guard let match = text.firstMatch(of: /(?:由|包括)(概述[、，,][^。]{2,60}?依申请公开[^。]{0,60}?)(?:[一二三四五六七]个?部分)?组成/) else { continue }
            return (lines[index], (LabelText.printed(String(match.output.1), in: text, printed: line.text.filter { !$0.isWhitespace }), line.position.line))
        }
        return nil
    }

    /// Whether the text prints the earlier format's table of statistics: its heading's 统计指标 and its first row's 主动公开政府信息数.
    private static func printsStatistics(_ lines: [SourceLine]) -> Bool {
        let document = LabelText(lines.map(\.text).joined(separator: " ")).string
        return document.contains("统计指标") && document.contains("主动公开政府信息数")
    }

    /// Whether a sentence before the first part lists the report's parts with 收费及减免 among them (本报告由概述,…,信息公开收费及
    /// 减免情况,…组成): the earlier format's part 四.
    private static func listsTheFeesPart(_ lines: [SourceLine], before part: SourceLine) -> Bool {
        lines.prefix { $0.position.line < part.position.line }.contains { line in
            let text = LabelText.simplifying(line.text)
            return line.cells == nil && text.range(ofPattern: #"收费(及|和|与)?减免"#) != nil
                && text.range(ofPattern: #"(由|包括)[^。]{0,80}收费(及|和|与)?减免[^。]{0,80}(组成|部分|事项|情况)"#) != nil
        }
    }

    /// A part's heading: a short line numbered 一、 to 七、 (or 第一部分), no sentence.
    private static func partHeading(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard let first = text.first, "第一二三四五六七".contains(first), text.count <= 40, !text.contains("。"),
              text.range(ofPattern: #"^(第?[一二三四五六七](部分|、|\.|．))"#) != nil else { return nil }
        return text
    }

    /// Whether the text prints a table label of the form that no sentence would (six letters or more).
    static func printsTables(_ form: FormDefinition, _ lines: [SourceLine]) -> Bool {
        let document = LabelText(lines.map(\.text).joined(separator: " ")).string
        return form.tables.flatMap(\.blocks).contains { block in
            let labels = (block.caption.map { [$0] } ?? []) + block.leafRows.map(\.label)
            return labels.map { LabelText($0).string }.contains { $0.count >= 6 && document.contains($0) }
        }
    }
}
