import Foundation
@testable import PortalImport
import PortalTestSupport
import Testing

/// The ways a report's title names its agency and year, each over the
/// reference report's body: the agency's name and the year come out the same.
@Suite struct TitleShapesTests {
    static let name = "杭州市钱塘区人民政府下沙街道办事处"

    static let shapes: [[String]] = [
        [name + "2021年政府信息公开工作年度报告"],
        [name, "2021年政府信息公开工作年度报告"],
        [name, "2021年度", "政府信息公开工作年度报告"],
        // Before: the agency “）” (the bracket after the year below).
        [name, "政府信息公开工作年度报告", "（2021年度）"],
        ["2021年" + name + "政府信息公开工作年度报告"],
        [name + "政府信息公开工作2021年度报告"],
        ["关于" + name + "2021年度政府信息公开工作的报告"],
        [name, "二〇二一年政府信息公开工作年度报告"],
        [name + "2021年度政府信息公开年报"],
        [name.map(String.init).joined(separator: " "), "2021年政府信息公开工作年度报告"],
        [name, "2021年政府信息公开工作年度报告", "（2022年1月20日）"],
        [name + "2021年政府信息", "公开工作年度报告"],
        // Before: the agency “…办事处关于”.
        [name + "关于2021年度政府信息公开工作情况的报告"],
        ["2021年度" + name, "政府信息公开工作年度报告"],
        [name + "2021年度政府信息公开工作报告"],
        // The year a text run of its own, printed under the rest (pdfplumber's text of a PDF): before, no year.
        [name, "年政府信息公开工作年度报告", "2021"],
    ]

    /// A town's name of three characters alone above the title (`SignedAgency.isPlaceAlone`), as many towns' Word files print it (the real openings of
    /// 礼辛镇 2025, 戴村镇 2024, 大垌镇 2023, 何店镇 2021, 金厂镇 2025 laid out so: refused before, no agency).
    @Test(arguments: ["礼辛镇", "何店镇", "大垌镇", "沛县城"])
    func aThreeCharacterTownAboveTheTitleNamesIt(name: String) {
        let lines = TextExtractor.lines(of: "\(name)\n2025年政府信息公开工作年度报告\n\n一、总体情况\n")
        let expected: String? = name == "沛县城" ? nil : name
        #expect(ReportTitle(lines[...]).agencyName == expected)
        for notAName in ["本镇", "全镇", "县政府", "镇政府"] {
            let lines = TextExtractor.lines(of: "\(notAName)\n2025年政府信息公开工作年度报告\n\n一、总体情况\n")
            #expect(ReportTitle(lines[...]).agencyName == nil, "\(notAName)")
        }
    }

    /// Names above the title that the title's own line took but the line above did not (the real openings of 西藏自治区
    /// 人民政府办公厅 2023 on a 繁體 mirror, 海关总署 2020, 蒋湖农场 2021 laid out on two lines: refused before, no agency).
    @Test(arguments: ["西藏自治區人民政府辦公廳", "海关总署(本级机关)", "蒋湖农场", "某县国有林场"])
    func aNameAboveTheTitleInTraditionalCharactersWithANoteOrOfAFarm(name: String) {
        let lines = TextExtractor.lines(of: "\(name)\n2023年政府信息公开工作年度报告\n\n一、总体情况\n")
        #expect(ReportTitle(lines[...]).agencyName == name)
    }

    @Test(arguments: ["示例市示例区第12街道办事处", "示例市12345政务服务便民热线管理中心", "示例市示范区人民政府"])
    func aNameAboveTheTitleMayHoldFigures(name: String) {
        // Before (this session's first fix, caught by Benchmarks/import.sh): a name with figures was no name.
        let lines = TextExtractor.lines(of: "\(name)\n2021年政府信息公开工作年度报告\n\n一、总体情况\n")
        #expect(ReportTitle(lines[...]).agencyName == name)
        let notNames = TextExtractor.lines(of: "搜索\n2021年政府信息公开工作年度报告\n\n一、总体情况\n")
        #expect(ReportTitle(notNames[...]).agencyName == nil)
    }

    @Test(arguments: shapes)
    func theTitleNamesTheAgencyAndTheYear(title: [String]) throws {
        let text = try String(contentsOf: Repository.fixtures.appendingPathComponent("reference/xiasha-2021.txt"), encoding: .utf8)
        // The reference text's title is its first two lines.
        let body = text.components(separatedBy: "\n").dropFirst(2)
        let lines = TextExtractor.lines(of: (title + body).joined(separator: "\n"))
        let reportTitle = ReportTitle(lines[...])
        #expect(reportTitle.year == 2021)
        #expect(reportTitle.agencyName == Self.name)
    }
}
