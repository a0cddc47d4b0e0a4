@testable import PortalChecks
import Testing

/// Round twenty-nine's readings, in both forms.
extension NarrativeFormDataTests {
    /// 信件申请 is applications by letter (one way in), not a mailbox's letters:
    /// the figures after a bracket naming it are read (龙游县政府办公室 2023);
    /// without the word, 信件 puts the rest of the sentence out as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func lettersAsAWayInPutNothingOut(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let sentences = [
            ("\(year)年，全年共收到依申请公开14件（其中信件申请10件，网络申请4件），已办结12件，2件结转下年办理。",
             "received=14! closed=12! carriedForward=2!", "received=14!"),
            ("\(year)年，全年共收到依申请公开14件（其中信件申请10件），已办结12件。", "received=14! closed=12!", "received=14!"),
        ]
        Self.expectReadNowAndBefore(sentences, now: claims, before: { var plain = claims; plain.notScopingWords.removeAll { $0 == "信件申请" }; return plain }(), year: year)
        // A mailbox's letters still put the sentence out.
        #expect(Self.statements(claims, year: year, "\(year)年，书记信箱收到信件10件，已办结12件。") == "")
        // The two misses decided on real pages, left unread: one page each. The first (复议及诉讼) is read since round
        // eighty-four; its figure without a unit still is not.
        #expect(Self.statements(claims, year: year, "\(year)年我区收到政府信息公开申请1，全年无因依申请公开引起投诉、复议及诉讼情况。") == "reviews=0! lawsuits=0!")
        #expect(Self.statements(claims, year: year, "其中以政府办名义制发规范性文件1件。") == "")
    }

    /// One value of one claim said twice in a sentence is one statement (马鞍山
    /// 某街道 2025: a none and a figure), the certain one kept; two values of
    /// it both stay, each only probable (they disagree: 东城区 2023's rule).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func oneValueOfAClaimIsOneStatementInASentence(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        #expect(Self.statements(claims, year: year, "\(year)年度，街道未收到政府信息公开申请，依申请公开受理量为0件。") == "received=0!")
        #expect(Self.statements(claims, year: year, "全年共办理政府信息公开申请2件，答复2件。") == "closed=2!")
        #expect(Self.statements(claims, year: year, "全年共收到政府信息公开申请2件，共收到政府信息公开申请2件。") == "received=2!")
        // Two sentences: two places to correct, each its own statement.
        #expect(Self.statements(claims, year: year, "全年共收到政府信息公开申请2件。全年共收到政府信息公开申请2件。") == "received=2! received=2!")
        // Two values: both kept, each probable.
        #expect(Self.statements(claims, year: year, "全年共收到政府信息公开申请2件，共收到政府信息公开申请3件。") == "received=2~ received=3~")
    }
}
