import Foundation
import PortalBuild
@testable import PortalChecks
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// Round ninety-five's readings, in both forms: round ninety-four's doubts.
extension NarrativeFormDataTests {
    /// 指导和办理依申请公开9件 (扎赉特旗政府办 2025, in its 主动公开 paragraph, beside its own 办结8件): the office's guidance of
    /// other bodies' applications counted with its own handling, so no figure of its table — nothing now (before: closed=9~,
    /// a false warning). 督办 as 督促 (round ninety-one). 办理依申请公开9件 alone still reads, probable as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func guidanceIsNoHandling(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let read = { (sentence: String) in Self.statements(claims, year: year, sentence) }
        #expect(read("刊发编辑\(year)年《扎赉特旗人民政府公报》电子版共10期,指导和办理依申请公开9件,受理和办结网民留言17件。") == "")
        #expect(read("\(year)年，督办各单位办理依申请公开件64件。") == "")
        #expect(read("\(year)年，指导各乡镇办结政府信息公开申请30件。") == "")
        #expect(read("\(year)年，办理依申请公开9件。") == "closed=9~")
        #expect(read("\(year)年，共收到政府信息公开申请9件，办结8件。") == "received=9! closed=8!")
    }

    /// 我局未受理任何来自公民、法人及其他组织的政府信息公开申请 (同安区卫健局 2025): 未受理 with a long gap, as 未收到's —
    /// received=0! now (before: nothing). 未受理…申请 with a short gap was read so already (全乡未受理任何形式的…申请, 长皋乡
    /// 2025). But 受理 negated before 的 names no received figure: 不存在应受理而未受理的…申请, 无未受理的…申请 (none left
    /// unaccepted) say nothing of the count, 未受理的…申请1件 and 不予受理的…申请2件 count those not accepted — nothing now
    /// (probes; before: received=0!, received=1!, received=2!, false errors in principle).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func noneAcceptedFromAnyone(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let read = { (sentence: String) in Self.statements(claims, year: year, sentence) }
        #expect(read("\(year)全年,我局未受理任何来自公民、法人及其他组织的政府信息公开申请。") == "received=0!")
        #expect(read("\(year)年，我局未受理任何来自公民、法人及其他组织要求公开政府信息的申请。") == "received=0!")
        #expect(read("\(year)年度，全乡未受理任何形式的政府信息公开申请。") == "received=0!")
        #expect(read("\(year)年，我局未受理的政府信息公开申请1件。") == "")
        #expect(read("\(year)年，不予受理的政府信息公开申请2件。") == "")
        #expect(read("\(year)年，我局不存在应受理而未受理的政府信息公开申请。") == "")
        #expect(read("\(year)年，未出现应受理而未受理的政府信息公开申请情况。") == "")
        #expect(read("\(year)年，不存在应当受理而未受理政府信息公开申请的情况。") == "")
        #expect(read("\(year)年，无未受理的政府信息公开申请。") == "")
    }
}

/// Round ninety-five's `regulations-without-power`: a 盟's department.
extension AgencyKindRuleTests {
    /// A 盟's department (兴安盟行署外事办公室, 锡林郭勒盟生态环境局): its 行政公署 makes no 规章, as a 地区's does not, and its
    /// name holds no 区 — a warning now (before: nothing). 联盟, 同盟 and 盟市 name no 盟. A 街区 holds still (上街区 is a
    /// district of 郑州; a 历史文化街区's committee, as a 景区's, makes no 规章 either).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aLeaguesDepartmentWarns(form: String) throws {
        let rule = try #require(Self.forms[form]?.agencyKindRules.first { $0.id == "regulations-without-power" })
        for name in ["兴安盟行署外事办公室", "兴安盟行政公署办公室", "锡林郭勒盟生态环境局", "阿拉善盟教育局", "某市历史文化街区管理委员会"] {
            #expect(rule.severity(for: agency(name, .department)) == .warning, "\(name)")
        }
        for name in ["某市产业技术创新战略联盟办公室", "内蒙古自治区盟市合作办公室", "某省民主同盟联络办公室", "呼和浩特市教育局"] {
            #expect(rule.severity(for: agency(name, .department)) == nil, "\(name)")
        }
    }
}

/// Round ninety-five on the reference report (下沙街道 2021, 三（七） 总计 3).
extension ReferenceMutationTests {
    /// 指导和办理依申请公开9件 (扎赉特旗政府办 2025's words) in 一: guidance with handling, no figure of the table — nothing
    /// (before: a warning against 三（七） 总计 3).
    @Test func guidanceWithHandlingRaisesNothing() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。全年指导和办理依申请公开9件。")
        }
        #expect(found.isEmpty, "\(found)")
    }
}
