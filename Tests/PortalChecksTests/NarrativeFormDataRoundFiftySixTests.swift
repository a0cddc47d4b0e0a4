@testable import PortalChecks
import PortalModel
import Testing

/// Round fifty-six's readings, in both forms.
extension NarrativeFormDataTests {
    /// 按时办结54件，办理上年结转2件 (万源市 2025, whose outcomes sum to 55 with 1
    /// carried forward): a closed figure followed by last year's handled beside it
    /// is the year's own, not 三（七）总计 (before: closed=54!, a false error against
    /// 55). 因…等情形依规答复8件 (崇川区数据局 2025, 17 closed): the replies for one
    /// reason are a part (before: closed=8!, a false error against 17). Closed
    /// figures with last year's handled before them, or with no reason, read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aPartOfWhatWasClosedIsNotTheClosedTotal(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.partsOfWhatWasClosed(year: year), now: claims, before: Self.withoutRoundFiftySixWords(claims), year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        #expect(claims.folding[Character("藥")] == Character("药"))
        #expect(claims.folding[Character("疊")] == Character("叠"))
    }

    /// Each (sentence, read now, read without the round's words).
    static func partsOfWhatWasClosed(year: Int) -> [(String, String, String)] {
        [
            ("\(year)年，我市共受理群众政府信息公开申请54件，按时办结54件，办理上年结转2件。",
             "received=54! carriedOver=2!", "received=54! closed=54! carriedOver=2!"),
            ("经审核分类办理，予以公开2件、部分公开5件，因不属于本单位公开范围且未掌握相关信息、经检索无对应信息等情形依规答复8件，因申请事项属于行政查询范畴依法不予公开2件。",
             "disclosed=2! partlyDisclosed=5!", "disclosed=2! partlyDisclosed=5! closed=8!"),
            // Probes: the other last year's words, the other reasons.
            ("\(year)年，共受理政府信息公开申请20件，办结18件，办结上年度结转3件。", "received=20!", "received=20! closed=18!"),
            ("\(year)年，因申请内容不明确等原因答复3件。", "", "closed=3!"),
            // Last year's closed before the total, and a total with no reason: as before.
            ("\(year)年区政府办公室共收到政府信息公开申请32件，办结上年结转3件，今年共办结35件。",
             "received=32! closed=35!", "received=32! closed=35!"),
            ("\(year)年，共受理政府信息公开申请15件，已全部答复15件。", "received=15! closed=15!", "received=15! closed=15!"),
        ]
    }

    /// 新收到…78件，结转上年度办理3件。其中，答复…75件 (硚口区政府办 2025, whose 2024
    /// report carried the 3 over: 三（七）总计 is 78): closed's figure right after 其中
    /// standing alone may be one year's, probable (before: closed=75!, a false error).
    /// 其中 inside the figure's clause, an outcome after 其中 alone, and closed in a
    /// later clause read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func closedRightAfterAPartWordAloneIsProbable(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        var before = claims
        before.probableAfterPartWord = []
        Self.expectReadNowAndBefore([
            ("新收到依申请公开政府信息78件，结转上年度办理3件。其中，答复依申请公开政府信息75件，均在法定期限内予以答复，结转下年度继续办理3件。",
             "received=78! carriedOver=3! closed=75~ carriedForward=3!", "received=78! carriedOver=3! closed=75! carriedForward=3!"),
            ("\(year)年，全区各级行政机关共受理信息公开申请件，其中，已答复的信息公开申请248件。", "closed=248~", "closed=248!"),
            ("\(year)年共收到政府信息公开申请12件。其中：办结10件，结转下年度2件。",
             "received=12! closed=10~ carriedForward=2!", "received=12! closed=10! carriedForward=2!"),
            // Not right after 其中 alone, or not closed: as before.
            ("其中，主动公开回复件共1件，办结1件，申请信息依法不属于本机关公开的有1件。", "closed=1!", "closed=1!"),
            ("\(year)年共收到政府信息公开申请12件，其中办结10件。", "received=12!", "received=12!"),
            ("其中，予以公开2件，部分公开2件。", "disclosed=2! partlyDisclosed=2!", "disclosed=2! partlyDisclosed=2!"),
        ], now: claims, before: before, year: year)
    }

    /// The claims without this round's `unlessAfter` and `unlessBefore` words.
    static func withoutRoundFiftySixWords(_ claims: NarrativeClaims) -> NarrativeClaims {
        let words: Set<String> = ["办理上年结转", "办结上年结转", "办理上年度结转", "办结上年度结转", "办理上一年度结转", "办结上一年度结转",
                                  "等情形…答复", "等原因…答复", "等理由…答复"]
        return changing(claims) { claim in
            claim.unlessAfter.removeAll { words.contains($0) }
            claim.unlessBefore.removeAll { words.contains($0) }
        }
    }
}
