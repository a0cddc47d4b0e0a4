import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-one (VARIANTS.md): real reports found by search — 街道 of 上海 and 辽宁, 乡镇 of 重庆, 内蒙古 (苏木), 新疆,
/// 河南 and 云南, county and city departments of 陕西 and 广西, a 管理区 — kept as the store gave them
/// (`real-pages/thirtyone/`, long paragraphs shortened) and completed with the invented report's rows
/// (`variants/browser-copy.txt`).
final class RealPagesThirtyOneTests: XCTestCase {
    /// 关坝镇 2025 (重庆 万盛): between the title's date and the preamble the page's reader aloud, `语音播报`,
    /// `语音合成中,请耐心等待...`, `进入播报模式`, `退出播报模式`. Before: **silent**, the preamble opening with them.
    func testThePagesReaderAloudIsNoPreamble() throws {
        let file = try realPageCompleted("thirtyone", "guanba-2025")
        // (Its day, 2026-01-24, falls after the tests' import day, 2026-01-15: not taken here.)
        let report = try realPageReport(file, agency: "重庆市万盛经济技术开发区关坝镇人民政府", year: 2025, published: nil)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本年度报告由重庆市万盛经开区关坝镇人民政府根据") == true,
                      "\(report.narratives)")
        // A sentence about reading aloud is the report's.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("开通语音播报功能，方便视障群众获取信息。"))
    }

    /// 义和镇 2023 (重庆 开州): the font sizes' tool `大中小` alone, then again run on into the preamble's first words,
    /// `大中小本年度报告根据…`. Before: **silent**, the preamble opening with the tool twice.
    func testTheFontSizesRunOnIntoThePreamble() throws {
        let file = try realPageCompleted("thirtyone", "yihe-2023")
        let report = try realPageReport(file, agency: "重庆市开州区义和镇人民政府", year: 2023, published: nil)
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本年度报告根据《中华人民共和国政府信息公开条例》") == true,
                      "\(report.narratives)")
        // Only before a preamble's first words: 大中小学 is a sentence's.
        XCTAssertEqual(HTMLDocumentReader.withoutGluedFontSizes("大中小学校园安全信息12条。"), "大中小学校园安全信息12条。")
        XCTAssertEqual(HTMLDocumentReader.withoutGluedFontSizes(" 大中小根据《条例》要求编制。"), "根据《条例》要求编制。")
    }

    /// 巴彦木仁苏木 2024 (内蒙古 阿拉善左旗): the particulars as a list's items, `- 发布日期:2025-01-06 17:44`, `- 浏览次数:`;
    /// a 苏木, 内蒙古's 乡. Before: **silent**, the preamble opening with `- 浏览次数:`, and the 苏木 written a government
    /// (due by 03-31, not 01-31).
    func testTheVisitsAsAListsItemAndASumu() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("thirtyone", "bayanmuren-2024"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "阿拉善左旗巴彦木仁苏木人民政府")
        XCTAssertEqual(outcome.published, "2025-01-06")
        let slug = try XCTUnwrap(outcome.agencySlug)
        let report = try XCTUnwrap(site.report(slug, 2024))
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本年度报告根据《中华人民共和国政府信息公开条例》") == true,
                      "\(report.narratives)")
        let agency = try String(contentsOf: site.root.appendingPathComponent("content/agencies/\(slug)/agency.yaml"), encoding: .utf8)
        XCTAssertTrue(agency.contains("kind: town"), agency)
        XCTAssertEqual(Agency.Kind.from(name: "扎赉特旗宝力根花苏木人民政府"), .town)
        XCTAssertEqual(Agency.Kind.from(name: "哈日诺尔苏木"), .town)
        XCTAssertEqual(Agency.Kind.from(name: "乌拉特后旗人民政府"), .government)
    }

    /// 盈浦街道 2024 (上海 青浦): under the title a catalogue's values whose labels the page lost, `无` / `主动公开` / `无` /
    /// `无` / `2025.01.08`. Before: **silent**, the preamble opening with them, no publication day.
    func testTheCataloguesValuesWithoutTheirLabels() throws {
        let file = try realPageCompleted("thirtyone", "yingpu-2024")
        let report = try realPageReport(file, agency: "上海市青浦区盈浦街道", year: 2024, published: "2025-01-08")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("本年度报告根据《中华人民共和国政府信息公开条例》") == true,
                      "\(report.narratives)")
        XCTAssertTrue(ReportTitle.isCatalogueValues("主动公开\t无\t无"))
        // A sentence, or 无 beside other words, is no catalogue's value.
        XCTAssertFalse(ReportTitle.isCatalogueValues("无依申请公开事项。"))
        XCTAssertFalse(ReportTitle.isCatalogueValues("无 其他"))
    }

    /// 江浦路街道 2024 (上海 杨浦): the page's heading `杨浦区江浦路街道2024年政府信息公开工作年度报告 2025-01-22`, the day a
    /// space after the report's name. Before: no publication day.
    func testTheDayASpaceAfterTheTitle() throws {
        let file = try realPageCompleted("thirtyone", "jiangpulu-2024")
        _ = try realPageReport(file, agency: "杨浦区江浦路街道", year: 2024, published: "2025-01-22")
        XCTAssertEqual(PublicationDate.underTitle("2025年政府信息公开工作年度报告 ( 2026-01-30 )")?.0, "2026-01-30")
        // A date run on into the name, or a sentence's, is not it.
        XCTAssertNil(PublicationDate.underTitle("某街道2024年政府信息公开工作年度报告2025-01-22"))
        XCTAssertNil(PublicationDate.underTitle("本报告于 2025-01-22"))
    }

    /// 小河镇 2024 (云南 巧家): no title; `…要求,汇总2024年小河镇的政府信息公开年度报告编制而成。`, the county's template
    /// filled with the one 镇 whose figures it gathers. Before: refused, “prints no agency name”.
    func testTheOneBodyWhoseFiguresItGathers() throws {
        let file = try realPageCompleted("thirtyone", "xiaohe-2024")
        _ = try realPageReport(file, agency: "小河镇", year: 2024, published: nil)
        let publisher = { (text: String) in SignedAgency.publisher(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(publisher("本年度报告根据《条例》要求,综合示例县人民政府的政府信息公开工作情况编制而成。"), "示例县人民政府")
        // A county's words for its whole name no one body.
        XCTAssertNil(publisher("本年度报告根据《条例》要求,汇总全县各乡镇、县直各部门的政府信息公开年度报告编制而成。"))
        XCTAssertNil(publisher("本年度报告根据《条例》要求,汇总示例县各乡镇和县直各部门的政府信息公开年度报告编制而成。"))
    }

    /// 新虹街道 2024 (上海 闵行): no title; `…的要求,由上海市闵行区新虹街道办事处党政办编制。`, the contact the same 党政办; the
    /// store's copy runs the preamble, 一 and its items into one line. Before: refused, “prints no agency name” (with its line
    /// breaks restored too); `…党政办公室编制` was written as the office. Now the 街道's 党政办 compiles the 街道's report.
    func testAStreetsPartyAndGovernmentOfficeCompilesItsReport() throws {
        let file = try realPageCompleted("thirtyone", "xinhong-2024")
        _ = try realPageReport(file, agency: "上海市闵行区新虹街道办事处", year: 2024, published: nil)
        XCTAssertEqual(SignedAgency.government("示例县示例镇人民政府党政综合办公室"), "示例县示例镇人民政府")
        XCTAssertEqual(SignedAgency.government("示例区示例街道党政办"), "示例区示例街道")
        // A county's or a 党委's office is no 街道's or 镇's.
        XCTAssertEqual(SignedAgency.government("示例县党政办公室"), "示例县党政办公室")
        XCTAssertEqual(SignedAgency.government("镇党政办公室"), "镇党政办公室")
    }
}
