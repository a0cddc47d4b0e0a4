import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round sixty-two (VARIANTS.md): real reports found by search — 乡镇 and 开发区/园区 of 2025, a 退役军人事务局, 统计局s, 贵州,
/// 海南, 云南, 上海, the trial form on a 繁體 mirror — kept as the store gave them (`real-pages/sixtytwo/`, long paragraphs
/// shortened) and completed with the invented report's rows.
final class RealPagesSixtyTwoTests: XCTestCase {
    /// 海青镇 2025 (黑龙江 抚远, hljfy.gov.cn): **its parts headed in the words of the format before 2019**,
    /// `二、行政机关主动公开政府信息情况`, `三、行政机关收到和处理政府信息公开申请情况`, its tables images (nothing under 二, 三, 四).
    /// Before: refused, 二 and 三 “not found … the report is cut off, or prints the heading in a wording the form does not
    /// list”, then 四 “holds nothing”. After: the headings read; refused for what it is, a report whose tables are images.
    func testPartsHeadedInTheFormerWording() throws {
        // (The store cut the page in 五: 六 is not found, and no year is printed but in 一.)
        let refused = try ImportSite().importFile(ImportFixtures.own("real-pages/sixtytwo/haiqing-2025.txt"))
        XCTAssertFalse(refused.problems.contains { ["二、", "三、", "四、"].contains(where: $0.message.contains) && $0.rule == "import-section-missing" },
                       "\(refused.problems)")
        let tables = try XCTUnwrap(refused.problems.first { $0.rule == "import-no-tables" }, "\(refused.problems)")
        XCTAssertTrue(tables.message.contains("the document has no tables"), tables.message)
        XCTAssertTrue(tables.hint?.contains("the tables appear to be images") == true, "\(tables)")
    }

    /// 拖市镇 2020 (湖北 天门, the trial form, on a 繁體 mirror with its converter's pinyin): `二、行政機關主動公開政府信息情況`, and
    /// table 二 in `cell |` rows whose labels carry **the template's notes in brackets**, `規(guī)范性文件(行政機關制定發(fā)布的決定…
    /// 一般情況下屬于規(guī)范性文件) | 34 | 4 | 47 |`, **the note naming its row again**. Before: refused, 二 “not found”; with the
    /// heading read, the row “printed twice, at line 10 and line 10”. After: written, every real cell as printed. (The store cut
    /// the table in a row the form does not have, 其他主动公开文件; the test drops it and finishes 二 in the page's shape.)
    func testARowsNoteNamingItsRowAgain() throws {
        var opening = try String(contentsOf: ImportFixtures.own("real-pages/sixtytwo/tuoshi-2020.txt"), encoding: .utf8)
            .trimmingCharacters(in: .newlines).components(separatedBy: "\n")
        opening.removeLast()
        opening += ["第二十條第(五)項 | |||", "信息內容 | 上一年項目數量 | 本年增/減 | 處理決定數量 |", "行政許可 | 0 | 0 | 0 |",
                    "其他對外管理服務事項 | 0 | 0 | 0 |", "第二十條第(六)項 | |||", "信息內容 | 上一年項目數量 | 本年增/減 | 處理決定數量 |",
                    "行政處罰 | 0 | 0 | 0 |", "行政強制 | 0 | 0 | 0 |", "第二十條第(八)項 | |||", "信息內容 | 上一年項目數量 | 本年增/減 | |",
                    "行政事業性收費 | 0 | 0 | |", "第二十條第(九)項 | |||", "信息內容 | 採購項目數量 | 採購總金額 | |", "政府集中採購 | 0 | 0 | |"]
        let file = try realPageWritten(opening.joined(separator: "\n"), then: "tika/template-2019-filled.docx.txt", from: "三、")
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "拖市鎮")
        let proactive = cellTexts(try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2020)), table: "proactive")
        XCTAssertEqual(proactive["regulations"], ["0", "0", "0"])
        XCTAssertEqual(proactive["normativeDocuments"], ["34", "4", "47"])
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-row-twice" }, "\(outcome.problems)")
    }

    /// 武昌经开区管委会 2025 (www.wuchang.gov.cn): **the title naming no one, signed under it**, `政府信息公开工作年度报告` /
    /// `武昌经开区管委会(滨江商务区管委会)` / `2026年1月8日`, then 一. Before: refused, “The report prints no agency name”.
    /// After: written as the body that signed it, the name and the date no preamble.
    func testANameSignedUnderTheTitle() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted("sixtytwo", "wuchang-jkq-2025"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "武昌经开区管委会(滨江商务区管委会)")
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2025))
        XCTAssertEqual(report.narratives["preamble"]?.value ?? "", "")
        XCTAssertTrue(report.narratives["overview"]?.value.hasPrefix("2025年,武昌经济开发区管委会") == true)
    }

    /// 余杭区统计局 2022 (a mirror, totopco.com): no title; the preamble `2022年,余杭区统计局坚持…进一步完善余杭区统计局政务公开工作,
    /// 现将本机关政府信息公开工作情况报告如下`. Refused for its year, rightly (only `2022年,`); with the year given, refused for
    /// its agency, rightly — before, “The report prints no agency name”; after, the name it prints and where.
    func testABodyNamedOnlyInThePreamblesSentences() throws {
        let refused = try ImportSite().importFile(try realPageCompleted("sixtytwo", "yuhang-tjj-2022"), year: 2022)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)")
        let message = try XCTUnwrap(refused.problems.first?.message)
        XCTAssertTrue(message.contains("it names “余杭区统计局” only in its preamble's sentences"), message)
        XCTAssertEqual(SignedAgency.subjectOfPreamble(in: TextExtractor.lines(of: "2022年，某区统计局坚持依法公开。")[...]), nil,
                       "a name printed once is no clue")
    }
}
