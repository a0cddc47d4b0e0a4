import Foundation
@testable import PortalImport
import XCTest

/// The day a report was published, read from what the file prints, so
/// that the portal can say whether it came on time; never a guess.
final class PublicationDateTests: XCTestCase {
    func testDatesAsReportsPrintThem() {
        let cases: [(String, String?)] = [
            ("2023-01-28", "2023-01-28"), ("2023-1-8", "2023-01-08"), ("2023/01/28", "2023-01-28"),
            ("2023.01.28", "2023-01-28"), ("2023年1月28日", "2023-01-28"), ("2023年01月28日 10:30", "2023-01-28"),
            ("２０２３年１月２８日", "2023-01-28"), ("二〇二三年一月二十八日", "2023-01-28"), ("二○二三年十二月三十一日", "2023-12-31"),
            ("二零二三年二月十日", "2023-02-10"), ("2023年1月28号", "2023-01-28"),
            // Not dates: no day, an impossible day, an index number, mixed separators, no separators.
            ("2023年1月", nil), ("2023-02-30", nil), ("2023-13-01", nil), ("2023-01-285", nil), ("2023-01/28", nil),
            ("20230128", nil), ("二〇二三年", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(DateText.read(text, from: text.startIndex)?.0, expected, text)
        }
    }

    func testALabelledDateAboveTheReportIsItsPublicationDay() {
        let found = PublicationDate.find(in: lines(["索引号\t000-2023-0001\t发布机构\t示例局", "成文日期\t2023-01-20\t发布日期\t2023-01-28",
                                                    "示例局2022年政府信息公开工作年度报告", "一、总体情况", "正文。"]),
                                         reportStart: 3, year: 2022, today: "2026-11-30")
        // 发布日期 wins over 成文日期: publishing is what the deadline is about.
        XCTAssertEqual(found, PublicationDate(date: "2023-01-28", printed: "发布日期"))
        let written = PublicationDate.find(in: lines(["成文日期：2023年1月20日", "一、总体情况"]), reportStart: 1, year: 2022, today: "2026-11-30")
        XCTAssertEqual(written?.date, "2023-01-20")
        XCTAssertEqual(PublicationDate.find(in: lines(["发布时间：2023-01-28 09:00:00 来源：示例局", "一、总体情况"]), reportStart: 1,
                                            year: 2022, today: "2026-11-30")?.date, "2023-01-28")
    }

    func testTheDateTheReportIsSignedWithAtItsEnd() {
        let found = PublicationDate.find(in: lines(["一、总体情况", "正文。", "六、其他需要报告的事项", "无。", "示例局", "二〇二三年一月二十日"]),
                                         reportStart: 0, year: 2022, today: "2026-11-30")
        XCTAssertEqual(found?.date, "2023-01-20")
    }

    func testNoDateWhenItCannotBeThePublicationDay() {
        let year = 2022, today = "2026-11-30"
        // In the report's own year (the statistics run to 31 December), or after the import.
        XCTAssertNil(PublicationDate.find(in: lines(["发布日期：2022-12-30", "一、总体情况"]), reportStart: 1, year: year, today: today))
        XCTAssertNil(PublicationDate.find(in: lines(["发布日期：2027-01-30", "一、总体情况"]), reportStart: 1, year: year, today: today))
        // Two different publication days printed: which one is unknown.
        XCTAssertNil(PublicationDate.find(in: lines(["发布日期：2023-01-28", "发布日期：2023-02-03", "一、总体情况"]), reportStart: 2, year: year, today: today))
        // A date inside the text, or a signature line that says more than a date.
        XCTAssertNil(PublicationDate.find(in: lines(["一、总体情况", "2023年1月5日召开会议。", "六、其他需要报告的事项", "无。"]),
                                          reportStart: 0, year: year, today: today))
        XCTAssertNil(PublicationDate.find(in: lines(["一、总体情况", "无。", "示例局 2023年1月20日印发"]), reportStart: 0, year: year, today: today))
        // A date without its label above the report (a site's clock, a related link).
        XCTAssertNil(PublicationDate.find(in: lines(["2023-01-28", "一、总体情况", "正文。", "六、其他需要报告的事项", "无。", "相关链接", "正文。"]),
                                          reportStart: 1, year: year, today: today))
    }

    /// Through the importer: report.yaml gets `published:` with where it
    /// was read, and the portal loads it; a file that prints none gets none.
    func testAnImportedReportCarriesThePrintedDateIntoReportYAML() throws {
        let text = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xiasha-\(UUID().uuidString).txt")
        try Data((text + "\n钱塘区下沙街道办事处\n二〇二二年一月二十日\n").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.published, "2022-01-20")
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/xiasha/2021/report.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("\npublished: 2022-01-20  # 署名日期"), yaml)
        XCTAssertEqual(site.report("xiasha", 2021)?.published, "2022-01-20")

        let undated = site.importFile(ImportFixtures.referenceText, force: true)
        XCTAssertEqual(undated.status, .written, "\(undated.problems)")
        XCTAssertNil(undated.published)
        XCTAssertNil(site.report("xiasha", 2021)?.published)
    }

    /// What 信息公开 pages print above the title, each left out of the
    /// report's text as page furniture: a metadata table, an `info` line,
    /// a `PubDate` meta tag. Related links with bare dates give none.
    func testAPagesMetadataGivesThePublicationDay() throws {
        let page = try String(contentsOf: ImportFixtures.own("variants/template-filled.html"), encoding: .utf8)
        let shapes: [(String, String, String?)] = [
            ("<body>", "<body><table><tr><td>索引号：</td><td>000000-2023-00012</td><td>发布机构：</td><td>示例市示范区人民政府</td></tr>"
                + "<tr><td>成文日期：</td><td>2023-01-18</td><td>发布日期：</td><td>2023-01-29</td></tr></table>", "2023-01-29"),
            ("<body>", "<body><div class=\"info\">发布时间：2023年02月03日 来源：示例市示范区人民政府 字体：【大 中 小】</div>", "2023-02-03"),
            ("<head>", "<head><meta name=\"PubDate\" content=\"2023-01-30 09:00\">", "2023-01-30"),
            ("<body>", "<body><div class=\"related\"><a href=\"a.html\">示例通知</a> 2023-03-01</div>", nil),
        ]
        for (anchor, replacement, expected) in shapes {
            let dated = page.replacingOccurrences(of: anchor, with: replacement)
            XCTAssertNotEqual(dated, page)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString).html")
            try Data(dated.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let outcome = try ImportSite().importFile(file, agency: "shifan", dryRun: true)
            XCTAssertEqual(outcome.status, .dryRun, "\(outcome.problems)")
            XCTAssertEqual(outcome.published, expected, replacement)
        }
    }

    private func lines(_ texts: [String]) -> [SourceLine] {
        texts.enumerated().map { index, text in
            SourceLine(text: text, position: SourcePosition(line: index + 1))
        }
    }
}
