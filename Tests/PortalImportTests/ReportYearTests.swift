import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Years as titles and preambles print them (VARIANTS.md, "Titles and years"): in Chinese
/// numerals, only in the statistics period, or only in a date, which is never taken for the year.
final class ReportYearTests: XCTestCase {
    func testYearsInChineseNumeralsAreRead() {
        XCTAssertEqual(ReportYear.arabic("二〇二一年度"), "2021年度")
        XCTAssertEqual(ReportYear.arabic("示例局二○二二年政府信息公开工作年度报告"), "示例局2022年政府信息公开工作年度报告")
        XCTAssertEqual(ReportYear.arabic("二零二三年"), "2023年")
        XCTAssertEqual(ReportYear.arabic("二O二O 年"), "2020 年")
        XCTAssertEqual(ReportYear.arabic("一九九九年"), "1999年")
        XCTAssertEqual(ReportYear.arabic("第二十二条"), "第二十二条", "numerals that are no year stay")
        XCTAssertEqual(ReportYear.arabic("二三四五人"), "二三四五人", "four numerals not before 年 stay")
    }

    func testATitleWithAYearInChineseNumeralsImports() throws {
        for printed in ["二〇二二年度政府信息公开工作年度报告", "二○二二年政府信息公开工作年度报告", "二零二二年政府信息公开工作年度报告"] {
            let file = try edited("browser-copy.txt") { $0[1] = printed }
            let outcome = try assertImports(file, blanked: true)
            XCTAssertEqual(outcome.year, 2022, printed)
        }
    }

    func testAYearOnTheLineBelowTheTitle() throws {
        // 示例市示范区人民政府政府信息公开工作年度报告 / （2022年度）, no statistics period to fall back on.
        for below in ["（2022年度）", "(二〇二二年)"] {
            let file = try edited("browser-copy.txt") { lines in
                lines[0] = "示例市示范区人民政府政府信息公开工作年度报告"
                lines[1] = below
                lines[2] = "本报告根据《中华人民共和国政府信息公开条例》编制。"
            }
            let site = try ImportSite()
            let outcome = site.importFile(file, agency: "shifan")
            XCTAssertEqual(outcome.year, 2022, "\(below): \(outcome.problems)")
            let agency = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/agency.yaml"), encoding: .utf8)
            XCTAssertTrue(agency.contains(#"name: "示例市示范区人民政府""#), agency)
            let preamble = try XCTUnwrap(site.report("shifan", 2022)?.narratives["preamble"]?.value)
            XCTAssertFalse(preamble.contains("年度）") || preamble.contains("年)"), preamble)
        }
    }

    func testATitleWithoutAYearTakesTheStatisticsPeriodOfThePreamble() throws {
        // 本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止: the year, printed.
        let file = try edited("browser-copy.txt") { $0[1] = "政府信息公开工作年度报告" }
        XCTAssertEqual(try assertImports(file, blanked: true).year, 2022)
    }

    func testADateAloneIsNoYear() throws {
        // Published 2023年1月20日: most likely the 2022 report, but a guess; refused, the guess in the hint.
        // (Part 一 opens with no year: with one the date agrees with, the two are read, below.)
        for date in ["2023年1月20日", "发布日期：2023-01-20", "二〇二三年一月二十日"] {
            let file = try edited("browser-copy.txt") { lines in
                lines[1] = "政府信息公开工作年度报告"
                lines[2] = "本报告根据《中华人民共和国政府信息公开条例》编制。"
                XCTAssertEqual(lines[5], "2022年，示范区政府持续推进政务公开工作。")
                lines[5] = "示范区政府持续推进政务公开工作。"
                lines.append(contentsOf: ["示例市示范区人民政府办公室", date])
            }
            let outcome = try ImportSite().importFile(file, agency: "shifan")
            XCTAssertEqual(outcome.status, .failed, date)
            let problem = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-year" }, "\(outcome.problems)")
            XCTAssertTrue(problem.message.contains(date), problem.message)
            XCTAssertTrue(problem.hint?.contains("2022") ?? false, "\(problem.hint ?? "")")
        }
    }

    func testPartOnesOpeningYearAndADateOfTheYearAfterAgree() throws {
        // 一、总体情况 / 2022年，示范区政府… and published 2023年1月20日: each alone a guess, together the report's year.
        for date in ["2023年1月20日", "发布日期：2023-01-20"] {
            let file = try edited("browser-copy.txt") { lines in
                lines[1] = "政府信息公开工作年度报告"
                lines[2] = "本报告根据《中华人民共和国政府信息公开条例》编制。"
                lines.append(contentsOf: ["示例市示范区人民政府办公室", date])
            }
            let site = try ImportSite()
            let outcome = site.importFile(file, agency: "shifan")
            XCTAssertEqual(outcome.status, .written, "\(date): \(outcome.problems)")
            XCTAssertEqual(outcome.year, 2022, date)
            if date.hasSuffix("日") { XCTAssertEqual(site.report("shifan", 2022)?.published, "2023-01-20", "the signature's date") }
        }
        // They disagree (一 opens with 2021, last year's text left in; published 2023): refused, naming 一's year.
        let stale = try edited("browser-copy.txt") { lines in
            lines[1] = "政府信息公开工作年度报告"
            lines[2] = "本报告根据《中华人民共和国政府信息公开条例》编制。"
            lines[5] = "2021年，示范区政府持续推进政务公开工作。"
            lines.append(contentsOf: ["示例市示范区人民政府办公室", "2023年1月20日"])
        }
        try assertRefused(stale, ["import-no-year"])
    }

    func testAPagesPublicationDateIsNoYearEither() throws {
        // 发布日期 in the page's furniture (left out of the text as chrome) is named in the refusal.
        // (The page's head names no year either: its title would give one, `PageTitleTests`.)
        let file = try editedPage("template-filled.html", [
            ("<title>2022年政府信息公开工作年度报告</title>", "<title>政府信息公开工作年度报告</title>"),
            ("<br>2022年政府信息公开工作年度报告</h1>", "<br>政府信息公开工作年度报告</h1>"),
            ("本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。", ""),
            ("<p>2022年，示范区政府持续推进政务公开工作。</p>", "<p>示范区政府持续推进政务公开工作。</p>"),
            ("<body>", #"<body><div class="info">发布日期：2023-01-20</div>"#),
        ])
        let outcome = try ImportSite().importFile(file, agency: "shifan")
        let problem = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-year" }, "\(outcome.problems)")
        XCTAssertTrue(problem.message.contains("2023-01-20"), problem.message)
    }

    func testAStatisticsPeriodOverTwoYearsIsNoYear() {
        let lines = ["统计期限自2021年7月1日起至2022年6月30日止。", "自2021年1月1日至2022年12月31日"].enumerated()
            .map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        XCTAssertNil(ReportYear.statisticsPeriod(in: lines[...]))
        for printed in ["统计期限为2022年1月1日至2022年12月31日。", "数据统计期限为2022年1月1日至12月31日。", "統計期限從2022年1月1日起至2022年12月31日止",
                        "统计期限自二〇二二年1月1日起至二〇二二年12月31日止",
                        // 始 for 起 (高青县常家镇 2024, real-pages/eighteen/changjia-2024.txt; 黄石 下陆公安分局 2023).
                        "本报告所列数据统计期限自2022年1月1日始,至2022年12月31日止。", "统计期限自2022年5月28日始至2022年12月31日止",
                        "统计时间从2022年1月1日开始至2022年12月31日止"] {
            XCTAssertEqual(ReportYear.statisticsPeriod(in: [SourceLine(text: printed, position: SourcePosition(line: 1))][...]), 2022, printed)
        }
    }
}
