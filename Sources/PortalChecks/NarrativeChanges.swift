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
        /// This year's figure, stated as the level a change reached
        /// (申请量由上年的8件增加到12件): checked by rule narrative-figure.
        case level
    }

    var claim: NarrativeClaim
    /// Signed for a change: a fall is negative.
    var value: Decimal
    var precision: Decimal
    var measure: Measure
    /// Where the figure is, in scalars.
    var range: Range<Int>
    /// False where the sentence names the whole region (全区) in the report
    /// of an agency that is not its government: the region's change, as the
    /// figure rule reads its figures (`namesRegion`), one step less certain —
    /// for this rule, whose readings warn, not compared.
    var certain = true
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
    func changes(in text: NarrativeText, year: Int, columns: ColumnPartWords? = nil) -> [NarrativeChange] {
        changes(in: NarrativeReading(text, year: year, matcher: self), reader: columns.map { ColumnPartReader(words: $0, matcher: self) })
    }

    /// The changes of a narrative read once, with the parts' reader made once
    /// per form and reading (`NarrativeChecks`): made per narrative, it copied the matcher.
    func changes(in reading: NarrativeReading, reader: ColumnPartReader?) -> [NarrativeChange] {
        let year = reading.year
        let words = changeWords.of(year)
        guard !words.lastYear.isEmpty else { return [] }
        let text = reading.prepared
        let statements = reading.statements
        let numbers = reading.preparedNumbers
        let parts = reader?.statements(in: text, after: statements, numbers: numbers) ?? []
        var found: [NarrativeChange] = []
        var figures: [StatedNumber] = []
        for number in numbers {
            var isLastYears = false
            defer { if number.unit != .percent && !isLastYears { figures.append(number) } }
            let clauseStart = comparisonClauseStart(text, at: number.start, numbers: numbers)
            let clause = clauseStart..<text.end(of: number.unitEnd, ends: NarrativeText.clauseEnds)
            let sentenceStart = text.start(of: number.start, ends: NarrativeText.sentenceEnds)
            guard !number.approximate, !isApproximate(number, in: text, floor: clauseStart),
                  !words.notChange.contains(where: { text.contains($0, in: clause) }),
                  !words.otherMatters.contains(where: { text.contains($0, in: sentenceStart..<clause.upperBound) }) else { continue }
            guard let comparison = words.lastYear.compactMap({ text.lastMatch(of: [$0], in: clauseStart..<number.start) })
                .min(by: { $0.lowerBound < $1.lowerBound }) else {
                // 同比增加4件，增长50%: the same change in another measure.
                if let restated = restating(found.last, by: number, clauseStart: clauseStart, in: text, words: words) { found.append(restated) }
                continue
            }
            // 较上年的8件, 上年为8件, 较上年（8件）: nothing but fillers between
            // the comparison and the figure, and a word of comparing before it
            // or 为 after it (not 办结上年度的2件, which may be those carried over).
            let gap = comparison.upperBound..<number.start
            isLastYears = number.unit != .percent
                && gap.allSatisfy { Self.lastYearFillers.contains(text.scalars[$0]) || Self.opening.contains(text.scalars[$0]) }
                && (comparedWith(text, before: comparison.lowerBound, floor: clauseStart) || gap.contains { Self.stating.contains(text.scalars[$0]) })
            let measure: NarrativeChange.Measure
            var value = number.value
            if isLastYears {
                measure = .lastYear
            } else {
                // The verb just before the figure: 增长103%, 减少了1件; 增加到12件 is the new level,
                // and so is 增加到2021年的12件 (this year named between).
                let verbEnd = thisYearBefore(number.start, in: text, year: year, floor: comparison.upperBound) ?? number.start
                let verb = max(comparison.upperBound, verbEnd - 4)..<verbEnd
                let rises = words.rise.contains { text.contains($0, in: verb) }
                let falls = words.fall.contains { text.contains($0, in: verb) }
                guard rises != falls else { continue }
                if verbEnd > 0, Self.toLevel.contains(text.scalars[verbEnd - 1]) {
                    guard number.unit != .percent else { continue }
                    measure = .level
                } else {
                    measure = number.unit == .percent ? .percent : .count
                    if falls { value = -value }
                }
            }
            let claim: NarrativeClaim
            let lead = clauseStart..<comparison.lowerBound
            let before = figures.filter { $0.start >= sentenceStart }
            if let (named, _) = resolve(text, context: lead, after: 0..<0) {
                // The comparison's own words (上年 in 较上年) are no unless word of the claim's.
                guard !unless[named].contains(where: { text.contains($0, in: lead)
                    || text.contains($0, in: comparison.upperBound..<clause.upperBound) }) else { continue }
                claim = claims.claims[named]
            } else if lead.allSatisfy({ Self.comparisonLead.contains(text.scalars[$0]) }) {
                // The part by applicant just before (其中自然人申请10件，同比增加2件),
                // or the one figure before it in the sentence: after 收到12件，办结12件
                // a 同比增长 is either's.
                if let last = before.last, text.end(of: last.unitEnd, ends: NarrativeText.clauseEnds) == clauseStart - 1,
                   let part = parts.last(where: { $0.range.lowerBound == last.start }) {
                    claim = part.claim
                } else if before.count == 1, let figure = before.first,
                          let statement = statements.last(where: { $0.range.lowerBound == figure.start && !$0.writtenAsNone }) {
                    claim = statement.claim
                } else {
                    continue
                }
            } else if let reader, let kind = reader.kind(only: partLead(lead, in: text, openers: reader.words.openers), in: text),
                      before.count == 1, let figure = before.first,
                      let total = statements.last(where: { $0.range.lowerBound == figure.start && !$0.writtenAsNone }),
                      reader.words.totals.contains(total.claim.id) {
                // 收到申请12件，其中自然人申请较上年增加3件: the kind's column of the one total before.
                claim = ColumnPartReader.claim(of: kind, in: total.claim)
            } else {
                continue
            }
            guard measure == .percent || claim.unit == (number.unit == .tenThousandYuan ? .tenThousandYuan : .count) else { continue }
            found.append(NarrativeChange(claim: claim, value: value, precision: number.precision, measure: measure,
                                         range: number.start..<number.end, certain: !namesRegion(text, in: sentenceStart..<clause.upperBound)))
        }
        return found
    }

    /// True when the text has a rise or fall word followed by 到 or 至
    /// (增加到, 下降至): only then may it state a level, so the figure check
    /// reads the changes of few narratives.
    func mayStateLevel(_ text: NarrativeText) -> Bool {
        changeWords.toLevel.containsAny(in: text, 0..<text.scalars.count)
    }

    /// Where the clause of a figure's comparison starts: past a bracket that
    /// holds last year's figure alone, 较上年（8件）增加4件 is one clause,
    /// for the 8 inside and for the 4 after it.
    private func comparisonClauseStart(_ text: NarrativeText, at index: Int, numbers: [StatedNumber]) -> Int {
        var start = text.start(of: index, ends: NarrativeText.clauseEnds)
        while start > 0 {
            let mark = text.scalars[start - 1]
            let bracket: Range<Int>
            if Self.opening.contains(mark) {
                guard let close = (start..<text.scalars.count).first(where: { Self.closing.contains(text.scalars[$0]) }) else { break }
                bracket = start..<close
            } else if Self.closing.contains(mark) {
                guard let open = (0..<(start - 1)).last(where: { Self.opening.contains(text.scalars[$0]) }) else { break }
                bracket = (open + 1)..<(start - 1)
            } else {
                break
            }
            guard holdsOneFigure(bracket, in: text, numbers: numbers) else { break }
            start = text.start(of: bracket.lowerBound - 1, ends: NarrativeText.clauseEnds)
        }
        return start
    }

    /// True when the range is one figure with a unit and fillers: （8件）, （上年为8件）.
    private func holdsOneFigure(_ range: Range<Int>, in text: NarrativeText, numbers: [StatedNumber]) -> Bool {
        let inside = numbers.filter { $0.start >= range.lowerBound && $0.start < range.upperBound }
        guard inside.count == 1, let figure = inside.first, figure.unit != .percent, figure.unitEnd <= range.upperBound else { return false }
        let words = changeWords.lastYear
        var i = range.lowerBound
        while i < figure.start {
            if let word = words.first(where: { text.hasPrefix($0, at: i) }), i + word.count <= figure.start { i += word.count; continue }
            guard Self.lastYearFillers.contains(text.scalars[i]) else { return false }
            i += 1
        }
        return (figure.unitEnd..<range.upperBound).allSatisfy { NarrativeText.spaces.contains(text.scalars[$0]) }
    }

    /// 同比增加4件，增长50%: a clause that is only a rise or fall word and
    /// its figure, right after a change of the same sense in the same
    /// sentence, states that change again (in percent or in the unit).
    private func restating(_ previous: NarrativeChange?, by number: StatedNumber, clauseStart: Int,
                           in text: NarrativeText, words: ChangeWords) -> NarrativeChange? {
        guard let previous, previous.measure == .count || previous.measure == .percent, clauseStart > 0,
              !NarrativeText.sentenceEnds.contains(text.scalars[clauseStart - 1]),
              text.end(of: previous.range.upperBound, ends: NarrativeText.clauseEnds) == clauseStart - 1 else { return nil }
        var i = clauseStart
        while i < number.start, NarrativeText.spaces.contains(text.scalars[i]) { i += 1 }
        let rise = words.rise.first { text.hasPrefix($0, at: i) }
        let fall = words.fall.first { text.hasPrefix($0, at: i) }
        guard let verb = rise ?? fall, (rise == nil) != (fall == nil), (fall != nil) == (previous.value < 0),
              (i + verb.count..<number.start).allSatisfy({ Self.restatingFillers.contains(text.scalars[$0]) }) else { return nil }
        let measure: NarrativeChange.Measure = number.unit == .percent ? .percent : .count
        guard measure != previous.measure,
              measure == .percent || previous.claim.unit == (number.unit == .tenThousandYuan ? .tenThousandYuan : .count) else { return nil }
        return NarrativeChange(claim: previous.claim, value: fall == nil ? number.value : -number.value, precision: number.precision,
                               measure: measure, range: number.start..<number.end, certain: previous.certain)
    }

    private static let opening: Set<Unicode.Scalar> = ["（", "("]
    private static let closing: Set<Unicode.Scalar> = ["）", ")"]
    /// Between 增长 and its figure: 增长了50%, 增幅为50%, 增长幅度达50%.
    private static let restatingFillers: Set<Unicode.Scalar> = ["了", "幅", "度", "为", "达", " ", "\u{3000}"]

    /// The words naming a part before its comparison, past an opener and
    /// without the comparing word: 其中自然人申请较 → 自然人申请.
    private func partLead(_ lead: Range<Int>, in text: NarrativeText, openers: [[Unicode.Scalar]]) -> Range<Int> {
        var start = lead.lowerBound, end = lead.upperBound
        if let opener = openers.first(where: { text.hasPrefix($0, at: start) && start + $0.count <= end }) { start += opener.count }
        while end > start, Self.comparing.contains(text.scalars[end - 1]) { end -= 1 }
        return start..<end
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

    /// Where this year's name before the figure starts (增加到|2021年的12件,
    /// 本年度的12件), when nothing else stands between it and the figure; nil
    /// otherwise. Only right after 到 / 至 does it leave the level's verb.
    private func thisYearBefore(_ index: Int, in text: NarrativeText, year: Int, floor: Int) -> Int? {
        let names = ["\(year)年度的", "\(year)年的", "\(year)年", "本年度的", "本年的", "今年的"].map { Array($0.unicodeScalars) }
        guard let name = names.first(where: { text.hasSuffix($0, endingAt: index, notBefore: floor) }) else { return nil }
        let start = index - name.count
        return start > floor && ["到", "至"].contains(text.scalars[start - 1]) ? start : nil
    }

    /// A figure after 增加到 / 下降至 is the new level, not the change.
    private static let toLevel: Set<Unicode.Scalar> = ["到", "至", "为"]
}

/// The words of rule narrative-change, as scalars, compiled once per form
/// (`NarrativeMatcher.changeWords`).
struct ChangeWords {
    var lastYear: [[Unicode.Scalar]]
    let rise: [[Unicode.Scalar]]
    let fall: [[Unicode.Scalar]]
    let notChange: [[Unicode.Scalar]]
    let otherMatters: [[Unicode.Scalar]]
    /// A rise or fall word followed by 到 or 至 (增加到, 下降至), looked for
    /// in every narrative: indexed.
    let toLevel: PhraseIndex

    /// The form's words.
    init(_ claims: NarrativeClaims) {
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
        lastYear = scalars(claims.lastYearWords)
        rise = scalars(claims.riseWords)
        fall = scalars(claims.fallWords)
        notChange = scalars(claims.notChangeWords)
        otherMatters = scalars(claims.otherMatters)
        let reached: [Unicode.Scalar] = ["到", "至"]
        toLevel = PhraseIndex((rise + fall).flatMap { word in reached.map { PhrasePattern(word: word + [$0]) } })
    }

    /// The words in a report of `year`: last year's number too (2020年 in a
    /// 2021 report: 2020年为8件).
    func of(_ year: Int) -> ChangeWords {
        var words = self
        if !words.lastYear.isEmpty { words.lastYear.append(Array("\(year - 1)年".unicodeScalars)) }
        return words
    }
}
