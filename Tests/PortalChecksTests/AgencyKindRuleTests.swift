import Foundation
import PortalLoader
import PortalModel
import Testing

/// Session 46: 规章 in the report of a body with no power to make them (`agencyKindRules`, both forms; the fixture site
/// `regulations-without-power` holds the finding itself). Which bodies: 乡镇 and 街道 by kind, county-level governments by
/// how their names end — never a city's (设区的市 or not, its name does not say), a province's (自治区人民政府 ends in
/// 区人民政府), nor a city's or a province's department; a 区's, 县's or 旗's department by its name, a warning (round
/// ninety-three: `aDistrictsDepartmentWarns`; 某县交通运输局 was free before).
@Suite("Agency-kind rules")
struct AgencyKindRuleTests {
    static let forms = FormLoader.builtInForms().forms

    /// A body of `kind` named `name` (the later rounds' tests use it too).
    func agency(_ name: String, _ kind: Agency.Kind) -> Agency {
        Agency(slug: "a", name: name, shortName: name, kind: kind, location: SourceLocation(path: "agency.yaml"))
    }

    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func bodiesWithoutThePowerToMakeRegulations(form: String) throws {
        let rule = try #require(Self.forms[form]?.agencyKindRules.first { $0.id == "regulations-without-power" })
        #expect(rule.rows == ["regulations"] && rule.severity == .error)
        let held = [
            ("平武县木座藏族乡", Agency.Kind.town), ("测试街道办事处", .subdistrict), ("某县人民政府", .government),
            ("某市某区人民政府", .government), ("某自治旗人民政府", .government), ("某县政府", .government),
            ("城口县人民政府机关", .government),
        ]
        for (name, kind) in held { #expect(rule.holds(for: agency(name, kind)), "\(name)") }
        let free = [
            ("某市人民政府", Agency.Kind.government), ("西藏自治区人民政府", .government), ("某自治区政府", .government),
            ("某市交通运输局", .department), ("某经济开发区管委会", .other), ("某自治区人民政府机关", .government),
        ]
        for (name, kind) in free { #expect(!rule.holds(for: agency(name, kind)), "\(name)") }
    }

    /// A form file's rule naming a row its table lacks, or a kind no agency has, is refused when the form loads.
    @Test func aRuleNamingWhatTheFormLacksIsRefused() throws {
        let builtIn = try #require(FormLoader.builtInFormText("gov-info-2021.yaml"))
        for (from, to, message) in [("rows: [regulations]\n    kinds", "rows: [bylaws]\n    kinds", "names rows that table “proactive” does not have"),
                                    ("kinds: [town, subdistrict]", "kinds: [town, village]", "kinds are among")] {
            let broken = builtIn.replacingOccurrences(of: from, with: to)
            #expect(broken != builtIn)
            let parsed = FormLoader.parse(broken, path: "forms/gov-info-2021.yaml")
            #expect(parsed.diagnostics.contains { $0.message.contains(message) }, "\(parsed.diagnostics)")
        }
        #expect(FormLoader.parse(builtIn, path: "forms/gov-info-2021.yaml").diagnostics.isEmpty)
    }
}
