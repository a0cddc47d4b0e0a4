import PortalModel

/// The preamble and 一 name the report's own year: the statistics period
/// (本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止) and the
/// report's title (2021年政府信息公开工作年度报告). A year copied from last
/// year's report is an error at that year.
enum ReportPeriodCheck {
    static let reportPeriod = Rule("report-period", .error, .check, "the statistics period or the reporting year the preamble or 一 names is not the report's year")

    /// `compiled`: the forms' words as compiled for earlier folders on this thread.
    static func run(_ portal: Portal, words compiled: CompiledPeriodWords = CompiledPeriodWords()) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for report in portal.reports {
            let form = portal.form(of: report)
            let words = compiled.words(of: form)
            guard !words.period.isEmpty || !words.titles.isEmpty else { continue }
            for id in ["preamble"] + form.narrativeIDs.prefix(1) {
                guard let narrative = report.narratives[id] else { continue }
                let text = NarrativeText(narrative.value, folding: words.folding)
                for (index, year) in wrongYears(in: text, words: words, year: report.year) {
                    problems.append(.error(reportPeriod, at: text.location(of: index, base: narrative.location),
                                           "“\(text.quote(around: index..<(index + 4)))” names \(year), but this is the \(report.year) report",
                                           hint: "a report states its own year's period (\(report.year)年1月1日至\(report.year)年12月31日); correct the year if it was copied from another report, or acknowledge it in report.yaml if the agency published it so"))
                }
            }
        }
        return problems
    }

    /// The phrases of a form, compiled once.
    struct Words {
        var period: [[Unicode.Scalar]]
        /// The first scalar of each period word (统计期限 → 统).
        var periodStarts: [Unicode.Scalar]
        var titles: [[Unicode.Scalar]]
        var otherReport: [[Unicode.Scalar]]
        var folding: ScalarFolding

        init(_ claims: NarrativeClaims) {
            period = claims.periodWords.map { Array($0.unicodeScalars) }
            periodStarts = Array(Set(period.compactMap(\.first))).sorted { $0.value < $1.value }
            titles = claims.reportTitles.map { Array($0.unicodeScalars) }
            otherReport = claims.otherReportWords.map { Array($0.unicodeScalars) }
            folding = claims.scalarFolding
        }
    }

    /// Years (and where their digits start) that should be `year` and are not.
    static func wrongYears(in text: NarrativeText, words: Words, year: Int) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            // Most characters start no period word: compare the first scalar first.
            if words.periodStarts.contains(scalars[index]), let word = words.period.first(where: { text.hasPrefix($0, at: index) }) {
                // Every year in the rest of the sentence (自2020年1月1日起至2020年12月31日止);
                // the first wrong one stands for the sentence.
                let end = text.end(of: index, ends: NarrativeText.sentenceEnds)
                var i = index + word.count
                while i < end {
                    if let (value, next) = self.year(in: text, at: i), next <= end {
                        if value != year { found.append((i, value)); break }
                        i = next
                    } else {
                        i += 1
                    }
                }
                index = max(index, end - 1)
            } else if let (value, next) = self.year(in: text, at: index), value != year,
                      titleFollows(text, at: next, words: words), !isOtherReport(text, yearAt: index, words: words) {
                found.append((index, value))
                index = next - 1
            }
        }
        return found
    }

    /// A year written as 2021年 (spaces allowed: 2021 年) at `index`: its
    /// value and the index after 年.
    static func year(in text: NarrativeText, at index: Int) -> (Int, Int)? {
        let scalars = text.scalars
        guard index + 4 < scalars.count, index == 0 || NumberReader.digit(scalars[index - 1]) == nil else { return nil }
        var value = 0
        for offset in 0..<4 {
            guard let d = NumberReader.digit(scalars[index + offset]) else { return nil }
            value = value * 10 + d
        }
        var i = index + 4
        while i < scalars.count, NarrativeText.spaces.contains(scalars[i]) { i += 1 }
        guard i < scalars.count, scalars[i] == "年", (1990...2100).contains(value) else { return nil }
        return (value, i + 1)
    }

    /// 年度政府信息公开工作年度报告 right after the year (度 and spaces allowed).
    static func titleFollows(_ text: NarrativeText, at index: Int, words: Words) -> Bool {
        var i = index
        while i < text.scalars.count, text.scalars[i] == "度" || NarrativeText.spaces.contains(text.scalars[i]) { i += 1 }
        return words.titles.contains { text.hasPrefix($0, at: i) }
    }

    /// Another report named: inside a document title (《…》) or after 发布, 上年度….
    private static func isOtherReport(_ text: NarrativeText, yearAt index: Int, words: Words) -> Bool {
        let start = text.start(of: index, ends: NarrativeText.sentenceEnds)
        var i = index
        while i > start {
            i -= 1
            if text.scalars[i] == "》" { break }
            if text.scalars[i] == "《" { return true }
        }
        return words.otherReport.contains { word in
            (0...4).contains { gap in text.hasSuffix(word, endingAt: index - gap, notBefore: start) }
        }
    }
}

/// Each form's period words as compiled, by form id, kept by a thread that
/// checks one agency folder after another (`NarrativeReadingChecks`): their
/// folding is a table over the BMP, and made again for every folder it was
/// ≈ 1.5 % of a clean build's CPU.
final class CompiledPeriodWords {
    private var byID: [String: ReportPeriodCheck.Words] = [:]

    func words(of form: FormDefinition) -> ReportPeriodCheck.Words {
        if let made = byID[form.id] { return made }
        let made = ReportPeriodCheck.Words(form.narrativeClaims)
        byID[form.id] = made
        return made
    }
}
