import Foundation
import PortalModel

/// A change from last year that a narrative states about a table quantity:
/// 申请量同比增长103%, 较上年减少1件.
struct NarrativeChange {
    var claim: NarrativeClaim
    /// Signed: a fall is negative.
    var value: Decimal
    var precision: Decimal
    /// A change in percent of last year's figure, or in the quantity's unit.
    var isPercent: Bool
    /// Where the figure is, in scalars.
    var range: Range<Int>
}

extension NarrativeMatcher {
    /// Every change from last year the text states about a claimed quantity:
    /// the one the clause names before the comparison (申请量同比增长103%),
    /// or, when the comparison opens its clause, the one figure before it in
    /// the sentence (收到申请14283件，较上年下降16.6%). Anything else (办结率,
    /// 百分点, a verb that is not just before the figure) is left alone.
    func changes(in text: NarrativeText, year: Int) -> [NarrativeChange] {
        let words = ChangeWords(claims)
        guard !words.lastYear.isEmpty else { return [] }
        let text = text.namingCarryYears(year)
        let statements = self.statements(in: text, year: year)
        var found: [NarrativeChange] = []
        var figures: [StatedNumber] = []
        for number in numbers(in: text) {
            defer { if number.unit != .percent { figures.append(number) } }
            let clauseStart = text.start(of: number.start, ends: NarrativeText.clauseEnds)
            let clause = clauseStart..<text.end(of: number.unitEnd, ends: NarrativeText.clauseEnds)
            let sentenceStart = text.start(of: number.start, ends: NarrativeText.sentenceEnds)
            guard !number.approximate, !isApproximate(number, in: text, floor: clauseStart),
                  let comparison = words.lastYear.compactMap({ text.lastMatch(of: [$0], in: clauseStart..<number.start) })
                      .min(by: { $0.lowerBound < $1.lowerBound }),
                  !words.notChange.contains(where: { text.contains($0, in: clause) }),
                  !words.otherMatters.contains(where: { text.contains($0, in: sentenceStart..<clause.upperBound) }) else { continue }
            // The verb just before the figure: 增长103%, 减少了1件.
            let verb = max(comparison.upperBound, number.start - 4)..<number.start
            let rises = words.rise.contains { text.contains($0, in: verb) }
            let falls = words.fall.contains { text.contains($0, in: verb) }
            guard rises != falls else { continue }
            let index: Int
            if let (named, _) = resolve(text, context: clauseStart..<comparison.lowerBound, after: 0..<0) {
                guard !unless[named].contains(where: { text.contains($0, in: clause) }) else { continue }
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
            let isPercent = number.unit == .percent
            guard isPercent || claim.unit == (number.unit == .tenThousandYuan ? .tenThousandYuan : .count) else { continue }
            found.append(NarrativeChange(claim: claim, value: rises ? number.value : -number.value, precision: number.precision,
                                         isPercent: isPercent, range: number.start..<number.end))
        }
        return found
    }

    /// What may open a clause before its comparison word: 较上年, 与上年相比,
    /// 较上上上上年 (较2020年 in a 2021 report, as read).
    private static let comparisonLead: Set<Unicode.Scalar> = ["较", "比", "与", "同", "上", "均"]
}

/// The words of rule narrative-change, as scalars.
private struct ChangeWords {
    var lastYear: [[Unicode.Scalar]]
    var rise: [[Unicode.Scalar]]
    var fall: [[Unicode.Scalar]]
    var notChange: [[Unicode.Scalar]]
    var otherMatters: [[Unicode.Scalar]]

    init(_ claims: NarrativeClaims) {
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
        lastYear = scalars(claims.lastYearWords)
        rise = scalars(claims.riseWords)
        fall = scalars(claims.fallWords)
        notChange = scalars(claims.notChangeWords)
        otherMatters = scalars(claims.otherMatters)
    }
}
