import Foundation
import PortalBuild
@testable import PortalChecks
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// Round ninety-three's readings, in both forms: round ninety-two's doubts.
extension NarrativeFormDataTests {
    /// A sentence as a zone's own body's report reads it (a 开发区's 管委会: 我区 its own word).
    static func zoneReading(_ claims: NarrativeClaims, year: Int, _ sentence: String) -> String {
        var matcher = NarrativeMatcher(claims)
        matcher.regionIsOwn = false
        return matcher.speakingAsAZone().statements(in: NarrativeText(sentence, folding: claims.scalarFolding), year: year)
            .map { "\($0.claim.id)=\($0.value.plainText)\($0.certain ? "!" : "~")" }.joined(separator: " ")
    }

    /// 我区共收到政府信息公开申请1000件 (a probe, round ninety-two's doubt) in a 区's department's or a 街道's report: the
    /// district's figure — probable now, as 全区 (before: received=1000!, a false error in principle). A zone's own body
    /// names itself so (天津经开区 2024's 我区受理依申请公开政府信息145件): its figure stays its own, certain, as before; and
    /// in the district government's own report (the corpus's default) 我区 is its own, certain as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theDistrictNamingItselfInADepartmentsReport(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        #expect(Self.departmentReading(claims, year: year, "\(year)年，我区共收到政府信息公开申请1000件。") == "received=1000~")
        #expect(Self.departmentReading(claims, year: year, "\(year)年，我区共收到政府信息公开申请1000件。我局共收到政府信息公开申请12件。")
                == "received=1000~ received=12!")
        #expect(Self.departmentReading(claims, year: year, "\(year)年全年，我区受理依申请公开政府信息145件。") == "received=145~")
        // As before: a zone's own body, and the 区's own report.
        #expect(Self.zoneReading(claims, year: year, "\(year)年全年，我区受理依申请公开政府信息145件。") == "received=145!")
        #expect(Self.zoneReading(claims, year: year, "\(year)年，我区未收到政府信息公开申请。") == "received=0!")
        #expect(Self.zoneReading(claims, year: year, "\(year)年，全区共收到政府信息公开申请50件。") == "received=50~")
        Self.expectReadings(claims, year: year, [("\(year)年，我区共收到政府信息公开申请1000件。", "received=1000!")])
    }

    /// Which bodies are a zone's own (`Agency.Kind.namesAZone`): its committee, or the zone named alone, in traditional
    /// characters too — not a zone's department, its committee's office, a district's department or a zone's kind named alone (开发区).
    @Test func aZonesOwnBodyByItsName() {
        for name in ["天津经济技术开发区管理委员会", "武昌经开区管委会(滨江商务区管委会)", "深圳市深汕特别合作区管理委员会", "燕郊高新区",
                     "安徽舒城经济开发区", "海口国家高新区", "奉新縣高新技術產業園區管委會"] {
            #expect(Agency.Kind.namesAZone(name), "\(name)")
        }
        for name in ["武汉东湖新技术开发区发展改革局", "南湖新区管委会办公室", "西宁市城中区城乡建设局", "开发区", "某市人民政府",
                     "杭州市钱塘区人民政府下沙街道办事处"] {
            #expect(!Agency.Kind.namesAZone(name), "\(name)")
        }
    }

    /// 办结30件（其中…逾期未补正不再处理2件） (a probe, round ninety-two's doubt): a bracket opening with 其中 right after the
    /// 办结 is the 30's own note, the lapsed in it a part, so the 30 is the 总计 — certain (before: nothing, the lapsed word
    /// after it). Beside it, or after a figure of a part's list outside a bracket, the lapsed stays what it was (a sibling
    /// perhaps: nothing), and 其中结转下年 in a bracket puts the 办结 out as ever.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theLapsedInsideTheClosedsBracket(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年，共收到政府信息公开申请30件，办结30件（其中逾期未补正不再处理2件）。", "received=30! closed=30!"),
            ("\(year)年，共收到政府信息公开申请30件，办结30件(其中因申请人逾期未补正不再处理2件)，无结转。", "received=30! closed=30!"),
            // As before.
            ("\(year)年，共收到政府信息公开申请40件，办结40件，其中予以公开30件，逾期未补正不再处理1件。", "received=40! disclosed=30~"),
            ("\(year)年,我局收到政府信息公开申请43件,办结40件,逾期未补正不再处理1件,结转下年办理2件。", "received=43!"),
            ("\(year)年，共办结政府信息公开申请1422件（其中结转下年度继续办理114件）。", ""),
        ])
    }
}

/// Round ninety-three's `regulations-without-power` for a 区's, 县's or 旗's department (a warning).
extension AgencyKindRuleTests {
    /// 西宁市城中区城乡建设局 2025 printed 规章 2 0 0: a district's department, whose government makes no 规章 either — a
    /// warning now (before: nothing). So a county's, an 自治县's, a banner's, a zone's, a city bureau's 区分局, and one
    /// written in traditional characters; not a province's (自治区) or a 设区的市's department, which may list their
    /// government's 规章. The kinds the rule covered keep its error.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aDistrictsDepartmentWarns(form: String) throws {
        let rule = try #require(Self.forms[form]?.agencyKindRules.first { $0.id == "regulations-without-power" })
        for name in ["西宁市城中区城乡建设局", "某县交通运输局", "镇宁布依族苗族自治县民政局", "鄂托克旗教育体育局", "武汉东湖新技术开发区发展改革局",
                     "武汉市生态环境局硚口区分局", "威海市文登區退役軍人事務局", "内蒙古自治区呼和浩特市赛罕区教育局", "北京市大兴区人民政府办公室"] {
            #expect(rule.severity(for: agency(name, .department)) == .warning, "\(name)")
        }
        for name in ["西藏自治区住房和城乡建设厅", "西藏自治區民委", "广西壮族自治区北部湾经济区规划建设管理办公室", "某市交通运输局", "辽宁省民政厅"] {
            #expect(rule.severity(for: agency(name, .department)) == nil, "\(name)")
        }
        #expect(rule.severity(for: agency("某区教育局", .other)) == nil)
        #expect(rule.severity(for: agency("平武县木座藏族乡", .town)) == .error)
        #expect(rule.severity(for: agency("某县人民政府", .government)) == .error)
        #expect(rule.severity(for: agency("撫順縣人民政府", .government)) == .error)
    }

    /// The fixture site's finding for a department: its own severity, the rule's message and hint.
    @Test func aDepartmentsFindingIsAWarning() throws {
        let site = try TestSite()
        try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: department")
        try site.edit("content/agencies/xiasha/agency.yaml", replacing: "name: 杭州市钱塘区人民政府下沙街道办事处", with: "name: 杭州市钱塘区城乡建设局")
        let report = "content/agencies/xiasha/2021/report.yaml"
        let text = try String(contentsOf: site.url(report), encoding: .utf8)
        let row = try #require(text.components(separatedBy: "\n").first { $0.contains("regulations") })
        try site.edit(report, replacing: row, with: row.replacingOccurrences(of: "[0, 0, 0]", with: "[2, 0, 0]"))
        let found = SiteBuilder(root: site.root).check().diagnostics.filter { $0.rule == "regulations-without-power" }
        #expect(found.count == 1 && found.first?.severity == .warning, "\(found)")
        #expect(found.first?.message.contains("杭州市钱塘区城乡建设局 (政府部门) has no power to make 规章") == true, "\(found)")
    }
}

/// Round ninety-three on the reference report (下沙街道 2021, 一 总计 2).
extension ReferenceMutationTests {
    /// 2021年，我区共收到政府信息公开申请1000件 (a probe): in the 街道's own report the district's figure, a warning (before:
    /// an error against 一 总计 2); with the agency made 杭州市钱塘区人民政府 the district's own, an error as before.
    @Test func theDistrictNamingItselfInATownsReportWarns() throws {
        let sentence = "2021年，我区共收到政府信息公开申请1000件。"
        func found(government: Bool) throws -> [Diagnostic] {
            try Self.narrativeFigures { site in
                if government {
                    try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: government")
                    try site.edit("content/agencies/xiasha/agency.yaml", replacing: "name: 杭州市钱塘区人民政府下沙街道办事处", with: "name: 杭州市钱塘区人民政府")
                }
                try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
            }
        }
        let town = try found(government: false)
        #expect(town.count == 1 && town.first?.severity == .warning, "\(town)")
        let district = try found(government: true)
        #expect(district.count == 1 && district.first?.severity == .error, "\(district)")
    }
}
