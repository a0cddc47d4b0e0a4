import Foundation
import PortalModel

/// What one place of a narrative states about a table quantity.
struct NarrativeStatement {
    var claim: NarrativeClaim
    var value: Decimal
    /// The smallest step the printed figure tells apart (1 for 12件).
    var precision: Decimal
    /// Where the figure (or the 未/无 of a zero) is, in scalars.
    var range: Range<Int>
    /// Just after the figure's unit (the figure's own end for a zero).
    var unitEnd: Int
    /// True when the phrase names the quantity unambiguously.
    var certain: Bool
    /// Stated in words (未收到申请), not as 0.
    var writtenAsNone = false
    /// A share stated right after the figure: 占45.3%.
    var share: StatedNumber?
    /// One figure stated for each of the quantities listed before it
    /// (行政复议、行政诉讼各1件): each statement's kind is its claim's own.
    var distributed = false
}

/// A form's narrative claims compiled once: phrases as scalar arrays, so
/// that reading a narrative is one pass over its text plus a look at the
/// clause around each figure.
struct NarrativeMatcher {
    private struct Phrase {
        var claim: Int
        /// Words before the figure (in its context) and after it (just after
        /// its unit); either may be empty: 受理…申请 | 58件顺延到下年度 | 收到8件…申请.
        var before: PhrasePattern
        var after: PhrasePattern
        var certain: Bool
    }

    let claims: NarrativeClaims
    private let before: [Phrase]
    private let after: [Phrase]
    private let around: [Phrase]
    /// Phrases with no words before the figure (`#予以公开`): the figure
    /// opening its clause, the words right after its unit (其中，1件予以公开，
    /// 2件不予公开), the longest one that fits.
    private let leading: [Phrase]
    private let none: [Phrase]
    /// The lists above indexed by first scalar (`before` and `around` by
    /// their words before the figure, `after` by its words after it).
    private let beforeIndex: PhraseIndex
    private let afterIndex: PhraseIndex
    private let aroundIndex: PhraseIndex
    private let noneIndex: PhraseIndex
    let unless: [[[Unicode.Scalar]]]
    private let certainWith: [[[Unicode.Scalar]]]
    private let unlessBefore: [[PhrasePattern]]
    private let unlessAfter: [[[Unicode.Scalar]]]
    private let unlessBeforeFigure: [[[Unicode.Scalar]]]
    private let probableWith: [[[Unicode.Scalar]]]
    private let probableUnless: [[[Unicode.Scalar]]]
    private let inYear: [[[Unicode.Scalar]]]
    private let thisYearWords: [[Unicode.Scalar]]
    private let acrossYearWords: [[Unicode.Scalar]]
    private let partOfYear: PartOfYear
    let agencyNames: [[Unicode.Scalar]]
    private let regionWords: [[Unicode.Scalar]]
    private let ownLevelWords: [[Unicode.Scalar]]
    private let ownLevelFigureWords: [[Unicode.Scalar]]
    private let ownAgencyWords: [[Unicode.Scalar]]
    private let partAgencyWords: [[Unicode.Scalar]]
    private let regionReportWords: [PhrasePattern]
    private let ownLevelReportWords: [[Unicode.Scalar]]
    /// `regionWords` and `ownLevelWords` indexed: is either anywhere in a
    /// narrative (asked of every government's report).
    private let regionIndex: PhraseIndex
    private let ownLevelIndex: PhraseIndex
    private let notScoping: NotScoping
    /// False for the report of an agency that is not a government (a
    /// department, a 街道): a figure in a sentence naming the whole region
    /// (全区共收到…) is then the region's, probable at most. True, the
    /// region's figures are the government's own unless its narrative names
    /// its own level apart (`namesRegion`).
    var regionIsOwn = true
    /// What a government's report says of its own scope outside the
    /// sentence read (its preamble, any of its narratives): set per report.
    var reportScope = ReportScope.undecided
    /// True for a department's report one of whose narratives names a
    /// government's level scoping figures (全年办理市政府本级依申请公开答复263件
    /// — 苏州市政府办公室 2023): set per report (`namesOwnLevel`).
    var departmentNamesLevel = false
    /// Phrases that name their claim only right before the figure, in a
    /// sentence with one of its `certainWith` words (复议0件、诉讼0件).
    private let bare: [Phrase]
    /// Each claim's literal words of its `none` phrases: an out-of-scope
    /// word inside them (纠错 in 无被纠错) does not put the zero out.
    private let noneWords: [[[Unicode.Scalar]]]
    /// Each claim's kind (an index into `kinds`), when its phrases name an
    /// outcome shared by kinds (维持 of 行政复议 or of 行政诉讼).
    private let kindOf: [Int?]
    /// The kind of each total whose outcomes have a kind (reviews: 行政复议's),
    /// by the total's id: a kind stated as 0 in a sentence is not the one its
    /// outcomes are of (行政复议5宗、行政诉讼0宗，其中2宗维持).
    private let totalKinds: [String: Int]
    /// Every kind's words, and each claim's literal words (an out-of-scope
    /// word inside them, 维持 in 结果维持, does not put its own figure out).
    private let kinds: [[[Unicode.Scalar]]]
    private let ownWords: [[[Unicode.Scalar]]]
    /// The words of every claim with a kind (维持, 纠正, 败诉, 尚未审结).
    private let outcomeWords: [[Unicode.Scalar]]
    /// Words right after a total saying last year's are among it (含上年结转;
    /// `…` a short gap: 其中…为上年结转 reads （其中1件为上年结转…）).
    private let including: [[PhrasePattern]]
    /// Every claim's `including` words: after a probable phrase they leave
    /// the figure unread.
    private let anyIncluding: [PhrasePattern]
    private let whole: [[[Unicode.Scalar]]]
    private let includingAs: [Int?]
    private let bracketed: [[[Unicode.Scalar]]]
    private let outOfScope: [[Unicode.Scalar]]
    /// The literal words of every claim's phrases: an out-of-scope word read
    /// across the edge of one (上年结转|办理 holds 转办) is not that word.
    private let phraseWords: [[Unicode.Scalar]]
    let otherMatters: [[Unicode.Scalar]]
    /// The words of rule narrative-change.
    let changeWords: ChangeWords
    private let partWords: [[Unicode.Scalar]]
    private let listedParts: Set<Int>
    private let listedAfter: Set<Int>
    private let listedSubRows: Set<Int>
    private let otherReasons: [[Unicode.Scalar]]
    private let everyWayWords: [[Unicode.Scalar]]
    private let allOfTotalWords: [[Unicode.Scalar]]
    private let bareAfterSentence: Set<Int>
    private let approximateBefore: [[Unicode.Scalar]]
    private let approximateAfter: [[Unicode.Scalar]]
    let folding: ScalarFolding

    init(_ claims: NarrativeClaims) {
        self.claims = claims
        func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
        // `#` stands for the figure: 收到#申请 reads 收到8件依申请公开请求.
        func phrase(_ text: String, claim: Int, certain: Bool) -> Phrase {
            let sides = text.components(separatedBy: "#")
            return Phrase(claim: claim, before: PhrasePattern(sides[0]),
                          after: PhrasePattern(sides.count > 1 ? sides[1] : ""), certain: certain)
        }
        var before: [Phrase] = [], after: [Phrase] = [], around: [Phrase] = [], leading: [Phrase] = [], none: [Phrase] = []
        for (index, claim) in claims.claims.enumerated() {
            for found in claim.phrases.map({ phrase($0, claim: index, certain: true) })
                + claim.weakPhrases.map({ phrase($0, claim: index, certain: false) }) {
                if found.after.isEmpty { before.append(found) } else if found.before.isEmpty { leading.append(found) } else { around.append(found) }
            }
            after += claim.after.map { Phrase(claim: index, before: PhrasePattern(""), after: PhrasePattern($0), certain: true) }
            none += claim.none.map { phrase($0, claim: index, certain: true) }
        }
        self.before = before
        // A bare phrase is as certain as its claim's phrases: probable where
        // the claim has weak ones only (废止2件 after 制发规范性文件3件).
        bare = claims.claims.enumerated().flatMap { index, claim in
            claim.barePhrases.map { phrase($0, claim: index, certain: !claim.phrases.isEmpty) }
        }
        self.after = after
        beforeIndex = PhraseIndex(before.map(\.before))
        afterIndex = PhraseIndex(after.map(\.after))
        aroundIndex = PhraseIndex(around.map(\.before))
        noneIndex = PhraseIndex(none.map(\.before))
        self.around = around
        self.leading = leading
        self.none = none
        unless = claims.claims.map { $0.unless.map(scalars) }
        certainWith = claims.claims.map { $0.certainWith.map(scalars) }
        unlessBefore = claims.claims.map { $0.unlessBefore.map(PhrasePattern.init) }
        unlessAfter = claims.claims.map { $0.unlessAfter.map(scalars) }
        unlessBeforeFigure = claims.claims.map { $0.unlessBeforeFigure.map(scalars) }
        probableWith = claims.claims.map { $0.probableWith.map(scalars) }
        probableUnless = claims.claims.map { ($0.probableUnless.isEmpty ? $0.unless : $0.probableUnless).map(scalars) }
        inYear = claims.claims.map { $0.inYear.map(scalars) }
        thisYearWords = claims.thisYearWords.map(scalars)
        acrossYearWords = claims.acrossYearWords.map(scalars)
        partOfYear = PartOfYear(claims)
        agencyNames = claims.agencyNames.map(scalars)
        regionWords = claims.regionWords.map(scalars)
        ownLevelWords = claims.ownLevelWords.map(scalars)
        ownLevelFigureWords = claims.ownLevelFigureWords.map(scalars)
        ownAgencyWords = claims.ownAgencyWords.map(scalars)
        partAgencyWords = claims.partAgencyWords.map(scalars)
        regionReportWords = claims.regionReportWords.map(PhrasePattern.init)
        ownLevelReportWords = claims.ownLevelReportWords.map(scalars)
        regionIndex = PhraseIndex(regionWords.map { PhrasePattern(word: $0) })
        ownLevelIndex = PhraseIndex(ownLevelWords.map { PhrasePattern(word: $0) })
        notScoping = NotScoping(claims)
        noneWords = claims.claims.map { claim in
            claim.none.flatMap { $0.components(separatedBy: "…") }.filter { !$0.isEmpty }.map(scalars)
        }
        let kindLists = claims.claims.map(\.kindOf).filter { !$0.isEmpty }.reduce(into: [[String]]()) { if !$0.contains($1) { $0.append($1) } }
        kinds = kindLists.map { $0.map(scalars) }
        let kindOf = claims.claims.map { claim in kindLists.firstIndex(of: claim.kindOf) }
        let ownWords = claims.claims.map { claim in
            (claim.phrases + claim.weakPhrases + claim.after).flatMap { $0.components(separatedBy: CharacterSet(charactersIn: "…#")) }
                .filter { !$0.isEmpty }.map(scalars)
        }
        self.kindOf = kindOf
        totalKinds = claims.claims.indices.reduce(into: [:]) { found, index in
            if let total = claims.claims[index].allOf, let kind = kindOf[index] { found[total] = kind }
        }
        self.ownWords = ownWords
        outcomeWords = Array(Set(claims.claims.indices.filter { kindOf[$0] != nil }.flatMap { ownWords[$0] }))
            .sorted { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
        including = claims.claims.map { $0.including.map(PhrasePattern.init) }
        anyIncluding = Array(Set(claims.claims.flatMap(\.including))).sorted().map(PhrasePattern.init)
        whole = claims.claims.map { $0.all.map(scalars) }
        includingAs = claims.claims.map { claim in claim.includingAs.flatMap { id in claims.claims.firstIndex { $0.id == id } } }
        bracketed = claims.claims.map { $0.bracketed.map(scalars) }
        outOfScope = claims.outOfScope.map(scalars)
        phraseWords = Array(Set(claims.claims.flatMap { $0.phrases + $0.after }
            .flatMap { $0.components(separatedBy: CharacterSet(charactersIn: "…#")) }
            .filter { $0.unicodeScalars.count > 1 }.map(scalars)))
            .sorted { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
        otherMatters = claims.otherMatters.map(scalars)
        changeWords = ChangeWords(claims)
        partWords = claims.partWords.map(scalars)
        listedParts = Set(claims.listedParts.compactMap { id in claims.claims.firstIndex { $0.id == id } })
        listedAfter = Set(claims.listedAfter.compactMap { id in claims.claims.firstIndex { $0.id == id } })
        listedSubRows = Set(claims.listedSubRows.compactMap { id in claims.claims.firstIndex { $0.id == id } })
        otherReasons = claims.otherReasons.map(scalars)
        everyWayWords = claims.everyWayWords.map(scalars)
        allOfTotalWords = claims.allOfTotalWords.map(scalars)
        bareAfterSentence = Set(claims.bareAfterSentence.compactMap { id in claims.claims.firstIndex { $0.id == id } })
        approximateBefore = claims.approximateBefore.map(scalars)
        approximateAfter = claims.approximateAfter.map(scalars)
        folding = claims.scalarFolding
    }

    var isEmpty: Bool { claims.claims.isEmpty }

    /// Every statement the text makes about a claimed quantity, in order.
    /// `year` is the report's: a clause about another year states nothing here.
    func statements(in text: NarrativeText, year: Int) -> [NarrativeStatement] {
        statements(inPrepared: prepared(text, year: year), year: year)
    }

    /// The text as the phrases read it: the carry-over years named as the
    /// form's words, the agency's names masked.
    func prepared(_ text: NarrativeText, year: Int) -> NarrativeText {
        text.namingCarryYears(year).maskingNames(agencyNames)
    }

    /// The statements of a text already `prepared`, whose `numbers` may be
    /// given when they are known.
    func statements(inPrepared text: NarrativeText, year: Int, numbers: [StatedNumber]? = nil) -> [NarrativeStatement] {
        var found: [NarrativeStatement] = []
        let numbers = numbers ?? self.numbers(in: text)
        // Nones in words first: 未发生…行政诉讼，被申请行政复议3件，其中维持2件
        // states the suits none, so the outcomes are the reviews'.
        let nones = zeros(in: text, numbers: numbers, year: year)
        var contextStart = 0
        var lastFigureEnd = 0
        for (index, number) in numbers.enumerated() {
            let clauseStart = text.start(of: number.start, ends: NarrativeText.clauseEnds)
            defer { contextStart = number.unitEnd; if number.unit != .percent { lastFigureEnd = number.unitEnd } }
            if number.unit == .percent {
                // 占X%: the share of the figure just stated, in the same sentence.
                let sentenceStart = text.start(of: number.start, ends: NarrativeText.sentenceEnds)
                // Not after 其中 (收到申请13件，其中自然人申请占比80%: the part's share).
                if var last = found.last, last.share == nil, last.range.lowerBound >= sentenceStart,
                   lastFigureEnd == last.unitEnd, !partWords.contains(where: { text.contains($0, in: last.unitEnd..<number.start) }),
                   text.lastMatch(of: [["占"]], in: max(clauseStart, number.start - 8)..<number.start) != nil {
                    last.share = number
                    found[found.count - 1] = last
                }
                continue
            }
            guard !number.approximate, !isApproximate(number, in: text, floor: clauseStart),
                  number.start == 0 || text.scalars[number.start - 1] != "第" else { continue }
            let clause = clauseStart..<text.end(of: number.unitEnd, ends: NarrativeText.clauseEnds)
            let sentenceToClause = text.start(of: number.start, ends: NarrativeText.sentenceEnds)..<clause.upperBound
            // A scoping word (or a claim's `unless` word) in a later item of a
            // list after the figure is the next item's: 收到申请17件、较上年减少13件
            // (大足区政府办 2024).
            let itemAfter = (number.unitEnd..<clause.upperBound).first { text.scalars[$0] == "、" } ?? clause.upperBound
            let clauseOutOfScope = outOfScope.filter { scopesOut($0, text, in: clause.lowerBound..<itemAfter) }
            guard !otherMatters.contains(where: { notScoping.contains($0, in: text, sentenceToClause) }),
                  !mentionsOtherYear(text, before: number.start, year: year),
                  !partOfYear.isNamed(in: text, sentenceToClause.lowerBound..<number.start) else { continue }
            let context = max(clauseStart, contextStart)..<number.start
            let beforeFigure = sentenceToClause.lowerBound..<number.start
            // Words after the unit name the figure up to the next item of a
            // list (维持3件、尚未审结1件: 尚未审结 is the next figure's).
            let nextFigure = index + 1 < numbers.count ? numbers[index + 1].start : clause.upperBound
            let itemEnd = (number.unitEnd..<min(clause.upperBound, max(number.unitEnd, nextFigure))).first { text.scalars[$0] == "、" }
                ?? min(clause.upperBound, max(number.unitEnd, nextFigure))
            // 行政复议、行政诉讼0件: a zero of every quantity listed before it;
            // 行政复议、行政诉讼各1件: 各 gives each the figure.
            let each = number.start > 0 && text.scalars[number.start - 1] == "各"
            let zeroKinds = Set((found + nones).filter { $0.value == 0 && beforeFigure.contains($0.range.lowerBound) }.compactMap { totalKinds[$0.claim.id] })
            // 收到依申请公开件1件……。涉及复议0件 (大云镇 2024): a bare phrase may
            // take its disclosure words from the sentence before (probable then).
            let sentenceBefore = beforeFigure.lowerBound > 0 ? text.start(of: beforeFigure.lowerBound - 1, ends: NarrativeText.sentenceEnds) : 0
            // 其中12条属于本机关不掌握…而无法提供 (东湖高新区发改局 2024): after a
            // part word alone the figure opens its clause too (probable, as 其中，12条…).
            let opensClause = opensItsClause(text, from: clauseStart, to: number.start)
            let resolved = resolve(text, context: context, after: number.unitEnd..<itemEnd, kindScope: beforeFigure, clause: clause, zeroKinds: zeroKinds,
                                   bareScope: sentenceBefore..<number.start, opensClause: opensClause)
            if number.value == 0 || each, resolved == nil {
                found += figureOfEach(in: text, context: context, number: number, clause: clause, beforeFigure: beforeFigure)
                continue
            }
            guard case (var claim, let named)? = resolved,
                  claims.claims[claim].unit == (number.unit == .tenThousandYuan ? .tenThousandYuan : .count),
                  case let otherMatter = saysOtherwise(unless[claim], text, in: clause.lowerBound..<itemAfter, before: number.start), otherMatter != true,
                  !saysOtherwiseBefore(claim, text, in: beforeFigure),
                  !unlessAfter[claim].contains(where: { text.contains($0, in: number.unitEnd..<text.end(of: number.unitEnd, ends: NarrativeText.sentenceEnds)) }),
                  case let oneWayIn = saysOtherwise(unlessBeforeFigure[claim], text, in: clauseStart..<number.start, before: number.start), oneWayIn != true
            else { continue }
            // 通过信函、电子邮件等方式受理…申请2件: every way in, probably the
            // total, where a phrase names the claim (not a weak one: 累计办理…
            // 通过门户网站、邮寄等途径依申请公开信息合计12件 — 子长市 — is no total of 一).
            let everyWay = otherMatter == false || oneWayIn == false
            if everyWay, !named { continue }
            // 2021年累计收到申请6件: 累计 over the report's year is the year's figure.
            let sentenceEnd = text.end(of: number.unitEnd, ends: NarrativeText.sentenceEnds)
            // 2021年，…。累计收到申请2件 (钱江经开区 2022): the year named in the
            // sentence before only, probable.
            let yearScope = inYear[claim].isEmpty || !clauseOutOfScope.contains(where: inYear[claim].contains) ? nil
                : reportYearScope(text, before: beforeFigure, sentenceEnd: sentenceEnd, year: year, claim: claim, found: found)
            let scopedOut = yearScope == nil ? clauseOutOfScope : clauseOutOfScope.filter { !inYear[claim].contains($0) }
            // An out-of-scope word is the figure's own inside its claim's words
            // or, where the sentence names an appeal's kind, an outcome's listed
            // beside it (结果维持2件、纠正1件); 其中予以公开5件
            // is a part of the whole, but an outcome's figure all the same.
            let listed = !scopedOut.isEmpty && kindNamed(in: text, sentenceToClause, ignoring: zeroKinds) != nil ? outcomeWords : []
            let own = (ownWords[claim] + listed).filter { text.contains($0, in: clause) }
            guard scopedOut.allSatisfy({ word in partWords.contains(word) || own.contains { $0.contains(word) } }) else { continue }
            let amongParts = scopedOut.contains { partWords.contains($0) } && kindOf[claim] == nil
            guard !amongParts || listedParts.contains(claim) || listedSubRows.contains(claim) else { continue }
            // 通过依申请公开平台收到申请6件: probable, and only where the sentence
            // names no other way (通过信函收到2件); the figure's clause was
            // looked at for every `unless` word above.
            let probable = probableWith[claim].contains { text.contains($0, in: clause) }
            if probable, namesOneWay(probableUnless[claim], text, in: sentenceToClause.lowerBound..<text.end(of: number.unitEnd, ends: NarrativeText.sentenceEnds)) { continue }
            // 办结12件，其中予以公开5件: the rows' own, right after the total.
            // 收到和处理依申请公开28件（其中依申请公开25条，重复申请3条） (良渚街道
            // 2022): a row's words in a bracket 其中 opens name a part of the
            // total before it, as after 其中 in the figure's clause.
            let inPartsBracket = !amongParts && kindOf[claim] == nil && (listedParts.contains(claim) || listedSubRows.contains(claim))
                && partsBracketOpens(text, before: number.start, from: sentenceToClause.lowerBound)
            let afterTotal = (amongParts || inPartsBracket) && listedAfterTotal(text, before: number.start, found: found)
            // 其中网上申请3件，予以公开3件: the outcome may be of that part only.
            let afterPart = listedParts.contains(claim) && !amongParts && afterUnreadPart(text, before: number.start, numbers: numbers, found: found)
            let certain = named && (!(amongParts || inPartsBracket) || afterTotal) && !probable && !everyWay && !afterPart && !namesRegion(text, in: sentenceToClause)
                && !namesAPartsFigures(text, around: number.start..<number.unitEnd)
                && yearScope != .sentenceBefore && (certainWith[claim].isEmpty
                // 制发3份规范性文件: the word may follow the figure in its item.
                || certainWith[claim].contains { text.contains($0, in: beforeFigure.lowerBound..<itemEnd) })
                && !opensBracket(text, after: number.unitEnd, words: bracketed[claim])
            // 受理申请15件（含上年结转3件）: this year's and last year's together;
            // 办理申请69件，含上年转来的3件 may be those or the ones closed.
            if let together = includingAs[claim], includesLastYear(text, after: number.unitEnd, words: including[claim]) {
                claim = together
            } else if !named, includesLastYear(text, after: number.unitEnd, words: anyIncluding) {
                continue
            }
            found.append(NarrativeStatement(claim: claims.claims[claim], value: number.value, precision: number.precision,
                                            range: number.start..<number.end, unitEnd: number.unitEnd, certain: certain))
        }
        found += wholes(in: text, after: found, numbers: numbers)
        found += nones
        // 共办理申请6件……办结5件: where the sentence names a quantity for
        // certain, a probable phrase of it (办理) counts something else.
        let sentence = { (s: NarrativeStatement) in text.start(of: s.range.lowerBound, ends: NarrativeText.sentenceEnds) }
        let certain = found.filter(\.certain)
        found.removeAll { s in
            !s.certain && certain.contains { $0.claim.id == s.claim.id && sentence($0) == sentence(s) && $0.value != s.value }
        }
        // 全区共受理…，结转下年度办理39件，区政府本级…，结转下年度办理6件 (东城区
        // 2023): two figures of one quantity in a sentence cannot both be the
        // table's (the region's and the agency's own): each only probable.
        for index in found.indices where found[index].certain && certain.contains(where: { other in
            other.claim.id == found[index].claim.id && sentence(other) == sentence(found[index]) && other.value != found[index].value
        }) {
            found[index].certain = false
        }
        // 街道未收到政府信息公开申请，依申请公开受理量为0件 (马鞍山 某街道 2025):
        // a none and a figure, or two figures, saying one value of one claim in
        // a sentence are one statement, or a mismatch would be reported twice.
        // The certain one (else the first) is kept, with a share if either has one.
        var inOrder = found.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard inOrder.count > 1 else { return inOrder }
        var dropped = IndexSet()
        for later in 1..<inOrder.count {
            let statement = inOrder[later]
            guard let first = (0..<later).first(where: { !dropped.contains($0) && inOrder[$0].claim.id == statement.claim.id
                && inOrder[$0].value == statement.value && sentence(inOrder[$0]) == sentence(statement) }) else { continue }
            let (keep, drop) = statement.certain && !inOrder[first].certain ? (later, first) : (first, later)
            inOrder[keep].share = inOrder[keep].share ?? inOrder[drop].share
            dropped.insert(drop)
        }
        return dropped.isEmpty ? inOrder : inOrder.indices.filter { !dropped.contains($0) }.map { inOrder[$0] }
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
        for (index, span) in beforeIndex.lastMatches(in: text, context) {
            let phrase = before[index]
            matches.append((phrase.claim, phrase.certain, span, phrase.before.parts.count == 1))
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
            for (index, _) in aroundIndex.lastMatches(in: text, context) {
                let phrase = around[index]
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
    private func partsBracketOpens(_ text: NarrativeText, before index: Int, from start: Int) -> Bool {
        guard let open = (start..<index).last(where: { Self.openingBrackets.contains(text.scalars[$0]) }),
              !(open..<index).contains(where: { Self.closingBrackets.contains(text.scalars[$0]) }) else { return false }
        return partWords.contains { text.hasPrefix($0, at: open + 1) }
    }

    private static let openingBrackets: ScalarSet = ["（", "("]
    private static let closingBrackets: ScalarSet = ["）", ")"]

    /// True when the figure at `index` is in a list after 其中 that follows a
    /// certain figure of a `listedAfter` claim (办结12件，其中予以公开5件、部分
    /// 公开3件), every figure between being a listed part read too.
    private func listedAfterTotal(_ text: NarrativeText, before index: Int, found: [NarrativeStatement]) -> Bool {
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
    private func figureOfEach(in text: NarrativeText, context: Range<Int>, number: StatedNumber,
                            clause: Range<Int>, beforeFigure: Range<Int>) -> [NarrativeStatement] {
        var spans: [Int: Range<Int>] = [:]
        for (index, span) in beforeIndex.lastMatches(in: text, context) {
            let phrase = before[index]
            guard phrase.certain && phrase.before.parts.count == 1 && kindOf[phrase.claim] == nil else { continue }
            if let known = spans[phrase.claim], known.upperBound >= span.upperBound { continue }
            spans[phrase.claim] = span
        }
        let listed = spans.sorted { $0.value.lowerBound < $1.value.lowerBound }
        guard listed.count >= 2, let last = listed.last?.value, number.start - last.upperBound <= 4,
              !(last.upperBound..<number.start).contains(where: { NarrativeText.isClauseEnd(text.scalars[$0]) }),
              zip(listed, listed.dropFirst()).allSatisfy({ pair in
                  pair.0.value.upperBound <= pair.1.value.lowerBound && joins(text, pair.0.value.upperBound..<pair.1.value.lowerBound)
              }) else { return [] }
        return listed.compactMap { claim, _ in
            guard claims.claims[claim].unit == .count, !unless[claim].contains(where: { text.contains($0, in: clause) }),
                  !unlessBefore[claim].contains(where: { text.lastMatch(of: $0.parts, in: beforeFigure, gaps: $0.gaps) != nil }),
                  outOfScope.allSatisfy({ !scopesOut($0, text, in: clause) }) else { return nil }
            let certain = certainWith[claim].isEmpty || certainWith[claim].contains { text.contains($0, in: beforeFigure) }
            return NarrativeStatement(claim: claims.claims[claim], value: number.value, precision: number.precision,
                                      range: number.start..<number.end, unitEnd: number.unitEnd, certain: certain, distributed: true)
        }
    }

    private static let notOne: [[Unicode.Scalar]] = ["无", "没有", "未有", "并无", "未发生", "没有发生", "未出现", "没有出现", "未引发", "未收到", "未接到"].map { Array($0.unicodeScalars) }

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
    private func kindNamed(in text: NarrativeText, _ range: Range<Int>, ignoring: Set<Int> = []) -> Int? {
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
    private func saysOtherwiseBefore(_ claim: Int, _ text: NarrativeText, in range: Range<Int>) -> Bool {
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
    private func includesLastYear(_ text: NarrativeText, after unitEnd: Int, words: [PhrasePattern]) -> Bool {
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
    private func opensBracket(_ text: NarrativeText, after unitEnd: Int, words: [[Unicode.Scalar]]) -> Bool {
        guard !words.isEmpty else { return false }
        let i = text.skipping(NarrativeText.spaces, from: unitEnd)
        guard i < text.scalars.count, text.scalars[i] == "（" || text.scalars[i] == "(" else { return false }
        return words.contains { text.hasPrefix($0, at: text.skipping(NarrativeText.spaces, from: i + 1)) }
    }

    /// Every number with a unit, in order of appearance.
    func numbers(in text: NarrativeText) -> [StatedNumber] {
        let scalars = text.scalars
        var found: [StatedNumber] = []
        var i = 0
        while i < scalars.count {
            let start = i
            var value: Decimal, decimals = 0
            if NumberReader.digit(scalars[i]) != nil {
                guard let arabic = NumberReader.arabic(in: scalars, at: i) else { i += 1; continue }
                (value, decimals, i) = arabic
            } else if NumberReader.isChineseNumeral(scalars[i]) {
                while i < scalars.count, NumberReader.isChineseNumeral(scalars[i]) { i += 1 }
                // 三万元: the 万 belongs to the unit.
                let run = i - 1 > start && scalars[i - 1] == "万" && i < scalars.count && scalars[i] == "元" ? start..<(i - 1) : start..<i
                guard let parsed = NumberReader.chinese(scalars[run]) else { continue }
                // 无一起被纠错, 未发生一起: “not one”, no figure (a none for zeros()).
                if run.count == 1, scalars[start] == "一", Self.notOne.contains(where: { text.hasSuffix($0, endingAt: start, notBefore: 0) }) {
                    i = run.upperBound
                    continue
                }
                value = Decimal(parsed)
                i = run.upperBound
            } else {
                i += 1
                continue
            }
            let end = i
            // Printed PDFs put spaces around numbers: 申请 3119 件.
            while i < scalars.count, NarrativeText.spaces.contains(scalars[i]) { i += 1 }
            // 100余件, 100多件
            var approximate = false
            for word in approximateAfter where text.hasPrefix(word, at: i) {
                approximate = true
                i += word.count
                break
            }
            guard i < scalars.count else { break }
            let unit: StatedNumber.Unit
            if NumberReader.countUnits.contains(scalars[i]) {
                unit = .count
                i += 1
            } else if scalars[i] == "%" || scalars[i] == "％" {
                unit = .percent
                i += 1
            } else if scalars[i] == "万", i + 1 < scalars.count, scalars[i + 1] == "元" {
                unit = .tenThousandYuan
                i += 2
            } else {
                continue
            }
            found.append(StatedNumber(start: start, end: end, value: value, decimals: decimals, unit: unit,
                                      unitEnd: i, approximate: approximate))
        }
        return found
    }

    func isApproximate(_ number: StatedNumber, in text: NarrativeText, floor: Int) -> Bool {
        approximateBefore.contains { text.hasSuffix($0, endingAt: number.start, notBefore: floor) }
            || approximateAfter.contains { text.hasPrefix($0, at: number.unitEnd) }
    }

    /// True when `word` is in the range as a word of its own: not where it
    /// straddles the edge of a phrase's word (结转办理 is 结转 + 办理, not 转办).
    func scopesOut(_ word: [Unicode.Scalar], _ text: NarrativeText, in range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while let found = text.firstMatch(of: [word], in: i..<range.upperBound) {
            if !phraseWords.contains(where: { straddles($0, found, text) }), !notScoping.holds(found, in: text) { return true }
            i = found.lowerBound + 1
        }
        return false
    }

    /// A phrase word that overlaps `span` without either holding the other.
    private func straddles(_ phrase: [Unicode.Scalar], _ span: Range<Int>, _ text: NarrativeText) -> Bool {
        let from = max(0, span.lowerBound - phrase.count + 1)
        for start in from..<span.upperBound where start + phrase.count <= text.scalars.count {
            let candidate = start..<(start + phrase.count)
            guard candidate.overlaps(span), !(candidate.lowerBound <= span.lowerBound && candidate.upperBound >= span.upperBound),
                  !(span.lowerBound <= candidate.lowerBound && span.upperBound >= candidate.upperBound),
                  text.hasPrefix(phrase, at: start) else { continue }
            return true
        }
        return false
    }

    /// Where a figure's sentence is about the report's year (本年, 全年,
    /// 2021年), with no words of a span of years (自2019年以来, 历年, 截至
    /// 2021年底): in the sentence up to the figure, or, where that names no
    /// year at all, in the one sentence before it (2021年，…。累计收到申请2件),
    /// unless that one states the same quantity already (全年收到申请5件。累计
    /// 收到30件 may count since the start); nil when neither is.
    private func reportYearScope(_ text: NarrativeText, before: Range<Int>, sentenceEnd: Int, year: Int,
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
    /// 受理…申请2件: every way in, not one channel), true otherwise.
    private func saysOtherwise(_ words: [[Unicode.Scalar]], _ text: NarrativeText, in range: Range<Int>, before figure: Int) -> Bool? {
        guard words.contains(where: { text.contains($0, in: range) }) else { return nil }
        guard let listEnd = everyWayWords.compactMap({ text.lastMatch(of: [$0], in: range.lowerBound..<figure)?.lowerBound }).max() else { return true }
        return words.contains { text.contains($0, in: min(listEnd, range.upperBound)..<range.upperBound) }
    }

    /// True when one of `words` is in `range` other than right after one of
    /// `allOfTotalWords` (…信件2件，均为网络申请: every application came that
    /// way, so 网络申请 names no channel's part).
    private func namesOneWay(_ words: [[Unicode.Scalar]], _ text: NarrativeText, in range: Range<Int>) -> Bool {
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
    private func isAmongOtherReasons(_ text: NarrativeText, after index: Int) -> Bool {
        guard !otherReasons.isEmpty else { return false }
        let next = text.skipping(Self.closingQuotes, from: index)
        return otherReasons.contains { text.hasPrefix($0, at: next) }
    }

    private static let closingQuotes: ScalarSet = ["”", "\"", "’", "'", "」", "』"]

    /// True when nothing but spaces, or a part word alone (其中), stands
    /// between the clause's start and the figure.
    private func opensItsClause(_ text: NarrativeText, from start: Int, to figure: Int) -> Bool {
        let first = text.skipping(NarrativeText.spaces, from: start)
        guard first < figure else { return true }
        return partWords.contains { word in
            text.hasPrefix(word, at: first) && text.skipping(NarrativeText.spaces, from: first + word.count) == figure
        }
    }

    /// True when a figure the phrases did not read ends an item before
    /// `index` in its sentence (其中网上申请3件，予以公开3件; …；信函申请3件，
    /// 予以公开1件): a part of the whole, perhaps, whose outcome the next
    /// figure may be. Not a figure the clause goes on after (7件申请均已办结).
    private func afterUnreadPart(_ text: NarrativeText, before index: Int, numbers: [StatedNumber], found: [NarrativeStatement]) -> Bool {
        let sentenceStart = text.start(of: index, ends: NarrativeText.sentenceEnds)
        return numbers.contains { figure in
            figure.unit != .percent && figure.start >= sentenceStart && figure.start < index
                && (text.end(of: figure.unitEnd, ends: NarrativeText.clauseEnds) == figure.unitEnd || text.scalars[figure.unitEnd] == "、")
                && !found.contains { $0.range.lowerBound == figure.start }
        }
    }

    /// True when the sentence names a year other than the report's before
    /// the figure (2020年受理申请12件 in a 2021 report).
    private func mentionsOtherYear(_ text: NarrativeText, before index: Int, year: Int) -> Bool {
        namedYear(text, in: text.start(of: index, ends: NarrativeText.sentenceEnds)..<index) { $0 != year } != nil
    }

    /// Outcomes stated as the whole of a figure just read: 被申请行政复议2件，
    /// 均维持原行政行为 is 结果维持 = 2, when nothing else is counted between
    /// and the figure names one kind of appeal only; after figures of two
    /// kinds listed together (行政复议2件、行政诉讼1件，均维持), each kind's
    /// outcome is its own figure.
    private func wholes(in text: NarrativeText, after statements: [NarrativeStatement], numbers: [StatedNumber]) -> [NarrativeStatement] {
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

    /// Quantities stated as none: 未收到政府信息公开申请, 无行政复议; outcomes
    /// of table 四 (无被纠错, 行政诉讼无败诉) of the kind the phrase or the
    /// sentence names.
    private func zeros(in text: NarrativeText, numbers: [StatedNumber], year: Int) -> [NarrativeStatement] {
        guard !none.isEmpty else { return [] }
        var found: [NarrativeStatement] = []
        var clauseStart = 0
        var figures = numbers.filter { $0.unit != .percent }.makeIterator()
        var nextFigure = figures.next()
        for i in 0...text.scalars.count where i == text.scalars.count || NarrativeText.isClauseEnd(text.scalars[i]) {
            let clause = clauseStart..<i
            clauseStart = i + 1
            var hasFigure = false
            while let figure = nextFigure, figure.start < clause.upperBound {
                if figure.start >= clause.lowerBound { hasFigure = true }
                nextFigure = figures.next()
            }
            guard !hasFigure, clause.count >= 2,
                  clause.contains(where: { isNegation(at: $0, in: text) }) else { continue }
            // The phrases of none found in the clause, in the form's order.
            let spans = noneIndex.lastMatches(in: text, clause)
            guard !spans.isEmpty, !mentionsOtherYear(text, before: clause.upperBound, year: year),
                  !partOfYear.isNamed(in: text, text.start(of: clause.lowerBound, ends: NarrativeText.sentenceEnds)..<clause.upperBound) else { continue }
            // An out-of-scope word puts the clause out, unless it is inside
            // the claim's own none words (纠错 in 行政复议…被纠错).
            let scopedOut = outOfScope.filter { scopesOut($0, text, in: clause) }
            let sentenceStart = text.start(of: clause.lowerBound, ends: NarrativeText.sentenceEnds)
            // The claims stated already: a handful, so an array.
            var seen: [Int] = []
            for (index, span) in spans where !seen.contains(none[index].claim) {
                let phrase = none[index]
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
                found.append(NarrativeStatement(claim: claims.claims[phrase.claim], value: 0, precision: 1,
                                                range: span.lowerBound..<(span.lowerBound + 1), unitEnd: span.upperBound, certain: certain,
                                                writtenAsNone: true))
            }
        }
        return found
    }

    /// True when `word` stands in a none's clause other than as a later item
    /// of its list holding another total's none: 未收到任何形式的依申请公开信息、
    /// 行政复议和行政诉讼 (海口市政府研究室 2023) states received none, its 复议
    /// being the reviews' own item; 未收到因…申请引起的行政复议 (no join after the
    /// applications) and 未发生行政复议、行政诉讼被纠错 (被纠 no total's none) still do.
    private func putsNoneOut(_ word: [Unicode.Scalar], _ text: NarrativeText, clause: Range<Int>, span: Range<Int>, claim: Int,
                             listed: [(phrase: Int, span: Range<Int>)]) -> Bool {
        let join = (span.upperBound..<clause.upperBound).first { Self.noneListJoins.contains(text.scalars[$0]) }
        var i = clause.lowerBound
        while let found = text.firstMatch(of: [word], in: i..<clause.upperBound) {
            let othersItem = join.map { found.lowerBound > $0 } == true && listed.contains { other in
                let otherClaim = none[other.phrase].claim
                return otherClaim != claim && kindOf[otherClaim] == nil && other.span.lowerBound <= found.lowerBound && other.span.upperBound >= found.upperBound
            }
            if !othersItem { return true }
            i = found.lowerBound + 1
        }
        return false
    }

    private static let noneListJoins: ScalarSet = ["、", "和", "及", "与", "或"]

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
        let regionNamed = regionWords.contains { text.contains($0, in: range) }
        // A department's figure after its government's level (市政府本级…263件)
        // may be the level's rather than its own table's: probable. After
        // the agency's own word (全市共受理…100件，其中我局受理12件), its own.
        guard regionIsOwn else {
            let level = departmentNamesLevel ? lastOwnLevel(text, in: range) : nil
            guard regionNamed || level != nil else { return false }
            guard let own = lastWord(of: ownAgencyWords, in: text, range) else { return true }
            let region = regionWords.compactMap { text.lastMatch(of: [$0], in: range)?.upperBound }.max() ?? range.lowerBound
            return max(region, level ?? range.lowerBound) > own
        }
        let region = { regionWords.compactMap { text.lastMatch(of: [$0], in: range)?.upperBound }.max() ?? range.lowerBound }
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
                let clause = found.upperBound..<text.end(of: found.upperBound, ends: NarrativeText.clauseEnds)
                if ownLevelFigureWords.contains(where: { text.contains($0, in: clause) }),
                   clause.contains(where: { NumberReader.digit(text.scalars[$0]) != nil }) { return true }
            }
            return false
        }
    }

    /// True when a clause of the figure's sentence (to its full stop: 政府
    /// 新收…2件；部门新收…4件 — 荔浦市 2022) opens with one of `partAgencyWords`
    /// stating that part's figures: words of applications and a figure follow
    /// it in its clause. Not a word inside its clause (全县32个部门共受理…,
    /// 县政府及相关部门共受理…: the whole), nor the agency's own (本部门).
    private func namesAPartsFigures(_ text: NarrativeText, around figure: Range<Int>) -> Bool {
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

    private static let negations: ScalarSet = ["未", "无", "没"]

    /// 未, 无 or 没 as a negation: not 未 of 未经 (未经复议直接起诉的…被纠错).
    private func isNegation(at index: Int, in text: NarrativeText) -> Bool {
        Self.negations.contains(text.scalars[index])
            && !(text.scalars[index] == "未" && index + 1 < text.scalars.count && text.scalars[index + 1] == "经")
    }

    /// True when a kind's word is anywhere in the range.
    private func names(anyKindIn range: Range<Int>, _ text: NarrativeText) -> Bool {
        kinds.contains { words in words.contains { text.contains($0, in: range) } }
    }

    /// The kind whose word starts at `index`, the longest word over a
    /// shorter one (复议后起诉 over 行政复议 in 行政复议后起诉).
    private func kindStarting(at index: Int, in text: NarrativeText) -> Int? {
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

extension NarrativeClaims {
    /// The folding of characters, by Unicode scalar (as narratives are read).
    var scalarFolding: ScalarFolding {
        var folding: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in self.folding {
            if let f = from.unicodeScalars.first, let t = to.unicodeScalars.first { folding[f] = t }
        }
        return ScalarFolding(folding)
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
