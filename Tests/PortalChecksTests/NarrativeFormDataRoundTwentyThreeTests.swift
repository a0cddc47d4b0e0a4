@testable import PortalChecks
import Testing

/// Round twenty-three's readings, in both forms.
extension NarrativeFormDataTests {
    /// (sentence, read now, read without the round's words) for reports of `year`.
    static func roundTwentyThreesSentences(year: Int) -> [(String, String, String)] {
        [
            ("\(year)年本机关共受理政府信息公开申请15件，其中新收到14件，结转上年度办理1件，办结13件。",
             "handled=15! carriedOver=1! closed=13!", "received=15! carriedOver=1! closed=13!"),
            ("\(year)年共受理依申请公开33件，其中本年新收33件，上年结转0件。", "handled=33! carriedOver=0!", "received=33! carriedOver=0!"),
            ("全年共收到政府信息公开申请13件，均已依法按期办结，上年无结转申请。", "received=13! carriedOver=0!", "received=13!"),
            ("\(year)年，本单位新收到政府信息依申请公开2件，上年无结转，无结转下年度。", "received=2! carriedOver=0! carriedForward=0!", "received=2! carriedForward=0!"),
        ]
    }

    /// A total with the year's new ones named as its part (共受理…申请15件，其中新收到14件，
    /// 结转上年度办理1件 — 铜梁区政府办公室 2025) counts last year's too: it is
    /// compared as 一 + 二 (handled), not as 一, which read it as received and
    /// raised a false error against 14. 上年无结转申请 (杨村街道 2025, 襄州区水利局
    /// 2024) is a none of last year's. With the words taken out each reads as before;
    /// a part of another kind (其中网上申请14件) leaves the total received.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentyThreesFalseReadingAndMissAreRight(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.roundTwentyThreesSentences(year: year), now: claims, before: Self.changing(claims) { claim in
            claim.including.removeAll { $0.hasSuffix("新收") }
            claim.none.removeAll { $0.hasSuffix("无结转") && !$0.hasPrefix("无") }
        }, year: year)
        #expect(Self.statements(claims, year: year, "\(year)年共受理政府信息公开申请15件，其中网上申请14件。") == "received=15!")
    }
}
