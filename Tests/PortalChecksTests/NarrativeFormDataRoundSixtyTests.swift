@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round sixty's readings, in both forms.
extension NarrativeFormDataTests {
    /// Each (sentence, read now, read without the round's words).
    static func lateReplies(year: Int) -> [(String, String, String)] {
        [
            ("\(year)年，全区共收到政府信息依申请件454件，答复458件（含上年结转8件），结转下年办理4件，超期答复件 0 件，较好维护了管委会的公信力。",
             "received=454! closed=458! carriedOver=8! carriedForward=4!",
             "received=454! closed=458~ carriedOver=8! carriedForward=4! closed=0~"),
            // Probes: the other words, a figure above zero.
            ("\(year)年，共办结政府信息公开申请20件，逾期答复2件。", "closed=20!", "closed=20~ closed=2~"),
            ("\(year)年，经延期答复3件。", "", "closed=3!"),
            // The words after the figure, or in another clause: the total as before.
            ("\(year)年，共答复政府信息公开申请15件，无超期答复。", "closed=15!", "closed=15!"),
            ("\(year)年未出现超期情况，共办结政府信息公开申请15件。", "closed=15!", "closed=15!"),
        ]
    }

    /// 答复458件（含上年结转8件），结转下年办理4件，超期答复件 0 件 (大连高新区 2024, 454 + 8 =
    /// 458 + 4): the late replies are a part of what was closed, not 三（七）总计 (before:
    /// closed=0~, a false warning, and the 458 beside it made probable). 逾期 and 延期 in
    /// the figure's clause before it alike; after the figure, or in another clause,
    /// they leave the total as it was.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theLateRepliesAreNotTheClosedTotal(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.lateReplies(year: year), now: claims, before: Self.withoutRoundSixtyWords(claims), year: year)
    }

    /// 受理自然人、商业主体政府信息公开申请30件 (厦门市生态环境局 2025): 商业主体 is a
    /// business (商业企业), so two kinds share the figure and neither column is read
    /// (without the word: received.自然人=30~, a false warning; before this round
    /// closed.自然人=30~ too, which the round's 上年度结转办理 now puts out). 商业主体
    /// alone is the businesses' column, not the total (before: received=3!, a part
    /// read as 本年新收's 总计).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aBusinessBesideNaturalPersonsIsTwoKinds(id: String) throws {
        let form = try #require(FormLoader.builtInForms().forms[id])
        let year = id == "gov-info-2021" ? 2021 : 2020
        var before = form.narrativeBreakdowns
        before.columnParts = before.columnParts.map { part in
            var part = part
            part.words.removeAll { $0 == "商业主体" }
            return part
        }
        let words: Set<String> = ["收到商业主体", "受理商业主体", "接到商业主体", "商业主体"]
        let plain = Self.changing(form.narrativeClaims) { claim in claim.unless.removeAll { words.contains($0) } }
        func read(_ breakdowns: NarrativeBreakdowns, _ sentence: String) -> String {
            let matcher = NarrativeMatcher(breakdowns == form.narrativeBreakdowns ? form.narrativeClaims : plain)
            return NarrativeFigureCheck.statements(in: NarrativeText(sentence, folding: matcher.folding), year: year, matcher: matcher,
                                                   columns: ColumnPartWords(breakdowns))
                .map { "\($0.claim.id)=\($0.value.plainText)\($0.certain ? "!" : "~")" }.joined(separator: " ")
        }
        for (sentence, now, then) in [
            ("\(year)年，我局共受理自然人、商业主体政府信息公开申请30件、已办结30件，上年度结转办理1件。",
             "carriedOver=1!", "received.自然人=30~ carriedOver=1!"),
            ("\(year)年，共受理商业主体政府信息公开申请3件。", "received.商业企业=3~", "received=3!"),
            ("\(year)年，共办结商业主体政府信息公开申请3件。", "closed.商业企业=3~", "closed=3!"),
            // Natural persons alone: as before.
            ("\(year)年，共受理自然人政府信息公开申请3件。", "received.自然人=3~", "received.自然人=3~"),
        ] {
            #expect(read(form.narrativeBreakdowns, sentence) == now, "\(sentence)")
            #expect(read(before, sentence) == then, "\(sentence)")
        }
    }

    /// 已办结30件，上年度结转办理1件 (厦门市生态环境局 2025): last year's handled after the
    /// closed figure, its words the other way round from round fifty-six's (办理上年度结转):
    /// the 30 are the year's own closed, not 三（七）总计 (the 自然人 before them put that
    /// page's out already; without it, closed=30!, an error against a table of 31).
    /// Last year's handled before the figure reads as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func lastYearsHandledAfterTheClosedFigureEitherWayRound(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let words: Set<String> = ["上年结转办理", "上年度结转办理", "上一年度结转办理", "上年结转办结", "上年度结转办结", "上一年度结转办结"]
        let plain = Self.changing(claims) { claim in claim.unlessAfter.removeAll { words.contains($0) } }
        Self.expectReadNowAndBefore([
            ("\(year)年，我局共受理政府信息公开申请30件、已办结30件，上年度结转办理1件。",
             "received=30! carriedOver=1!", "received=30! closed=30! carriedOver=1!"),
            ("\(year)年，共受理政府信息公开申请12件，办结12件，上年结转办结2件。", "received=12!", "received=12! closed=12!"),
            ("\(year)年全区共收到依申请公开件40件，上年度结转办理件2件，共办结35件，结转到\(year + 1)年办理7件。",
             "received=40! carriedOver=2! closed=35! carriedForward=7!", "received=40! carriedOver=2! closed=35! carriedForward=7!"),
        ], now: claims, before: plain, year: year)
    }

    /// The claims without this round's `unlessBeforeFigure` words.
    static func withoutRoundSixtyWords(_ claims: NarrativeClaims) -> NarrativeClaims {
        let words: Set<String> = ["超期", "逾期", "延期"]
        return changing(claims) { claim in
            claim.unlessBeforeFigure.removeAll { words.contains($0) }
        }
    }
}
