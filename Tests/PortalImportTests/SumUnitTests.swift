import Foundation
@testable import PortalImport
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

    func testASumInYuanStaysRefused() throws {
        let url = try trialReport(purchaseAmount: "1605964元")
        defer { try? FileManager.default.removeItem(at: url) }
        let message = try assertRefused(url, ["import-cell"])
        XCTAssertTrue(message.contains("a sum in 元"), message)
    }
}
