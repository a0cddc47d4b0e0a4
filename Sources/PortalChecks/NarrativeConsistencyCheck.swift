import Foundation
import PortalModel

/// What a narrative says that contradicts itself: a total and the parts it
/// lists (共收到申请50件，其中当面12件、网上30件、信函5件: 47 ≠ 50), a share
/// beside a part that its figures do not give (30件，占50% of 50), and 办结率
/// 100% while the table carries applications over to next year. A warning:
/// a list may leave a kind out, a share may be of another base, a 办结率 may
/// count only what was due.
enum NarrativeConsistencyCheck {
    static let narrativeConsistency = Rule("narrative-consistency", .warning, .check, "a narrative contradicts itself or the obvious reading of its table: stated parts (其中当面12件、网上30件…) that do not add up to the total stated before them, a share (占X%) its own figures do not give, 办结率100% while applications are carried over to next year")

    static let hint = "correct the narrative (or the table, whichever differs from the published report); if the report itself printed it, acknowledge it in report.yaml (acknowledged:)"

    /// What one narrative, read once (`NarrativeChecks`), says against itself.
    static func problems(in reading: NarrativeReading, at location: SourceLocation, report: Report, form: FormDefinition,
                         matcher: NarrativeMatcher, words: BreakdownWords, blanksAreZeros: Bool) -> [Diagnostic] {
        let text = reading.text
        let table = { (claim: NarrativeClaim) in ClaimValue(claim, report: report, form: form, blanksAreZeros: blanksAreZeros) }
        var problems = BreakdownReader(matcher: matcher, words: words).breakdowns(in: reading).flatMap {
            check($0, text: text, at: location, table: table)
        }
        if let carriedForward = matcher.claims.claim("carriedForward").flatMap(table), carriedForward.value > 0 {
            problems += closedRates(in: text, matcher: matcher, rates: words.closedRates, onTime: words.onTime, unless: words.rateUnless,
                                    numbers: reading.numbers).map { range, rate in
                .warning(narrativeConsistency, at: text.location(of: range.lowerBound, base: location),
                         "“\(text.quote(around: range))” states a \(rate) of 100%, but \(carriedForward.cells) (\(carriedForward.label)) is \(carriedForward.value.plainText): not every application was closed",
                         hint: "say what the rate counts (按时办结率: closed within the time limit), or correct the narrative or the table")
            }
            problems += allClosed(in: text, matcher: matcher, words: words).map { range in
                .warning(narrativeConsistency, at: text.location(of: range.lowerBound, base: location),
                         "“\(text.quote(around: range))” says every application was closed, but \(carriedForward.cells) (\(carriedForward.label)) is \(carriedForward.value.plainText)",
                         hint: "say which applications were closed (本年办结X件，结转下年度Y件), or correct the narrative or the table")
            }
        }
        return problems
    }

    /// `table` gives a claim's value in the report's tables, for the message.
    static func check(_ breakdown: StatedBreakdown, text: NarrativeText, at base: SourceLocation,
                      table: (NarrativeClaim) -> ClaimValue? = { _ in nil }) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let quote = text.quote(around: breakdown.range)
        let total = breakdown.total.value
        let sum = breakdown.parts.reduce(Decimal(0)) { $0 + $1.value }
        // Only a total the narrative names (收到申请, 办结) and kinds of one
        // division (channels, applicants) should add up.
        // A list that may leave kinds out (维持3件、纠正1件 of 5) is wrong only
        // when it adds up to more than the total.
        if breakdown.exhaustive, breakdown.addsUp, let claim = breakdown.claim, sum != total, !breakdown.mayLeaveOut || sum > total {
            let parts = breakdown.parts.map(\.value.plainText).joined(separator: " + ")
            let tables = table(claim.claim).map { " (\($0.cells) is \($0.value.plainText))" } ?? ""
            found.append(.warning(narrativeConsistency, at: text.location(of: breakdown.total.start, base: base),
                                  "“\(quote)” states \(total.plainText) for \(claim.claim.label)\(tables), but the parts it lists add up to \(parts) = \(sum.plainText)",
                                  hint: hint))
        }
        // Outcomes listed after 收到申请X件 may be shares of the applications
        // closed (a table quantity, for narrative-figure): only a division's
        // kinds, or parts of a figure no claim names (主动公开信息57条), here.
        guard total > 0, breakdown.exhaustive || breakdown.claim == nil else { return found }
        for part in breakdown.parts {
            guard let share = part.share else { continue }
            let actual = part.value / total * 100
            guard !NarrativeFigureCheck.agreesAsShare(share.value, actual, precision: share.precision) else { continue }
            found.append(.warning(narrativeConsistency, at: text.location(of: share.start, base: base),
                                  "“\(quote)” states a share of \(share.value.plainText)% for \(part.value.plainText) of \(total.plainText), but \(part.value.plainText)/\(total.plainText) = \(NarrativeFigureCheck.percent(actual))%",
                                  hint: hint))
        }
        return found
    }

    /// Where a narrative states 办结率100% (or another of `rates`: 答复率) of applications: in a sentence
    /// about applications for information (申请), not one about letters or
    /// hotlines, reviews or lawsuits (`unless` before it), and not an on-time
    /// rate (按时办结率).
    static func closedRates(in text: NarrativeText, matcher: NarrativeMatcher, rates: [[Unicode.Scalar]], onTime: [[Unicode.Scalar]],
                            unless: [[Unicode.Scalar]] = [], numbers: [StatedNumber]? = nil) -> [(range: Range<Int>, rate: String)] {
        var found: [(range: Range<Int>, rate: String)] = []
        for number in numbers ?? matcher.numbers(in: text) where number.unit == .percent && number.value == 100 {
            let sentence = text.start(of: number.start, ends: NarrativeText.sentenceEnds)..<text.end(of: number.unitEnd, ends: NarrativeText.sentenceEnds)
            let near = max(sentence.lowerBound, number.start - 6)..<number.start
            guard let rate = rates.lazy.compactMap({ text.lastMatch(of: [$0], in: near) }).first,
                  !onTime.contains(where: { text.contains($0, in: max(sentence.lowerBound, rate.lowerBound - 8)..<rate.lowerBound) }),
                  text.contains(application, in: sentence.lowerBound..<number.start),
                  !unless.contains(where: { text.contains($0, in: sentence.lowerBound..<rate.lowerBound) }),
                  !matcher.otherMatters.contains(where: { text.contains($0, in: sentence) }) else { continue }
            found.append((number.start..<number.unitEnd, String(String.UnicodeScalarView(text.scalars[rate]))))
        }
        return found
    }

    /// Where a narrative says every application was closed (已全部办结,
    /// 均已办结) in a sentence about applications for information: not the
    /// rest of them (其余), last year's (上年结转的2件), letters or hotlines,
    /// those closed in time (均在法定期限内办结), nor 尚未全部办结.
    static func allClosed(in text: NarrativeText, matcher: NarrativeMatcher, words: BreakdownWords) -> [Range<Int>] {
        var found: [Range<Int>] = []
        guard words.anyAllClosed.containsAny(in: text, 0..<text.scalars.count) else { return found }
        for word in words.allClosed {
            var i = 0
            while let span = text.firstMatch(of: [word], in: i..<text.scalars.count) {
                i = span.upperBound
                let sentence = text.start(of: span.lowerBound, ends: NarrativeText.sentenceEnds)..<text.end(of: span.upperBound, ends: NarrativeText.sentenceEnds)
                let before = sentence.lowerBound..<span.lowerBound
                // 尚未全部办结 says the opposite.
                let negated = (max(before.lowerBound, span.lowerBound - 2)..<span.lowerBound).contains { ["未", "没", "不"].contains(text.scalars[$0]) }
                guard !negated, !found.contains(where: { $0.overlaps(span) }), text.contains(application, in: before),
                      !words.allClosedUnless.contains(where: { text.contains($0, in: before) }),
                      !words.onTime.contains(where: { text.contains($0, in: max(sentence.lowerBound, span.lowerBound - 8)..<span.lowerBound) }),
                      !matcher.otherMatters.contains(where: { text.contains($0, in: sentence) }) else { continue }
                found.append(span)
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    private static let application = Array("申请".unicodeScalars)
}
