@testable import PortalChecks
import Testing

/// Round thirty-seven's readings, in both forms.
extension NarrativeFormDataTests {
    /// 正在复议1件 (正定县政府办公室 2025, after 行政复议案件5件，结果维持3件，结果纠正1件):
    /// one review still under way, table 四's 尚未审结 (3 + 1 + 1 = 5). Without the
    /// round's words 复议 alone right before the figure read reviews=1~, a false
    /// warning against the table's 5, and made the 5 itself only probable.
    /// 正在 in reviews' `unless` puts that reading out; 正在复议 names reviewPending.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aReviewStillUnderWayIsPendingNotTheReviews(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { claim in
            claim.unless.removeAll { $0 == "正在" }
            claim.phrases.removeAll { $0 == "正在复议" }
        }
        Self.expectReadNowAndBefore([
            ("\(year)年，政府信息公开行政复议案件5件，结果维持3件，结果纠正1件，正在复议1件；起诉案件1件，正在审理中。",
             "reviews=5! reviewUpheld=3! reviewCorrected=1! reviewPending=1!", "reviews=5~ reviewUpheld=3! reviewCorrected=1! reviews=1~"),
            ("\(year)年，因政府信息公开被申请行政复议2件，正在复议1件。", "reviews=2! reviewPending=1!", "reviews=2~ reviews=1~"),
            // No kind named before it: nothing, as 维持1件 alone.
            ("\(year)年，因政府信息公开正在复议1件。", "", "reviews=1!"),
            // 复议 alone still names the reviews where nothing says they are under way.
            ("\(year)年，因政府信息公开涉及复议0件、诉讼0件。", "reviews=0! lawsuits=0!", "reviews=0! lawsuits=0!"),
            // 信息公开类行政复议1起，正在办理中: 正在 in the next clause puts nothing out.
            ("信息公开类行政复议1起，正在办理中。", "reviews=1!", "reviews=1!"),
        ], now: claims, before: before, year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("億", "亿"), ("註", "注"), ("賬", "账"), ("輝", "辉")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
