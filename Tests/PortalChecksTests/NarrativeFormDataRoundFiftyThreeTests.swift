@testable import PortalChecks
import Testing

/// Round fifty-three's readings, in both forms.
extension NarrativeFormDataTests {
    /// 被申请行政复议9件（含上一年度结转1件） (上海市普陀区 2025): last year's cases in a
    /// bracket opening after an appeal's figure are the appeals', not 二 上年结转
    /// (before: carriedOver=1!, a false error against a table whose 二 is 0),
    /// and the figure they are part of is probable, since table 四 may count a
    /// case carried over or not (before: reviews=9!). A bracket after an
    /// application's figure, and appeals named with no bracket, read as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func lastYearsCasesInAnAppealsBracketAreTheAppeals(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { claim in
            claim.unlessBefore.removeAll { $0.hasSuffix("（含") || $0.hasSuffix("(含") }
            if claim.id == "reviews" || claim.id == "lawsuits" { claim.bracketed = [] }
        }
        Self.expectReadNowAndBefore([
            ("因政府信息依申请公开答复被申请行政复议9件（含上一年度结转1件），被提起行政诉讼1件，已审结案件中，未发生被纠错、败诉情况。",
             "reviews=9~ lawsuits=1!", "reviews=9! carriedOver=1! lawsuits=1!"),
            // Probes: a suit's bracket, a half-width one.
            ("\(year)年，被申请行政复议9件（含上一年度结转1件），被提起行政诉讼1件（含上年度结转1件）。",
             "reviews=9~ lawsuits=1~", "reviews=9~ carriedOver=1! lawsuits=1~"),
            ("\(year)年，因政府信息公开被申请行政复议3件(含上年结转1件)。", "reviews=3~", "reviews=3! carriedOver=1!"),
            // An application's bracket (普陀区 2024's words), and appeals after it: as before.
            ("\(year)年，共受理向区政府提出的政府信息公开申请60件，答复政府信息公开申请64件（含上年度结转申请4件），均在法定期限内予以答复。",
             "received=60! closed=64! carriedOver=4!", "received=60! closed=64! carriedOver=4!"),
            ("\(year)年，共受理政府信息公开申请15件（含上年结转3件），行政复议2件。",
             "handled=15! carriedOver=3! reviews=2!", "handled=15! carriedOver=3! reviews=2!"),
            ("\(year)年，因政府信息公开被申请行政复议2件，被提起行政诉讼1件。", "reviews=2! lawsuits=1!", "reviews=2! lawsuits=1!"),
        ], now: claims, before: before, year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        #expect(claims.folding[Character("紅")] == Character("红"))
        #expect(claims.folding[Character("鋼")] == Character("钢"))
        #expect(claims.folding[Character("鹽")] == Character("盐"))
    }
}
