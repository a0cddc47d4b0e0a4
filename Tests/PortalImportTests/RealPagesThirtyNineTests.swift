import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-nine (VARIANTS.md): whole real reports, real tables included, as public repositories keep them
/// (`real-pages/thirtynine/`): a county bureau's page with its three tables, and three reports a peer project kept as the
/// Markdown its PDF converter wrote.
final class RealPagesThirtyNineTests: XCTestCase {
    private func page(_ name: String) -> URL {
        ImportFixtures.own("real-pages/thirtynine/\(name)")
    }

    /// 沭阳县发展和改革局 2023 (江苏 宿迁, the county's site): **part 五 headed `五、存在的主要问题及整改措施`** — 整改
    /// (rectifying) for the form's 改进 (improving). Before: refused wrongly, “section 五、存在的主要问题及改进情况 not
    /// found”, 五's two paragraphs named as text dropped from 四. Every cell of 二, 三 and 四 as the page prints it.
    func testProblemsHeadedAsRectification() throws {
        let report = try realPageReport(page("shuyang-fgj-2023.html"), agency: "沭阳县发展和改革局", year: 2023,
                                        published: "2024-01-17")
        let proactive = cellTexts(report, table: "proactive")
        XCTAssertEqual(proactive["normativeDocuments"], ["8", "0", "18"])
        XCTAssertEqual(proactive["licensing"], ["0"])
        let applications = cellTexts(report, table: "applications")
        XCTAssertEqual(applications["received"], ["26", "", "", "", "", "", "26"])
        XCTAssertEqual(applications["disclosed"], ["26", "", "", "", "", "", "26"])
        XCTAssertEqual(applications["closedTotal"], ["26", "", "", "", "", "", "26"])
        XCTAssertEqual(applications["carriedForward"], ["0", "", "", "", "", "", "0"])
        XCTAssertEqual(cellTexts(report, table: "appeals")["cases"], ["0", "0", "0", "1", "1"] + Array(repeating: "0", count: 10))
        XCTAssertTrue(report.narratives["problems"]?.value.hasPrefix("（一）存在的主要问题。各科室人员") == true,
                      report.narratives["problems"]?.value ?? "")
        XCTAssertTrue(report.narratives["other"]?.value.hasPrefix("2023年度，县发展和改革局政府信息公开未发生收费情况。") == true)
        // Both forms' headings, either conjunction; a heading of other words still is not 五's.
        XCTAssertEqual(SectionLocator.key("五、存在的主要问题及整改情况"), SectionLocator.key("五、存在的主要问题及改进情况"))
        XCTAssertEqual(SectionLocator.key("五、存在问题和整改措施"), SectionLocator.key("五、存在问题及改进措施"))
        XCTAssertNotEqual(SectionLocator.key("五、整改落实情况"), SectionLocator.key("五、存在的主要问题及改进情况"))
    }

    /// Three reports as a peer project's PDF converter wrote them in Markdown: 沭阳县人民政府 2025 (table 三 a table a row,
    /// its columns named `数据1`…`数据6`; 沭 read as 沐), 上海市科委 2024 and 上海市人民政府办公厅 2025 (labels torn from
    /// their figures, rows merged and lost). Refused, rightly, before and after: the converter's tables are not the form's.
    func testAConvertersTablesAreRefused() throws {
        for name in ["shuyang-2025.txt", "sh-kewei-2024.txt", "sh-bgt-2025.txt"] {
            let outcome = try ImportSite().importFile(page(name))
            XCTAssertEqual(outcome.status, .failed, name)
        }
    }
}
