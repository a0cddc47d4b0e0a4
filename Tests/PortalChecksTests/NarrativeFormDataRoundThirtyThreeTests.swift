@testable import PortalChecks
import Testing

/// Round thirty-three's readings, in both forms.
extension NarrativeFormDataTests {
    /// 累计办理公民、法人或其他组织通过…等途径依申请公开信息合计N件 (子长市 2021,
    /// 新开河街道 2025, a round-five page: one template): those handled,
    /// probable as 办理…申请 is; nothing without `办理……依申请公开信息合计`.
    /// One kind of applicant stays unread, and so do the one-page misses and
    /// this round's nones of 依申请公开信息 (documents elsewhere).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func handledOnApplicationInAllIsProbablyClosed(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let before = Self.changing(claims) { $0.phrases.removeAll { $0 == "办理……依申请公开信息合计" } }
        #expect(before.claims.map(\.phrases) != claims.claims.map(\.phrases))
        Self.expectReadNowAndBefore([
            ("\(year)年度，子长市累计办理公民、法人或其他组织通过市政府门户网站、邮寄等途径依申请公开信息合计12件，已全部按期限答复办结，办结率100%。",
             "closed=12~", ""),
            ("今年以来，累计办理公民、法人或其他组织通过政府信息公开平台、邮寄等途径依申请公开信息合计23件，已全部按期限答复办结，办结率100%。",
             "closed=23~", ""),
            // Without the ways listed: probable, as 办理依申请公开 read it before.
            ("\(year)年，累计办理依申请公开信息合计5件，已全部办结。", "closed=5~", "closed=5~"),
            ("\(year)年，累计办理法人或其他组织通过邮寄等途径依申请公开信息合计2件。", "", ""),
        ], now: claims, before: before, year: year)
        for sentence in ["\(year)年无依法申请公开信息。", "本年度，未接到群众要求公开的信息。", "\(year)年度我局未发生依申请公开事项。",
                         "\(year)年度，未收到法人或者其他组织对依申请公开政府信息的申请。"] {
            #expect(Self.statements(claims, year: year, sentence) == "", "\(sentence)")
        }
        // This round's nones of 依申请公开信息, unread here, are probable nones since round thirty-four.
        for sentence in ["\(year)年我镇无依申请公开信息。", "\(year)年度我镇无依申请公开政府信息。"] {
            #expect(Self.statements(claims, year: year, sentence) == "received=0~", "\(sentence)")
        }
        // The folding added this round (make-traditional.py's report on the new lines).
        for (traditional, simplified) in [("勝", "胜"), ("盧", "卢")] {
            #expect(claims.folding[Character(traditional)] == Character(simplified), "\(traditional)")
        }
    }
}
