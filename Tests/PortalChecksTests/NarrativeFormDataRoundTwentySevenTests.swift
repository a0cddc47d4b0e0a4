@testable import PortalChecks
import Testing

/// Round twenty-seven's readings, in both forms.
extension NarrativeFormDataTests {
    /// (sentence, read now, read without the round's words) for reports of `year`.
    static func roundTwentySevensSentences(year: Int) -> [(String, String, String)] {
        [
            // 宣州区医保局 2022 and 资中县信访局 2021: 提起 before 诉讼, the lawsuits' none too.
            ("\(year)年，宣州区医保局未收到公民、法人和其他组织申请公开政府信息要求，未因政府信息公开工作收到被申请行政复议、提起诉讼的情况。",
             "received=0! reviews=0! lawsuits=0!", "received=0! reviews=0!"),
            ("\(year)年度我局未收到依公开申请，未收到因政府信息公开申请行政复议和提起诉讼案件。",
             "received=0! reviews=0! lawsuits=0!", "received=0! reviews=0!"),
            // The same words after the other openers.
            ("\(year)年，本机关未收到因政府信息公开被申请行政复议、提起诉讼的案件。", "reviews=0! lawsuits=0!", "reviews=0!"),
            ("\(year)年，本机关未因政府信息公开被申请行政复议和提起诉讼。", "reviews=0! lawsuits=0!", "reviews=0!"),
            ("\(year)年，本机关未发生因政府信息公开被申请行政复议和提起诉讼的情况。", "reviews=0! lawsuits=0!", "reviews=0!"),
            ("\(year)年，本机关未出现因政府信息公开被申请行政复议和提起诉讼的情况。", "reviews=0! lawsuits=0!", "reviews=0!"),
            ("\(year)年，本机关没有因政府信息公开被申请行政复议和提起诉讼的情况。", "reviews=0! lawsuits=0!", "reviews=0!"),
            // 无……信息公开……诉讼 read it before.
            ("\(year)年，本机关无因政府信息公开被申请行政复议和提起诉讼的情况。", "reviews=0! lawsuits=0!", "reviews=0! lawsuits=0!"),
            ("\(year)年，本机关无被申请行政复议和提起诉讼的情况。", "reviews=0! lawsuits=0!", "reviews=0!"),
            // 清远市教育局 2024: the enforcement's appeals, probable here; nothing since round ninety-one (执法工作 in
            // `unless`, taken out below with this round's words: before both, certain).
            ("\(year)年度行政执法工作均无被申请行政复议和提起行政诉讼。", "", "reviews=0! lawsuits=0!"),
            // 银川市审计局 2023: 转接 for 结转, probable.
            ("上年度转接政府信息公开申请0件。", "carriedOver=0~", ""),
            ("上年转接政府信息公开申请2件。", "carriedOver=2~", ""),
        ]
    }

    /// 提起诉讼 after a review's none (未因…复议、提起诉讼, 未收到…复议和提起诉讼)
    /// states no lawsuits; a none of 行政执法's appeals is probable (they may not
    /// be disclosure's; since round ninety-one nothing, they are not); 上年度转接 is last year's, probably. Without the words
    /// each reads as before. A figure in the clause still puts the none out
    /// (…行政复议，提起诉讼1件 is the figure's), and the misses left stay unread (其中新收到,
    /// 发生1起…行政复议案件, 共處理公開申請).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentySevensMissesAreRight(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadNowAndBefore(Self.roundTwentySevensSentences(year: year), now: claims, before: Self.changing(claims) { claim in
            claim.none.removeAll { $0.hasSuffix("提起诉讼") && ($0.hasPrefix("未因") || $0.hasPrefix("未收到") || $0.contains("复议和提起")) }
            claim.probableWith.removeAll { $0 == "行政执法" }
            claim.unless.removeAll { ["执法工作", "执法案件", "执法行为"].contains($0) }
            claim.weakPhrases.removeAll { $0.hasSuffix("转接") }
        }, year: year)
        #expect(Self.statements(claims, year: year, "\(year)年，本机关未因政府信息公开被申请行政复议，提起诉讼1件。") == "reviews=0! lawsuits=1!")
        // Probable here; nothing since round ninety-one (an enforcement case's review).
        #expect(Self.statements(claims, year: year, "\(year)年度行政执法案件被申请行政复议3件。") == "")
        #expect(Self.statements(claims, year: year, "其中，发生1起有关政府信息公开的行政复议案件，该案件至本报告发布之时尚未审结。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年本机关共受理政府信息公开申请15件，其中新收到14件，结转上年度办理1件。").contains("received") == false)
        #expect(Self.statements(claims, year: year, "\(year)年，通過網絡信箱、信函、當面申請等多種方式，積極受理政府信息公開申請，共處理公開申請153件，其中引發行政復議8件、行政訴訟4件。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年度，我局转接下年度办理0件。") == "carriedForward=0!")
    }
}
