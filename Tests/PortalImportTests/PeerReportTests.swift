import PortalImport
import PortalModel
import XCTest

/// Files from another project's test data: a synthetic table and the blank template.
final class PeerReportTests: XCTestCase {
    func testSyntheticSequentialTableImportsAsPrintedThenFailsTheChecks() throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.synthetic175, agency: "xiasha", year: 2022)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.cellsFilled, 175)
        XCTAssertEqual(outcome.tablesFilled, 1)
        XCTAssertEqual(Set(rules(outcome.problems)), ["import-rows-by-order", "import-table-absent", "import-text-dropped"])
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-text-dropped" && $0.message.contains("这里是主动公开政府信息的说明。") })
        let report = try XCTUnwrap(site.report("xiasha", 2022))
        let form = try XCTUnwrap(site.load().portal?.forms["gov-info-2021"]?.table("applications"))
        let printed = form.leafRows.flatMap { cellTexts(report, table: "applications")[$0.row.id] ?? [] }
        XCTAssertEqual(printed, (1...175).map(String.init), "as printed, in the official row order")
        XCTAssertEqual(Set(cellTexts(report, table: "appeals")["cases"] ?? []), [""], "a table not printed is blank, never 0")
        let broken = Set(outcome.checks.filter { $0.severity == .error }.map(\.rule))
        XCTAssertTrue(broken.isSuperset(of: ["balance", "outcomes-total", "applicant-total"]), "\(broken)")
    }

    func testBlankWordTemplateGivesEveryCellBlankAndNothingReadAsZero() throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.blankTemplate, agency: "xiasha", year: 2023)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .docx)
        XCTAssertEqual(outcome.cellsFilled, 0)
        XCTAssertEqual(outcome.blanksKept, 200)
        XCTAssertEqual(outcome.problems, [], "the template's tables are found, row by row")
        let report = try XCTUnwrap(site.report("xiasha", 2023))
        for table in ["proactive", "applications", "appeals"] {
            for (row, cells) in cellTexts(report, table: table) {
                XCTAssertEqual(Set(cells), [""], "\(table).\(row)")
            }
        }
        XCTAssertEqual(report.narratives["overview"]?.value, "（文字描述）\n")
    }
}
