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
