@testable import PortalChecks
import Testing

/// Round twenty-six's readings, in both forms.
extension NarrativeFormDataTests {
    /// (sentence, read now, read without the round's words) for reports of `year`.
    static func roundTwentySixsSentences(year: Int) -> [(String, String, String)] {
        [
            // 瑶海区医保局 2020: the letters may be one way in, as a count of them is probable.
            ("\(year)年度，我单位未收到依申请公开信件。", "received=0~", "received=0!"),
            // 南关区永吉街道 2024: 回复处理 of applications, probable as 回复…申请.
            ("\(year)年度，我街受理依申请公开政府信息0件，回复处理0件。", "received=0! closed=0~", "received=0!"),
            // 西乌珠穆沁旗人社局 2022: the lawsuits' half.
            ("\(year)年，我局共收到依申请公开0件，没有被申请行政复议、提起行政诉讼的情况。", "received=0! reviews=0! lawsuits=0!", "received=0! reviews=0!"),
            ("\(year)年，本机关未被申请行政复议、提起行政诉讼。", "reviews=0! lawsuits=0!", "reviews=0!"),
        ]
    }

    /// A none naming letters alone (未收到依申请公开信件) is probable, as a
    /// figure of them is (收到依申请公开信件1件); 回复处理0件 is closed's,
    /// probable; 没有被申请行政复议、提起行政诉讼 and 未被申请行政复议、提起行政诉讼
    /// state no lawsuits too. Without the words each reads as before. Letters
    /// among the ways listed (来信、来电、来访) stay certain; round twenty-five's
    /// doubt (通过政务网收到…1条) and the miss left (未发生依申请公开信息) read
    /// nothing; 无申请公开政务信息情况, a miss here, reads received=0! since round eighty-six.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentySixsDoubtsAndMissesAreRight(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.roundTwentySixsSentences(year: year), now: claims, before: Self.changing(claims) { claim in
            claim.probableWith.removeAll { $0 == "信件" }
            claim.weakPhrases.removeAll { $0 == "回复处理" }
            // Round twenty-eight's 没有……行政诉讼 and round eighty-five's 未被…提起…行政诉讼 read it too.
            claim.none.removeAll { $0.hasSuffix("、提起行政诉讼") || $0 == "没有……行政诉讼" || $0 == "未被…提起…行政诉讼" }
        }, year: year)
        #expect(Self.statements(claims, year: year, "\(year)年未收到社会各界依申请政府信息公开来信、来电、来访和投诉。") == "received=0!")
        #expect(Self.statements(claims, year: year, "\(year)年，通过政务网收到依申请公开信息1条。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年，我局未发生依申请公开信息。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年度我镇无申请公开政务信息情况。") == "received=0!")
        #expect(Self.statements(claims, year: year, "\(year)年，我局未发生依申请公开政府信息方面的行政复议和行政诉讼。") == "reviews=0! lawsuits=0!")
    }
}
