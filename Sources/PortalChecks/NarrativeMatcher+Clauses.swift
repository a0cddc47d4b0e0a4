import Foundation
import PortalModel

/// What a figure's sentence says of it besides the phrases: the year it is about, the ways in, a part named before
/// it.
extension NarrativeMatcher {
    /// Where a figure's sentence is about the report's year (本年, 全年,
    /// 2021年), with no words of a span of years (自2019年以来, 历年, 截至
    /// 2021年底): in the sentence up to the figure, or, where that names no
    /// year at all, in the one sentence before it (2021年，…。累计收到申请2件),
    /// unless that one states the same quantity already (全年收到申请5件。累计
    /// 收到30件 may count since the start); nil when neither is.
    func reportYearScope(_ text: NarrativeText, before: Range<Int>, sentenceEnd: Int, year: Int,
                                 claim: Int, found: [NarrativeStatement]) -> YearScope? {
        let yearWords = thisYearWords + [Array("\(year)年".unicodeScalars)]
        let acrossYears = { (range: Range<Int>) in self.acrossYearWords.contains { self.notScoping.contains($0, in: text, range) } }
        if yearWords.contains(where: { text.contains($0, in: before) }) {
            return acrossYears(before.lowerBound..<sentenceEnd) ? nil : .sentence
        }
        guard before.lowerBound > 0, !namesAYear(text, in: before) else { return nil }
        let previous = text.start(of: before.lowerBound - 1, ends: NarrativeText.sentenceEnds)..<(before.lowerBound - 1)
        guard yearWords.contains(where: { text.contains($0, in: previous) }), !mentionsOtherYear(text, before: previous.upperBound, year: year),
              !acrossYears(previous.lowerBound..<sentenceEnd),
              !found.contains(where: { $0.claim.id == claims.claims[claim].id && previous.contains($0.range.lowerBound) }) else { return nil }
        return .sentenceBefore
    }

    enum YearScope { case sentence, sentenceBefore }

    /// True when the range names some year: four digits and 年.
    private func namesAYear(_ text: NarrativeText, in range: Range<Int>) -> Bool {
        namedYear(text, in: range) { _ in true } != nil
    }

    /// The first year named in the range for which `matching` holds: four
    /// digits not inside a longer number, perhaps spaces (2021 年), then 年.
    /// One scanner for both questions the matcher asks of a sentence (some
    /// year named, or a year other than the report's).
    private func namedYear(_ text: NarrativeText, in range: Range<Int>, where matching: (Int) -> Bool) -> Int? {
        var i = range.lowerBound
        while i + 4 < range.upperBound {
            defer { i += 1 }
            // Most scalars are no digit: one look each.
            guard var found = NumberReader.digit(text.scalars[i]), i == 0 || NumberReader.digit(text.scalars[i - 1]) == nil else { continue }
            var digits = 1
            while digits < 4, let digit = NumberReader.digit(text.scalars[i + digits]) {
                found = found * 10 + digit
                digits += 1
            }
            guard digits == 4 else { continue }
            let after = text.skipping(NarrativeText.spaces, from: i + 4)
            if after < range.upperBound, text.scalars[after] == "年", matching(found) { return found }
        }
        return nil
    }

    /// Whether one of `words` in `range` says the figure is not the claim's:
    /// nil when none is there, false when each is among ways listed before
    /// one of `everyWayWords` ahead of the figure (通过信函、电子邮件等方式
    /// 受理…申请2件: every way in, not one channel), true otherwise. A word
    /// inside a book title closed before the figure says nothing, as no
    /// phrase is read there: 印发《关于加强…制定和备案审查管理工作的通知》等规范性文件3件
    /// issued 3 (备案审查 is the title's matter, not the figure's).
    func saysOtherwise(_ words: [[Unicode.Scalar]], _ text: NarrativeText, in range: Range<Int>, before figure: Int) -> Bool? {
        guard words.contains(where: { text.containsOutsideTitles($0, in: range, before: figure) }) else { return nil }
        guard let listEnd = everyWayWords.compactMap({ text.lastMatch(of: [$0], in: range.lowerBound..<figure)?.lowerBound }).max() else { return true }
        return words.contains { text.containsOutsideTitles($0, in: min(listEnd, range.upperBound)..<range.upperBound, before: figure) }
    }

    /// True when one of `words` is in `range` other than right after one of
    /// `allOfTotalWords` (…信件2件，均为网络申请: every application came that
    /// way, so 网络申请 names no channel's part).
    func namesOneWay(_ words: [[Unicode.Scalar]], _ text: NarrativeText, in range: Range<Int>) -> Bool {
        words.contains { word in
            var from = range.lowerBound
            while let found = text.firstMatch(of: [word], in: from..<range.upperBound) {
                from = found.lowerBound + 1
                let afterAll = allOfTotalWords.contains { found.lowerBound >= $0.count && text.hasPrefix($0, at: found.lowerBound - $0.count) }
                if !afterAll { return true }
            }
            return false
        }
    }

    /// True when one of `otherReasons` follows `index`, past a closing quote
    /// (“属于国家秘密”等原因).
    func isAmongOtherReasons(_ text: NarrativeText, after index: Int) -> Bool {
        guard !otherReasons.isEmpty else { return false }
        let next = text.skipping(Self.closingQuotes, from: index)
        return otherReasons.contains { text.hasPrefix($0, at: next) }
    }

    private static let closingQuotes: ScalarSet = ["”", "\"", "’", "'", "」", "』"]

    /// True when nothing but spaces, or a part word alone (其中), stands
    /// between the clause's start and the figure.
    func opensItsClause(_ text: NarrativeText, from start: Int, to figure: Int) -> Bool {
        let first = text.skipping(NarrativeText.spaces, from: start)
        guard first < figure else { return true }
        return partWords.contains { word in
            text.hasPrefix(word, at: first) && text.skipping(NarrativeText.spaces, from: first + word.count) == figure
        }
    }

    /// True when the clause before the one starting at `clauseStart` is a
    /// part word alone (其中，答复…75件; 其中：办结…).
    func followsPartWordAlone(_ text: NarrativeText, clauseStart: Int) -> Bool {
        guard clauseStart > 0, Self.partWordEnds.contains(text.scalars[clauseStart - 1]) else { return false }
        let first = text.skipping(NarrativeText.spaces, from: text.start(of: clauseStart - 1, ends: NarrativeText.clauseEnds))
        return partWords.contains { word in
            text.hasPrefix(word, at: first) && text.skipping(NarrativeText.spaces, from: first + word.count) == clauseStart - 1
        }
    }

    private static let partWordEnds: ScalarSet = ["，", ",", "：", ":"]

    /// True when a figure the phrases did not read ends an item before
    /// `index` in its sentence (其中网上申请3件，予以公开3件; …；信函申请3件，
    /// 予以公开1件): a part of the whole, perhaps, whose outcome the next
    /// figure may be. Not a figure the clause goes on after (7件申请均已办结).
    func afterUnreadPart(_ text: NarrativeText, before index: Int, numbers: [StatedNumber], found: [NarrativeStatement]) -> Bool {
        let sentenceStart = text.start(of: index, ends: NarrativeText.sentenceEnds)
        return numbers.contains { figure in
            figure.unit != .percent && figure.start >= sentenceStart && figure.start < index
                && (text.end(of: figure.unitEnd, ends: NarrativeText.clauseEnds) == figure.unitEnd || text.scalars[figure.unitEnd] == "、")
                && !found.contains { $0.range.lowerBound == figure.start }
        }
    }

    /// True when `span` (以来 heading a sentence) is the report's year so far: inside a word of it (今年以来,
    /// `notScopingWords`) or, a word of `acrossYearWords`, right after the year (2021年以来, 2021年度以来); not a span
    /// of years (“十四五”以来), nor 上半年 after the year (2021年上半年: a part of it).
    func isTheYearSoFar(_ span: Range<Int>, in text: NarrativeText, year: Int) -> Bool {
        if notScoping.holds(span, in: text) { return true }
        guard acrossYearWords.contains(where: { $0.count == span.count && text.hasPrefix($0, at: span.lowerBound) }) else { return false }
        var end = span.lowerBound
        if end > 0, text.scalars[end - 1] == "度" { end -= 1 }
        guard end >= 5, text.scalars[end - 1] == "年" else { return false }
        let digits = text.scalars[(end - 5)..<(end - 1)].compactMap(NumberReader.digit)
        return digits.count == 4 && digits.reduce(0) { $0 * 10 + $1 } == year
    }

    /// True when the range names the report's year (…，2021年共收到…申请12件).
    func namesTheYear(_ text: NarrativeText, in range: Range<Int>, year: Int) -> Bool {
        namedYear(text, in: range) { $0 == year } != nil
    }

    /// True when the sentence names a year other than the report's before
    /// the figure (2020年受理申请12件 in a 2021 report).
    func mentionsOtherYear(_ text: NarrativeText, before index: Int, year: Int) -> Bool {
        namedYear(text, in: text.start(of: index, ends: NarrativeText.sentenceEnds)..<index) { $0 != year } != nil
    }

    /// True when the figure opens its clause and a leading phrase of the claim follows
    /// its unit: 其中5件申请进入行政复议程序 (咸宁市市场监管局 2025) names the parts of
    /// 其中's whole taken to review, a claim of its own (probable: its phrase is weak).
    func namedAfterItsFigure(_ claim: Int, _ text: NarrativeText, opensClause: Bool, after: Range<Int>) -> Bool {
        opensClause && leading.contains { phrase in
            phrase.claim == claim
                && text.matchEnd(of: phrase.after.parts, at: after.lowerBound, in: after, maxGap: PhrasePattern.shortGap, gaps: phrase.after.gaps) != nil
        }
    }

    /// True when 各 (or 各自) stands right before the claim's own words in the
    /// range: 两个社区各收到申请1件 is each part's figure, and the whole's (2 if
    /// the two are all of it, more if the agency had its own) is not known; so is
    /// 分别 before a total's words (两个社区分别收到申请1件和2件), not before an
    /// outcome's (共收到5件，分别予以公开3件、不予公开2件: the whole's parts).
    /// Not 各类申请 or 各级行政机关 (no words of the claim after 各).
    func eachPartBefore(_ claim: Int, _ text: NarrativeText, in range: Range<Int>) -> Bool {
        let isPart = listedParts.contains(claim) || listedSubRows.contains(claim)
        return range.contains { i in
            let verb: Int
            if text.scalars[i] == "各" {
                verb = i + 1 < range.upperBound && text.scalars[i + 1] == "自" ? i + 2 : i + 1
            } else if !isPart, text.hasPrefix(Self.respectively, at: i) {
                verb = i + Self.respectively.count
            } else {
                return false
            }
            return ownWords[claim].contains { text.hasPrefix($0, at: verb) }
        }
    }

    /// True when an appeal's figure ends an item (`item`: from the figure before it in its sentence) naming
    /// none of the claim's subject words, and the next clause opens with a part word naming them: the
    /// figure counts appeals of every matter, the part those of disclosure, which table 四 counts —
    /// 全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件; 行政诉讼案件5件，其中涉及政府信息公开1件
    /// (before: lawsuits=5!, by 信息公开 earlier in the sentence, in another item). Not where the item names
    /// the subject (因政府信息公开被申请行政复议5件，其中涉及依申请公开3件: the part is a part), nor a part in
    /// a bracket (…120件（其中涉及政府信息公开的行政复议4件），维持2件: what follows is the whole's again).
    func dividedBySubject(_ claim: Int, _ text: NarrativeText, item: Range<Int>) -> Bool {
        let end = item.upperBound
        guard end < text.scalars.count, !certainWith[claim].contains(where: { text.contains($0, in: item) }),
              let next = partClause(in: text, after: end) else { return false }
        let part = next..<text.end(of: next, ends: NarrativeText.clauseEnds)
        return certainWith[claim].contains { text.contains($0, in: part) }
    }

    /// The start of the part's clause after a whole's clause ending at `end` (on ， or ,): the next clause where a
    /// part word opens it (其中涉及…4件), the one after where the part word stands alone (其中，涉及…4件; 其中：…);
    /// nil where no part word follows.
    func partClause(in text: NarrativeText, after end: Int) -> Int? {
        guard end < text.scalars.count, Self.partClauseOpeners.contains(text.scalars[end]) else { return nil }
        let next = text.skipping(NarrativeText.spaces, from: end + 1)
        guard let word = partWords.first(where: { text.hasPrefix($0, at: next) }) else { return nil }
        let afterWord = text.skipping(NarrativeText.spaces, from: next + word.count)
        guard afterWord < text.scalars.count, Self.partWordEnds.contains(text.scalars[afterWord]) else { return next }
        return text.skipping(NarrativeText.spaces, from: afterWord + 1)
    }

    private static let partClauseOpeners: ScalarSet = ["，", ","]

    /// True when one of the claim's `unlessAfter` words follows its figure in the sentence: 受理12件，答复7件，不予受理4件,
    /// 办结40件，逾期未补正不再处理1件 (诸暨市市场监管局 2024) — one outcome among others. Not a word inside the part's clause
    /// opening right after the figure's, before any figure there (办结30件，其中逾期未补正不再处理2件: 其中 makes the lapsed
    /// a part of the 30, so the 30 is the 总计), nor one inside a bracket opening with the part word right after the figure
    /// (办结30件（其中予以公开20件，逾期未补正不再处理2件）: the bracket is the 30's own note, each figure in it a part);
    /// a word itself opening with the part word (其中结转下年) still counts.
    func isOneOutcomeAmongOthers(_ claim: Int, _ text: NarrativeText, after unitEnd: Int) -> Bool {
        let sentenceEnd = text.end(of: unitEnd, ends: NarrativeText.sentenceEnds)
        let part = partClause(in: text, after: text.end(of: unitEnd, ends: NarrativeText.clauseEnds)).map { start in
            let end = text.end(of: start, ends: NarrativeText.clauseEnds)
            return start..<((start..<end).first { NumberReader.digit(text.scalars[$0]) != nil } ?? end)
        }
        let note = partsBracket(in: text, after: unitEnd, before: sentenceEnd)
        return unlessAfter[claim].contains { word in
            let opensWithPartWord = partWords.contains { word.starts(with: $0) }
            var from = unitEnd
            while let found = text.firstMatch(of: [word], in: from..<sentenceEnd) {
                from = found.lowerBound + 1
                if opensWithPartWord || part?.contains(found.lowerBound) != true && note?.contains(found.lowerBound) != true { return true }
            }
            return false
        }
    }

    /// The inside of a bracket opening right after a figure's unit with a part word (…30件（其中…2件）), to its closing
    /// bracket; nil where none opens there or it does not close in the sentence.
    private func partsBracket(in text: NarrativeText, after unitEnd: Int, before sentenceEnd: Int) -> Range<Int>? {
        let open = text.skipping(NarrativeText.spaces, from: unitEnd)
        guard open < sentenceEnd, Self.openingBrackets.contains(text.scalars[open]) else { return nil }
        let inside = text.skipping(NarrativeText.spaces, from: open + 1)
        guard partWords.contains(where: { text.hasPrefix($0, at: inside) }),
              let close = (inside..<sentenceEnd).first(where: { Self.closingBrackets.contains(text.scalars[$0]) }) else { return nil }
        return inside..<close
    }

    private static let openingBrackets: ScalarSet = ["（", "("]
    private static let closingBrackets: ScalarSet = ["）", ")"]

    private static let respectively = Array("分别".unicodeScalars)
}

extension NarrativeMatcher {
    /// `.part` when the clause starting at `clauseStart` divides an appeal's total read in its sentence by the answer
    /// appealed, so that a figure there is a part of the appeals, not of table 三's applications or outcomes:
    /// the part's clause right after the total (`partClause`: 其中… or after 其中， alone) — 因政府信息公开被申请行政复议
    /// 5件，其中，涉及不予公开3件 (before round eighty-eight: withheld=3!, a false error) — or, after the total, a part's
    /// clause or one opening with a word of the answer appealed (`appealedAnswerWords`: 涉及, 针对), reached through
    /// clauses of the total's own outcomes or of such parts: …5件，其中，维持2件，涉及不予公开3件; …5件，维持2件，其中涉及
    /// 不予公开3件; …其中，涉及不予公开3件，涉及部分公开2件. Not a clause after the outcomes naming no answer appealed
    /// (…被申请行政复议1件，其中维持1件，结转下年度2件: a run-on sentence's next matter), nor past a ； or 。. But a clause
    /// of one of table 三's answers (`claim` a listed part or sub-row) right after such a chain is a part of the appeals
    /// too, the answer appealed named without 涉及: …5件，其中维持1件，不予公开3件 (before: withheld=3!, a false error).
    /// An answer's clause right after the total, nothing between (…5件，不予公开3件, and the answers listed after it), may
    /// be the answer appealed or table 三's next item: `.perhaps` (probable; before: withheld=3!) — unless the total is none
    /// or smaller than the figure, which then is no part of it (…1件，不予公开3件; …0件，不予公开3件: table 三's).
    func appealsDivision(_ text: NarrativeText, clauseStart: Int, found: [NarrativeStatement], claim: Int, value: Decimal) -> AppealsDivision {
        let start = text.skipping(NarrativeText.spaces, from: clauseStart)
        let sentence = text.start(of: start, ends: NarrativeText.sentenceEnds)
        // The sentence's statements so far, latest first: the total and the outcomes after it.
        let inSentence = found.reversed().prefix { $0.range.lowerBound >= sentence }
        guard let total = inSentence.first(where: { statement in
            claims.claims.firstIndex { $0.id == statement.claim.id }.map(appealsOfAPart.contains) ?? false
        }) else { return .none }
        let kind = totalKinds[total.claim.id]
        let isAnswer = { (claim: Int) in self.listedParts.contains(claim) || self.listedSubRows.contains(claim) }
        var end = text.end(of: total.unitEnd, ends: NarrativeText.clauseEnds)
        var chained = false
        // Every clause since the total an answer's, with no part word (…5件，不予公开3件，部分公开1件).
        var answersOnly = total.value > 0
        while end < start {
            let part = partClause(in: text, after: end)
            if part == start { return .part }
            guard Self.partClauseOpeners.contains(text.scalars[end]) else { return .none }
            let next = part ?? text.skipping(NarrativeText.spaces, from: end + 1)
            let namesAnswer = opensWithAppealedAnswer(text, at: next)
            if next == start {
                if namesAnswer || chained && isAnswer(claim) { return .part }
                return answersOnly && part == nil && isAnswer(claim) && value <= total.value ? .perhaps : .none
            }
            let clauseEnd = text.end(of: next, ends: NarrativeText.clauseEnds)
            answersOnly = answersOnly && !chained && part == nil && !namesAnswer && opensWithAnswer(text, at: next, isAnswer: isAnswer)
            // A clause of the total's outcomes (维持2件) goes on the chain; looked at only where no answer is named.
            // So does an answer's clause after the chain (…，维持1件，不予公开3件，部分公开1件): a figure there not read.
            guard namesAnswer || kind != nil && inSentence.contains(where: { statement in
                (next..<clauseEnd).contains(statement.range.lowerBound)
                    && claims.claims.firstIndex { $0.id == statement.claim.id }.flatMap { kindOf[$0] } == kind
            }) || chained && opensWithAnswer(text, at: next, isAnswer: isAnswer) else {
                guard answersOnly else { return .none }
                end = clauseEnd
                continue
            }
            chained = true
            end = clauseEnd
        }
        return .none
    }

    /// True when the clause at `index` opens with a phrase of one of table 三's answers (不予公开3件), after a part
    /// word perhaps: its figure's claim, were it read.
    private func opensWithAnswer(_ text: NarrativeText, at index: Int, isAnswer: (Int) -> Bool) -> Bool {
        let afterPart = partWords.first { text.hasPrefix($0, at: index) }.map { text.skipping(NarrativeText.spaces, from: index + $0.count) } ?? index
        return before.contains { phrase in
            isAnswer(phrase.claim) && phrase.before.parts.first.map { text.hasPrefix($0, at: afterPart) } == true
        }
    }

    /// True when one of `appealedAnswerWords` opens the clause at `index`, after a part word perhaps (其中涉及…).
    private func opensWithAppealedAnswer(_ text: NarrativeText, at index: Int) -> Bool {
        let afterPart = partWords.first { text.hasPrefix($0, at: index) }.map { text.skipping(NarrativeText.spaces, from: index + $0.count) } ?? index
        return appealedAnswerWords.contains { text.hasPrefix($0, at: afterPart) }
    }
}

/// What an appeal's total read before a figure of table 三 in its sentence makes of it (`appealsDivision`).
enum AppealsDivision {
    /// No part of the appeals: read as ever.
    case none
    /// A part of the appeals, the answer appealed: not read.
    case part
    /// Right after the total, perhaps the answer appealed: probable.
    case perhaps
}
