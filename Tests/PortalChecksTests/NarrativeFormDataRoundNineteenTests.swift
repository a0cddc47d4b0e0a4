@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round nineteen's readings, in both forms.
extension NarrativeFormDataTests {
    /// In a department's or a 街道's report, a sentence naming the agency
    /// itself (`ownAgencyWords`: 我局, 我街道…) after the region's states the
    /// agency's own figures: the region's scope carries no further, and a
    /// figure after the agency's word in a sentence naming the region is the
    /// agency's too (certain). The agency's word of another matter (我局按照
    /// 统一部署) scopes nothing; in a government's report nothing changes.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theAgencysOwnWordScopesItsFigures(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let department = { (claims: NarrativeClaims, text: String) in
            Self.statements(claims, year: year, scope: .undecided, regionIsOwn: false, text)
        }
        var plain = claims
        plain.ownAgencyWords = []
        let city = "全市共受理政府信息公开申请100件。我局收到政府信息公开申请12件，上年结转2件。"
        #expect(department(claims, city) == "received=100~ received=12! carriedOver=2!")
        #expect(department(plain, city) == "received=100~ received=12~ carriedOver=2~")
        // In the region's sentence: after the agency's word, its own; before it, the region's.
        #expect(department(claims, "全市共受理政府信息公开申请100件，我局办结政府信息公开申请12件。") == "received=100~ closed=12!")
        #expect(department(plain, "全市共受理政府信息公开申请100件，我局办结政府信息公开申请12件。") == "received=100~ closed=12~")
        #expect(department(claims, "我局办结政府信息公开申请12件，全市共受理政府信息公开申请100件。") == "closed=12! received=100~")
        #expect(department(claims, "我街道收到政府信息公开申请3件，占全区的5%。") == "received=3!")
        // The agency's word of another matter carries nothing of its own.
        #expect(department(claims, "全市共受理政府信息公开申请100件。我局按照统一部署，上年结转5件。") == "received=100~ carriedOver=5~")
        // A government's report: as before (its self is its level).
        #expect(Self.statements(claims, year: year, scope: .levelNamed, "全区共接收政府信息公开申请633件。本机关收到政府信息公开申请12件。")
                == Self.statements(plain, year: year, scope: .levelNamed, "全区共接收政府信息公开申请633件。本机关收到政府信息公开申请12件。"))
    }

    /// Round eighteen's misses taken by a general rule: 收 alone right before
    /// 政府信息公开申请 (武汉市公安局 2024: 全年收政府信息公开申请464件) is
    /// received; 回复 of applications (东丽区发改委 2025: 累计回复公开申请38件，
    /// 其中含上年结转…3件) is closed, probable; a none with a long gap before
    /// 政府信息的申请 (高平市交通运输局 2023) is received's none.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundEighteensMissesAreRead(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (text: String) in Self.statements(claims, year: year, text) }
        #expect(read("全年收政府信息公开申请464件，结转上年度政府信息公开申请3件。") == "received=464! carriedOver=3!")
        #expect(read("\(year)年累计回复公开申请38件，其中含上年结转公开申请3件。") == "closed=38~")
        #expect(read("我局未收到任何单位、组织和个人要求有关公开政府信息的申请。") == "received=0!")
        // 回复 of other matters reads nothing.
        #expect(read("收到门户网站留言10条，回复办结10条。") == "")
    }

    /// A bracket of last year's carried among the total, a figure between
    /// (木兰县政府办公室 2023: 本年度共收到依申请公开事项5件（其中1件为上年结转政府
    /// 信息公开申请）): 一 + 二, not 一 — read as received, 5 was an error
    /// against its 一 of 4.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func lastYearsAmongTheTotalWithAFigureBetweenAreHandled(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (text: String) in Self.statements(claims, year: year, text) }
        #expect(read("本年度共收到依申请公开事项5件（其中1件为上年结转政府信息公开申请），4件为自然人申请。") == "handled=5!")
        #expect(read("本年度共收到依申请公开事项5件（其中1件为网上申请），4件为自然人申请。") == "received=5!")
    }
}
