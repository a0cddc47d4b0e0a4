import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round forty-nine (VARIANTS.md): real reports found by search — 江西, 湖北, 吉林, 山西, 宁夏 and others, 省级 and 市级
/// departments (商务, 市场监管, 经信), 乡镇, 开发区, mostly of 2025, two of 2019 and one of 2020 in the trial form — kept as the
/// store gave them (`real-pages/fortynine/`, long paragraphs shortened) and completed with the invented report's rows from 二
/// on. (The test site's day is 2026-01-15: the page's day, 2026-02-13, is no publication day there; the command read it,
/// VARIANTS.md.)
final class RealPagesFortyNineTests: XCTestCase {
    /// 庐山市 2025 (江西 九江): under the title, `发布日期: 2026-02-13 15:20`, then **`字号: 〖大 小〗`**, the page's font sizes in
    /// white lenticular brackets, two sizes only. Before: **silent**, the tools' line opening the preamble.
    func testTheFontSizesInLenticularBracketsTwoOnly() throws {
        let report = try realPageReport(try realPageCompleted("fortynine", "lushan-2025"), agency: "庐山市", year: 2025, published: nil)
        try assertFigures(report, blanked: true)
        let preamble = report.narratives["preamble"]?.value ?? ""
        XCTAssertTrue(preamble.hasPrefix("本报告依据《中华人民共和国政府信息公开条例》"), preamble)
        XCTAssertTrue(["字号: 〖大 小〗", "字体:〖大〗〖中〗〖小〗", "字号:〖大 中 小〗"].allSatisfy(HTMLDocumentReader.isChromeLine))
        // Two sizes are the page's only when bracketed and alone on the line: a sentence about type sizes is the report's.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("字号大小适中的宣传册发放500份。"))
    }
}
