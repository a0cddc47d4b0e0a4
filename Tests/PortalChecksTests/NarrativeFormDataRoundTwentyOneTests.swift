@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round twenty-one's readings, in both forms.
extension NarrativeFormDataTests {
    /// A probable figure is put out sentence-wide only by another way in
    /// (`probableUnless`): 复议 of a later none (宁夏回族自治区应急管理厅 2023,
    /// 收到依申请公开信件2件，均为网络申请，…没有因政府信息公开而被申请行政复议)
    /// leaves the letters' total read. With the key emptied the claim's
    /// `unless` words are looked for sentence-wide, as before this round.
    /// Another way named later in the sentence still puts the figure out;
    /// 复议 in the figure's own clause still does.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func onlyAnotherWayInPutsAProbableFigureOutSentenceWide(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        var plain = claims
        plain.claims = plain.claims.map { claim in
            var claim = claim
            claim.probableUnless = []
            return claim
        }
        let letters = "\(year)年我厅共收到依申请公开信件2件，均为网络申请，其中所有来件均在法定时限内办结，没有因政府信息公开而被申请行政复议、提起行政诉讼情况。"
        #expect(Self.statements(claims, year: year, letters) == "received=2~ reviews=0! lawsuits=0!")
        #expect(Self.statements(plain, year: year, letters) == "reviews=0! lawsuits=0!")
        let platform = "\(year)年通过依申请公开平台收到申请6件，未发生政府信息公开行政复议。"
        #expect(Self.statements(claims, year: year, platform) == "received=6~ reviews=0!")
        #expect(Self.statements(plain, year: year, platform) == "reviews=0!")
        #expect(Self.statements(claims, year: year, "\(year)年通过依申请公开平台收到申请6件，另有信函申请2件。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年通过依申请公开平台收到行政复议申请6件。") == "")
    }

    /// The sample's false readings, in both forms: a clause opened by a part
    /// of the whole's agencies (荔浦市 2022, 政府新收…2件；部门新收…4件) makes
    /// every figure of its sentence probable (`partAgencyWords`), where before
    /// both totals were certain and one must contradict the tables; the word
    /// inside a clause names the whole (县政府及相关部门共受理…14件 stays certain).
    /// 新增行政处罚64项 (泰兴市市场监管局 2021) counts items added to the list
    /// of powers, not decisions.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentyOnesFalseReadingsAreRight(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        var plain = claims
        plain.partAgencyWords = []
        let parts = "\(year)年政府新收依申请公开数量为2件，办理结果为予以公开2件；部门新收依申请公开数量为4件，办理结果为予以公开1件。"
        #expect(Self.statements(claims, year: year, parts) == "received=2~ disclosed=2~ received=4~ disclosed=1~")
        #expect(Self.statements(plain, year: year, parts) == "received=2! disclosed=2! received=4! disclosed=1!")
        #expect(Self.statements(claims, year: year, "县政府及相关部门共受理政府信息公开申请件14件。") == "received=14!")
        #expect(Self.statements(claims, year: year, "本部门共受理政府信息公开申请5件。") == "received=5!")
        #expect(Self.statements(claims, year: year, "\(year)年，市场监督管理局新增行政处罚64项，新增行政强制3项，均在政务服务网上公开。") == "")
        #expect(Self.statements(claims, year: year, "\(year)年作出行政处罚决定64件。") == "penaltyDecisions=64~")
    }
}
