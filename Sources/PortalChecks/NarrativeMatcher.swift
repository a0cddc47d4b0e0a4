import Foundation
import PortalModel

/// A form's narrative claims compiled once: phrases as scalar arrays, so
/// that reading a narrative is one pass over its text plus a look at the
/// clause around each figure. The reading is split by concern: naming a
/// figure (`+Resolve`), the figures themselves (`+Numbers`), what its
/// sentence says besides the phrases (`+Clauses`), statements without a
/// figure (`+Implied`) and whose figures they are (`+Scope`); the compiled
/// words below are internal so that those files read them.
struct NarrativeMatcher {
    struct Phrase {
        var claim: Int
        /// Words before the figure (in its context) and after it (just after
        /// its unit); either may be empty: 受理…申请 | 58件顺延到下年度 | 收到8件…申请.
        var before: PhrasePattern
        var after: PhrasePattern
        var certain: Bool
    }

    let claims: NarrativeClaims
    let before: [Phrase]
    let after: [Phrase]
    let around: [Phrase]
    /// Phrases with no words before the figure (`#予以公开`): the figure
    /// opening its clause, the words right after its unit (其中，1件予以公开，
    /// 2件不予公开), the longest one that fits.
    let leading: [Phrase]
    let none: [Phrase]
    /// The lists above indexed by first scalar (`before` and `around` by
    /// their words before the figure, `after` by its words after it).
    let beforeIndex: PhraseIndex
    let afterIndex: PhraseIndex
    let aroundIndex: PhraseIndex
    let noneIndex: PhraseIndex
    let unless: [[[Unicode.Scalar]]]
    let certainWith: [[[Unicode.Scalar]]]
    let unlessBefore: [[PhrasePattern]]
    let unlessAfter: [[[Unicode.Scalar]]]
    let unlessBeforeFigure: [[[Unicode.Scalar]]]
    let probableWith: [[[Unicode.Scalar]]]
    private let probableUnless: [[[Unicode.Scalar]]]
    private let inYear: [[[Unicode.Scalar]]]
    let thisYearWords: [[Unicode.Scalar]]
    let acrossYearWords: [[Unicode.Scalar]]
    let partOfYear: PartOfYear
    let agencyNames: [[Unicode.Scalar]]
    /// `agencyNames` and the lists of every kind of applicant, masked before
    /// the phrases read a text.
    let maskedNames: [[Unicode.Scalar]]
    private(set) var regionWords: [[Unicode.Scalar]]
    let taskVerbs: [[Unicode.Scalar]]
    let ownLevelWords: [[Unicode.Scalar]]
    let ownLevelFigureWords: [[Unicode.Scalar]]
    let ownAgencyWords: [[Unicode.Scalar]]
    let partAgencyWords: [[Unicode.Scalar]]
    let regionReportWords: [PhrasePattern]
    let ownLevelReportWords: [[Unicode.Scalar]]
    /// `regionWords` and `ownLevelWords` indexed: is either anywhere in a
    /// narrative (asked of every government's report).
    private(set) var regionIndex: PhraseIndex
    let ownLevelIndex: PhraseIndex
    let notScoping: NotScoping
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
    /// The words of regions above a government's own level (全省 in a 市's report: the form's `higherRegions`), set
    /// per report from its name: a figure they scope is that region's (`namesRegion`). Empty: none known.
    var higherRegionWords: [[Unicode.Scalar]] = []
    /// Phrases that name their claim only right before the figure, in a
    /// sentence with one of its `certainWith` words (复议0件、诉讼0件).
    let bare: [Phrase]
    /// Each claim's literal words of its `none` phrases: an out-of-scope
    /// word inside them (纠错 in 无被纠错) does not put the zero out.
    let noneWords: [[[Unicode.Scalar]]]
    /// Each claim's kind (an index into `kinds`), when its phrases name an
    /// outcome shared by kinds (维持 of 行政复议 or of 行政诉讼).
    let kindOf: [Int?]
    /// The kind of each total whose outcomes have a kind (reviews: 行政复议's),
    /// by the total's id: a kind stated as 0 in a sentence is not the one its
    /// outcomes are of (行政复议5宗、行政诉讼0宗，其中2宗维持).
    let totalKinds: [String: Int]
    /// Every kind's words, and each claim's literal words (an out-of-scope
    /// word inside them, 维持 in 结果维持, does not put its own figure out).
    let kinds: [[[Unicode.Scalar]]]
    let ownWords: [[[Unicode.Scalar]]]
    /// The words of every claim with a kind (维持, 纠正, 败诉, 尚未审结).
    private let outcomeWords: [[Unicode.Scalar]]
    /// Words right after a total saying last year's are among it (含上年结转;
    /// `…` a short gap: 其中…为上年结转 reads （其中1件为上年结转…）).
    private let including: [[PhrasePattern]]
    /// Every claim's `including` words: after a probable phrase they leave
    /// the figure unread.
    private let anyIncluding: [PhrasePattern]
    let whole: [[[Unicode.Scalar]]]
    private let includingAs: [Int?]
    private let bracketed: [[[Unicode.Scalar]]]
    let outOfScope: [[Unicode.Scalar]]
    /// The literal words of every claim's phrases: an out-of-scope word read
    /// across the edge of one (上年结转|办理 holds 转办) is not that word.
    let phraseWords: [[Unicode.Scalar]]
    let otherMatters: [[Unicode.Scalar]]
    /// The words of rule narrative-change.
    let changeWords: ChangeWords
    let partWords: [[Unicode.Scalar]]
    let listedParts: Set<Int>
    let listedAfter: Set<Int>
    let probableAfterPartWord: Set<Int>
    let listedSubRows: Set<Int>
    let otherReasons: [[Unicode.Scalar]]
    let everyWayWords: [[Unicode.Scalar]]
    let allOfTotalWords: [[Unicode.Scalar]]
    /// Words naming the applicant (申请人), masked where nones are looked for.
    let applicantWords: [[Unicode.Scalar]]
    let bareAfterSentence: Set<Int>
    let appealsOfAPart: Set<Int>
    let appealedAnswerWords: [[Unicode.Scalar]]
    let approximateBefore: [[Unicode.Scalar]]
    let approximateAfter: [[Unicode.Scalar]]
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
        maskedNames = agencyNames + claims.everyApplicantWords.map(scalars)
        regionWords = claims.regionWords.map(scalars)
        taskVerbs = claims.taskVerbs.map(scalars)
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
        probableAfterPartWord = Set(claims.probableAfterPartWord.compactMap { id in claims.claims.firstIndex { $0.id == id } })
        listedSubRows = Set(claims.listedSubRows.compactMap { id in claims.claims.firstIndex { $0.id == id } })
        otherReasons = claims.otherReasons.map(scalars)
        everyWayWords = claims.everyWayWords.map(scalars)
        allOfTotalWords = claims.allOfTotalWords.map(scalars)
        applicantWords = claims.applicantWords.map(scalars)
        bareAfterSentence = Set(claims.bareAfterSentence.compactMap { id in claims.claims.firstIndex { $0.id == id } })
        appealsOfAPart = Set(claims.appealsOfAPart.compactMap { id in claims.claims.firstIndex { $0.id == id } })
        appealedAnswerWords = claims.appealedAnswerWords.map(scalars)
        approximateBefore = claims.approximateBefore.map(scalars)
        approximateAfter = claims.approximateAfter.map(scalars)
        folding = claims.scalarFolding
    }

    var isEmpty: Bool { claims.claims.isEmpty }

    /// The matcher reading a zone's own body's report (`Agency.Kind.namesAZone`): the words it names itself with
    /// (`zoneSelfWords`: 我区 — 天津经开区 2024's 我区受理依申请公开政府信息145件) are no region's there, its own figures.
    func speakingAsAZone() -> NarrativeMatcher {
        let own = claims.zoneSelfWords.map { Array($0.unicodeScalars) }
        guard !own.isEmpty else { return self }
        var matcher = self
        matcher.regionWords = regionWords.filter { !own.contains($0) }
        matcher.regionIndex = PhraseIndex(matcher.regionWords.map { PhrasePattern(word: $0) })
        return matcher
    }

    /// Every statement the text makes about a claimed quantity, in order.
    /// `year` is the report's: a clause about another year states nothing here.
    func statements(in text: NarrativeText, year: Int) -> [NarrativeStatement] {
        statements(inPrepared: prepared(text, year: year), year: year)
    }

    /// The text as the phrases read it: the carry-over years named as the
    /// form's words, the agency's names and the lists of every kind of applicant masked.
    func prepared(_ text: NarrativeText, year: Int) -> NarrativeText {
        text.namingCarryYears(year).maskingNames(maskedNames)
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
        // Appeals of every matter, divided by a part naming table 四's subject (`dividedBySubject`): not read.
        var everyMatter: [NarrativeStatement] = []
        for (index, number) in numbers.enumerated() {
            let clauseStart = text.start(of: number.start, ends: NarrativeText.clauseEnds)
            defer { contextStart = number.unitEnd; if number.unit != .percent { lastFigureEnd = number.unitEnd } }
            if number.unit == .percent {
                // 占X%: the share of the figure just stated, in the same sentence.
                let sentenceStart = text.start(of: number.start, ends: NarrativeText.sentenceEnds)
                // Not after 其中 (收到申请13件，其中自然人申请占比80%: the part's share), nor of a part's appeals
                // (其中…行政复议21宗、行政诉讼10宗，占申请件比例4.63%: of the list, 31 of 669).
                if var last = found.last, last.share == nil, !last.ofAPart, last.range.lowerBound >= sentenceStart,
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
                  !partOfYear.isNamed(in: text, sentenceToClause.lowerBound..<number.start),
                  // 2021年上半年，共收到…申请5件: a time heading the sentence; …，全年共收到…12件 (or 2021年共收到…) names the year again.
                  thisYearWords.contains(where: { text.contains($0, in: clause) }) || namesTheYear(text, in: clause, year: year)
                    || !partOfYear.headsSentence(in: text, sentenceToClause.lowerBound..<clauseStart, figures: numbers,
                                                 isTheYear: { isTheYearSoFar($0, in: text, year: year) }) else { continue }
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
            // 予以公开和部分公开各2件: a figure after 各 is never one claim's total (the pair's
            // is 4); nor after 各 before its verb (两个社区各收到申请1件: the whole's unknown).
            if let (claim, _) = resolved, eachPartBefore(claim, text, in: context) { continue }
            if each || (number.value == 0 && resolved == nil) {
                found += figureOfEach(in: text, context: context, number: number, clause: clause, beforeFigure: beforeFigure, found: found)
                continue
            }
            guard case (var claim, let named)? = resolved,
                  claims.claims[claim].unit == (number.unit == .tenThousandYuan ? .tenThousandYuan : .count),
                  case let otherMatter = saysOtherwise(unless[claim], text, in: clause.lowerBound..<itemAfter, before: number.start), otherMatter != true,
                  !saysOtherwiseBefore(claim, text, in: beforeFigure),
                  !isOneOutcomeAmongOthers(claim, text, after: number.unitEnd),
                  case let oneWayIn = saysOtherwise(unlessBeforeFigure[claim], text, in: clauseStart..<number.start, before: number.start), oneWayIn != true
            else { continue }
            // Before the rules below (a probable whole, 全区…，is put out by an outcome's word anywhere in its
            // sentence: 被纠错1件 after the part), so that the part after it knows its whole.
            if appealsOfAPart.contains(claim), dividedBySubject(claim, text, item: max(sentenceToClause.lowerBound, lastFigureEnd)..<clause.upperBound) {
                everyMatter.append(NarrativeStatement(claim: claims.claims[claim], value: number.value, precision: number.precision,
                                                      range: number.start..<number.end, unitEnd: number.unitEnd, certain: false))
                continue
            }
            // 因政府信息公开被申请行政复议5件，其中，涉及不予公开3件: the reviews of withheld answers, no row of table 三;
            // …5件，不予公开3件: perhaps those, perhaps table 三's next item (probable).
            let appealed = kindOf[claim] == nil && !appealsOfAPart.contains(claim)
                ? appealsDivision(text, clauseStart: clauseStart, found: found, claim: claim, value: number.value) : .none
            if appealed == .part { continue }
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
            // 其中涉及行政复议4件 (嵊州市政府办 2022, after 答复办理…申请56件): a part's appeals, probable;
            // but 全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件 narrows every review to table 四's.
            // 其中，涉及政府信息公开行政复议4件: the part word alone in its clause divides the same way.
            let afterPartWord = followsPartWordAlone(text, clauseStart: clauseStart)
            let whole = (amongParts || afterPartWord) && appealsOfAPart.contains(claim) ? everyMatter.last { whole in
                whole.claim.id == claims.claims[claim].id
                    && partClause(in: text, after: text.end(of: whole.unitEnd, ends: NarrativeText.clauseEnds)) == clauseStart
            } : nil
            // 其中，涉及行政复议4件，被纠错2件: after a part word alone too, so its outcomes are the part's.
            let ofAPart = (amongParts || afterPartWord) && appealsOfAPart.contains(claim) && whole == nil
            guard !amongParts || ofAPart || whole != nil || listedParts.contains(claim) || listedSubRows.contains(claim)
                || namedAfterItsFigure(claim, text, opensClause: opensClause, after: number.unitEnd..<itemEnd) else { continue }
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
            let certain = named && (!(amongParts || inPartsBracket) || afterTotal || whole != nil) && !ofAPart && !probable && !everyWay && !afterPart
                && appealed != .perhaps && !namesRegion(text, in: sentenceToClause)
                && !namesAPartsFigures(text, around: number.start..<number.unitEnd)
                && !(probableAfterPartWord.contains(claim) && afterPartWord && whole == nil)
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
                                            range: number.start..<number.end, unitEnd: number.unitEnd, certain: certain, ofAPart: ofAPart))
        }
        found += wholes(in: text, after: found, numbers: numbers)
        found += nones
        return settled(found, in: text)
    }
}
