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
