import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-five (VARIANTS.md): real reports found by search — county, city and district governments' own reports,
/// 开发区 管委会, and bodies of 天津, 重庆, 湖南, 江西, 福建, 云南 and 新疆, mostly of 2023–2025, one of the trial form — kept
/// as the store gave them (`real-pages/thirtyfive/`, long paragraphs shortened) and completed with the invented report's rows.
final class RealPagesThirtyFiveTests: XCTestCase {
    /// 福州市司法局 2020 (福建, the trial form, on a mirror): part 一 headed **`一、总体情况概述`**, as 福州's bodies head it.
    /// Before: refused wrongly, “headed 一、总体情况概述, in other words than the form's”.
    func testPartOneHeadedAsTheOverviewSummarised() throws {
        let file = try realPageCompleted("thirtyfive", "fuzhou-sfj-2020", rest: "tika/template-2019-filled.docx.txt")
        let report = try realPageReport(file, agency: "福州市司法局", year: 2020, published: nil)
        try assertFigures(report, year: 2019)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本年度报告根据修订后的") == true)
    }

    /// 厦门市司法局 2024 (福建): the title, then **`日期:2025-01-17 字体大小:[ ]`**, the page's tools with their buttons lost
    /// in the copy. Before: no day (the line left out of the preamble, its date not read).
    func testTheDayBesideTheToolsEmptyBrackets() throws {
        try assertRealPageReads("thirtyfive", "xiamen-sfj-2024", "厦门市司法局", 2024, published: "2025-01-17",
                                preamble: "本报告根据《中华人民共和国政府信息公开条例》")
        XCTAssertEqual(PublicationDate.underTitle("日期：2025-01-17 字体：【大 中 小】")?.0, "2025-01-17")
        XCTAssertEqual(PublicationDate.underTitle("时间:2025-01-17 10:30 字号:[ ]")?.0, "2025-01-17")
        // Words after the tools are a sentence's, not the page's.
        XCTAssertNil(PublicationDate.underTitle("日期:2025-01-17 字体大小:[ ] 本报告根据条例编制。"))
    }

    /// 江永县 2023 (湖南 永州): the title over two lines, **`江永县2023年度政府信息公开工作` / `年度报告`**: the county named
    /// alone, its government's report. Before: written `kind: other`.
    func testACountyNamedAloneIsItsGovernment() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("thirtyfive", "jiangyong-2023"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "江永县")
        let slug = try XCTUnwrap(outcome.agencySlug)
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/\(slug)/agency.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("kind: government"), yaml)
        for name in ["塔城市", "晋安区", "科尔沁右翼前旗", "示例自治县"] { XCTAssertEqual(Agency.Kind.from(name: name), .government, name) }
        // A zone or park of a region is a body of its own.
        for name in ["葫芦岛高新技术产业开发区", "示例市示范区", "示例县工业园区", "示例新区", "示例片区", "广州海关关区"] {
            XCTAssertEqual(Agency.Kind.from(name: name), .other, name)
        }
    }
}
