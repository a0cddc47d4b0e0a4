import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round sixteen (VARIANTS.md): real reports found by search — the openings of 宁夏, 内蒙古, 河南, 四川, 重庆, 浙江 pages,
/// a town's, a school board's, a 管委会's — kept as the store gave them (`real-pages/sixteen/`, long paragraphs shortened)
/// and completed with the invented report's rows from 二 on (`variants/browser-copy.txt`, or the 2019 trial form's
/// `tika/template-2019-filled.docx.txt` for a report of 2020).
final class RealPagesSixteenTests: XCTestCase {
    /// The real opening `name` completed from `rest`'s heading `from` (二、 by default) on.
    private func completed(_ name: String, from heading: String = "二、", rest: String = "variants/browser-copy.txt") throws -> URL {
        try realPageCompleted("sixteen", name, from: heading, rest: rest)
    }

    private func written(_ opening: String, then rest: String = "variants/browser-copy.txt", from heading: String = "二、") throws -> URL {
        try realPageWritten(opening, then: rest, from: heading)
    }

    @discardableResult
    private func assertWritten(_ file: URL, agency: String, year: Int, figures: Bool = true, line: UInt = #line) throws -> (outcome: ImportOutcome, preamble: String) {
        try assertRealPageWritten(file, agency: agency, year: year, figures: figures, line: line)
    }

    // MARK: the agency

    /// 乌拉特前旗 2021: the catalogue's particulars as rows (`发布机构 | 政府办公室 | 文 号 | |`), the text only 我旗 (特向社会公布我旗
    /// 2021年度信息公开年度报告). Before: **silent**, a new agency named “政府办公室”. An issuer naming no place is the site's
    /// shorthand: refused (`import-no-agency`), as a report naming its agency nowhere is. 札达县人民政府 (round fifteen) still reads.
    func testAnIssuerNamingNoPlaceIsNoAgency() throws {
        let message = try assertRefused(completed("wulateqianqi-2021"), agency: nil, ["import-no-agency"])
        XCTAssertFalse(message.contains("政府办公室”"), message)
        // 党政综合办公室 (於潜镇 2024's particulars, round twenty-nine: its 镇 named elsewhere) is a town's office too.
        for name in ["政府办公室", "办公室", "区政府办公室", "党政办公室", "人民政府", "党政综合办公室"] {
            XCTAssertFalse(SignedAgency.namesItsPlace(name), name)
        }
        for name in ["札达县人民政府", "高新区公安分局", "北街办事处", "示例市示范区人民政府办公室"] {
            XCTAssertTrue(SignedAgency.namesItsPlace(name), name)
        }
    }

    // MARK: a page's furniture and its day

    /// 邓州市张楼乡 2023: `录入人员: zlxzwgk 发布时间: 2024-01-19 访问次数:` under the title. Before: **silent**, the line the
    /// preamble (the day was read).
    func testWhoKeyedThePageInIsFurniture() throws {
        let (outcome, preamble) = try assertWritten(completed("dengzhou-zhanglou-2023"), agency: "邓州市张楼乡", year: 2023)
        XCTAssertEqual(outcome.published, "2024-01-19")
        XCTAssertFalse(preamble.contains("录入人员"), preamble)
    }

    /// The day a page prints where no 发布时间 labels it: 银川市人民政府办公室 2022 (round thirteen's page, whose line
    /// `银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28` under the title was made furniture then), 重庆合川工业园区管理委员会 2020 (`日期:2021-01-22来源:重庆合川工业园区管委会`, the two run
    /// together, above the name), 甘州 北街街道 2025 (生成日期 in the particulars), 武汉东湖 卫生健康办公室 2023 (round fifteen: `更新时间:2024-01-16 发布时间: |  来源:区卫健办`).
    /// Before: imported without a publication day.
    func testThePublicationDayWhereNoLabelSaysSo() throws {
        let (yinchuan, preamble) = try assertWritten(completed("yinchuan-bgs-2022"), agency: "银川市人民政府办公室", year: 2022)
        XCTAssertEqual(yinchuan.published, "2023-01-28")
        XCTAssertTrue(preamble.hasPrefix("根据"), preamble)

        let (hechuan, opening) = try assertWritten(completed("hechuan-gyyq-2020", rest: "tika/template-2019-filled.docx.txt"),
                                                   agency: "重庆合川工业园区管理委员会", year: 2020, figures: false)
        XCTAssertEqual(hechuan.published, "2021-01-22")
        XCTAssertFalse(opening.contains("来源"), opening)

        // 甘州 北街街道 2025: the catalogue's particulars rows under the title, `| 生成日期 | 2026-01-23 16:24:38 | 是否有效 |`, and no
        // 发布日期: the day the document was entered, read as 成文日期 is (the publishing day is at least that late).
        // (Imported on 2026-02-01: the tests' import day, 2026-01-15, is before it, and no day after the import counts.)
        let site = try ImportSite()
        var options = site.options()
        options.date = "2026-02-01"
        let beijie = Importer(options: options).importFile(try completed("ganzhou-beijie-2025"), displayPath: "beijie.txt")
        XCTAssertEqual(beijie.status, .written, "\(beijie.problems)")
        XCTAssertEqual(beijie.newAgency?.name, "北街街道")
        XCTAssertEqual(beijie.published, "2026-01-23")
        XCTAssertEqual(site.report(try XCTUnwrap(beijie.agencySlug), 2025)?.narratives["preamble"]?.value ?? "", "")
        XCTAssertNil(try ImportSite().importFile(try completed("ganzhou-beijie-2025")).published)

        // 东湖's line (real) under the invented report's title.
        let donghu = try edited("browser-copy.txt") { lines in lines.insert("更新时间:2023-01-16 发布时间: |  来源:区卫健办", at: 2) }
        let outcome = try assertImports(donghu, blanked: true)
        XCTAssertEqual(outcome.published, "2023-01-16")
        // A 发布时间 printed beside it wins, and the two differing say nothing (never a guess).
        let both = try edited("browser-copy.txt") { lines in lines.insert("更新时间:2023-03-01 发布时间:2023-01-16 来源:区卫健办", at: 2) }
        XCTAssertEqual(try assertImports(both, blanked: true).published, "2023-01-16")
    }

    // MARK: a title as a table's row, a part run on after other text

    /// 洪雅县教育和体育局 2023: the title a layout table's row (`…年度报告 | |||||…`), the date another, then the preamble and
    /// part 一 on one line (…止。 一、总体情况 (一)主动公开政府信息。…, which the text's reader breaks at the heading). Before:
    /// refused, wrong hint (“prints no agency name”).
    func testATitleAsATableRowWithPadding() throws {
        let (_, preamble) = try assertWritten(completed("hongya-jtj-2023"), agency: "洪雅县教育和体育局", year: 2023)
        XCTAssertTrue(preamble.hasPrefix("2023年,在县委"), preamble)
    }

    /// 乌拉特中旗 巴音乌兰苏木 2021, a Word file's text as a document site shows it: the whole opening one line, spaces where
    /// its lines wrapped (以下简 称), 一、总体情况 inside it. Before: refused, the hint “cut off, or a wording the form does
    /// not list”. Now refused on that line, saying its line breaks were lost.
    func testAWordFilesTextRunTogether() throws {
        let outcome = try ImportSite().importFile(try completed("wulatezhongqi-bayinwulan-2021"))
        XCTAssertEqual(rules(outcome.problems), ["import-section-missing"], "\(outcome.problems)")
        XCTAssertEqual(outcome.problems.first?.location.line, 2, "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.first?.hint?.contains("restore the line breaks") ?? false, "\(outcome.problems)")
    }

    // MARK: the year

    /// 宁波国家高新区 2019: no title, 本年报中所列数据统计时间截至2019年12月31日, the name only in 一's sentences. Before: refused,
    /// wrong hint (“nor its preamble a statistics period”). Now its year reads and it is refused for its agency only; with
    /// the agency given, a report stating only its period's end imports for that year.
    func testAStatisticsCutOffGivesTheYear() throws {
        _ = try assertRefused(completed("ningbo-gxq-2019", rest: "tika/template-2019-filled.docx.txt"), agency: nil, ["import-no-agency"])
        let cutOff = try untitled("本报告由示例市示范区人民政府办公室编制。本年报中所列数据统计时间截至2022年12月31日。")
        try assertWritten(cutOff, agency: "示例市示范区人民政府", year: 2022)
        // A cut-off in a sentence of its own (截至2021年12月31日，全区…) says nothing of the report's year.
        let other = try untitled("本报告由示例市示范区人民政府办公室编制。截至2021年12月31日，全区共有政务新媒体12个。")
        XCTAssertEqual(rules(try ImportSite().importFile(other).problems), ["import-no-year"])
    }
}
