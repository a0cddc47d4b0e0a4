import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round nineteen (VARIANTS.md): real reports found by search — 甘肃, 海南, 福建, 江西, 新疆, 湖北 and 四川 pages, a
/// development zone, a hospital's office, customs and weather bodies — kept as the store gave them (`real-pages/nineteen/`,
/// long paragraphs shortened) and completed with the invented report's rows from 二 on (`variants/browser-copy.txt`), or
/// from 三 on after the page's own table 二. The WeChat article is `WeChatArticleTests`.
final class RealPagesNineteenTests: XCTestCase {
    private func completed(_ name: String, from heading: String = "二、") throws -> URL {
        try realPageCompleted("nineteen", name, from: heading)
    }

    @discardableResult
    private func assertWritten(_ file: URL, agency: String, year: Int, figures: Bool = true, line: UInt = #line) throws -> (outcome: ImportOutcome, preamble: String) {
        try assertRealPageWritten(file, agency: agency, year: year, figures: figures, line: line)
    }

    // MARK: the name in the title

    /// 湖口县大垅乡 2025: `2025湖口县大垅乡2025年度…报告`, a year with no 年 before the name. Before: **silent**, the agency
    /// “2025湖口县大垅乡”. 东湖风景区 卫生健康办公室 2023: `武汉市东湖生态旅游风景区管理委员会 卫生健康办公室2023年…报告`, then the
    /// title again over two lines (the committee's name, then 卫生健康办公室2023年…报告). Before: **silent**, the agency
    /// “卫生健康办公室”, the second line taken for the article's title under a browser's title for the page.
    func testTheTitlesNameAfterABareYearOrPrintedAgainOverTwoLines() throws {
        try assertWritten(completed("dalong-2025"), agency: "湖口县大垅乡", year: 2025)
        let (donghu, preamble) = try assertWritten(completed("donghu-wjb-2023", from: "三、"),
                                                   agency: "武汉市东湖生态旅游风景区管理委员会卫生健康办公室", year: 2023, figures: false)
        XCTAssertEqual(donghu.published, "2024-01-16")
        XCTAssertEqual(preamble, "")
    }

    /// 广州海关关区 2021 (and 2023, round seventeen): the report is the customs district's (广州海关 and the customs houses under
    /// it: 关区年报, beside the 海关总署 reports), and its title names it so: imported under that name, as printed.
    func testACustomsDistrictsReportKeepsItsPrintedName() throws {
        try assertWritten(completed("gzcustoms-2021"), agency: "广州海关关区", year: 2021)
    }

    // MARK: no preamble

    /// 吉村镇人民政府办公室 2023: the title, `访问量:`, then the title again as `吉村镇人民政府办公室` / `2023政府信息公开工作年度报告`
    /// (its 年 lost). 海南省工业和信息化厅 2022: the particulars as a list's items (`• 标 题: …`, `• 文 号:发布日期: …`,
    /// `• 备案登记号:`, `• 时 效 性:` over `有效` twice), then the article's title over two lines. 樟树 中洲乡 2024: `访问量:`,
    /// `关联稿件:`. Before: **silent** ×3, each the preamble's first lines.
    func testTheTitleAgainAndTheParticularsAreNoPreamble() throws {
        let (_, jicun) = try assertWritten(completed("jicun-2023"), agency: "吉村镇人民政府办公室", year: 2023)
        XCTAssertTrue(jicun.hasPrefix("本报告依据《中华人民共和国政府信息公开条例》"), jicun)
        let (iitb, hainan) = try assertWritten(completed("hainan-iitb-2022"), agency: "海南省工业和信息化厅", year: 2022)
        XCTAssertEqual(iitb.published, "2023-01-19")
        XCTAssertTrue(hainan.hasPrefix("根据《中华人民共和国政府信息公开条例》"), hainan)
        let (_, zhongzhou) = try assertWritten(completed("zhongzhou-2024"), agency: "樟树市中洲乡", year: 2024)
        XCTAssertTrue(zhongzhou.hasPrefix("本报告依据《中华人民共和国政府信息公开条例》"), zhongzhou)
        // `有效` alone is the particulars' validity, never a report's line; a sentence saying it is the report's.
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("    有效"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("有效保障了群众的知情权。"))
    }

    // MARK: the publisher named in the publishing sentence

    /// 海口国家高新区 2022 (a mirror): no title; 特编制并向社会公布2022年度海口国家高新区公开年度报告: two verbs joined, the report
    /// named …公开年度报告. Before: refused (`import-no-agency`).
    func testTwoPublishingVerbsJoinedNameThePublisher() throws {
        try assertWritten(completed("haikou-gxq-2022"), agency: "海口国家高新区", year: 2022)
    }

    /// Refusals that stay: 东升街道 2023 (no title, the agency named only as the contact, 请与东升街道信息公开领导小组办公室联系, and
    /// its text never says 我街道), 海口 水务局 2022 (一 first, no title, 我局: neither year nor agency printed). 五凤街道 2023
    /// (可与鼓楼区五凤街道办事处联系, 我街道收到1件…) stayed refused until session 46: now the contact its text speaks as.
    func testRefusalsThatStay() throws {
        try assertTakenForItsContact("nineteen", "wufeng-2023", agency: "鼓楼区五凤街道办事处", kind: "subdistrict")
        for name in ["dongsheng-2023"] {
            let outcome = try ImportSite().importFile(completed(name))
            XCTAssertEqual(outcome.status, .failed, name)
            XCTAssertEqual(rules(outcome.problems), ["import-no-agency"], name)
        }
        let water = try ImportSite().importFile(completed("haikou-swj-2022", from: "三、"))
        XCTAssertEqual(water.status, .failed)
        // (No publisher printed either: its publisher's refusal said with its year's since round eighty-six.)
        XCTAssertEqual(rules(water.problems), ["import-no-year", "import-no-agency"])
    }
}
