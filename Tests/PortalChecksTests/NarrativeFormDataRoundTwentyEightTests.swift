@testable import PortalChecks
import Testing

/// Round twenty-eight's readings, in both forms.
extension NarrativeFormDataTests {
    /// (sentence, read now, read without the round's words) for reports of `year`.
    static func roundTwentyEightsSentences(year: Int) -> [(String, String, String)] {
        [
            // 亳州高新区 2022: 没有 alone before the review and the suit, as 无.
            ("\(year)年政府信息公开工作没有行政复议和行政诉讼案件。", "reviews=0! lawsuits=0!", ""),
            ("\(year)年本机关没有政府信息公开行政复议案件。", "reviews=0!", ""),
            ("\(year)年本机关没有政府信息公开行政诉讼案件。", "lawsuits=0!", ""),
            // 正蓝旗扎格斯台苏木 2023 (a corpus line since round twenty-three): the review's none now read too.
            ("\(year)年度苏木未收到依申请公开事项，未发生因依申请政府信息公开引起的相关诉讼，也没有针对扎格斯台苏木信息公开的行政复议申请。",
             "received=0! reviews=0!", "received=0!"),
            // 本溪市卫健委 2021: the figure before 要求公开政府信息的申请.
            ("\(year)年，市卫生健康委收到1件要求公开政府信息的申请。", "received=1!", ""),
            ("\(year)年，本机关受理3件要求公开政府信息的申请。", "received=3!", ""),
            // 龙游县政府办公室 2023: documents in the name of the government and its office, probable.
            ("以县政府和县政府办公室名义印发并公开的行政规范性文件17件。", "normativeDocumentsIssued=17~", "normativeDocumentsIssued=17!"),
        ]
    }

    /// 没有……行政复议 and 没有……行政诉讼 state none, as 无…… does; a figure
    /// before 要求公开政府信息的申请 is received's; a document count in a body's
    /// 名义 is probable (the reporting office's table may count its own only).
    /// Without the words each reads as before. A figure after the comma is the
    /// suits' own (the none holds its clause only), an outcome's none (没有…被纠错)
    /// names no reviews, a civil suit is no lawsuit, and the misses left stay unread.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentyEightsMissesAreRight(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.roundTwentyEightsSentences(year: year), now: claims, before: Self.changing(claims) { claim in
            claim.none.removeAll { $0 == "没有……行政复议" || $0 == "没有……行政诉讼" }
            claim.phrases.removeAll { $0.hasSuffix("#要求公开政府信息的申请") }
            claim.probableWith.removeAll { $0 == "名义" }
        }, year: year)
        #expect(Self.statements(claims, year: year, "\(year)年本机关没有政府信息公开行政复议，行政诉讼1件。") == "reviews=0! lawsuits=1!")
        #expect(Self.statements(claims, year: year, "\(year)年本机关没有行政复议被纠错的情况。").contains("reviews=") == false)
        #expect(Self.statements(claims, year: year, "\(year)年我区处理民事诉讼2件，无行政诉讼和行政复议案件。") == "reviews=0! lawsuits=0!")
        #expect(Self.statements(claims, year: year, "\(year)年度印发行政规范性文件17件。") == "normativeDocumentsIssued=17!")
        // 复议及诉讼 (太仓高新区 2022), a miss left here, is read since round eighty-four (及 as 和). Closing after a bracket
        // of channels (龙游 2023) is read since round twenty-nine.
        #expect(Self.statements(claims, year: year, "\(year)年我区收到政府信息公开申请1，全年无因依申请公开引起投诉、复议及诉讼情况。") == "reviews=0! lawsuits=0!")
    }
}
