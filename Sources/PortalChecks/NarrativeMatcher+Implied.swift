import Foundation
import PortalModel

/// Statements made without a figure of their own: outcomes stated as the whole of one (均维持) and quantities stated
/// as none (未收到申请).
extension NarrativeMatcher {
    private static let ofWhich = Array("其中".unicodeScalars)

    /// Outcomes stated as the whole of a figure just read: 被申请行政复议2件，
    /// 均维持原行政行为 is 结果维持 = 2, when nothing else is counted between
    /// and the figure names one kind of appeal only; after figures of two
    /// kinds listed together (行政复议2件、行政诉讼1件，均维持), each kind's
    /// outcome is its own figure.
    func wholes(in text: NarrativeText, after statements: [NarrativeStatement], numbers: [StatedNumber]) -> [NarrativeStatement] {
        var found: [NarrativeStatement] = []
        let figures = numbers.filter { $0.unit != .percent }
        func wholeParts(of statement: NarrativeStatement) -> [Int] {
            statement.writtenAsNone ? [] : claims.claims.indices.filter { claims.claims[$0].allOf == statement.claim.id }
        }
        for statement in statements {
            let parts = wholeParts(of: statement)
            guard !parts.isEmpty else { continue }
            // The kind is the figure's own clause's (行政诉讼3件，均为结果维持),
            // or the words since the figure before it (、行政诉讼1件).
            let clause = text.start(of: statement.range.lowerBound, ends: NarrativeText.clauseEnds)
            let previous = figures.last { $0.unitEnd <= statement.range.lowerBound }?.unitEnd ?? 0
            let ownWords = max(clause, previous)..<statement.range.lowerBound
            let sentenceEnd = text.end(of: statement.unitEnd, ends: NarrativeText.sentenceEnds)
            // The rest up to the next figure; across figures of other kinds
            // listed with it (、行政诉讼1件), to a 均维持 of them all.
            var from = statement.unitEnd
            var chained = false
            var rest: Range<Int> = from..<from
            while true {
                let next = figures.first { $0.start >= from }
                rest = from..<min(next?.start ?? text.scalars.count, sentenceEnd)
                guard whole[parts[0]].allSatisfy({ text.firstMatch(of: [$0], in: rest) == nil }),
                      let next, next.start < sentenceEnd, rest.count <= 16,
                      !outOfScope.contains(where: { text.contains($0, in: rest) }),
                      let listed = statements.first(where: { $0.range.lowerBound == next.start && !$0.writtenAsNone }),
                      listed.claim.id != statement.claim.id, !wholeParts(of: listed).isEmpty else { break }
                from = listed.unitEnd
                chained = true
            }
            for part in parts {
                // Not a figure's own words (为其他结果的1件): one in the clause after them.
                guard let span = whole[part].lazy.compactMap({ text.firstMatch(of: [$0], in: rest) }).first,
                      figures.first(where: { $0.start >= span.upperBound }).map({ text.end(of: span.upperBound, ends: NarrativeText.clauseEnds) < $0.start }) ?? true,
                      // 行政诉讼46件，其中结果维持25 (its 件 torn off to the next line): 其中 opens a part, and a number right
                      // after the words is their own figure, never the whole's.
                      !text.contains(Self.ofWhich, in: statement.unitEnd..<span.lowerBound),
                      span.upperBound >= text.scalars.count || !("0"..."9").contains(text.scalars[span.upperBound]),
                      kindOf[part] == nil || statement.distributed || kindNamed(in: text, ownWords) == kindOf[part]
                        || (!chained && kindNamed(in: text, clause..<span.upperBound) == kindOf[part]),
                      // 行政复议2件，结果维持，另有1件尚未审结: another outcome of the kind
                      // counted later in the sentence says the first was not all of them.
                      !statements.contains(where: { other in
                          other.range.lowerBound >= span.upperBound && other.range.lowerBound < sentenceEnd && other.value != 0
                              && other.claim.id != claims.claims[part].id && kindOf[part] != nil && other.claim.kindOf == claims.claims[part].kindOf
                      }) else { continue }
                found.append(NarrativeStatement(claim: claims.claims[part], value: statement.value, precision: statement.precision,
                                                range: span, unitEnd: span.upperBound, certain: statement.certain))
            }
        }
        return found
    }

    /// True when the clause is 无 alone right after a colon (…的情况:无): an item's answer, none.
    private func answersItemWithNone(_ text: NarrativeText, _ clause: Range<Int>) -> Bool {
        guard clause.lowerBound > 0, Self.itemColons.contains(text.scalars[clause.lowerBound - 1]) else { return false }
        let first = text.skipping(NarrativeText.spaces, from: clause.lowerBound)
        return first < clause.upperBound && text.scalars[first] == "无" && text.skipping(NarrativeText.spaces, from: first + 1) >= clause.upperBound
    }

    private static let itemColons: ScalarSet = ["：", ":"]

    /// Quantities stated as none: 未收到政府信息公开申请, 无行政复议; outcomes
    /// of table 四 (无被纠错, 行政诉讼无败诉) of the kind the phrase or the
    /// sentence names.
    func zeros(in text: NarrativeText, numbers: [StatedNumber], year: Int) -> [NarrativeStatement] {
        guard !none.isEmpty else { return [] }
        var found: [NarrativeStatement] = []
        var clauseStart = 0
        var figures = numbers.filter { $0.unit != .percent }.makeIterator()
        var nextFigure = figures.next()
        // Made once, at the first clause of none holding 申请人.
        var applicantsMasked: NarrativeText?
        var itemStart = 0
        for i in 0...text.scalars.count where i == text.scalars.count || NarrativeText.isClauseEnd(text.scalars[i]) {
            var clause = clauseStart..<i
            defer { itemStart = clause.lowerBound }
            clauseStart = i + 1
            // 5、因政府信息公开申请行政复议、提起行政诉讼的情况:无 (八楞乡 2021): the old template's item answered
            // after its colon, 无 alone — read with the item, where the item states no figure.
            if answersItemWithNone(text, clause), !numbers.contains(where: { (itemStart..<clause.lowerBound).contains($0.start) }) {
                clause = itemStart..<i
            }
            var hasFigure = false
            while let figure = nextFigure, figure.start < clause.upperBound {
                if figure.start >= clause.lowerBound { hasFigure = true }
                nextFigure = figures.next()
            }
            guard !hasFigure, clause.count >= 2 else { continue }
            // 未 无 没 negate any none phrase of the clause; 不涉及 and 不存在
            // only a phrase opening with them (`opensNoneWithBu`, below).
            // One look-up a scalar, as for 未 无 没 alone before: most clauses hold none of them.
            var negated = false, negatedWithBu = false
            for i in clause where Self.negationHeads.contains(text.scalars[i]) {
                if isNegation(at: i, in: text) { negated = true; break }
                if !negatedWithBu { negatedWithBu = opensNoneWithBu(at: i, in: text) }
            }
            guard negated || negatedWithBu else { continue }
            // The phrases of none found in the clause, in the form's order;
            // 申请人 masked where the clause holds it: the applicant is not the
            // application (未收到申请人不满意评价).
            let holdsApplicant = applicantWords.contains { text.contains($0, in: clause) }
            if holdsApplicant && applicantsMasked == nil { applicantsMasked = text.maskingNames(applicantWords) }
            let spans = noneIndex.lastMatches(in: holdsApplicant ? applicantsMasked ?? text : text, clause)
            guard !spans.isEmpty, !mentionsOtherYear(text, before: clause.upperBound, year: year),
                  !partOfYear.isNamed(in: text, text.start(of: clause.lowerBound, ends: NarrativeText.sentenceEnds)..<clause.upperBound),
                  !continuesOtherMatter(text, clause) else { continue }
            // An out-of-scope word puts the clause out, unless it is inside
            // the claim's own none words (纠错 in 行政复议…被纠错).
            let scopedOut = outOfScope.filter { scopesOut($0, text, in: clause) }
            let sentenceStart = text.start(of: clause.lowerBound, ends: NarrativeText.sentenceEnds)
            // The claims stated already: a handful, so an array.
            var seen: [Int] = []
            var listed: [(claim: Int, statement: NarrativeStatement)] = []
            for (index, span) in spans where !seen.contains(none[index].claim) {
                let phrase = none[index]
                // 不存在上年度结转 negates its own words, not another phrase's in the clause.
                guard negated || opensNoneWithBu(at: span.lowerBound, in: text) else { continue }
                guard !unless[phrase.claim].contains(where: { putsNoneOut($0, text, clause: clause, span: span, claim: phrase.claim, listed: spans) }),
                      !unlessBeforeFigure[phrase.claim].contains(where: { text.contains($0, in: clause) }),
                      scopedOut.allSatisfy({ word in noneWords[phrase.claim].contains { $0.contains(word) } }) else { continue }
                var certain = true
                if let kind = kindOf[phrase.claim] {
                    // 行政复议…被纠错 (行政败诉) names its kind; 无被纠错 takes the one
                    // the sentence names before it. A review body's words put it out.
                    let before = sentenceStart..<span.lowerBound
                    // A bare phrase's gap names no kind (无一例被纠错, not 无行政复议被纠错).
                    let bare = phrase.before.parts.first?.first.map { Self.negations.contains($0) } ?? false
                    guard bare ? kindNamed(in: text, before) == kind && !names(anyKindIn: span, text)
                               : (kindStarting(at: span.lowerBound, in: text) ?? kind) == kind,
                          (clause.lowerBound..<span.upperBound).contains(where: { isNegation(at: $0, in: text) }),
                          !unlessBefore[phrase.claim].contains(where: { text.lastMatch(of: $0.parts, in: before, gaps: $0.gaps) != nil }) else { continue }
                    certain = certainWith[phrase.claim].isEmpty
                        || certainWith[phrase.claim].contains { text.contains($0, in: sentenceStart..<clause.upperBound) }
                }
                seen.append(phrase.claim)
                if namesRegion(text, in: sentenceStart..<clause.upperBound) { certain = false }
                // 未收到依申请公开信件 (瑶海区医保局 2020): the letters may be one way
                // in, as for a figure (收到依申请公开信件1件 is probable): so is the none.
                // Not where the ways are listed (未收到…来信、来电、来访和投诉: every way).
                if probableWith[phrase.claim].contains(where: { standsAlone($0, text, in: clause) }) { certain = false }
                let head = NarrativeStatement(claim: claims.claims[phrase.claim], value: 0, precision: 1,
                                              range: span.lowerBound..<(span.lowerBound + 1), unitEnd: span.upperBound, certain: certain,
                                              writtenAsNone: true)
                found.append(head)
                // 未受理…申请，行政复议和行政诉讼: the totals listed after it, under its negation,
                // where no phrase of their own reads them (after every phrase of the clause).
                let sentence = sentenceStart..<text.end(of: span.upperBound, ends: NarrativeText.sentenceEnds)
                listed += nonesListed(after: head, span: span, of: phrase.claim, in: text, sentence: sentence)
            }
            for (item, statement) in listed where !seen.contains(item) {
                seen.append(item)
                found.append(statement)
            }
        }
        return found
    }

    /// True when `word` stands in a none's clause other than as a later item
    /// of its list holding another total's none: 未收到任何形式的依申请公开信息、
    /// 行政复议和行政诉讼 (海口市政府研究室 2023) states received none, its 复议
    /// being the reviews' own item, as in 未受理政府信息公开申请、行政复议和行政诉讼
    /// (柴桑区林业局 2025: a list of totals to the sentence's end, `totalsListed`);
    /// nor in another total's none opening after this one ends, with its own
    /// negation: …未收到相关政府信息公开申请没有因信息公开申请行政复议… (钦州市交通运输局
    /// 2020, two sentences run together). 未收到因…申请引起的行政复议 (no join after the
    /// applications) and 未发生行政复议、行政诉讼被纠错 (被纠 no total's none) still do.
    /// Nor as the first item of the list this none reads through, under the same
    /// negation, closing that item right before its join: 全年未制发规章及行政规范性文件
    /// (茗山乡 2025) — 规章 is the regulations' own none, the documents' the next item.
    /// 未收到行政复议申请 (no join after 复议) and 无…申请办理导致行政复议、提起行政诉讼
    /// (办理 inside the first item, not closing it) still put the none out.
    private func putsNoneOut(_ word: [Unicode.Scalar], _ text: NarrativeText, clause: Range<Int>, span: Range<Int>, claim: Int,
                             listed: [(phrase: Int, span: Range<Int>)]) -> Bool {
        let join = (span.upperBound..<clause.upperBound).first { Self.noneListJoins.contains(text.scalars[$0]) }
        let firstItem = { (other: Range<Int>, word: Range<Int>) in
            other.lowerBound == span.lowerBound && other.upperBound < span.upperBound && word.upperBound == other.upperBound
                && Self.noneListJoins.contains(text.scalars[other.upperBound])
        }
        var i = clause.lowerBound
        var totals: [(claim: Int, range: Range<Int>)]?
        while let found = text.firstMatch(of: [word], in: i..<clause.upperBound) {
            if describesPassiveSubject(found, text, clause: clause, none: span) { i = found.lowerBound + 1; continue }
            let holds = { (range: Range<Int>) in range.lowerBound <= found.lowerBound && range.upperBound >= found.upperBound }
            let othersItem = listed.contains { other in
                let otherClaim = none[other.phrase].claim
                return otherClaim != claim && kindOf[otherClaim] == nil && holds(other.span)
                    && (join.map { found.lowerBound > $0 } == true || other.span.lowerBound >= span.upperBound || firstItem(other.span, found))
            } || join.map { found.lowerBound > $0 } == true && {
                if totals == nil { totals = totalsListed(after: span, of: claim, in: text) }
                return totals?.contains { holds($0.range) } == true
            }()
            if !othersItem { return true }
            i = found.lowerBound + 1
        }
        return false
    }

    private static let noneListJoins: ScalarSet = ["、", "和", "及", "与", "或"]

    /// True when `word` (a claim's `unless` word) stands before a passive none (未被…, 没有被…) followed by
    /// 的 (or 后的), no kind named before that none: it describes what the none's subject is, not the matter denied —
    /// 受理的信息公开申请也未被申请人提起行政复议、行政诉讼 (昌吉州发改委 2024): the applications the agency accepted,
    /// not a review body's caseload (受理行政复议…, after the negation or with its kind, still puts the none out).
    private func describesPassiveSubject(_ word: Range<Int>, _ text: NarrativeText, clause: Range<Int>, none span: Range<Int>) -> Bool {
        let passive = Self.passiveNegations.contains { text.hasPrefix($0, at: span.lowerBound) }
        return passive && word.upperBound < span.lowerBound
            && (text.scalars[word.upperBound] == "的" || text.hasPrefix(Self.afterIt, at: word.upperBound))
            && !names(anyKindIn: clause.lowerBound..<span.lowerBound, text)
    }

    /// 受理后的申请 (the applications once accepted): 后 before 的 still describes the subject.
    private static let afterIt = Array("后的".unicodeScalars)

    private static let passiveNegations: [[Unicode.Scalar]] = ["未被", "没有被", "没被"].map { Array($0.unicodeScalars) }

    /// True when `word` stands in `range` other than as an item of a list
    /// (a join right before or after it: 来信、来电 names more than letters).
    private func standsAlone(_ word: [Unicode.Scalar], _ text: NarrativeText, in range: Range<Int>) -> Bool {
        var from = range.lowerBound
        while let found = text.firstMatch(of: [word], in: from..<range.upperBound) {
            from = found.lowerBound + 1
            let joinBefore = found.lowerBound > range.lowerBound && Self.noneListJoins.contains(text.scalars[found.lowerBound - 1])
            let joinAfter = found.upperBound < range.upperBound && Self.noneListJoins.contains(text.scalars[found.upperBound])
            if !joinBefore && !joinAfter { return true }
        }
        return false
    }

    /// True when the clause goes on right after a closing bracket from a subject
    /// that is another matter's: 各村（社区）均未收到…申请, whose bracket ends the clause
    /// before it (before: received=0!, the villages' none read as the 镇's).
    func continuesOtherMatter(_ text: NarrativeText, _ clause: Range<Int>) -> Bool {
        guard clause.lowerBound > 0, text.scalars[clause.lowerBound - 1] == "）" || text.scalars[clause.lowerBound - 1] == ")" else { return false }
        let subject = text.start(of: clause.lowerBound, ends: NarrativeText.sentenceEnds)..<clause.lowerBound
        return otherMatters.contains { notScoping.contains($0, in: text, subject) }
    }
}
