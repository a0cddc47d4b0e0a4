import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirty-three (VARIANTS.md): real reports found by search — 乡镇 and county departments of 安徽, 山东, 湖北, 四川,
/// 陕西 and 黑龙江, mostly of 2021 and 2022 — kept as the store gave them (`real-pages/thirtythree/`, long paragraphs
/// shortened) and completed with the invented report's rows (`variants/browser-copy.txt`).
final class RealPagesThirtyThreeTests: XCTestCase {
    /// 炉桥镇 2021 (安徽 定远): the title, `发布时间:… 来源:炉桥镇`, then **`【字体:打印`**, the page's tools whose font sizes
    /// the copy lost. Before: **silent**, the preamble opening with `【字体:打印`.
    func testTheToolsOpenedByABracketAreNoPreamble() throws {
        try assertRealPageReads("thirtythree", "luqiao-2021", "滁州市定远县炉桥镇", 2021, published: "2022-01-20",
                                preamble: "本报告依据《中华人民共和国政府信息公开条例》")
        for line in ["【字体:打印", "• 【字体:", "【字号：打印 分享】"] { XCTAssertTrue(HTMLDocumentReader.isChromeLine(line), line) }
        // A bracketed heading of the report's is the report's.
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("【字体规范】全镇公文统一字体字号"))
    }

    /// 何店镇 2021 (湖北 随州 曾都): the particulars as a list's items, **`• 信息来源:`, `• 审核人:系统管理员`, `• 【字体:`**,
    /// and part 一 headed **`一、总体情`**, its last character lost. Before: refused, “headed 一、总体情, in other words than
    /// the form's”; with the heading mended by hand, **silent**, the preamble opening with the three items.
    func testAHeadingThatLostItsLastCharacterAndTheCheckersName() throws {
        try assertRealPageReads("thirtythree", "hedian-2021", "何店镇", 2021, published: "2022-01-13",
                                preamble: "本报告根据《中华人民共和国政府信息公开条例》")
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("审核人：系统管理员"))
        // A part headed in other words stays refused (淮北市人民医院's 一、主动公开情况): only the form's words, clipped.
        let opening = "示例镇2021年政府信息公开工作年度报告\n本报告由示例县示例镇人民政府编制。\n一、总体\n2021年，示例镇主动公开信息。"
        let refused = try ImportSite().importFile(realPageWritten(opening))
        XCTAssertEqual(rules(refused.problems), ["import-section-missing"], "\(refused.problems)")
    }

    /// 止戈镇 2022 (四川 眉山 洪雅): the title and **`2023年01月19日 (点击: )`** under it, each with the cells of the page's
    /// layout table after it; no preamble. Before: no publication day (the counter in brackets after a date in 年月日).
    func testTheDayBesideTheCounterInBrackets() throws {
        let file = try realPageCompleted("thirtythree", "zhige-2022")
        let (outcome, _) = try assertRealPageWritten(file, agency: "洪雅县止戈镇", year: 2022)
        XCTAssertEqual(outcome.published, "2023-01-19")
        XCTAssertEqual(PublicationDate.underTitle("2023-01-19 10:30 (浏览次数: 12)")?.0, "2023-01-19")
        // A date in the report's sentence is none of the page's.
        XCTAssertNil(PublicationDate.underTitle("2023年1月19日，镇政府召开会议，点击率提升明显。"))
    }

    /// 三宝乡 2021 (黑龙江 哈尔滨 宾县, a mirror): no title, no publisher; the contact **`宾县三宝乡政府`**, a 乡's
    /// government in its short form. Refused (rightly: it names no publisher). Before: the hint offered `kind: other`.
    /// Session 46: its text speaks as that body (`我乡`), so the body behind the contact is written as the publisher, the
    /// hint's agency and kind (`SignedAgency.contactTheTextSpeaksAs`).
    func testTheHintForATownshipsGovernmentInItsShortForm() throws {
        try assertTakenForItsContact("thirtythree", "sanbao-2021", agency: "宾县三宝乡政府", kind: "town")
        XCTAssertEqual(Agency.Kind.from(name: "示例县示例镇政府"), .town)
        XCTAssertEqual(Agency.Kind.from(name: "示例县政府"), .other)
    }
}
