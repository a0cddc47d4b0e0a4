import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-eight (VARIANTS.md): real reports found by search — 街道, 乡镇, 市直 and 区县 departments (教育, 卫健, 交通运输,
/// 市场监管, 气象), 开发区 of 河南, 安徽, 天津, 吉林, 山西, 甘肃, 贵州, 云南, 河北 and others, mostly of 2024–2025 — kept as the
/// store gave them (`real-pages/thirtyeight/`, long paragraphs shortened) and completed with the invented report's rows.
final class RealPagesThirtyEightTests: XCTestCase {
    /// 济源路街道办事处 2020 (河南 郑州 上街区, the trial form): the catalogue's particulars **as a list of values without their
    /// labels**, `• 上街区济源路街道办事处` over `• 2020年政府信息公开工作年度报告`, then the article's own title. Before:
    /// **silent**, written under a new agency named “•上街区济源路街道办事处” (the list's item taken for the title, the
    /// bullet for part of the name above it).
    func testACataloguesListIsNoTitle() throws {
        let file = try realPageCompleted("thirtyeight", "zzsj-jiyuanlu-2020", rest: "tika/template-2019-filled.docx.txt")
        let report = try realPageReport(file, agency: "郑州市上街区济源路街道办事处", year: 2020, published: "2021-01-18")
        try assertFigures(report, year: 2019)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本报告是根据《中华人民共和国政府信息公开条例》要求编制") == true,
                      report.narratives["preamble"]?.value ?? "")
        // The list's items alone, no article's title under them: the name above, without its bullet.
        let listed = ReportTitle(lines(["  • 示例区示例街道办事处", "  • 2020年政府信息公开工作年度报告"]))
        XCTAssertEqual(listed.agencyName, "示例区示例街道办事处")
        XCTAssertEqual(PageListItem.withoutMark("  • 2020年政府信息公开工作年度报告"), "2020年政府信息公开工作年度报告")
        // A figure's sign is no bullet.
        XCTAssertFalse(PageListItem.isItem("-0.5%"))
    }

    /// 舒城经济开发区 2025 (安徽): no title; **`结合开发区管委会信息公开工作有关统计数据撰写`**, the zone named by its kind only,
    /// and `请与安徽舒城经济开发区综合办公室联系`. Before: **silent**, written under a new agency “开发区管委会” (`kind: other`).
    /// Session 46: its text speaks as that body (`我区`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testAZoneNamedByItsKindIsNoOne() throws {
        try assertTakenForItsContact("thirtyeight", "shucheng-kfq-2025", agency: "安徽舒城经济开发区", kind: "other")
        // (Another body's 综合办公室 is kept as printed.)
        assertOffices(["安徽舒城经济开发区综合办公室": "安徽舒城经济开发区", "示例县人民医院综合办公室": "示例县人民医院综合办公室"])
        // A zone's bureau keeps its zone (round sixteen), and a zone with its place is a name.
        XCTAssertEqual(["高新区管理委员会", "高新区公安分局", "舒城经济开发区管委会"].map(SignedAgency.namesAZoneByItsKind), [true, false, false])
    }

    /// 杜村乡 2024 (安徽 青阳): no title, no publishing sentence; **`请与青阳县杜村乡办公室联系`**, the 乡's own office. Refused, rightly,
    /// as before; but before, the hint offered to import it as the office, `name: 青阳县杜村乡办公室`, `kind: department`: a 乡's,
    /// 镇's or 街道's own (综合)办公室 speaks for it, as its 党政办公室 does.
    /// Session 46: its text speaks as that body (`我乡`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testATownsOwnOfficeToContact() throws {
        try assertTakenForItsContact("thirtyeight", "qingyang-duncun-2024", agency: "青阳县杜村乡", kind: "town")
        // (A 县委's office is a body of its own.)
        assertOffices(["示例区示例街道综合办公室": "示例区示例街道", "示例县委办公室": "示例县委办公室"])
    }

    /// 馆陶县交通运输局 2024 (河北 邯郸): under the title **`【信息时间:2025-02-11   发布机构:馆陶县交通运输局 】`**, the day and
    /// the publisher in brackets. Part 一 is headed `一、工作开展总体情况`: refused, naming it, as before; headed as the
    /// hint says, before: **silent**, the bracket opening the preamble and no day read.
    func testTheDayAsInformationTime() throws {
        let file = try realPageCompleted("thirtyeight", "guantao-jtj-2024")
        let refused = try ImportSite().importFile(file)
        XCTAssertEqual(refused.status, .failed)
        XCTAssertTrue(refused.problems.contains { $0.message.contains("“一、工作开展总体情况”, in other words than the form's") },
                      "\(refused.problems)")
        let headed = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\n一、工作开展总体情况\n", with: "\n一、总体情况\n")
        let report = try realPageReport(try realPageWritten(headed, then: "variants/browser-copy.txt", from: "二、"),
                                        agency: "馆陶县交通运输局", year: 2024, published: "2025-02-11")
        try assertFigures(report, blanked: true)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("2024,在县委、县政府的正确领导下") == true,
                      report.narratives["preamble"]?.value ?? "")
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("【信息时间：2025-02-11 发布机构：示例县交通运输局 】"))
    }

    /// Each office's name read as the body it stands for (`SignedAgency.government`).
    private func assertOffices(_ bodies: [String: String], line: UInt = #line) {
        for (office, body) in bodies { XCTAssertEqual(SignedAgency.government(office), body, line: line) }
    }

    private func lines(_ texts: [String]) -> ArraySlice<SourceLine> {
        texts.enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }[...]
    }
}
