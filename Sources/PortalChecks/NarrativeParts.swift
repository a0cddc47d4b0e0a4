import Foundation
import PortalModel

/// A total a narrative states and the parts it lists after it (共收到申请50件，
/// 其中当面申请12件、网上申请30件、信函申请5件), with any share stated beside
/// a part (占60%): what the narrative says of itself, before any table.
struct StatedBreakdown {
    struct Part {
        var value: Decimal
        var range: Range<Int>
        /// 占X% just after the part, as printed.
        var share: StatedNumber?
    }

    var total: StatedNumber
    /// The claim the total names, when the matcher reads one (本年新收申请).
    var claim: NarrativeStatement?
    /// True when the claim is one whose kinds add up to it (the form's
    /// `narrativeBreakdowns.totals`: 本年新收申请, 本年办结申请).
    var addsUp = false
    var parts: [Part]
    /// True when the parts are kinds of one division of the whole (channels,
    /// kinds of applicant), so that they should add up to it.
    var exhaustive: Bool
    /// True when the list's division may leave kinds out (outcomes of
    /// table 四): too many is a contradiction, too few is not.
    var mayLeaveOut = false
    /// From the total to the end of the list.
    var range: Range<Int>
}

/// A form's `narrativeBreakdowns` as the reader matches them: words as
/// scalar arrays, compiled once per form.
struct BreakdownWords {
    let openers: [[Unicode.Scalar]]
    let divisions: [[[Unicode.Scalar]]]
    let other: [[Unicode.Scalar]]
    let including: [[Unicode.Scalar]]
    let otherBases: [[Unicode.Scalar]]
    let totals: Set<String>
    let onTime: [[Unicode.Scalar]]
    let allClosed: [[Unicode.Scalar]]
    let allClosedUnless: [[Unicode.Scalar]]
    let rateUnless: [[Unicode.Scalar]]
    let closedRates: [[Unicode.Scalar]]
    /// `allClosed` indexed: looked for in every narrative.
    let anyAllClosed: PhraseIndex
    /// The divisions (by index) whose lists may leave kinds out.
    let partial: Set<Int>

    init(_ breakdowns: NarrativeBreakdowns) {
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
        openers = scalars(breakdowns.openers)
        divisions = breakdowns.divisions.map { scalars($0.kinds) }
        other = scalars(breakdowns.other)
        including = scalars(breakdowns.including)
        otherBases = scalars(breakdowns.otherBases)
        totals = Set(breakdowns.totals)
        onTime = scalars(breakdowns.onTime)
        allClosed = scalars(breakdowns.allClosed)
        allClosedUnless = scalars(breakdowns.allClosedUnless)
        rateUnless = scalars(breakdowns.rateUnless)
        closedRates = scalars(breakdowns.closedRates)
        anyAllClosed = PhraseIndex(allClosed.map { PhrasePattern(word: $0) })
        partial = Set(breakdowns.divisions.indices.filter { breakdowns.divisions[$0].partial })
    }
}

/// Reads the breakdowns of a narrative: a figure, then 其中 (分别为, 包括)
/// and a list of figures in the same sentence, in the words of the form's
/// `narrativeBreakdowns`.
struct BreakdownReader {
    static let listSeparators: Set<Unicode.Scalar> = ["、", "，", ",", "；", ";"]
    static let listEnds: Set<Unicode.Scalar> = ["。", "！", "!", "？", "?", "\n", "）", ")"]
    static let shareWord: Unicode.Scalar = "占"

    let matcher: NarrativeMatcher
    let words: BreakdownWords

    func breakdowns(in text: NarrativeText, year: Int) -> [StatedBreakdown] {
        breakdowns(in: NarrativeReading(text, year: year, matcher: matcher))
    }

    /// The breakdowns of a narrative read once.
    func breakdowns(in reading: NarrativeReading) -> [StatedBreakdown] {
        let text = reading.text
        let numbers = reading.numbers
        let statements = reading.statements
        var found: [StatedBreakdown] = []
        for (index, total) in numbers.enumerated() where total.unit != .percent && !total.approximate {
            // The opener right after the total's clause: 50件，其中 / 50件（其中.
            var i = total.unitEnd
            while i < text.scalars.count, NarrativeText.spaces.contains(text.scalars[i]) || ["，", ",", "（", "(", "：", ":"].contains(text.scalars[i]) { i += 1 }
            guard let opener = words.openers.first(where: { text.hasPrefix($0, at: i) }) else { continue }
            i += opener.count
            // 其中，… / 其中：…
            while i < text.scalars.count, ["，", ",", "：", ":", " ", "\u{3000}"].contains(text.scalars[i]) { i += 1 }
            let sentenceStart = text.start(of: total.start, ends: NarrativeText.sentenceEnds)
            guard !matcher.isApproximate(total, in: text, floor: sentenceStart),
                  !words.including.contains(where: { text.contains($0, in: total.unitEnd..<i) }) else { continue }
            let totalClause = text.start(of: total.start, ends: NarrativeText.clauseEnds)..<total.unitEnd
            let listedBefore = numbers[..<index].filter { $0.unit != .percent && $0.start >= totalClause.lowerBound }
            let parts = self.parts(after: i, numbers: numbers[(index + 1)...], in: text, unit: total.unit, totalClause: totalClause)
            guard parts.list.count >= 2 else { continue }
            var total = total
            if total.value == 0, !listedBefore.isEmpty {
                // 被申请行政复议1件、被提起行政诉讼0件，其中维持2件: a zero listed
                // after one other figure has no parts; they are that one's.
                guard listedBefore.count == 1, let other = listedBefore.first, other.value != 0 else { continue }
                total = other
            } else if listedBefore.contains(where: { $0.value != 0 }), parts.division.map({ words.partial.contains($0) }) == true {
                // 行政复议案件6件和行政诉讼案件3件，其中行政复议结果维持5件…: the
                // outcomes may be of both kinds (大足区政府办 2023).
                continue
            }
            let claim = statements.last { $0.unitEnd == total.unitEnd && !$0.writtenAsNone }
            found.append(StatedBreakdown(total: total, claim: claim, addsUp: claim.map { words.totals.contains($0.claim.id) } ?? false,
                                         parts: parts.list, exhaustive: parts.exhaustive,
                                         mayLeaveOut: parts.division.map { words.partial.contains($0) } ?? false,
                                         range: total.start..<(parts.list.last?.range.upperBound ?? total.unitEnd)))
        }
        return found
    }

    /// The list after an opener: one figure per item (each item up to a
    /// 、 or ，), up to the end of the sentence or of the brackets, or an item
    /// without a figure of the total's unit.
    private func parts(after start: Int, numbers: ArraySlice<StatedNumber>, in text: NarrativeText,
                       unit: StatedNumber.Unit, totalClause: Range<Int>) -> (list: [StatedBreakdown.Part], exhaustive: Bool, division: Int?) {
        // 占X% of the total: 占 just before it, no other base named.
        func isShare(_ share: StatedNumber, after from: Int) -> Bool {
            guard share.unit == .percent, share.start >= from, share.start - from <= 16,
                  let mark = (from..<share.start).last(where: { text.scalars[$0] == Self.shareWord }) else { return false }
            return !words.otherBases.contains { text.contains($0, in: mark..<share.start) && !text.contains($0, in: totalClause) }
        }
        var list: [StatedBreakdown.Part] = []
        var kinds: [Int?] = []
        var itemStart = start
        var pending = numbers.makeIterator()
        var next = pending.next()
        while itemStart < text.scalars.count {
            let itemEnd = self.itemEnd(from: itemStart, in: text)
            while let n = next, n.start < itemStart { next = pending.next() }
            // Exactly one counted figure in the item, and its share if any.
            guard let figure = next, figure.unit == unit, figure.unitEnd <= itemEnd, !figure.approximate,
                  !matcher.isApproximate(figure, in: text, floor: itemStart) else { break }
            next = pending.next()
            var share: StatedNumber?
            if let n = next, n.unit == .percent, n.unitEnd <= itemEnd {
                if isShare(n, after: figure.unitEnd) { share = n }
                next = pending.next()
            }
            if let n = next, n.unitEnd <= itemEnd, n.unit != .percent { break }
            let label = itemStart..<figure.start
            kinds.append(kind(of: label, in: text))
            list.append(.init(value: figure.value, range: figure.start..<figure.unitEnd, share: share))
            guard itemEnd < text.scalars.count, Self.listSeparators.contains(text.scalars[itemEnd]) else { break }
            // A share may sit in an item of its own: 网上申请30件，占60%.
            var afterItem = itemEnd + 1
            // … or one of its own without 占 (4条，信息公开总量的7.02%): skipped.
            if list[list.count - 1].share == nil, let n = next, n.unit == .percent, n.start >= afterItem {
                let end = self.itemEnd(from: afterItem, in: text)
                if end - afterItem <= 20, n.unitEnd <= end {
                    if isShare(n, after: afterItem) { list[list.count - 1].share = n }
                    next = pending.next()
                    guard end < text.scalars.count, Self.listSeparators.contains(text.scalars[end]) else { break }
                    afterItem = end + 1
                }
            }
            itemStart = afterItem
        }
        // Exhaustive: every item names a kind of the same division (or 其他),
        // and at least one a kind proper.
        let named = kinds.compactMap { $0 }.filter { $0 >= 0 }
        let exhaustive = !kinds.contains(where: { $0 == nil }) && !named.isEmpty && Set(named).count == 1
        return (list, exhaustive, exhaustive ? named.first : nil)
    }

    /// End of the item starting at `start`: the next separator or end of
    /// the list, brackets opened inside the item included (网上申请30件（占60%）).
    private func itemEnd(from start: Int, in text: NarrativeText) -> Int {
        var i = start, depth = 0
        while i < text.scalars.count {
            let c = text.scalars[i]
            if c == "（" || c == "(" { depth += 1 } else if depth > 0, c == "）" || c == ")" { depth -= 1 } else if depth == 0, Self.listSeparators.contains(c) || Self.listEnds.contains(c) { break } else if Self.listEnds.contains(c), c != "）", c != ")" { break }
            i += 1
        }
        return i
    }

    /// The division a part's words name (its index), -1 for 其他, nil for
    /// none or more than one.
    private func kind(of label: Range<Int>, in text: NarrativeText) -> Int? {
        let divisions = words.divisions.indices.filter { d in words.divisions[d].contains { text.contains($0, in: label) } }
        if divisions.count == 1 { return divisions[0] }
        if divisions.isEmpty, words.other.contains(where: { text.contains($0, in: label) }) { return -1 }
        return nil
    }
}
