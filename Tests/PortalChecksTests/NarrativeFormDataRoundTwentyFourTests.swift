@testable import PortalChecks
import Testing

/// Round twenty-four's readings, in both forms.
extension NarrativeFormDataTests {
    /// (sentence, read now, read without the round's word) for reports of `year`.
    static func roundTwentyFoursSentences(year: Int) -> [(String, String, String)] {
        [
            // 铜梁区政府办公室 2025, 上海市普陀区信访办公室 2025, 西山区政务服务管理局 2024 (the unit 起).
            ("因政府信息公开申请引发行政复议1件，结果维持。", "reviews=1! reviewUpheld=1!", "reviews=1!"),
            ("信息公开类行政复议1件，结果维持。", "reviews=1! reviewUpheld=1!", "reviews=1!"),
            ("因政府信息公开申请引发的行政复议1起，结果维持。", "reviews=1! reviewUpheld=1!", "reviews=1!"),
            ("因政府信息公开被提起行政诉讼2件，结果维持。", "lawsuits=2! lawsuitUpheld=2!", "lawsuits=2!"),
        ]
    }

    /// 结果维持 right after a count of appeals, with no figure of its own in
    /// its clause, says every one was upheld (as 均为维持 does): 引发行政复议1件，
    /// 结果维持 (铜梁区政府办公室 2025) is 行政复议 结果维持 = 1. Without the word
    /// each reads as before. With a figure of its own (结果维持1件) or after
    /// the figures of each outcome (1件结果维持，2件结果纠正) it is that figure's word, and
    /// where another outcome of the kind is counted later in the sentence
    /// (结果维持，另有1件尚未审结) it is not all of them: nothing is read for it.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentyFoursUpheldWithoutAllIsRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.roundTwentyFoursSentences(year: year), now: claims, before: Self.changing(claims) { claim in
            claim.all.removeAll { $0 == "结果维持" }
        }, year: year)
        #expect(Self.statements(claims, year: year, "政府信息公开行政复议2件，结果维持1件，纠正1件。") == "reviews=2! reviewUpheld=1! reviewCorrected=1!")
        #expect(Self.statements(claims, year: year, "政府信息公开行政复议3件，1件结果维持，2件结果纠正。") == "reviews=3! reviewUpheld=1! reviewCorrected=2!")
        #expect(Self.statements(claims, year: year, "政府信息公开行政复议2件，结果维持，另有1件尚未审结。") == "reviews=2! reviewPending=1!")
        #expect(Self.statements(claims, year: year, "政府信息公开行政复议2件，均维持，另有1件尚未审结。") == "reviews=2! reviewPending=1!")
        // A none of another outcome says nothing against the whole.
        #expect(Self.statements(claims, year: year, "政府信息公开行政复议2件，结果维持，无被纠错。").hasPrefix("reviews=2! reviewUpheld=2!"))
    }
}
