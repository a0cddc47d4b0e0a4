@testable import PortalChecks
import Testing

/// Round thirty's readings, in both forms.
extension NarrativeFormDataTests {
    /// (sentence, read now, read without the round's phrases): 沌口街道 2024's,
    /// 东宝区财政局 2024's, and the figure before the noun after 受理.
    static func roundThirtysSentences(year: Int) -> [(String, String, String)] {
        [
            ("\(year)年，沌口街道接到2项政府信息公开的申请。", "received=2!", ""),
            ("\(year)年度收到2条政府信息公开相关申请，予以公开处理1件，结转下年度继续办理1件。",
             "received=2! disclosed=1! carriedForward=1!", "disclosed=1! carriedForward=1!"),
            ("\(year)年，我局受理3件政府信息公开的申请。", "received=3!", ""),
        ]
    }

    /// A figure before 政府信息公开的申请 (沌口街道 2024) or 政府信息公开相关申请
    /// (东宝区财政局 2024) is received's: 的 or 相关 stands between the noun's words.
    /// Without the phrases each reads as before (nothing, or the outcome only).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func applicationsNamedWithDeOrXiangguanAreRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.roundThirtysSentences(year: year), now: claims, before: Self.changing(claims) { claim in
            claim.phrases.removeAll { $0.hasSuffix("#政府信息公开的申请") || $0.hasSuffix("#政府信息公开相关申请") }
        }, year: year)
        // The none of the same words was read before and still is (正阳街道 2021).
        #expect(Self.statements(claims, year: year, "\(year)年度，正阳街道办事处未收到公众关于政府信息公开的申请。") == "received=0!")
        // Another matter's applications stay unread: not the noun of disclosure.
        #expect(Self.statements(claims, year: year, "\(year)年，我局收到2项行政许可的申请。") == "")
        // The folding added this round: a traditional-character page reads as the simplified one.
        #expect(Self.statements(claims, year: year, "\(year)年，涼山州審計局未收到依申請公開的申請。") == "received=0!")
        // Round twenty-nine's misses decided on real pages and left unread (one page each, no second found):
        // one channel named (南城街 2021), every channel listed then 0 (东新镇 2024). 朋普镇 2024's
        // 无…依申请公开办理情况 is read since round thirty-one (NarrativeFormDataRoundThirtyOneTests).
        #expect(Self.statements(claims, year: year, "\(year)年，南城街街道办事处接到8件信函形式的信息公开申请。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年度，我镇收到当面申请、电子邮件、传真、信函、和其他形式的政府信息公开申请0条。") == "")
    }
}
