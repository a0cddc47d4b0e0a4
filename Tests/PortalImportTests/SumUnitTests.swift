import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// The trial form's 采购总金额 prints no unit; reports count it in 元 or 万元 (安康 2019's `160.5964万元`, round fifty-nine).
/// A sum in 万元 is kept as its figure and the import says its unit was dropped (`import-unit`); a sum in 元 stays refused.
final class SumUnitTests: XCTestCase {
    private func trialReport(purchaseAmount: String) throws -> URL {
        let text = try String(contentsOf: ImportFixtures.own("tika/template-2019-filled.docx.txt"), encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: "\t125.5\n").count, 2, "the template's one 采购总金额")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("purchase-\(UUID().uuidString).txt")
        try text.replacingOccurrences(of: "\t125.5\n", with: "\t\(purchaseAmount)\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The template with its 采购总金额 printed so, imported as 示范's: written, with these problems.
    private func imported(purchaseAmount: String) throws -> (site: ImportSite, problems: [Diagnostic]) {
        let url = try trialReport(purchaseAmount: purchaseAmount)
        defer { try? FileManager.default.removeItem(at: url) }
        let site = try ImportSite()
        let outcome = site.importFile(url, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        return (site, outcome.problems)
    }

    func testASumInWanYuanWhereTheFormGivesNoUnitIsKeptAndSaid() throws {
        let (site, problems) = try imported(purchaseAmount: "160.5964万元")
        let unit = problems.filter { $0.rule == "import-unit" }
        XCTAssertEqual(unit.count, 1, "\(problems)")
        XCTAssertEqual(unit.first?.severity, .warning)
        XCTAssertTrue(unit.first?.message.contains("政府集中采购 × 采购总金额 prints “160.5964万元”") ?? false, "\(unit)")
        let report = try XCTUnwrap(site.report("shifan", 2019))
        XCTAssertEqual(cellTexts(report, table: "proactive")["centralProcurement"], ["6", "160.5964"])
    }

    func testAPlainSumSaysNothing() throws {
        let problems = try imported(purchaseAmount: "125.5").problems
        XCTAssertFalse(problems.contains { $0.rule == "import-unit" }, "\(problems)")
    }

    /// A PDF's row with fewer figures than columns, each placed under its column by where it stands on the page
    /// (`placedByPosition`): the sum in 万元 is said there too (a made case: `政府集中采购` printing its amount alone).
    func testASumInWanYuanPlacedByItsPositionIsSaid() throws {
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2019"])
        let rows: [(String, [Double]?)] = [
            ("第二十条第（一）项", nil), ("信息内容 本年新制作数量 本年新公开数量 对外公开总数量", nil),
            ("规章 0 0 0", [200, 300, 400]), ("规范性文件 1 1 5", [200, 300, 400]),
            ("第二十条第（五）项", nil), ("信息内容 上一年项目数量 本年增/减 处理决定数量", nil),
            ("行政许可 2 0 9", [200, 300, 400]), ("其他对外管理服务事项 0 0 0", [200, 300, 400]),
            ("第二十条第（六）项", nil), ("信息内容 上一年项目数量 本年增/减 处理决定数量", nil),
            ("行政处罚 1 0 3", [200, 300, 400]), ("行政强制 0 0 0", [200, 300, 400]),
            ("第二十条第（八）项", nil), ("信息内容 上一年项目数量 本年增/减", nil), ("行政事业性收费 1 0", [200, 300]),
            ("第二十条第（九）项", nil), ("信息内容 采购项目数量 采购总金额", nil), ("政府集中采购 160.5964万元", [300]),
        ]
        let lines = rows.enumerated().map { index, row in
            var line = SourceLine(text: row.0, position: SourcePosition(line: index + 1, page: 1))
            line.figureCentres = row.1
            // The block's headings, where its one row's figure stands under the second.
            if row.0 == "信息内容 采购项目数量 采购总金额" { line.wordCentres = [100, 200, 300] }
            return line
        }
        let mapping = TableMapper(table: try XCTUnwrap(form.table("proactive")), lines: lines, path: "x").map()
        XCTAssertEqual(mapping.rows["centralProcurement"]?.map(\.display), ["", "160.5964"])
        let unit = mapping.diagnostics.filter { $0.rule == "import-unit" }
        XCTAssertEqual(unit.count, 1, "\(mapping.diagnostics)")
        XCTAssertTrue(unit.first?.message.contains("政府集中采购 × 采购总金额 prints “160.5964万元”") ?? false, "\(unit)")
    }

    func testASumInYuanStaysRefused() throws {
        let url = try trialReport(purchaseAmount: "1605964元")
        defer { try? FileManager.default.removeItem(at: url) }
        let message = try assertRefused(url, ["import-cell"])
        XCTAssertTrue(message.contains("a sum in 元"), message)
    }
}
