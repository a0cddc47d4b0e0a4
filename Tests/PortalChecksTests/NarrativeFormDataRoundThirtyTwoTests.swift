@testable import PortalChecks
import Testing

/// Round thirty-two's readings, in both forms.
extension NarrativeFormDataTests {
    /// (sentence, read now, read without `applicantWords`): a none whose only 申请
    /// is 申请人's, the applicant's reaction that round thirty-one's list did not
    /// hold (意见, 评价, the applicant's 反馈 after 的) or held as a word (投诉).
    static func roundThirtyTwosSentences(year: Int) -> [(String, String, String)] {
        [
            ("\(year)年，我局均按时答复，未收到申请人的意见。", "", "received=0!"),
            ("\(year)年，我局均按时答复，未收到申请人的反馈。", "", "received=0!"),
            ("\(year)年，我局均按时答复，未收到申请人的评价。", "", "received=0!"),
            ("\(year)年，我局未收到申请人投诉。", "", "received=0!"),
            // Its own 申请 after the applicant: still a none of applications.
            ("本年度我镇未收到申请人提出的依申请公开申请，故也未出现不予公开政府信息情况。", "received=0!", "received=0!"),
            ("\(year)年，本机关未收到申请人提出的申请。", "received=0!", "received=0!"),
        ]
    }

    /// `applicantWords` (申请人): a none's 申请 is not looked for inside them,
    /// so a none clause whose only 申请 is the applicant's reads nothing; the
    /// reactions to an application's answer still need `unless` (异议, 不满意).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theApplicantIsNoApplicationInANone(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        #expect(claims.applicantWords == ["申请人"])
        var before = claims
        before.applicantWords = []
        Self.expectReadNowAndBefore(Self.roundThirtyTwosSentences(year: year), now: claims, before: before, year: year)
        // 柳州市统计局 2022's sentence: nothing, now with or without 不满意 in `unless`.
        let liuzhou = "\(year)年我局共收到信件30封，内容均为要求提供相关统计数据，我局均及时进行了回复，未收到申请人不满意评价。"
        let withoutReactions = Self.changing(claims) { $0.unless.removeAll { ["不满意", "异议"].contains($0) } }
        #expect(Self.statements(claims, year: year, liuzhou) == "")
        #expect(Self.statements(withoutReactions, year: year, liuzhou) == "")
        // An objection to an application's answer names the application itself: `unless` still puts it out.
        let objection = "\(year)年，均按时答复，未收到对依申请公开答复的异议。"
        #expect(Self.statements(claims, year: year, objection) == "")
        #expect(Self.statements(withoutReactions, year: year, objection) == "received=0!")
        // The applicant beside figures: as before (嵩明县卫健局 2025, 平湖 某局 2024).
        #expect(Self.statements(claims, year: year, "全年共收到依申请公开申请 1 件，在法定时限内完成审查、办理与答复，确保申请人合法权益得到充分保障。") == "received=1!")
        #expect(Self.statements(claims, year: year, "\(year)年，我局共收到政府信息公开申请5件，均在规定时限内完成答复；政府信息公开行政复议1件（申请人撤回结案）、行政诉讼0件。")
                == "received=5! reviews=1! lawsuits=0!")
    }

    /// `everyApplicantWords` (公民、法人或其他组织): every kind of applicant
    /// listed is the total, no column's part (卫子镇 2022, read now); one kind
    /// listed (法人或其他组织 alone) is still a part, unread as the total.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func everyKindOfApplicantListedIsTheTotal(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        var before = claims
        before.everyApplicantWords = []
        Self.expectReadNowAndBefore([
            ("\(year)年收到自然人、法人或其他组织向我镇提交的政府信息公开申请0件，上年结转政府信息公开申请0件。", "received=0! carriedOver=0!", "carriedOver=0!"),
            ("\(year)年，共受理自然人、法人和其他组织提出的政府信息公开申请3件。", "received=3!", ""),
            ("\(year)年，共收到法人或其他组织提交的政府信息公开申请3件。", "", ""),
        ], now: claims, before: before, year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("潤", "润"), ("灣", "湾")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
