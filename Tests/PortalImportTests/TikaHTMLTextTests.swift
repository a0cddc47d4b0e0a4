import Foundation
@testable import PortalImport
import PortalModel
import PortalTestSupport
import XCTest

/// The text Apache Tika prints for a web page: the page's <title> first, a
/// row of plain cells on one line (`\t规章\t1\t0\t5`) with no blank line after
/// it, the site's breadcrumbs and furniture as lines. Made by
/// `Fixtures/tika-html/make-tika-html-text.py`.
final class TikaHTMLTextTests: XCTestCase {
    func assertSameReport(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let fromText = try ImportSite(), fromPage = try ImportSite()
        let read = fromText.importFile(ImportFixtures.own("tika-html/\(name).html.txt"))
        XCTAssertEqual(read.status, .written, "\(read.problems)", file: file, line: line)
        // The agency is the article's, named above its own title, not the page's <title>.
        XCTAssertEqual(read.newAgency?.name, "示例市示范区人民政府", file: file, line: line)
        let page = fromPage.importFile(ImportFixtures.own("variants/\(name).html"))
        XCTAssertEqual(page.status, .written, "\(page.problems)", file: file, line: line)
        let slug = try XCTUnwrap(read.agencySlug, file: file, line: line)
        let a = try XCTUnwrap(fromText.report(slug, 2022), file: file, line: line)
        let b = try XCTUnwrap(fromPage.report(slug, 2022), file: file, line: line)
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(a, table: table), cellTexts(b, table: table), table, file: file, line: line)
        }
        XCTAssertEqual(a.narratives["preamble"]?.value, b.narratives["preamble"]?.value, file: file, line: line)
    }

    func testAPagesTextImportsAsThePage() throws {
        for name in ["cms-page", "template-filled", "split-table"] { try assertSameReport(name) }
    }

    /// Blank cells are empty between tabs: kept blank, as on the page.
    func testBlankCellsOnAPagesTextAreKeptBlank() throws {
        try assertSameReport("blanks")
    }

    func testARowOfPlainCellsOnOneLineIsARow() {
        let lines = TextExtractor.lines(of: "\t规章\t1\t0\t5\n\t行政规范性文件\t12\t3\t47\n\t商业\n企业\n\t0\n\n")
        XCTAssertEqual(lines.compactMap(\.cells), [["规章", "1", "0", "5"], ["行政规范性文件", "12", "3", "47"], ["商业企业", "0"]])
    }
}
