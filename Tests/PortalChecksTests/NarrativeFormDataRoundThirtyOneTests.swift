@testable import PortalChecks
import Testing

/// Round thirty-one's readings, in both forms.
extension NarrativeFormDataTests {
    /// Round thirty-one's words: received's nones of 无…依申请公开…情况, its `unless`
    /// words of the applicant's reaction, and the reviews' nones of 复议 without 行政.
    static let roundThirtyOnesNones = ["无依申请公开情况", "无依申请公开办理情况", "无政府信息依申请公开情况", "无政府信息依申请公开办理情况",
                                       "无申请政府信息公开的情况", "无申请政府信息公开情况"]
    static let roundThirtyOnesReactions = ["不满意", "异议", "申请人满意", "申请人投诉", "申请人反馈", "申请人反映"]

    /// (sentence, read now, read without the round's words): 朋普镇 2024, 广元市民政局
    /// 2022, a 城管执法局 2021, 高陵区交通运输局 2025, 驻马店市政府办 2022, 柳州市统计局 2022.
    static func roundThirtyOnesSentences(year: Int) -> [(String, String, String)] {
        [
            ("\(year)年朋普镇无政府信息依申请公开办理情况。", "received=0!", ""),
            ("\(year)年，我局无依申请公开情况。", "received=0!", ""),
            ("本年度无申请政府信息公开的情况。", "received=0!", ""),
            ("全年共受理并办结政府信息公开申请2件，均在法定时限内规范答复，未发生因答复不当引发的投诉、复议或诉讼事项。", "reviews=0! lawsuits=0!", "lawsuits=0!"),
            ("全年共受理依申请公开112件，全部依法依规按时答复，没有出现一起投诉、复议和诉讼案件。", "received=112! reviews=0! lawsuits=0!", "received=112! lawsuits=0!"),
            ("\(year)年，未发生因政府信息公开引发的复议、诉讼案件。", "reviews=0! lawsuits=0!", "lawsuits=0!"),
            // Without the round's words too since round thirty-two: 申请人 is one of `applicantWords`.
            ("\(year)年我局共收到信件30封，内容均为要求提供相关统计数据，我局均及时进行了回复，未收到申请人不满意评价。", "", ""),
        ]
    }

    /// 无…依申请公开…情况 is a none of applications (朋普镇 2024, with 广元市民政局 2022's
    /// 无依申请公开情况 as the second page); 复议 without 行政, listed with 诉讼, is the
    /// reviews' none as it was the suits'; 未收到申请人不满意评价 is no none of applications.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundThirtyOnesNonesAreRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { claim in
            claim.none.removeAll { Self.roundThirtyOnesNones.contains($0) || claim.id == "reviews" && $0.contains("复议") && !$0.contains("行政复议") }
            claim.unless.removeAll { Self.roundThirtyOnesReactions.contains($0) }
        }
        Self.expectReadNowAndBefore(Self.roundThirtyOnesSentences(year: year), now: claims, before: before, year: year)
        // A none of fees is no none of applications; a none naming the applicant and then the application still is.
        #expect(Self.statements(claims, year: year, "\(year)年，本局无依申请公开收费及减免情况。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年，我局未收到申请人投诉。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年，均按时答复，未收到申请人对答复结果提出的异议。") == "")
        #expect(Self.statements(claims, year: year, "本年度我镇未收到申请人提出的依申请公开申请，故也未出现不予公开政府信息情况。") == "received=0!")
        // A review body's words still put the reviews' none out (被纠 is an outcome's).
        #expect(Self.statements(claims, year: year, "\(year)年，行政复议机关未发生复议和诉讼被纠错情况。") == "reviewCorrected=0~")
        // Misses decided on real pages and left unread (no second page found): 未有 as a word of none, 复议…均为维持
        // without 行政, 发生1起…行政复议案件. 未接到…复议、诉讼和申诉 is read since round eighty-four (未接到 as 未收到).
        #expect(Self.statements(claims, year: year, "\(year)年度未接到有关政府信息公开方面的复议、诉讼和申诉。") == "reviews=0! lawsuits=0!")
        #expect(Self.statements(claims, year: year, "\(year)年，我局未有收到政府信息公开申请。") == "")
        #expect(Self.statements(claims, year: year, "因政府信息公开被申请复议2件，均为维持。") == "reviews=2!")
        #expect(Self.statements(claims, year: year, "其中，发生1起有关政府信息公开的行政复议案件，该案件至本报告发布之时尚未审结。") == "")
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("兒", "儿"), ("樂", "乐"), ("殘", "残"), ("濱", "滨"), ("綠", "绿"), ("養", "养")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
