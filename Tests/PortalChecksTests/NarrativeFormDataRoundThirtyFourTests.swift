@testable import PortalChecks
import Testing

/// Round thirty-four's readings, in both forms.
extension NarrativeFormDataTests {
    static let roundThirtyFoursNones = ["无依申请公开政府信息", "无依申请公开信息"]

    /// 无依申请公开政府信息 (新安镇 2021, 城厢区卫健局 2024) and 无依申请公开信息 (拖市镇
    /// 2022): nothing disclosed on application, each in the report's part on
    /// applications. A none of applications, probable only (the words are also
    /// received's `probableWith`), as 依申请公开信息0条 is; nothing without the
    /// round's words. 无依申请公开事项 stays certain, and a none of fees
    /// (收费, 减免: `unless`) or of documents by attribute is none of applications.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func nothingDisclosedOnApplicationIsProbablyNoneReceived(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { claim in
            claim.none.removeAll { Self.roundThirtyFoursNones.contains($0) }
            claim.probableWith.removeAll { Self.roundThirtyFoursNones.contains($0) }
            claim.unless.removeAll { ["收费", "减免"].contains($0) }
        }
        Self.expectReadNowAndBefore([
            ("\(year)年度我镇无依申请公开政府信息。", "received=0~", ""),
            ("\(year)年，我局无依申请公开政府信息。", "received=0~", ""),
            ("\(year)年我镇无依申请公开信息。", "received=0~", ""),
            // The fees' none: read as one of applications without 收费 in `unless`.
            ("\(year)年，本局无依申请公开政府信息收费及减免情况。", "", ""),
            ("\(year)年，我局无依申请公开事项。", "received=0!", "received=0!"),
            // Beside a certain none of the same sentence: one statement, the certain one.
            ("\(year)年，我局未收到政府信息公开申请，无依申请公开政府信息。", "received=0!", "received=0!"),
            // Listed with the appeals (no page): an item of a list, certain as 未收到任何形式的依申请公开信息、行政复议和行政诉讼 is.
            ("\(year)年，我局无依申请公开信息、行政复议和行政诉讼。", "received=0! reviews=0! lawsuits=0!", "reviews=0! lawsuits=0!"),
            ("\(year)年，共制作信息30条，其中主动公开信息数30条，无依申请公开信息数。", "", ""),
        ], now: claims, before: before, year: year)
        let withoutFees = Self.changing(claims) { $0.unless.removeAll { ["收费", "减免"].contains($0) } }
        #expect(Self.statements(withoutFees, year: year, "\(year)年，本局无依申请公开政府信息收费及减免情况。") == "received=0~")
        // Unread and left so (one page each): 未发生…依申请公开的信息 (绵竹市农业农村局 2021),
        // 无依申请公开政务信息情况 (资溪县农业农村局 2020), 收到0件…申请受理和通过电子邮件… (唐村镇 2020).
        for sentence in ["\(year)年，市农业农村局未发生政府信息依申请公开的信息。", "\(year)年度我局无依申请公开政务信息情况。",
                         "\(year)年，我镇收到0件信息公开申请受理和通过电子邮件提交的信息公开申请受理。"] {
            #expect(Self.statements(claims, year: year, sentence) == "", "\(sentence)")
        }
    }

    /// 办结“12345”回复150条 (海安市商务局 2022): the hotline named by its number
    /// alone (`otherMatters`: 12345, 12366), not applications closed — a false
    /// error (closed=150!) without the round's words. A figure before the
    /// number is still read.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aHotlineNamedByItsNumberIsAnotherMatter(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        var before = claims
        before.otherMatters.removeAll { ["12345", "12366"].contains($0) }
        #expect(before.otherMatters != claims.otherMatters)
        Self.expectReadNowAndBefore([
            ("\(year)年，共发布信息1271条，其中通过海安门户网站公开政策法规类、财政预决算类、招标采购类信息等581条，“海安微商务”微信公众号发布政策解读、民生信息等600条，办结“12345”回复150条。",
             "", "closed=150!"),
            ("\(year)年，“12366”纳税服务回复并办结1617件。", "", "closed=1617!"),
            ("\(year)年度共收到和办理政府信息公开申请3件，12345政务服务便民热线咨询906条，按期办结率100%。", "received=3!", "received=3!"),
        ], now: claims, before: before, year: year)
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("狀", "状"), ("覺", "觉")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
