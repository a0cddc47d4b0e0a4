import Foundation
import PortalBuild
@testable import PortalChecks
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// Round ninety-four's readings, in both forms: round ninety-three's doubts.
extension NarrativeFormDataTests {
    /// A sentence as the report of a government named `name` reads it (its level's `higherRegions`).
    static func governmentReading(_ claims: NarrativeClaims, year: Int, named name: String, _ sentence: String) -> String {
        let plain = NarrativeMatcher(claims)
        let matcher = plain.withHigherRegions(of: plain.higherRegionRule(forGovernmentNamed: name))
        return matcher.statements(in: NarrativeText(sentence, folding: claims.scalarFolding), year: year)
            .map { "\($0.claim.id)=\($0.value.plainText)\($0.certain ? "!" : "~")" }.joined(separator: " ")
    }

    /// 我区共收到政府信息公开申请1000件 (a probe, round ninety-three's doubt) in the report of a 县's, a 旗's, a 市's or a
    /// 州's government of an 自治区 (广西, 内蒙古, 新疆): no 县 calls itself 我区, so it is the region above (the autonomous
    /// region, or a 地区) — probable now, as 全省 is there (before: received=1000!, a false error in principle); 全区 the
    /// same. A 区's government's own 我区 and 全区, and an 自治区's, stay its own, certain, as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theAutonomousRegionInACountysReport(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let region = "\(year)年，我区共收到政府信息公开申请1000件。"
        let whole = "\(year)年，全区共收到政府信息公开申请1000件。"
        for name in ["某县人民政府", "鄂托克旗人民政府", "鄯善县", "南宁市人民政府", "伊犁哈萨克自治州人民政府", "阿拉善盟行政公署"] {
            #expect(Self.governmentReading(claims, year: year, named: name, region) == "received=1000~", "\(name)")
            #expect(Self.governmentReading(claims, year: year, named: name, whole) == "received=1000~", "\(name)")
        }
        // As before: the county's own words, and a 区's or an 自治区's own 我区, 全区.
        #expect(Self.governmentReading(claims, year: year, named: "某县人民政府", "\(year)年，我县共收到政府信息公开申请12件。") == "received=12!")
        #expect(Self.governmentReading(claims, year: year, named: "某县人民政府",
                                       "\(year)年，我区共收到政府信息公开申请1000件，全县共收到政府信息公开申请12件。")
                == "received=12!")
        for name in ["南宁市良庆区人民政府", "天津市蓟州区", "广西壮族自治区人民政府"] {
            #expect(Self.governmentReading(claims, year: year, named: name, region) == "received=1000!", "\(name)")
            #expect(Self.governmentReading(claims, year: year, named: name, whole) == "received=1000!", "\(name)")
        }
    }
}

/// Round ninety-four's `regulations-without-power`: which names hold a county's or a district's unit.
extension AgencyKindRuleTests {
    /// A 区 or 县 inside a common word (社区, 区域, 小区, 校区, 大湾区, 灌区, 辖区, 县域) names no county or district: a city's
    /// or a province's department so named is free now (before: a warning). A district's department whose name ends
    /// in such letters (宝山区: 山区, 龙湾区: 湾区, 上街区: 街区, 阳泉市城区, 郊区) still warns, as does a 地区's (its
    /// 行政公署 makes no 规章) and a zone's committee (a 风景区's, a 园区's).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aCommonWordHoldsNoDistrict(form: String) throws {
        let rule = try #require(Self.forms[form]?.agencyKindRules.first { $0.id == "regulations-without-power" })
        for name in ["某市社区卫生服务中心", "某市区域合作办公室", "某市住宅小区管理办公室", "某大学新校区建设指挥部办公室",
                     "广东省推进粤港澳大湾区建设领导小组办公室", "某省都江堰灌区管理局", "某市公安局辖区警务办公室", "河北省县域经济发展办公室"] {
            #expect(rule.severity(for: agency(name, .department)) == nil, "\(name)")
        }
        for name in ["上海市宝山区人力资源和社会保障局", "明山区卫生健康局", "温州市龙湾区教育局", "郑州市上街区教育局", "阳泉市城区教育局",
                     "阳泉市郊区民政局", "北京市朝阳区社区卫生服务中心", "上海市静安区地区工作办公室", "阿里地区行政公署",
                     "武汉市东湖生态旅游风景区管理委员会", "精河工业园区管理委员会", "重庆市荣昌区水利局"] {
            #expect(rule.severity(for: agency(name, .department)) == .warning, "\(name)")
        }
    }

    /// A county's, a district's or a banner's government named by its region alone (鄯善县, 清原满族自治县, 天津市蓟州区,
    /// 昆都仑区: kind government by `Agency.Kind.isRegionAlone`) or with a closing note (开阳县人民政府(开阳县人民政府办公室)):
    /// an error now, as for 某县人民政府 (before: nothing). Not an 自治区 (in traditional characters too), a city, a 县级市; a
    /// zone's committee is a department by its kind (`governsAZone`): a warning, as round ninety-three made it.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aGovernmentNamedByItsRegionAlone(form: String) throws {
        let rule = try #require(Self.forms[form]?.agencyKindRules.first { $0.id == "regulations-without-power" })
        for name in ["鄯善县", "清原满族自治县", "天津市蓟州区", "昆都仑区", "鄂托克旗", "開陽縣", "开阳县人民政府(开阳县人民政府办公室)",
                     "某区政府", "镇宁自治县政府"] {
            #expect(rule.severity(for: agency(name, .government)) == .error, "\(name)")
        }
        for name in ["西藏自治区", "西藏自治區", "广西壮族自治区人民政府（本级）", "某市", "义乌市", "南宁市人民政府"] {
            #expect(rule.severity(for: agency(name, .government)) == nil, "\(name)")
        }
        #expect(Agency.Kind.ofPrinted(name: "某区政府") == .government && Agency.Kind.from(name: "鄯善县") == .government)
        #expect(Agency.Kind.from(name: "南宁经济技术开发区管理委员会") == .department)
        #expect(rule.severity(for: agency("南宁经济技术开发区管理委员会", .department)) == .warning)
    }
}

/// Round ninety-four on the reference report (下沙街道 2021, 一 总计 2).
extension ReferenceMutationTests {
    /// 2021年，我区共收到政府信息公开申请1000件 (a probe) with the agency made a county's government of an 自治区 (融水苗族
    /// 自治县人民政府): the autonomous region's figure, a warning (before: an error against 一 总计 2); made a district's
    /// government, its own, an error as before.
    @Test func theAutonomousRegionInACountysReportWarns() throws {
        let sentence = "2021年，我区共收到政府信息公开申请1000件。"
        func found(_ name: String) throws -> [Diagnostic] {
            try Self.narrativeFigures { site in
                try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: government")
                try site.edit("content/agencies/xiasha/agency.yaml", replacing: "name: 杭州市钱塘区人民政府下沙街道办事处", with: "name: \(name)")
                try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
            }
        }
        let county = try found("融水苗族自治县人民政府")
        #expect(county.count == 1 && county.first?.severity == .warning, "\(county)")
        let district = try found("南宁市良庆区人民政府")
        #expect(district.count == 1 && district.first?.severity == .error, "\(district)")
    }
}
