@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round eighteen's readings, in both forms.
extension NarrativeFormDataTests {
    /// A sentence naming neither the region nor a level takes the scope of
    /// the last sentence of its paragraph stating the region's or the level's
    /// figures (天津市河东区 2024: 全区共接收…申请633件…；上年结转23件。全年共办结
    /// 606件，另有50件结转…: 633 + 23 = 606 + 50, all the district's). Where
    /// the report may be the level's, they are probable with the region's
    /// figure; in the region's report (汇总…编制), certain. A new paragraph,
    /// a sentence where the region frames a task (指导全市各级行政机关规范开展依申请
    /// 公开工作 — 苏州市政府办公室 2023), or no region at all carries nothing.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aSentenceNamingNeitherTakesItsParagraphsScope(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (scope: ReportScope, text: String) in Self.statements(claims, year: year, scope: scope, text) }
        let hedong = "全区共接收政府信息公开申请633件，同比上升4.6%；上年结转23件。全年共办结606件，另有50件结转\(year + 1)年度继续办理。"
        #expect(read(.ownLevel, hedong) == "received=633~ carriedOver=23~ closed=606~ carriedForward=50~")
        #expect(read(.levelNamed, hedong) == "received=633~ carriedOver=23~ closed=606~ carriedForward=50~")
        #expect(read(.region, hedong) == "received=633! carriedOver=23! closed=606! carriedForward=50!")
        #expect(read(.undecided, hedong) == "received=633! carriedOver=23! closed=606! carriedForward=50!")
        // A new paragraph is read alone.
        #expect(read(.levelNamed, "全区共接收政府信息公开申请633件。\n全年共办结606件。") == "received=633~ closed=606!")
        // The region framing a task states no figure of its own.
        #expect(read(.levelNamed, "指导全市各级行政机关规范开展依申请公开工作。全年共办结606件。") == "closed=606!")
        // The level's figures carry as the region's do: in the region's report, probable.
        #expect(read(.region, "区政府本级共受理政府信息公开申请206件。结转下年度办理6件。") == "received=206~ carriedForward=6~")
        // A department's or a 街道's report: the region's figures are the region's.
        let city = "全市共受理政府信息公开申请100件。上年结转5件。"
        #expect(Self.statements(claims, year: year, scope: .undecided, regionIsOwn: false, city) == "received=100~ carriedOver=5~")
        #expect(Self.statements(claims, year: year, scope: .undecided, regionIsOwn: false, "按照全市统一部署开展依申请公开工作。上年结转5件。") == "carriedOver=5!")
    }

    /// An outcome's row in a bracket 其中 opens after a total of applications
    /// received (良渚街道 2022: 本年度共收到和处理依申请公开28件（其中依申请公开
    /// 25条，重复申请3条）) names a part of what was received, not for certain
    /// the row's (三（五）重复申请): probable, as after 其中 in its clause.
    /// After a total of those closed the rows are its own (certain).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aRowInABracketOfPartsIsAPart(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let read = { (text: String) in Self.statements(claims, year: year, scope: .undecided, text) }
        #expect(read("本年度共收到和处理依申请公开28件（其中依申请公开25条，重复申请3条），无上年和下年结转件。").hasSuffix("notProcessedRepeated=3~"))
        #expect(read("本年度共收到和处理依申请公开28件（依申请公开25条，重复申请3条）。").hasSuffix("notProcessedRepeated=3!"))
        #expect(read("本年度办结政府信息公开申请12件（其中予以公开5件，部分公开3件）。") == "closed=12! disclosed=5! partlyDisclosed=3!")
    }
}
