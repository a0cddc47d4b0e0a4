import Foundation
import PortalModel

/// Whose figures a sentence states: the region's, the government's own level or the agency's (a government's report
/// and its departments').
extension NarrativeMatcher {
    /// True when the figure whose sentence (to its clause's end) is `range`
    /// is the region's or the level's rather than the report's tables'.
    /// In the report of an agency that is not the region's government (全区
    /// 共收到依申请公开件40件 in a department's report): where the range names
    /// the whole region. In a government's: where the report is the level's
    /// own (`reportScope`, or its narrative names that level: 全年全区共受理
    /// 申请公开800件…区政府本级共受理206件 — 东城区 2023), the region's figures up
    /// to the level's word (the level's after it are its own); where the
    /// report is the region's (its preamble says so), the level's figures
    /// after that word. For both the figure and the change rule.
    func namesRegion(_ text: NarrativeText, in sentence: Range<Int>) -> Bool {
        let range = scopeCarried(text, sentence)
        let regionEnds = scopingRegionEnds(text, in: range)
        let regionNamed = !regionEnds.isEmpty
        // A department's figure after its government's level (市政府本级…263件)
        // may be the level's rather than its own table's: probable. After
        // the agency's own word (全市共受理…100件，其中我局受理12件), its own.
        guard regionIsOwn else {
            let level = departmentNamesLevel ? lastOwnLevel(text, in: range) : nil
            guard regionNamed || level != nil else { return false }
            guard let own = lastWord(of: ownAgencyWords, in: text, range) else { return true }
            let region = regionEnds.max() ?? range.lowerBound
            return max(region, level ?? range.lowerBound) > own
        }
        // A region above the government's own level (2021年，全省共收到…5000件 in a 市's report): that region's
        // figure, as in a department's report; not where its own region's word or its own follows (…，全市共收到…50件).
        if !higherRegionWords.isEmpty, let higher = scopingRegionEnds(text, in: range, words: higherRegionWords).max() {
            let lower = scopingRegionEnds(text, in: range, words: regionWords.filter { !higherRegionWords.contains($0) }).max()
            let own = lastWord(of: ownAgencyWords + ownLevelWords, in: text, range)
            if max(lower ?? range.lowerBound, own ?? range.lowerBound) < higher { return true }
        }
        let region = { regionEnds.max() ?? range.lowerBound }
        switch reportScope {
        case .region:
            guard ownLevelIndex.containsAny(in: text, range), let level = lastOwnLevel(text, in: range) else { return false }
            return region() < level
        case .ownLevel, .levelNamed, .undecided:
            // Most figures: no region, no level's word in their sentence.
            let levelInRange = { self.ownLevelIndex.containsAny(in: text, range) && self.lastOwnLevel(text, in: range) != nil }
            guard regionNamed || levelInRange() else { return false }
            // Only inferred from a narrative naming the level beside the region
            // (.levelNamed; for .undecided, this text): the tables may be the
            // region's as well.
            let all = 0..<text.scalars.count
            let inferred = reportScope == .levelNamed
                || reportScope == .undecided && regionIndex.containsAny(in: text, all) && lastOwnLevel(text, in: all) != nil
            guard reportScope == .ownLevel || inferred else { return false }
            // The region's figure, up to the level's word.
            if regionNamed, lastOwnLevel(text, in: region()..<range.upperBound) == nil { return true }
            // The level's figure after its word: certain where the preamble
            // says the report is the level's; probable where only a narrative
            // names the level (区政府本级无涉及信息公开行政复议结果纠正 — 河东区
            // 2024, whose 全区…633件 may well be its tables').
            return inferred && levelInRange()
        }
    }

    /// The ends of the region words (or of `words`) in `range` that scope its figures: the subject
    /// of a count, not a task's object — 组织各镇（街道）开展培训，全年共受理申请12件 (a
    /// department training the towns), 按照全市统一部署，共受理…, 指导各乡镇做好依申请公开
    /// 工作，全年共收到…: the figure after them is the agency's own. A word after one
    /// of `taskVerbs` (form data) in its clause is an object unless its clause states
    /// figures after it (组织各镇开展培训并受理申请12件 stays the region's, probable).
    private func scopingRegionEnds(_ text: NarrativeText, in range: Range<Int>, words: [[Unicode.Scalar]]? = nil) -> [Int] {
        var ends: [Int] = []
        for word in words ?? regionWords {
            var from = range.lowerBound
            while let found = text.firstMatch(of: [word], in: from..<range.upperBound) {
                from = found.lowerBound + 1
                // 我市场监管局: the 市场监管局 naming itself, no region (`notScopingWords`).
                guard !notScoping.holds(found, in: text) else { continue }
                let clauseStart = text.start(of: found.lowerBound, ends: NarrativeText.clauseEnds)
                if !taskVerbs.contains(where: { text.contains($0, in: clauseStart..<found.lowerBound) }) || statesFigures(text, after: found.upperBound) {
                    ends.append(found.upperBound)
                }
            }
        }
        return ends
    }

    /// True when words of applications and a figure follow `index` in its clause
    /// (全区共接收政府信息公开申请633件).
    private func statesFigures(_ text: NarrativeText, after index: Int) -> Bool {
        let clause = index..<text.end(of: index, ends: NarrativeText.clauseEnds)
        return ownLevelFigureWords.contains(where: { text.contains($0, in: clause) })
            && clause.contains(where: { NumberReader.digit(text.scalars[$0]) != nil })
    }

    /// The stretch whose words scope a figure of `sentence` (its sentence up
    /// to its clause's end): the sentence, or where it names neither the
    /// region nor a level, from the last sentence before it in its paragraph
    /// stating the region's or a level's figures (`scopesFigures`):
    /// 全区共接收政府信息公开申请633件，同比上升4.6%；上年结转23件。全年共办结606件
    /// (河东区 2024): 23 and 606 are the region's too, the subject left unsaid.
    private func scopeCarried(_ text: NarrativeText, _ sentence: Range<Int>) -> Range<Int> {
        let paragraph = text.start(of: sentence.lowerBound, ends: Self.paragraphEnds)
        guard paragraph < sentence.lowerBound,
              regionIndex.containsAny(in: text, paragraph..<sentence.lowerBound) || ownLevelIndex.containsAny(in: text, paragraph..<sentence.lowerBound),
              !regionIndex.containsAny(in: text, sentence), lastOwnLevel(text, in: sentence) == nil,
              // 全市共收到…100件。我局收到12件: a department's sentence naming
              // itself states its own figures (not a government's: its self is its level).
              regionIsOwn || lastWord(of: ownAgencyWords, in: text, sentence) == nil else { return sentence }
        var end = sentence.lowerBound - 1
        while end >= paragraph {
            let start = text.start(of: end, ends: NarrativeText.sentenceEnds)
            if scopesFigures(text, in: start..<end) { return start..<sentence.upperBound }
            end = start - 1
        }
        return sentence
    }

    private static let paragraphEnds: ScalarSet = ["\n"]

    /// True when a region's word or a level's in `range` has words of
    /// applications and a figure after it in its clause (全区共接收政府信息公开
    /// 申请633件), not a task's (指导全市各级行政机关规范开展依申请公开工作 — 苏州市
    /// 政府办公室 2023; 做好市政府本级依申请公开答复).
    private func scopesFigures(_ text: NarrativeText, in range: Range<Int>) -> Bool {
        (regionWords + ownLevelWords).contains { word in
            var from = range.lowerBound
            while let found = text.firstMatch(of: [word], in: from..<range.upperBound) {
                from = found.lowerBound + 1
                if !notScoping.holds(found, in: text), statesFigures(text, after: found.upperBound) { return true }
            }
            return false
        }
    }

    /// True when a clause of the figure's sentence (to its full stop: 政府
    /// 新收…2件；部门新收…4件 — 荔浦市 2022) opens with one of `partAgencyWords`
    /// stating that part's figures: words of applications and a figure follow
    /// it in its clause. Not a word inside its clause (全县32个部门共受理…,
    /// 县政府及相关部门共受理…: the whole), nor the agency's own (本部门).
    func namesAPartsFigures(_ text: NarrativeText, around figure: Range<Int>) -> Bool {
        guard !partAgencyWords.isEmpty else { return false }
        let sentence = text.start(of: figure.lowerBound, ends: Self.fullStops)..<text.end(of: figure.upperBound, ends: Self.fullStops)
        return partAgencyWords.contains { word in
            var from = sentence.lowerBound
            while let found = text.firstMatch(of: [word], in: from..<sentence.upperBound) {
                from = found.lowerBound + 1
                guard text.start(of: found.lowerBound, ends: NarrativeText.clauseEnds) == found.lowerBound else { continue }
                let clause = found.upperBound..<text.end(of: found.upperBound, ends: NarrativeText.clauseEnds)
                if ownLevelFigureWords.contains(where: { text.contains($0, in: clause) }),
                   clause.contains(where: { NumberReader.digit(text.scalars[$0]) != nil }) { return true }
            }
            return false
        }
    }

    /// A sentence to its full stop: 政府…；部门… is one statement of parts.
    private static let fullStops: ScalarSet = ["。", "！", "!", "？", "?", "\n"]

    /// The end of the last of `ownLevelWords` in `range` that scopes figures:
    /// one of `ownLevelFigureWords` follows it in its clause (区政府本级共受理
    /// 206件), unlike 对旗本级有关信息进行收集 (乌拉特前旗 2021).
    private func lastOwnLevel(_ text: NarrativeText, in range: Range<Int>) -> Int? {
        lastWord(of: ownLevelWords, in: text, range)
    }

    /// The end of the last of `words` in `range` followed in its clause by
    /// one of `ownLevelFigureWords` (a level's or the agency's own word
    /// scoping figures: 我局收到12件, not 我局按照部署).
    private func lastWord(of words: [[Unicode.Scalar]], in text: NarrativeText, _ range: Range<Int>) -> Int? {
        var last: Int?
        for word in words {
            var from = range.lowerBound
            while let found = text.firstMatch(of: [word], in: from..<range.upperBound) {
                from = found.lowerBound + 1
                let clauseEnd = text.end(of: found.upperBound, ends: NarrativeText.clauseEnds)
                guard ownLevelFigureWords.isEmpty || ownLevelFigureWords.contains(where: { text.contains($0, in: found.upperBound..<clauseEnd) }) else { continue }
                last = max(last ?? found.upperBound, found.upperBound)
            }
        }
        return last
    }

    /// True when one of the texts names a level scoping figures (a
    /// department's report: `departmentNamesLevel`).
    func namesOwnLevel(_ texts: [NarrativeText]) -> Bool {
        texts.contains { ownLevelIndex.containsAny(in: $0, 0..<$0.scalars.count) && lastOwnLevel($0, in: 0..<$0.scalars.count) != nil }
    }

    /// How a government's report scopes itself, from its own words outside
    /// the sentence read: the preamble's (`regionReportWords`,
    /// `ownLevelReportWords`), then `ownLevelWords` in any of its narratives.
    /// Undecided when none says (the reading of each narrative alone).
    func reportScope(preamble: NarrativeText?, narratives: [NarrativeText]) -> ReportScope {
        if let preamble {
            var start = 0
            while start < preamble.scalars.count {
                let end = preamble.end(of: start, ends: NarrativeText.sentenceEnds)
                let sentence = start..<end
                if regionReportWords.contains(where: { preamble.firstMatch(of: $0.parts, in: sentence, maxGap: sentence.count) != nil }) {
                    return .region
                }
                start = end + 1
            }
            if ownLevelReportWords.contains(where: { preamble.contains($0, in: 0..<preamble.scalars.count) }) { return .ownLevel }
        }
        // Only a report naming the region reads the level's words.
        let texts = (preamble.map { [$0] } ?? []) + narratives
        guard texts.contains(where: { regionIndex.containsAny(in: $0, 0..<$0.scalars.count) }), namesOwnLevel(texts) else { return .undecided }
        return .levelNamed
    }

    static let negations: ScalarSet = ["未", "无", "没"]

    /// 未, 无 or 没 as a negation: not 未 of 未经 (未经复议直接起诉的…被纠错);
    /// or a none in words (`isZeroWord`).
    func isNegation(at index: Int, in text: NarrativeText) -> Bool {
        (Self.negations.contains(text.scalars[index])
            && !(text.scalars[index] == "未" && index + 1 < text.scalars.count && text.scalars[index + 1] == "经"))
            || isZeroWord(at: index, in: text)
    }

    /// 零 before what did not happen (依申请公开“零受理”, 复议诉讼“零发生”: 同安区应急管理局
    /// 2025) or said of a count (…行政复议及提起行政诉讼情况均为零: 滨湖区数据局 2025; 均为0):
    /// a none, read only where a none phrase names what is zero. Not 零距离, 零跑腿, 零星,
    /// 零收取, nor 为0 starting a longer number (为05, 为0.5).
    func isZeroWord(at index: Int, in text: NarrativeText) -> Bool {
        let scalar = text.scalars[index]
        guard scalar == "零" || scalar == "0" else { return false }
        if index > 0, text.scalars[index - 1] == "为" {
            let next = index + 1 < text.scalars.count ? text.scalars[index + 1] : " "
            return scalar == "零" || !(("0"..."9").contains(next) || next == "." || next == "%")
        }
        return scalar == "零" && Self.zeroVerbs.contains { text.hasPrefix($0, at: index + 1) }
    }

    /// What 零 says did not happen: 零受理, 零发生, 零申请, 零复议, 零诉讼.
    private static let zeroVerbs: [[Unicode.Scalar]] = ["受理", "发生", "申请", "收到", "复议", "行政复议", "诉讼", "行政诉讼"].map { Array($0.unicodeScalars) }

    /// 不涉及 or 不存在 at `index`: a negation only of a none phrase opening
    /// with it, the claim's own words right after (也不涉及行政复议和行政诉讼 —
    /// 榕城区医保局 2025; 不存在上年度结转…申请, 不存在因…引起的行政诉讼 — 新港街
    /// 2023). 不 alone is everywhere (不予公开, 不属于, 不断, 不服…提起行政复议), and
    /// 不存在 has senses of its own (信息不存在2件, 不存在减免费用, 不存在…问题).
    func opensNoneWithBu(at index: Int, in text: NarrativeText) -> Bool {
        text.scalars[index] == "不" && Self.negatedAfterBu.contains { text.hasPrefix($0, at: index + 1) }
    }

    private static let negatedAfterBu: [[Unicode.Scalar]] = [["涉", "及"], ["存", "在"]]

    /// The first scalars of `negations`, of 不涉及, 不存在 and of the nones in words (零, 为0).
    static let negationHeads: ScalarSet = ["未", "无", "没", "不", "零", "0"]

    /// True when a kind's word is anywhere in the range.
    func names(anyKindIn range: Range<Int>, _ text: NarrativeText) -> Bool {
        kinds.contains { words in words.contains { text.contains($0, in: range) } }
    }

    /// The kind whose word starts at `index`, the longest word over a
    /// shorter one (复议后起诉 over 行政复议 in 行政复议后起诉).
    func kindStarting(at index: Int, in text: NarrativeText) -> Int? {
        var best: (kind: Int, length: Int)?
        for (kind, words) in kinds.enumerated() {
            for word in words where text.hasPrefix(word, at: index) && word.count > (best?.length ?? 0) {
                best = (kind, word.count)
            }
        }
        // A longer word of another kind over this one (行政复议后起诉).
        guard let best else { return nil }
        let span = index..<(index + best.length)
        let longer = kinds.indices.contains { other in
            other != best.kind && kinds[other].contains { word in
                word.count > best.length && (max(0, index - word.count + 1)...index).contains { text.hasPrefix(word, at: $0) && ($0..<($0 + word.count)).overlaps(span) }
            }
        }
        return longer ? nil : best.kind
    }
}

/// What a government's report says of whose figures its tables hold.
enum ReportScope {
    /// Its words say nothing: each narrative is read alone (a government's
    /// 全区 figure is its own unless that narrative names its level).
    case undecided
    /// The whole region's (the preamble: 汇总…编制).
    case region
    /// The government's own level, as its preamble says (本级政府（机关）…).
    case ownLevel
    /// A narrative names the level apart from the region (区政府本级共受理206件):
    /// the region's figures are the region's, the level's probably the tables'.
    case levelNamed
}

extension NarrativeMatcher {
    /// The index into the form's `higherRegions` of the rule for a government named `name`: its level is the end of
    /// its name once `governmentNameSuffixes` are left off (临夏回族自治州永靖县: 县; 天津市蓟州区人民政府: 区).
    func higherRegionRule(forGovernmentNamed name: String) -> Int? {
        var level = name
        if let suffix = claims.governmentNameSuffixes.filter({ level.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
            level.removeLast(suffix.count)
        }
        return claims.higherRegions.firstIndex { $0.holds(forLevelNamed: level) }
    }

    /// The matcher reading a government's report whose region is below those of rule `index` (`higherRegionRule`).
    func withHigherRegions(of index: Int?) -> NarrativeMatcher {
        var matcher = self
        matcher.higherRegionWords = index.map { claims.higherRegions[$0].words.map { Array($0.unicodeScalars) } } ?? []
        return matcher
    }
}
