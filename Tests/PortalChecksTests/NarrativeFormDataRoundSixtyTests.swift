@testable import PortalChecks
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

    /// The claims without this round's `unlessBeforeFigure` words.
    static func withoutRoundSixtyWords(_ claims: NarrativeClaims) -> NarrativeClaims {
        let words: Set<String> = ["超期", "逾期", "延期"]
        return changing(claims) { claim in
            claim.unlessBeforeFigure.removeAll { words.contains($0) }
        }
    }
}
