import Foundation
import PortalModel

/// Naming a figure: which claim the phrases around it name, and the readings a list or a bracket gives it.
extension NarrativeMatcher {
    /// Two-word phrases whose verb stands right before the titles closing at most two characters before
    /// the noun that ends `context` (no word of the titles read).
    private func wordsAroundTitles(_ text: NarrativeText, context: Range<Int>) -> [(claim: Int, certain: Bool, span: Range<Int>, literal: Bool)] {
        let end = context.upperBound
        guard let close = (max(context.lowerBound, end - 12)..<end).last(where: { text.scalars[$0] == "》" }) else { return [] }
        return before.compactMap { phrase in
            guard phrase.before.parts.count == 2, let noun = phrase.before.parts.last, end - noun.count > close,
                  text.hasPrefix(noun, at: end - noun.count),
                  let start = text.wordBeforeTitles(holding: close, word: phrase.before.parts[0], closingWithin: 2, of: end - noun.count),
                  start >= context.lowerBound else { return nil }
            return (phrase.claim, phrase.certain, start..<end, false)
        }
    }

    /// The claim the phrases around a figure name, when exactly one does;
    /// a probable (weak) phrase yields to an unambiguous one of another claim
    /// (依申请公开答复380件 is a reply count).
    /// A claim with a kind (行政复议 结果维持) is named only where the sentence
    /// before the figure (`kindScope`) names its kind and no other.
    /// Where several claims are named, those whose `unless` words are in the
    /// `clause` yield (收到因政府信息公开申请引起的行政复议1件: 复议 puts 收到…申请 out).
    /// A kind in `zeroKinds` (stated as 0 in the sentence) is not counted
    /// where another kind is named too.
    /// A bare phrase needs its `certainWith` words in `kindScope`, or for a
    /// claim of `bareAfterSentence` in `bareScope` (the sentence and the one
    /// before it: 收到依申请公开件1件。涉及复议0件).
    /// A figure that `opensClause` may be named by a leading phrase right
    /// after its unit (1件予以公开): probable after 其中 in its sentence.
    func resolve(_ text: NarrativeText, context: Range<Int>, after: Range<Int>, kindScope: Range<Int>? = nil, clause: Range<Int>? = nil,
                 zeroKinds: Set<Int> = [], bareScope: Range<Int>? = nil, opensClause: Bool = false) -> (Int, Bool)? {
        var matches: [(claim: Int, certain: Bool, span: Range<Int>, literal: Bool)] = []
        // A phrase running out of a title names nothing (《…关于印发…》等32件规范性文件); one
        // inside it may (出具《政府信息公开申请答复书》1份: the titled form counted).
        for (index, found) in beforeIndex.lastMatches(in: text, context) {
            let phrase = before[index]
            var span = found
            if text.isInTitle(found.lowerBound, closingBefore: found.upperBound) {
                // 印发《关于印发…的通知》等规范性文件3件: the phrase's own verb right before the
                // titles and its noun right after them, no word of the titles (two words only).
                guard phrase.before.parts.count == 2, let noun = phrase.before.parts.last,
                      let start = text.wordBeforeTitles(holding: found.lowerBound, word: phrase.before.parts[0],
                                                        closingWithin: 2, of: found.upperBound - noun.count),
                      start >= context.lowerBound else { continue }
                span = start..<found.upperBound
            }
            matches.append((phrase.claim, phrase.certain, span, phrase.before.parts.count == 1))
        }
        // 印发《关于进一步加强和规范全县行政规范性文件制定的通知》等规范性文件3件: a title too long for the phrase's gap
        // leaves no match ending at the figure; its verb right before the titles and its noun right after name it.
        for found in wordsAroundTitles(text, context: context) where !matches.contains(where: { $0.claim == found.claim && $0.span == found.span }) {
            matches.append(found)
        }
        // 复议0件: a bare phrase right before the figure, in a sentence about
        // disclosure, where no other phrase names a claim (未经复议直接诉讼0件).
        let namedByOthers = !matches.isEmpty
        for phrase in bare where !namedByOthers && (bareAfterSentence.contains(phrase.claim) ? bareScope ?? kindScope : kindScope)
            .map({ scope in certainWith[phrase.claim].contains { text.contains($0, in: scope) } }) == true {
            if let span = text.lastMatch(of: phrase.before.parts, in: context, gaps: phrase.before.gaps), span.upperBound == context.upperBound {
                matches.append((phrase.claim, phrase.certain, span, phrase.before.parts.count == 1))
            }
        }
        // A sub-row's reason among others (因“属于国家秘密”等原因不予公开21件)
        // names nothing: the row's words name the figure.
        matches.removeAll { listedSubRows.contains($0.claim) && isAmongOtherReasons(text, after: $0.span.upperBound) }
        // A phrase inside a longer one names nothing by itself (部分公开 in
        // 予以公开及部分公开); a gap (受理…申请) may hold another phrase (受理并办结申请).
        let all = matches
        matches.removeAll { m in
            all.contains { o in o.literal && o.span.lowerBound <= m.span.lowerBound && o.span.upperBound >= m.span.upperBound && o.span.count > m.span.count }
        }
        var named: [Int: Bool] = [:]
        for match in matches { named[match.claim] = (named[match.claim] ?? false) || match.certain }
        if !after.isEmpty {
            for (index, _) in afterIndex.lastMatches(in: text, after) {
                named[self.after[index].claim] = true
            }
            if opensClause, let (phrase, _) = leading.compactMap({ phrase in
                text.matchEnd(of: phrase.after.parts, at: after.lowerBound, in: after, maxGap: PhrasePattern.shortGap, gaps: phrase.after.gaps).map { (phrase, $0) }
            }).max(by: { $0.1 < $1.1 }) {
                let amongParts = partWords.contains { text.contains($0, in: kindScope ?? context) }
                named[phrase.claim] = (named[phrase.claim] ?? false) || (phrase.certain && !amongParts)
            }
            // 收到8件…申请: the noun starts just after the figure's unit.
            let near = after.lowerBound..<min(after.upperBound, after.lowerBound + 24)
            // Its words before the figure inside a title closed before the figure: a title's words,
            // unless its own verb stands right before the titles (印发《关于印发…》等3件规范性文件).
            for (index, span) in aroundIndex.lastMatches(in: text, context) {
                let phrase = around[index]
                guard !text.isInTitle(span.lowerBound, closingBefore: context.upperBound)
                        || (phrase.before.parts.count == 1 && text.wordBeforeTitles(holding: span.lowerBound, word: phrase.before.parts[0],
                                                                                    closingWithin: 2, of: context.upperBound)
                                .map { $0 >= context.lowerBound } == true) else { continue }
                guard text.firstMatch(of: phrase.after.parts, in: near, gaps: phrase.after.gaps).map({ $0.lowerBound - near.lowerBound <= 12 }) == true else { continue }
                named[phrase.claim] = (named[phrase.claim] ?? false) || phrase.certain
            }
        }
        if named.keys.contains(where: { kindOf[$0] != nil }) {
            let kind = kindScope.flatMap { kindNamed(in: text, $0, ignoring: zeroKinds) }
            named = named.filter { kindOf[$0.key] == nil || kindOf[$0.key] == kind }
            // 行政复议维持2件: 行政复议 names the kind of 维持, not a quantity of its own.
            if let kind, named.keys.contains(where: { kindOf[$0] == kind }) {
                for claim in named.keys where kindOf[claim] == nil {
                    let spans = matches.filter { $0.claim == claim }.map(\.span)
                    if !spans.isEmpty, spans.allSatisfy({ span in kinds[kind].contains { $0 == Array(text.scalars[span]) } }) {
                        named[claim] = nil
                    }
                }
            }
        }
        let certain = named.filter(\.value)
        var candidates = certain.isEmpty ? named : certain
        // … only for the claim named nearest the figure (not 上年结转 far before
        // 行政复议1件, nor 纠正 before 答复文书3件).
        if candidates.count > 1, let clause {
            let kept = candidates.filter { claim, _ in !unless[claim].contains { text.contains($0, in: clause) } }
            let end = { (claim: Int) in matches.filter { $0.claim == claim }.map(\.span.upperBound).max() ?? -1 }
            if kept.count == 1, let only = kept.first?.key, candidates.keys.allSatisfy({ $0 == only || end($0) < end(only) }) {
                candidates = kept
            }
        }
        guard candidates.count == 1, let (claim, isCertain) = candidates.first else { return nil }
        return (claim, isCertain)
    }

    /// True when the figure at `index` is inside a bracket opened in its
    /// sentence (from `start`) by a part word: （其中依申请公开25条，重复申请3条.
    func partsBracketOpens(_ text: NarrativeText, before index: Int, from start: Int) -> Bool {
        guard let open = (start..<index).last(where: { Self.openingBrackets.contains(text.scalars[$0]) }),
              !(open..<index).contains(where: { Self.closingBrackets.contains(text.scalars[$0]) }) else { return false }
        return partWords.contains { text.hasPrefix($0, at: open + 1) }
    }

    private static let openingBrackets: ScalarSet = ["（", "("]
    private static let closingBrackets: ScalarSet = ["）", ")"]

    /// True when the figure at `index` is in a list after 其中 that follows a
    /// certain figure of a `listedAfter` claim (办结12件，其中予以公开5件、部分
    /// 公开3件), every figure between being a listed part read too.
    func listedAfterTotal(_ text: NarrativeText, before index: Int, found: [NarrativeStatement]) -> Bool {
        let sentenceStart = text.start(of: index, ends: NarrativeText.sentenceEnds)
        guard let opener = partWords.lazy.compactMap({ text.lastMatch(of: [$0], in: sentenceStart..<index) }).first,
              let total = found.last(where: { $0.unitEnd <= opener.lowerBound && $0.range.lowerBound >= sentenceStart }),
              total.certain, !total.writtenAsNone,
              let claim = claims.claims.firstIndex(where: { $0.id == total.claim.id }), listedAfter.contains(claim),
              (total.unitEnd..<opener.lowerBound).allSatisfy({ Self.openerMarks.contains(text.scalars[$0]) }) else { return false }
        let between = numbers(in: text).filter { $0.unit != .percent && $0.start > opener.upperBound && $0.start < index }
        return between.allSatisfy { figure in
            found.contains { statement in
                statement.range.lowerBound == figure.start
                    && claims.claims.firstIndex(where: { $0.id == statement.claim.id }).map(listedParts.contains) == true
            }
        }
    }

    /// Between the total and its 其中: 办结12件，其中… and 办结12件（其中… alike.
    private static let openerMarks: ScalarSet = ["，", ",", "：", ":", " ", "\u{3000}", "（", "("]

    /// A figure after quantities listed together: a zero (行政复议、行政诉讼0件;
    /// 行政复议和行政诉讼案件0件) is none of each, since counts are never
    /// negative; after 各 (行政复议、行政诉讼各1件) each has the figure. Only
    /// unambiguous phrases of claims without a kind, each its own words,
    /// joined by 、 和 及 与 或 and right before the figure.
    /// A pair's own phrase over its parts' (予以公开和部分公开各2件) yields to
    /// them: each part has the figure, certain only where it is one cell.
    /// After 其中 alone the parts are certain only right after a certain total
    /// they divide (`listedAfterTotal`: 办结5件，其中予以公开和部分公开各2件), as a single figure is.
    func figureOfEach(in text: NarrativeText, context: Range<Int>, number: StatedNumber,
                      clause: Range<Int>, beforeFigure: Range<Int>, found: [NarrativeStatement]) -> [NarrativeStatement] {
        var spans: [Int: Range<Int>] = [:]
        for (index, span) in beforeIndex.lastMatches(in: text, context) where !text.isInTitle(span.lowerBound, closingBefore: span.upperBound) {
            let phrase = before[index]
            guard phrase.certain && phrase.before.parts.count == 1 && kindOf[phrase.claim] == nil else { continue }
            // The longer of two ending together: 本机关不掌握相关政府信息 over 不掌握相关政府信息.
            if let known = spans[phrase.claim], known.upperBound > span.upperBound
                || (known.upperBound == span.upperBound && known.lowerBound <= span.lowerBound) { continue }
            spans[phrase.claim] = span
        }
        let pairs = spans.filter { claim, span in
            spans.contains { $0.key != claim && span.lowerBound <= $0.value.lowerBound && span.upperBound >= $0.value.upperBound && span.count > $0.value.count }
        }
        let split = !pairs.isEmpty
        if split { spans = spans.filter { pairs[$0.key] == nil } }
        let listed = spans.sorted { $0.value.lowerBound < $1.value.lowerBound }
        guard listed.count >= 2, let last = listed.last?.value, number.start - last.upperBound <= 4,
              !(last.upperBound..<number.start).contains(where: { NarrativeText.isClauseEnd(text.scalars[$0]) }),
              zip(listed, listed.dropFirst()).allSatisfy({ pair in
                  pair.0.value.upperBound <= pair.1.value.lowerBound && joins(text, pair.0.value.upperBound..<pair.1.value.lowerBound)
              }) else { return [] }
        // 办结3件，其中予以公开和部分公开各1件: 其中 alone over outcome rows is the
        // parts of a whole; certain where that whole is the certain total right before 其中.
        let scopedOut = outOfScope.filter { scopesOut($0, text, in: clause) }
        let amongParts = !scopedOut.isEmpty && scopedOut.allSatisfy { partWords.contains($0) }
            && listed.allSatisfy { listedParts.contains($0.key) || listedSubRows.contains($0.key) }
        let afterTotal = amongParts && listedAfterTotal(text, before: number.start, found: found)
        // 其中发生行政复议、行政诉讼案件0件 (东疆综保区 2025, after the year's applications): the appeals 其中 of
        // them led to, perhaps not all the year's (one may be of last year's answer): probable (`appealsOfAPart`).
        let ofAPart = !amongParts && !scopedOut.isEmpty && scopedOut.allSatisfy { partWords.contains($0) }
            && listed.allSatisfy { appealsOfAPart.contains($0.key) }
        return listed.compactMap { claim, _ in
            guard claims.claims[claim].unit == .count, !unless[claim].contains(where: { text.contains($0, in: clause) }),
                  !unlessBefore[claim].contains(where: { text.lastMatch(of: $0.parts, in: beforeFigure, gaps: $0.gaps) != nil }),
                  scopedOut.isEmpty || amongParts || ofAPart else { return nil }
            let certain = (certainWith[claim].isEmpty || certainWith[claim].contains { text.contains($0, in: beforeFigure) })
                && (!split || claims.claims[claim].cells.count == 1) && (!amongParts || afterTotal) && !ofAPart
            return NarrativeStatement(claim: claims.claims[claim], value: number.value, precision: number.precision,
                                      range: number.start..<number.end, unitEnd: number.unitEnd, certain: certain, distributed: true, ofAPart: ofAPart)
        }
    }

    static let notOne: [[Unicode.Scalar]] = ["无", "没有", "未有", "并无", "未发生", "没有发生", "未出现", "没有出现", "未引发", "未收到", "未接到"].map { Array($0.unicodeScalars) }

    private static let listJoins: ScalarSet = ["、", "和", "及", "与", "或", " "]
    /// Verbs a list may repeat after its join: 被申请行政复议、提起行政诉讼各1件.
    private static let listVerbs: [[Unicode.Scalar]] = ["提起", "被提起", "被申请", "申请", "引发", "发生", "被诉"].map { Array($0.unicodeScalars) }

    /// True when the range between two listed phrases is a join (、, 和…),
    /// perhaps followed by a verb of the list (、提起).
    private func joins(_ text: NarrativeText, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, Self.listJoins.contains(text.scalars[i]) { i += 1 }
        guard i < range.upperBound else { return true }
        guard i > range.lowerBound else { return false }
        return Self.listVerbs.contains { $0.count == range.upperBound - i && text.hasPrefix($0, at: i) }
    }

    /// The one kind the range names (its words, a longer one over a shorter:
    /// 复议后起诉 over 行政复议 in 行政复议后起诉); nil for none or more than one.
    /// Kinds `ignoring` count only where nothing else is named.
    func kindNamed(in text: NarrativeText, _ range: Range<Int>, ignoring: Set<Int> = []) -> Int? {
        var found: [(kind: Int, span: Range<Int>)] = []
        for (kind, words) in kinds.enumerated() {
            for word in words {
                var i = range.lowerBound
                while let span = text.firstMatch(of: [word], in: i..<range.upperBound) {
                    found.append((kind, span))
                    i = span.lowerBound + 1
                }
            }
        }
        let kept = found.filter { f in !found.contains { $0.span.count > f.span.count && $0.span.overlaps(f.span) } }
        var named = Set(kept.map(\.kind))
        if named.count > 1 { named.subtract(ignoring) }
        return named.count == 1 ? named.first : nil
    }

    /// True when one of the claim's `unlessBefore` words stands in the range
    /// outside the claim's own words: 复议申请 puts 收到行政复议申请30件 out,
    /// not 撤销复议申请1件 (an outcome's own phrase).
    func saysOtherwiseBefore(_ claim: Int, _ text: NarrativeText, in range: Range<Int>) -> Bool {
        unlessBefore[claim].contains { pattern in
            var i = range.lowerBound
            while let span = text.firstMatch(of: pattern.parts, in: i..<range.upperBound, gaps: pattern.gaps) {
                if !text.covers(span, withOneOf: ownWords[claim]) { return true }
                i = span.lowerBound + 1
            }
            return false
        }
    }

    /// `NarrativeText.spaces`, an opening bracket and a comma.
    private static let spacesAndOpeners: ScalarSet = [" ", "\u{3000}", "\u{00A0}", "（", "(", "，", ","]

    /// True when one of `words` follows the figure's unit, past an opening
    /// bracket or a comma: 15件（含上年结转3件）.
    func includesLastYear(_ text: NarrativeText, after unitEnd: Int, words: [PhrasePattern]) -> Bool {
        guard !words.isEmpty else { return false }
        let i = text.skipping(Self.spacesAndOpeners, from: unitEnd)
        return words.contains { word in
            guard let first = word.parts.first, text.hasPrefix(first, at: i) else { return false }
            guard word.parts.count > 1 else { return true }
            // The words apart within the clause: （其中1件为上年结转…）.
            let clause = i..<text.end(of: i, ends: NarrativeText.clauseEnds)
            return text.matchEnd(of: word.parts, at: i, in: clause, maxGap: PhrasePattern.shortGap, gaps: word.gaps) != nil
        }
    }

    /// True when a bracket opens right after the figure's unit with one of
    /// `words`: 1466件（上年度结转16件…）.
    func opensBracket(_ text: NarrativeText, after unitEnd: Int, words: [[Unicode.Scalar]]) -> Bool {
        guard !words.isEmpty else { return false }
        let i = text.skipping(NarrativeText.spaces, from: unitEnd)
        guard i < text.scalars.count, text.scalars[i] == "（" || text.scalars[i] == "(" else { return false }
        return words.contains { text.hasPrefix($0, at: text.skipping(NarrativeText.spaces, from: i + 1)) }
    }
}
