import Foundation
import PortalModel

/// What a narrative states of a table quantity against last year: a change
/// (申请量同比增长103%, 较上年减少1件) or last year's figure itself
/// (较上年的8件, 上年为8件).
struct NarrativeChange {
    enum Measure {
        /// A change in the quantity's unit.
        case count
        /// A change in percent of last year's figure.
        case percent
        /// Last year's figure, stated beside this year's.
        case lastYear
    }

    var claim: NarrativeClaim
    /// Signed for a change: a fall is negative.
    var value: Decimal
    var precision: Decimal
    var measure: Measure
    /// Where the figure is, in scalars.
    var range: Range<Int>
}

extension NarrativeMatcher {
    /// Everything the text states against last year about a claimed
    /// quantity: the one the clause names before the comparison (申请量同比
    /// 增长103%), or, when the comparison opens its clause, the one figure
    /// before it in the sentence (收到申请14283件，较上年下降16.6%); last
    /// year's figure right after the comparison (较2020年的8件增加4件, 上年为
    /// 8件) is read as such and is not that one figure. Anything else
    /// (办结率, 百分点, 增加到12件, a verb that is not just before the figure)
    /// is left alone.
    func changes(in text: NarrativeText, year: Int) -> [NarrativeChange] {
        let words = ChangeWords(claims, year: year)
        guard !words.lastYear.isEmpty else { return [] }
        let text = text.namingCarryYears(year).maskingNames(agencyNames)
        let statements = self.statements(in: text, year: year)
        var found: [NarrativeChange] = []
        var figures: [StatedNumber] = []
        for number in numbers(in: text) {
            var isLastYears = false
            defer { if number.unit != .percent && !isLastYears { figures.append(number) } }
            let clauseStart = text.start(of: number.start, ends: NarrativeText.clauseEnds)
            let clause = clauseStart..<text.end(of: number.unitEnd, ends: NarrativeText.clauseEnds)
            let sentenceStart = text.start(of: number.start, ends: NarrativeText.sentenceEnds)
            guard !number.approximate, !isApproximate(number, in: text, floor: clauseStart),
                  let comparison = words.lastYear.compactMap({ text.lastMatch(of: [$0], in: clauseStart..<number.start) })
                      .min(by: { $0.lowerBound < $1.lowerBound }),
                  !words.notChange.contains(where: { text.contains($0, in: clause) }),
                  !words.otherMatters.contains(where: { text.contains($0, in: sentenceStart..<clause.upperBound) }) else { continue }
            // 较上年的8件, 上年为8件: nothing but fillers between the comparison
            // and the figure, and a word of comparing before it or 为 after it
            // (not 办结上年度的2件, which may be those carried over).
            let gap = comparison.upperBound..<number.start
            isLastYears = number.unit != .percent && gap.allSatisfy { Self.lastYearFillers.contains(text.scalars[$0]) }
                && (comparedWith(text, before: comparison.lowerBound, floor: clauseStart) || gap.contains { Self.stating.contains(text.scalars[$0]) })
            let measure: NarrativeChange.Measure
            var value = number.value
            if isLastYears {
                measure = .lastYear
            } else {
                // The verb just before the figure: 增长103%, 减少了1件; not 增加到12件 (the new level).
                let verb = max(comparison.upperBound, number.start - 4)..<number.start
                let rises = words.rise.contains { text.contains($0, in: verb) }
                let falls = words.fall.contains { text.contains($0, in: verb) }
                guard rises != falls, !Self.toLevel.contains(text.scalars[number.start - 1]) else { continue }
                measure = number.unit == .percent ? .percent : .count
                if falls { value = -value }
            }
            let index: Int
            if let (named, _) = resolve(text, context: clauseStart..<comparison.lowerBound, after: 0..<0) {
                // The comparison's own words (上年 in 较上年) are no unless word of the claim's.
                guard !unless[named].contains(where: { text.contains($0, in: clauseStart..<comparison.lowerBound)
                    || text.contains($0, in: comparison.upperBound..<clause.upperBound) }) else { continue }
                index = named
            } else if (clauseStart..<comparison.lowerBound).allSatisfy({ Self.comparisonLead.contains(text.scalars[$0]) }),
                      // the one figure before it in the sentence: after 收到12件，办结12件 a 同比增长 is either's
                      case let before = figures.filter({ $0.start >= sentenceStart }), before.count == 1, let figure = before.first,
                      let statement = statements.last(where: { $0.range.lowerBound == figure.start && !$0.writtenAsNone }),
                      let stated = claims.claims.firstIndex(where: { $0.id == statement.claim.id }) {
                index = stated
            } else {
                continue
            }
            let claim = claims.claims[index]
            guard measure == .percent || claim.unit == (number.unit == .tenThousandYuan ? .tenThousandYuan : .count) else { continue }
            found.append(NarrativeChange(claim: claim, value: value, precision: number.precision, measure: measure,
                                         range: number.start..<number.end))
        }
        return found
    }

    /// What may open a clause before its comparison word: 较上年, 与上年相比,
    /// 较上上上上年 (较2020年 in a 2021 report, as read).
    private static let comparisonLead: Set<Unicode.Scalar> = ["较", "比", "与", "同", "上", "均"]

    /// True when 较, 比, 与, 同 or 由 stands right before the comparison word,
    /// past the 上 of a folded year (较上上上上年).
    private func comparedWith(_ text: NarrativeText, before index: Int, floor: Int) -> Bool {
        var i = index - 1
        while i >= floor, text.scalars[i] == "上" { i -= 1 }
        return i >= floor && Self.comparing.contains(text.scalars[i])
    }

    private static let comparing: Set<Unicode.Scalar> = ["较", "比", "与", "同", "由"]

    private static let stating: Set<Unicode.Scalar> = ["为", "是"]

    /// What may stand between a comparison and last year's figure: 较上年的8件,
    /// 较去年同期的8件, 上年为8件, 2020年度共8件.
    private static let lastYearFillers: Set<Unicode.Scalar> = ["的", "为", "是", "同", "期", "度", "共", "计", " ", "\u{3000}"]

    /// A figure after 增加到 / 下降至 is the new level, not the change.
    private static let toLevel: Set<Unicode.Scalar> = ["到", "至", "为"]
}

/// The words of rule narrative-change, as scalars.
private struct ChangeWords {
    var lastYear: [[Unicode.Scalar]]
    var rise: [[Unicode.Scalar]]
    var fall: [[Unicode.Scalar]]
    var notChange: [[Unicode.Scalar]]
    var otherMatters: [[Unicode.Scalar]]

    /// The form's words, and last year's number (2020年 in a 2021 report: 2020年为8件).
    init(_ claims: NarrativeClaims, year: Int) {
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
        lastYear = scalars(claims.lastYearWords)
        if !lastYear.isEmpty { lastYear.append(Array("\(year - 1)年".unicodeScalars)) }
        rise = scalars(claims.riseWords)
        fall = scalars(claims.fallWords)
        notChange = scalars(claims.notChangeWords)
        otherMatters = scalars(claims.otherMatters)
    }
}
