import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-two (VARIANTS.md): real reports found by search — 街道, 乡镇, counties and zones of 贵州, 宁夏, 青海, 西藏,
/// 海南, 山西, 河北, 广西, 江西, 湖南 and 福建, a provincial department — kept as the store gave them (`real-pages/thirtytwo/`,
/// long paragraphs shortened) and completed with the invented report's rows (`variants/browser-copy.txt`).
final class RealPagesThirtyTwoTests: XCTestCase {
    /// 湖南省生态环境厅 2024: a title naming no one over the particulars as a list's items, `- 索引号:`, `- 发布机构:`,
    /// **`- 发文日期: 2025-01-27 14:54`**, `- 名称:`. Before: **silent**, the preamble opening with `- 发文日期:`.
    func testTheDayAsAListsItemIsNoPreamble() throws {
        try assertRealPageReads("thirtytwo", "hunan-sthjt-2024", "湖南省生态环境厅", 2024, published: "2025-01-27",
                                preamble: "本报告根据《中华人民共和国政府信息公开条例》")
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("• 发文日期：2025-01-27"))
        // A list's item of the report's that holds the words is the report's.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("- 本年所发文件的发文日期均已标注。"))
    }

    /// 燕郊高新区 2025 (河北 三河): no title; `由燕郊高新区党政办公室编制`. Before: **silent**, written as the office
    /// (燕郊高新区党政办公室, `kind: department`). A zone's 党政办公室 compiles the zone's report, as a 街道's does.
    func testAZonesPartyAndGovernmentOfficeCompilesItsReport() throws {
        let file = try realPageCompleted("thirtytwo", "yanjiao-2025")
        _ = try realPageReport(file, agency: "燕郊高新区", year: 2025, published: nil)
        // A zone of no place is no one's: the office stays as printed.
        let bodies = ["河北饶阳经济开发区管委会党政办": "河北饶阳经济开发区管委会", "高新区党政办公室": "高新区党政办公室",
                      "经济开发区党政办公室": "经济开发区党政办公室", "本开发区党政办公室": "本开发区党政办公室"]
        for (office, body) in bodies { XCTAssertEqual(SignedAgency.government(office), body, office) }
    }

    /// 礼让街街道 2025 (青海 西宁 城中区): no title; `全面总结西宁市城中区人民政府礼让街街道办事处2025年政府信息公开工作情况`,
    /// the one body whose year's work the report sums up. Before: refused, **wrongly**, “prints no agency name”.
    func testTheBodyWhoseYearsWorkItSumsUp() throws {
        try assertRealPageReads("thirtytwo", "lirangjie-2025", "西宁市城中区人民政府礼让街街道办事处", 2025, published: nil,
                                preamble: "本报告根据《中华人民共和国政府信息公开条例》")
        let publisher = { (text: String) in SignedAgency.publisher(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(publisher("本报告依据《条例》编制,总结2024年示例县示例镇人民政府政府信息公开工作情况。"), "示例县示例镇人民政府")
        // A county's words for its whole, or a summary of no year, name no one body.
        XCTAssertNil(publisher("本报告依据《条例》编制,全面总结全县2025年政府信息公开工作情况。"))
        XCTAssertNil(publisher("本报告依据《条例》编制,认真总结政府信息公开工作情况。"))
    }

    /// 安泰街道 2024 (福建 福州 鼓楼): no title, no publisher; the contact `安泰街道党政综合办`. Refused (rightly: it names no
    /// publisher). Before: the hint named nothing (the contact ends in no name's word). Now the 街道, as for its 党政办公室.
    /// Session 46: its text speaks as that body (`我街道`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testTheHintForAStreetsComprehensiveOfficeToContact() throws {
        try assertTakenForItsContact("thirtytwo", "antai-2024", agency: "安泰街道", kind: "subdistrict")
        XCTAssertEqual(SignedAgency.government("示例区示例街道党政综合办"), "示例区示例街道")
    }

    /// 富文镇 2023 (海南 定安): no title, no period (`2023年度,富文镇根据…`: refused for its year, rightly); imported with
    /// `--year 2023`, it names no publisher, the contact `富文镇人民政府党政办公室`. Before: the hint offered the office itself
    /// (`kind: department`), 人民政府 in its name keeping it from the 镇. Now the 镇's government.
    /// Session 46: its text speaks as that body (`我镇`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testTheHintForATownsPartyAndGovernmentOfficeToContact() throws {
        // (Round eighty-four: with the county its address prints, `地址:定安县富文镇振兴街19号`.)
        try assertTakenForItsContact("thirtytwo", "fuwen-2023", year: 2023, agency: "定安县富文镇人民政府", kind: "town")
    }
}
