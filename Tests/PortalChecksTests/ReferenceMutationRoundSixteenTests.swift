import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round sixteen's readings on the reference report (下沙街道 2021: 一 总计 2,
/// nothing carried forward), its agency made a government: the report's
/// preamble (preamble.md, where the import puts it) says whose figures its
/// tables hold.
extension ReferenceMutationTests {
    static let preamble = "content/agencies/xiasha/2021/preamble.md"
    static let preambleOpening = "根据《中华人民共和国政府信息公开条例》规定，结合钱塘区下沙街道办事处工作实际编制本报告。"

    /// The problems with `sentence` added to 一 and the preamble's opening
    /// sentence replaced by `opening` (kept when nil).
    static func inAGovernmentsReport(_ sentence: String, preamble opening: String?) throws -> [Diagnostic] {
        try narrativeFigures { site in
            try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: government")
            try site.edit(overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
            if let opening { try site.edit(Self.preamble, replacing: Self.preambleOpening, with: opening) }
        }
    }

    /// 东城区政府 2024's sentence (全区受理…961件, no level named) in a
    /// government's report: an error where the report's words say nothing
    /// of its scope (the reference preamble, or 东城区 2024's own: 依据…第五十条
    /// 规定，编制本报告), a warning where the preamble says the report is the
    /// level's own (湖里区 2018: 本级政府（机关）信息公开年度报告).
    @Test func aPreambleNamingTheLevelsOwnReportWarnsOfTheRegionsFigure() throws {
        let sentence = "全区受理政府信息依申请公开961件，完成全区54家政府信息公开工作年度报告公开工作。"
        let level = try Self.inAGovernmentsReport(sentence, preamble: "根据《中华人民共和国政府信息公开条例》规定，向社会公布2021年度本级政府（机关）信息公开年度报告。")
        #expect(level.count == 1 && level.first?.severity == .warning, "\(level)")
        #expect(level.first?.message.contains("states 961 for 本年新收政府信息公开申请") == true, "\(level)")
        for opening in [nil, "依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）第五十条规定，编制本报告。"] {
            let undecided = try Self.inAGovernmentsReport(sentence, preamble: opening)
            #expect(undecided.count == 1 && undecided.first?.severity == .error, "\(undecided)")
        }
    }

    /// 东城区政府 2023's sentence in a report whose preamble says it is the
    /// region's (南平市 2012: 汇总…各县（市、区）、市政府各有关部门…编制而成): the
    /// district's 800 and 39 are the tables' (errors against 2 and 0); the
    /// level's 6 after 区政府本级 yields to them. Without the preamble's words
    /// each of 800, 39 and 6 is a warning (round seventeen: the narrative
    /// naming the level beside the region does not say whose the tables are).
    @Test func aPreambleNamingTheRegionsReportReadsTheRegionsFigures() throws {
        let sentence = "全年全区共受理申请公开800件，结转下年度办理39件，区政府本级共受理206件，结转下年度办理6件。"
        let region = try Self.inAGovernmentsReport(sentence, preamble: "本报告由杭州市钱塘区下沙街道办事处根据《中华人民共和国政府信息公开条例》要求，汇总辖区各社区、各部门政府信息公开工作情况编制而成。")
        #expect(region.count == 2 && region.allSatisfy { $0.severity == .error }, "\(region)")
        #expect(region.contains { $0.message.contains("states 800 for 本年新收政府信息公开申请") }, "\(region)")
        #expect(region.contains { $0.message.contains("states 39 for 结转下年度继续办理") }, "\(region)")
        let undecided = try Self.inAGovernmentsReport(sentence, preamble: nil)
        #expect(undecided.count == 3 && undecided.allSatisfy { $0.severity == .warning }, "\(undecided)")
        #expect(undecided.contains { $0.message.contains("states 6 for 结转下年度继续办理") }, "\(undecided)")
        #expect(undecided.contains { $0.severity == .warning && $0.message.contains("states 800") }, "\(undecided)")
    }
}
