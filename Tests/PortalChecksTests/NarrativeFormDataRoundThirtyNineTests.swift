@testable import PortalChecks
import Testing

/// Round thirty-nine's readings, in both forms.
extension NarrativeFormDataTests {
    /// 收到110件依申请公开件，办理完成108件，结转下年度继续办理2件 (泉州市丰泽区 2025):
    /// 办理完成 is 办结, as six pages write it, each 收到 = 办理完成 + 结转 (before:
    /// nothing). Without a figure after it, or of another matter, nothing.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func handlingCompletedIsClosed(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { $0.phrases.removeAll { $0 == "办理完成" } }
        Self.expectReadNowAndBefore([
            ("收到110件依申请公开件，办理完成108件，结转下年度继续办理2件，注重申请办理与矛盾化解联动。",
             "received=110! closed=108! carriedForward=2!", "received=110! carriedForward=2!"),
            ("\(year)年全区共收到政府信息公开申请42件，共办理完成42件，结转下年办理0件；发生行政复议8件。",
             "received=42! closed=42! carriedForward=0! reviews=8~", "received=42! carriedForward=0! reviews=8~"),
            ("\(year)年，办理完成政府信息公开申请5件。", "closed=5!", "closed=5~"),
            // No figure after it, a rate, or proposals: as before.
            ("\(year)年，收到依申请公开件5件，均已办理完成。", "received=5!", "received=5!"),
            ("\(year)年共收到政府信息公开申请5件，办理完成率100%。", "received=5!", "received=5!"),
            ("\(year)年，我局收到人大建议和政协提案39件，已全部办理完成39件。", "", ""),
        ], now: claims, before: before, year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("掛", "挂"), ("擴", "扩"), ("曉", "晓"), ("爾", "尔"), ("終", "终"), ("釋", "释"), ("閩", "闽")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
