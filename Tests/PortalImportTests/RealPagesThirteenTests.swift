import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round thirteen (VARIANTS.md): shapes real reports found by search arrived in (内蒙古, 宁夏, 黑龙江, 山西,
/// 贵州, 云南, and mirrors of 湖南 and 广东 pages), laid out with the invented report of `variants/browser-copy.txt`.
final class RealPagesThirteenTests: XCTestCase {
    // MARK: the year

    /// 朔州市人民政府办公室 2023: 统计期限自2023年1月1日起，至2023年12月31日止 — a comma before 至 — under a
    /// title without its year (朔州's page kept none). Before: refused with a wrong hint (`import-no-year`: “nor its
    /// preamble a statistics period”).
    func testAPeriodWithACommaBeforeItsEnd() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...2, with: ["示例市示范区人民政府信息公开工作年度报告",
                                                "本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据统计期限自2022年1月1日起，至2022年12月31日止。"])
        }
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.year, 2022)
    }

    /// 科尔沁右翼前旗 2025, 正蓝旗 2021, 兴安盟审计局 2025, 衡南 2020: pages that lost the period's 年 and 月
    /// (20251月1日至202512月31日, 2025  1  1  日至 2025  12  31  日, 自202011日起至20201231日止), under a title
    /// without its year. Before: refused (`import-no-year`).
    func testAPeriodThatLostItsYearAndMonthCharacters() throws {
        for printed in ["所列数据统计期限为20221月1日至202212月31日。", "所列数据统计期限为 2022  1  1  日至 2022  12  31  日。",
                        "本报告统计时限自202211日起至20221231日止。"] {
            let file = try edited("browser-copy.txt") { lines in
                lines.replaceSubrange(0...2, with: ["示例市示范区人民政府信息公开工作年度报告", "本报告根据《中华人民共和国政府信息公开条例》编制。" + printed])
            }
            let outcome = try ImportSite().importFile(file)
            XCTAssertEqual(outcome.status, .written, "\(printed): \(outcome.problems)")
            XCTAssertEqual(outcome.year, 2022, printed)
            XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府", printed)
        }
    }

    // MARK: the agency

    /// 扎赉特旗人民政府办公室 2025, no title: 全文包括扎赉特旗人民政府办公室政府信息公开总体情况, … — the parts
    /// the report lists, named for their agency (科尔沁右翼前旗's with the year: …前旗2025年政府信息公开总体情况).
    /// Before: refused (`import-no-agency`).
    func testThePartsItListsNameTheAgency() throws {
        for (parts, name) in [("全文包括示例市示范区人民政府办公室政府信息公开总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况。", "示例市示范区人民政府办公室"),
                              ("全文包括示例市示范区人民政府2022年政府信息公开总体情况，主动公开政府信息情况。", "示例市示范区人民政府")] {
            let file = try untitled("本年度报告根据《中华人民共和国政府信息公开条例》制作。" + parts + browserCopyPeriod)
            let outcome = try ImportSite().importFile(file)
            XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
            XCTAssertEqual(outcome.newAgency?.name, name)
        }
        // The parts listed without a name (报告内容包括政府信息公开总体情况…) name no one: refused as before.
        let unnamed = try untitled("报告内容包括政府信息公开总体情况,主动公开政府信息情况。" + browserCopyPeriod)
        _ = try assertRefused(unnamed, agency: nil, ["import-no-agency"])
    }

    /// 盐亭县行政审批局 2022 (某局2022年政府信息公开工作年度报告(以下简称年报)是根据…: the report names itself as
    /// its preamble's first words), 自贡市商务局 2022 (结合某局2022年政府信息公开工作实际，编制发布本报告), no title.
    /// Before: refused (`import-no-agency`).
    func testThePreambleNamingTheReportOrItsWork() throws {
        for preamble in ["示例市示范区人民政府2022年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》规定编制。",
                         "根据《中华人民共和国政府信息公开条例》要求，结合示例市示范区人民政府2022年政府信息公开工作实际，编制发布本报告。"] {
            let file = try untitled(preamble + browserCopyPeriod)
            let outcome = try ImportSite().importFile(file)
            XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
            XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府", preamble)
        }
        // 结合本单位工作实际: a name relative to the site, refused as before.
        _ = try assertRefused(try untitled("结合本单位2022年政府信息公开工作实际，编制本报告。" + browserCopyPeriod), agency: nil, ["import-no-agency"])
    }

    /// 遂溪 北坡镇 2022 (a mirror, traditional characters), no title: 現將北坡鎮2022年政府信息公開工作年度報告進行公開.
    /// Before: refused (`import-no-agency`).
    func testAPublishingSentenceWithXianJiang() throws {
        let file = try untitled("根據《中華人民共和國政府信息公開條例》規定，現將示例市示範區人民政府2022年政府信息公開工作年度報告進行公開。" + browserCopyPeriod)
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市示範區人民政府")
        // 现将我局…: a name relative to the site, refused as before.
        let relative = try untitled("现将我局2022年政府信息公开工作年度报告公布如下。" + browserCopyPeriod)
        _ = try assertRefused(relative, agency: nil, ["import-no-agency"])
    }

    /// Round twelve's leftover: a mirror's words of no `_ $ @ #` or colon (香港免费图库资料大全) on a line of
    /// their own right above a title that names no agency. Refused: no name is taken from a line that does
    /// not read as an agency's.
    func testAMirrorsLineAboveAnUnnamedTitleIsNoAgency() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines[0] = "香港免费图库资料大全"
        }
        _ = try assertRefused(file, agency: nil, ["import-no-agency"])
    }

    // MARK: the page around the preamble

    /// 兴安盟审计局, 兴安盟外事办 2025 (字体大小:A+ A A- 分享: 打印 under the title), 黑龙江省商务厅 2019
    /// (日期:2020-01-14 16:19 来源:黑龙江省商务厅, 【字体:), 银川市人民政府办公室 2022 (the site's name, its
    /// address and a date on a line). Before: **silent**, each line the preamble's first paragraph.
    func testPageFurnitureUnderTheTitleIsNoPreamble() throws {
        for furniture in [["字体大小:A+ A A- 分享: 打印"], ["日期:2023-01-14 16:19 来源:示例市示范区人民政府", "【字体:"],
                          ["示例市示范区人民政府门户网站 www.example.gov.cn 2023-01-28 "]] {
            let file = try edited("browser-copy.txt") { lines in
                lines.insert(contentsOf: furniture.flatMap { ["", $0] } + [""], at: 2)
            }
            let site = try ImportSite()
            let outcome = site.importFile(file)
            XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
            let text = try preamble(site, outcome)
            XCTAssertTrue(text.hasPrefix("本报告根据"), "\(furniture): \(text)")
        }
    }

    /// 宁夏回族自治区应急管理厅 2023: the page's title, then the article's own over two lines with the name
    /// shortened (自治区应急管理厅 / 2023年政府信息公开工作年度报告). Before: **silent**, both lines in the preamble.
    func testTheTitleAgainUnderAShortenedName() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...1, with: ["示例市示范区人民政府2022年政府信息公开年度报告", "示范区人民政府", "2022年政府信息公开工作年度报告"])
        }
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府")
        let text = try preamble(site, outcome)
        XCTAssertTrue(text.hasPrefix("本报告根据"), text)
    }

    // MARK: tables

    /// Round twelve's leftover, 衡南 卫健局 2020: a cell a line between blank lines, blank cells as a line of
    /// spaces, and 行政许可 alone in its block with its one cell blank. Before: refused (“has no cells”).
    func testARowAloneWhoseOnlyCellIsSpaces() throws {
        let file = try edited("browser-copy.txt") { lines in
            var out: [String] = []
            var table = false
            for line in lines {
                let heading = !line.contains("\t") && line.range(of: #"^[一二三四五六]、"#, options: .regularExpression) != nil
                if heading { table = line.hasPrefix("二、") || line.hasPrefix("三、") || line.hasPrefix("四、") }
                guard table, !heading, !line.isEmpty else { out.append(line); continue }
                var cells = line.components(separatedBy: "\t")
                if cells.first == "行政许可" { cells = ["行政许可", ""] }
                out += cells.flatMap { [$0.isEmpty ? " " : $0, ""] }
            }
            lines = out
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "proactive")["licensing"], [""])
        XCTAssertEqual(cellTexts(report, table: "proactive")["penalties"], ["58"])
    }

    /// Round twelve's leftover: a sentence naming the rows above table 二 that ends in ； or is cut off
    /// (2022年，我局无规章、行政规范性文件制发). Before: refused, its words taken for the rows (a wrong hint).
    func testASentenceWithoutItsFullStopNamingTheRows() throws {
        for sentence in ["2022年，我局无规章、行政规范性文件制发；", "2022年，我局无规章、行政规范性文件制发", "本单位无规章、行政规范性文件制发"] {
            let file = try edited("browser-copy.txt") { lines in
                lines.insert(sentence, at: lines.firstIndex(of: "二、主动公开政府信息情况")! + 1)
            }
            let outcome = try assertImports(file, blanked: true)
            XCTAssertTrue(rules(outcome.problems).contains("import-text-dropped"), "\(sentence): \(outcome.problems)")
        }
    }
}
