import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round ninety-two's readings, in both forms: round ninety-one's doubts.
extension NarrativeFormDataTests {
    /// A sentence as a department's or a town's report reads it (its region not its own).
    static func departmentReading(_ claims: NarrativeClaims, year: Int, _ sentence: String) -> String {
        var matcher = NarrativeMatcher(claims)
        matcher.regionIsOwn = false
        return matcher.statements(in: NarrativeText(sentence, folding: claims.scalarFolding), year: year)
            .map { "\($0.claim.id)=\($0.value.plainText)\($0.certain ? "!" : "~")" }.joined(separator: " ")
    }

    /// 我市共收到政府信息公开申请1000件 (a probe) in a department's or a town's report: the government naming itself, the
    /// city's figure — probable now, as 全市 (before: received=1000!, a false error against the agency's own table); so
    /// 我县, 我省, 我州, 我旗, 我盟. 我区 stays as it was (a zone's committee filed as a department names itself so: 天津经开区
    /// 2024's 我区受理依申请公开政府信息145件), and 我市场监管局 is the bureau itself (市场). In a government's own report
    /// (the corpus's default) 我市 is its own, certain as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theGovernmentNamingItselfInAnothersReport(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        for word in ["我市", "我县", "我省", "我州", "我旗", "我盟"] {
            #expect(Self.departmentReading(claims, year: year, "\(year)年，\(word)共收到政府信息公开申请1000件。") == "received=1000~", "\(word)")
        }
        #expect(Self.departmentReading(claims, year: year, "\(year)年，我市共收到政府信息公开申请1000件。我局共收到政府信息公开申请12件。")
                == "received=1000~ received=12!")
        // 我区 in a department's report is the region's since round ninety-three (a zone's own body reads it as before:
        // `theDistrictNamingItselfInADepartmentsReport`).
        #expect(Self.departmentReading(claims, year: year, "\(year)年全年，我区受理依申请公开政府信息145件。") == "received=145~")
        // As before.
        #expect(Self.departmentReading(claims, year: year, "\(year)年，我市场监管局共收到政府信息公开申请12件。") == "received=12!")
        #expect(Self.departmentReading(claims, year: year, "\(year)年，全市场监管系统共收到政府信息公开申请50件。") == "received=50~")
        #expect(Self.departmentReading(claims, year: year, "为增进社会各界对我市农业农村工作的了解，我局共收到政府信息公开申请3件。") == "received=3!")
        Self.expectReadings(claims, year: year, [
            ("\(year)年，我市共收到政府信息公开申请1000件。", "received=1000!"),
        ])
    }

    /// 出具《政府信息公开申请答复书》1份 (嵩明县卫生健康局 2025, a real page): the answer letters issued, probably one to
    /// each application closed but one outcome's paper (a 告知书 is another's) — probable now (before: closed=1!), and
    /// nothing where the sentence names another paper. 办结 reads as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func anAnswerLetterIsProbablyTheClosed(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("全年共收到依申请公开申请1件，在法定时限内完成审查、办理与答复，出具《政府信息公开申请答复书》1份。", "received=1! closed=1~"),
            ("全年共收到依申请公开申请 1 件，在法定时限内完成审查、办理与答复，出具《政府信息公开申请答复书》1 份，确保申请人合法权益得到充分保障。",
             "received=1! closed=1~"),
            ("\(year)年，出具《政府信息公开申请答复书》3份、《政府信息公开告知书》2份。", ""),
            // As before.
            ("\(year)年，共收到政府信息公开申请5件，办结5件。", "received=5! closed=5!"),
        ])
    }

    /// 办结30件，其中逾期未补正不再处理2件 (a probe, round ninety-one's doubt): 其中 right after the 办结 makes the lapsed a part
    /// of it, so the 30 is the 总计 — certain again (before: nothing, round ninety-one's `unlessAfter` words after it). The
    /// lapsed beside it (诸暨市市场监管局 2024) or after a figure of the part's list stays out, and so does 其中结转下年.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func theLapsedAsAPartOfTheClosed(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        Self.expectReadings(claims, year: year, [
            ("\(year)年,我局收到政府信息公开申请32件,办结30件,其中逾期未补正不再处理2件,结转下年办理2件。", "received=32! closed=30!"),
            ("\(year)年，共收到政府信息公开申请30件，办结30件，其中，因申请人逾期未补正不再处理2件。", "received=30! closed=30!"),
            // As before.
            ("\(year)年,我局收到政府信息公开申请43件,办结40件,逾期未补正不再处理1件,结转下年办理2件。", "received=43!"),
            ("\(year)年，共收到政府信息公开申请40件，办结40件，其中予以公开30件，逾期未补正不再处理1件。", "received=40! disclosed=30~"),
            ("\(year)年，共办结政府信息公开申请1422件，其中结转下年度继续办理114件。", ""),
        ])
    }
}

/// Round ninety-two on the reference report (下沙街道 2021, 一 总计 2).
extension ReferenceMutationTests {
    /// 2021年，我市共收到政府信息公开申请1000件 (a probe): in the 街道's own report the city's figure, a warning (before:
    /// an error against 一 总计 2); with the agency made 杭州市人民政府 the government's own, an error as before; made
    /// 杭州市钱塘区人民政府, the city above the district, a warning.
    @Test func theGovernmentNamingItselfInATownsReportWarns() throws {
        let sentence = "2021年，我市共收到政府信息公开申请1000件。"
        func found(name: String?) throws -> [Diagnostic] {
            try Self.narrativeFigures { site in
                if let name {
                    try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: government")
                    try site.edit("content/agencies/xiasha/agency.yaml", replacing: "name: 杭州市钱塘区人民政府下沙街道办事处", with: "name: \(name)")
                }
                try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
            }
        }
        let town = try found(name: nil)
        #expect(town.count == 1 && town.first?.severity == .warning, "\(town)")
        let city = try found(name: "杭州市人民政府")
        #expect(city.count == 1 && city.first?.severity == .error, "\(city)")
        let district = try found(name: "杭州市钱塘区人民政府")
        #expect(district.count == 1 && district.first?.severity == .warning, "\(district)")
    }
}
