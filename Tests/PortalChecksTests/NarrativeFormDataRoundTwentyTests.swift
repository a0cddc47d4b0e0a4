@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round twenty's readings, in both forms.
extension NarrativeFormDataTests {
    /// A channel right after a word saying every application came that way
    /// (`allOfTotalWords`: 宁夏回族自治区应急管理厅 2023, 收到依申请公开信件2件，
    /// 均为网络申请) names no part: the letters' total is read (probable, as
    /// 信件 may be the letters only) where before the channel put it out.
    /// A channel's part (其中网络申请1件) still puts it out; a total read
    /// certain with 均为网络申请件 after it is unchanged.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aChannelEveryApplicationCameByNamesNoPart(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        var plain = claims
        plain.allOfTotalWords = []
        let letters = "\(year)年我厅共收到依申请公开信件2件，均为网络申请，其中所有来件均在法定时限内办结。"
        #expect(Self.statements(claims, year: year, letters) == "received=2~")
        #expect(Self.statements(plain, year: year, letters) == "")
        #expect(Self.statements(claims, year: year, "共收到依申请公开信件3件，全部通过网络申请提交。") == "received=3~")
        #expect(Self.statements(claims, year: year, "共收到依申请公开信件3件，其中网络申请1件。") == "")
        let network = "\(year)年我委收到依申请公开政府信息2件，均为网络申请件。"
        #expect(Self.statements(claims, year: year, network) == "received=2!")
        #expect(Self.statements(plain, year: year, network) == "received=2!")
    }

    /// The sample's false readings, in both forms: 保护第三方合法权益不予公开件16件
    /// (宝山区建设和管理委员会 2021) is the sub-row's (三（三）4), not the row's;
    /// 收到依申请公开信息发布请求1件，但不属于政府信息公开范畴 (枞阳县信访局 2020)
    /// counts requests said not to be applications (received's `unlessAfter`).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentysFalseReadingsAreRight(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (text: String) in Self.statements(claims, year: year, text) }
        #expect(read("\(year)年，我委共受理政府信息公开申请41件。依申请予以主动公开的4件，本机关不掌握相关政府信息15件，保护第三方合法权益不予公开件16件，当事人主动撤回申请6件。")
                == "received=41! unavailableNotHeld=15! withheldThirdPartyRights=16!")
        #expect(read("\(year)年因保护第三方合法权益不予公开3件。") == "withheldThirdPartyRights=3!")
        #expect(read("\(year)年不予公开3件。") == "withheld=3!")
        #expect(read("\(year)年度，我局收到依申请公开信息发布请求1件，但不属于政府信息公开范畴。") == "")
        #expect(read("\(year)年度，我局收到依申请公开信息发布请求1件。") == "received=1!")
    }
}
