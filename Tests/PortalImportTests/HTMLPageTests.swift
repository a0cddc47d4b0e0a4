import PortalBuild
@testable import PortalImport
import PortalModel
import PortalTestSupport
import XCTest

/// Web pages: a GBK government CMS page, and the portal's own built pages.
final class HTMLPageTests: XCTestCase {
    func testGBKGovernmentPageImportsWithoutItsChrome() throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("xiasha-2021-gbk.html"), force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .html)
        XCTAssertEqual(outcome.agencySlug, "xiasha")
        XCTAssertEqual(outcome.cellsFilled, 200)
        let imported = try XCTUnwrap(site.report("xiasha", 2021))
        let example = try XCTUnwrap(ImportSite().report("xiasha", 2021))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(imported, table: table), cellTexts(example, table: table), table)
        }
        for id in ["preamble", "overview", "problems", "other"] {
            XCTAssertEqual(imported.narratives[id]?.value, example.narratives[id]?.value, id)
        }
        let other = try XCTUnwrap(imported.narratives["other"]?.value)
        for chrome in ["ICP", "相关链接", "分享到", "当前位置", "字体"] {
            XCTAssertFalse(other.contains(chrome) || (imported.narratives["preamble"]?.value.contains(chrome) ?? false), chrome)
        }
    }

    func testDeclaredCharsets() {
        XCTAssertEqual(HTMLCharsetProbe.declared(#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#), "gb2312")
        XCTAssertEqual(HTMLCharsetProbe.declared(#"<META CHARSET='GBK'>"#), "gbk")
        XCTAssertNil(HTMLCharsetProbe.declared("<html><p>无</p>"))
    }

    /// Every report of the example portal, built into pages and imported
    /// back from its page, gives the same cells.
    func testRoundTripEveryBuiltReportPageImportsIntoTheSameCells() throws {
        let built = try TestSite()
        let output = built.url("public")
        _ = try SiteBuilder(root: built.root, output: output).build()
        let reports = try XCTUnwrap(ImportSite().load().portal?.reports)
        XCTAssertGreaterThanOrEqual(reports.count, 7)
        let site = try ImportSite()
        for report in reports {
            let page = output.appendingPathComponent("agencies/\(report.agencySlug)/\(report.year)/index.html")
            let outcome = site.importFile(page, force: true)
            XCTAssertEqual(outcome.status, .written, "\(report.agencySlug)/\(report.year): \(outcome.problems)")
            XCTAssertEqual(outcome.agencySlug, report.agencySlug)
            XCTAssertEqual(outcome.formID, report.formID)
            let imported = try XCTUnwrap(site.report(report.agencySlug, report.year))
            for table in report.tables.keys {
                XCTAssertEqual(cellTexts(imported, table: table), cellTexts(report, table: table), "\(report.agencySlug)/\(report.year) \(table)")
            }
        }
    }
}
