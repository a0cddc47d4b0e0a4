import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A report whose text prints no title of its own (a CMS shows it from the page's head, a copy lost it): the title
/// given outside the text — the page head's `<meta name="ArticleTitle">` or `<title>`, the file's name — names its
/// year and agency.
final class OutsideTitleTests: XCTestCase {
    /// The 下沙 page (its GBK fixture, as UTF-8) without its `<h1>` title nor the preamble's statistics
    /// period: nothing in the article's text says the year; the head's `<title>` replaced by `head`.
    private func untitledPage(head: String) throws -> URL {
        let data = try Data(contentsOf: ImportFixtures.own("xiasha-2021-gbk.html"))
        var page = try XCTUnwrap(TextDecoding.decode(data, charset: "gbk"))
        page = page.replacingOccurrences(of: "charset=gb2312", with: "charset=utf-8")
        let h1 = try XCTUnwrap(page.range(of: #"<h1>.*?</h1>"#, options: .regularExpression))
        page.removeSubrange(h1)
        let period = try XCTUnwrap(page.range(of: #"<p>本年度报告中所列数据的统计期限[^<]*</p>"#, options: .regularExpression))
        page.removeSubrange(period)
        let title = try XCTUnwrap(page.range(of: #"<title>.*?</title>"#, options: .regularExpression))
        page.replaceSubrange(title, with: head)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("untitled-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func testThePagesTitleJoinedToTheSitesNameGivesYearAndAgency() throws {
        let file = try untitledPage(head: "<title>杭州市钱塘区人民政府下沙街道办事处2021年政府信息公开工作年度报告_杭州市钱塘区人民政府门户网站</title>")
        let site = try ImportSite()
        let outcome = site.importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.agencySlug, "xiasha")
        let report = try XCTUnwrap(site.report("xiasha", 2021))
        XCTAssertEqual(report.published, "2022-01-20")
        XCTAssertEqual(cellTexts(report, table: "applications"), cellTexts(try XCTUnwrap(ImportSite().report("xiasha", 2021)), table: "applications"))
    }

    func testTheArticleTitleMetaTagWinsOverASitesTitle() throws {
        for meta in [#"<meta name="ArticleTitle" content="杭州市钱塘区人民政府下沙街道办事处2021年政府信息公开工作年度报告">"#,
                     #"<meta property="og:title" content="杭州市钱塘区人民政府下沙街道办事处2021年政府信息公开工作年度报告">"#] {
            let file = try untitledPage(head: meta + "<title>杭州市钱塘区人民政府门户网站</title>")
            let outcome = try ImportSite().importFile(file, force: true)
            XCTAssertEqual(outcome.status, .written, "\(meta): \(outcome.problems)")
            XCTAssertEqual(outcome.agencySlug, "xiasha", meta)
        }
    }

    /// The same page with a title that is the site's name alone: no title, so no publisher from it. (Its year is part 一's
    /// first sentence under its sub-heading, `（一）主动公开信息情况` / `2021年，…`, the page dated 2022-01-20: read since round
    /// eighty-two reads part 一's first sentence past a sub-heading; before, the page was refused for its year too.)
    func testASitesNameIsNoReportTitle() throws {
        let file = try untitledPage(head: "<title>杭州市钱塘区人民政府门户网站</title>")
        let message = try assertRefused(file, agency: nil, ["import-no-agency"])
        XCTAssertFalse(message.contains("门户网站"), message)
        let outcome = try ImportSite().importFile(file, agency: "xiasha", force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.year, 2021)
    }

    /// A page title naming no one (the site's name beside the report's words): its year, not a publisher.
    func testAPageTitleOfNoNameGivesTheYearOnly() throws {
        let file = try untitledPage(head: "<title>钱塘区人民政府 - 2021年政府信息公开工作年度报告</title>")
        try assertRefused(file, agency: nil, ["import-no-agency"])
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "xiasha", force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertNotNil(site.report("xiasha", 2021))
    }

    /// What the article prints wins: a head naming another year (a CMS template's stale title) is not read.
    func testTheArticlesOwnTitleWins() throws {
        let data = try Data(contentsOf: ImportFixtures.own("xiasha-2021-gbk.html"))
        var page = try XCTUnwrap(TextDecoding.decode(data, charset: "gbk")).replacingOccurrences(of: "charset=gb2312", with: "charset=utf-8")
        page = page.replacingOccurrences(of: "<title>杭州市钱塘区人民政府下沙街道办事处2021年", with: "<title>杭州市钱塘区人民政府下沙街道办事处2020年")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stale-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let outcome = try ImportSite().importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.year, 2021)
    }

    func testTheReportsPartOfAPagesTitle() {
        let joined = ReportTitle.outsideText("朝阳区人民政府｜朝外街道2025年政府信息公开工作年度报告")
        XCTAssertEqual(joined?.year, 2025)
        XCTAssertEqual(joined?.agencyName, "朝外街道")
        XCTAssertNil(ReportTitle.outsideText("北京市朝阳区人民政府"))
        XCTAssertNil(ReportTitle.outsideText("政府信息公开年报_北京市朝阳区人民政府"))
        // A place of three characters is the place's report (杭州市 in a page's <title>), as in the text's own title; a
        // place relative to the site (区政府, 全市) is none.
        XCTAssertEqual(ReportTitle.outsideText("杭州市2025年政府信息公开工作年度报告")?.agencyName, "杭州市")
        XCTAssertEqual(ReportTitle.outsideText("合江县2022年政府信息公开工作年度报告_合江县人民政府")?.agencyName, "合江县")
        XCTAssertNil(ReportTitle.outsideText("本市2025年政府信息公开工作年度报告")?.agencyName)
        XCTAssertNil(ReportTitle.outsideText("各县区2025年政府信息公开工作年度报告")?.agencyName)
        let yearOnly = ReportTitle.outsideText("2024年政府信息公开工作年度报告-华康街道")
        XCTAssertEqual(yearOnly?.year, 2024)
        XCTAssertNil(yearOnly?.agencyName)
    }

    /// The reference report's text without its title and statistics period, saved under `name`.
    private func untitledText(named name: String) throws -> URL {
        var lines = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertTrue(lines[1].contains("2021年政府信息公开工作年度报告"), lines[1])
        lines.removeSubrange(0...1)
        let period = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("本年度报告中所列数据的统计期限") })
        lines.remove(at: period)
        return try saved(lines, named: name)
    }

    /// `lines` in a file of that name, in a folder of its own.
    private func saved(_ lines: [String], named name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("named-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        return file
    }

    func testTheFilesNameGivesTheYearAndAgency() throws {
        let file = try untitledText(named: "附件1：杭州市钱塘区人民政府下沙街道办事处2021年政府信息公开工作年度报告 (1).txt")
        let outcome = try ImportSite().importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.agencySlug, "xiasha")
        XCTAssertEqual(outcome.year, 2021)
    }

    /// A file named by the site's store (P020220120…) or by its reader without the report's words says nothing.
    func testAFilesNameThatIsNoTitleSaysNothing() throws {
        for name in ["P020220120384756123456.txt", "下沙2021.txt"] {
            try assertRefused(try untitledText(named: name), agency: "xiasha", ["import-no-year"])
        }
    }

    /// The page's title completes a title naming its bureau without its place (区教育局2022年…报告, no contact to complete it).
    func testThePagesTitleCompletesAPlacelessTitle() throws {
        let placeless = [("<h1>示例市示范区人民政府<br>2022年政府信息公开工作年度报告</h1>", "<h1>区教育局2022年政府信息公开工作年度报告</h1>"),
                         ("<p>如对本报告有疑问，请与示例市示范区人民政府办公室联系（地址：示例市示范区示例路1号，邮编：000000，电话：0000-00000000）。</p>", "")]
        try assertRefused(try editedPage("template-filled.html", placeless), agency: nil, ["import-no-agency"])
        let file = try editedPage("template-filled.html", placeless + [
            ("<title>2022年政府信息公开工作年度报告</title>", "<title>示例市示例区教育局2022年政府信息公开工作年度报告_示例市示例区人民政府</title>")])
        let outcome = try ImportSite().importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.agencySlug, "example-education")
        XCTAssertEqual(outcome.year, 2022)
    }

    /// The browser copy without its title and period, saved under `name`: part 一 opens with 2022年.
    private func untitledCopy(named name: String) throws -> URL {
        var lines = try String(contentsOf: variant("browser-copy.txt"), encoding: .utf8).components(separatedBy: "\n")
        lines.replaceSubrange(0...2, with: ["本报告根据《中华人民共和国政府信息公开条例》编制。"])
        return try saved(lines, named: name)
    }

    /// A file named for the year it was published in (2023年报 for the report on 2022, whose part 一 opens with 2022年):
    /// refused, naming both; named for 2022, imported.
    func testAFilesNameOfAnotherYearThanPartOnesIsRefused() throws {
        let message = try assertRefused(try untitledCopy(named: "示例市示范区人民政府2023年报.txt"), ["import-no-year"])
        XCTAssertTrue(message.contains("2023") && message.contains("2022年"), message)
        let outcome = try ImportSite().importFile(try untitledCopy(named: "示例市示范区人民政府2022年报.txt"), agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.year, 2022)
    }
}
