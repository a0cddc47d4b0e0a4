import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A report published as an article of a government portal's page, and
/// Apache Tika's text of that page, which keeps the site's furniture as
/// lines: menus, 当前位置, 发布时间, 打印本页, 上一篇/下一篇, 相关链接, 主办/承办,
/// ICP备 (Fixtures/make-gov-portal-page.py). The report is the article's:
/// the same cells and narratives as the article alone, nothing of the site's.
final class GovPortalPageTests: XCTestCase {
    private func tika(_ name: String) -> URL { ImportFixtures.own("tika/\(name).txt") }

    /// Imports `file` and the article alone (the filled-in template's page) and compares them.
    private func assertSameAsTheArticle(_ file: URL, line: UInt = #line) throws {
        let site = try ImportSite()
        let page = site.importFile(file, agency: "from-page")
        XCTAssertEqual(page.status, .written, "\(page.problems)", line: line)
        let article = site.importFile(variant("template-filled.html"), agency: "article")
        XCTAssertEqual(article.status, .written, "\(article.problems)", line: line)
        let a = try XCTUnwrap(site.report("from-page", 2022), "\(site.load().diagnostics)", line: line)
        let b = try XCTUnwrap(site.report("article", 2022), line: line)
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(a, table: table), cellTexts(b, table: table), table, line: line)
        }
        for id in ["preamble", "overview", "problems", "other"] {
            XCTAssertEqual(a.narratives[id]?.value, b.narratives[id]?.value, id, line: line)
        }
    }

    func testTikasTextOfAPortalPageImportsAsTheArticle() throws {
        try assertSameAsTheArticle(tika("gov-portal-page.html"))
    }

    func testThePortalPageItselfImportsAsTheArticle() throws {
        // Before: 相关附件：….docx, under the article, ended section 六.
        try assertSameAsTheArticle(variant("gov-portal-page.html"))
    }

    func testADisclosureCataloguesParticularsTableNamesTheReport() throws {
        // 索引号 / 发布机构 / 名称：示例市示范区人民政府2022年…年度报告 above an article that prints no title.
        // Before: import-no-agency (the name in a cell was no title).
        try assertSameAsTheArticle(variant("gov-portal-page-catalogue.html"))
        try assertSameAsTheArticle(tika("gov-portal-page-catalogue.html"))
        let site = try ImportSite()
        let outcome = site.importFile(tika("gov-portal-page-catalogue.html"))
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府", "\(outcome.problems)")
        XCTAssertEqual(outcome.year, 2022)
    }

    func testAPageWhoseArticlePrintsNoTitleNamesNoAgencyFromItsMenus() throws {
        // Before: the line above 热门搜索：…年度报告 (the search button's 搜索) was taken for the agency.
        let site = try ImportSite()
        let outcome = site.importFile(tika("gov-portal-page-untitled.html"))
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(rules(outcome.problems.filter { $0.severity == .error }), ["import-no-agency"])
        XCTAssertNil(outcome.agencySlug)
    }

    /// Imports `file` into an agency of the site (`--agency`): its preamble must be the article's.
    @discardableResult
    private func assertPreambleIsTheArticles(_ file: URL, line: UInt = #line) throws -> (ImportSite, Report) {
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "example-district")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        let report = try XCTUnwrap(site.report("example-district", 2022), line: line)
        XCTAssertEqual(report.narratives["preamble"]?.value.hasPrefix("本报告根据《中华人民共和国政府信息公开条例》编制。"), true,
                       report.narratives["preamble"]?.value ?? "", line: line)
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n", line: line)
        return (site, report)
    }

    func testAPageWhoseArticlePrintsNoTitleStartsItsPreambleAfterTheMenus() throws {
        // Not 欢迎访问…, 搜索, 政府信息公开.
        try assertPreambleIsTheArticles(tika("gov-portal-page-untitled.html"))
    }

    func testThePageItselfWhoseArticlePrintsNoTitleStartsItsPreambleAtItsFirstSentence() throws {
        // Round seven. Before: the preamble began 欢迎访问示范区人民政府门户网站 / 政府信息公开 (the side menu's
        // heading): the page's reader had left out, by class names, the furniture lines that would mark them.
        let (site, report) = try assertPreambleIsTheArticles(variant("gov-portal-page-untitled.html"))
        let article = site.importFile(variant("template-filled.html"), agency: "article")
        XCTAssertEqual(article.status, .written)
        XCTAssertEqual(report.narratives["preamble"]?.value, try XCTUnwrap(site.report("article", 2022)).narratives["preamble"]?.value)
    }

    func testAPreamblesFirstLinesBeforeASentenceAreThePagesOnlyWhenASentenceFollows() {
        let page = lines(["欢迎访问示范区人民政府门户网站", "政府信息公开", "本报告根据《中华人民共和国政府信息公开条例》编制。"])
        XCTAssertEqual(ArticleBounds.firstSentence(of: page[...]), 2)
        let short = lines(["现将我乡2022年度信息公开工作情况报告如下："])
        XCTAssertEqual(ArticleBounds.firstSentence(of: short[...]), 0, "no sentence: kept")
    }

    // MARK: The bounds, line by line

    private func lines(_ texts: [String]) -> [SourceLine] {
        texts.enumerated().map { index, text in
            text.hasPrefix("\t") ? SourceLine(cells: text.split(separator: "\t").map(String.init), position: SourcePosition(line: index + 1))
                                 : SourceLine(text: text, position: SourcePosition(line: index + 1))
        }
    }

    func testTheReportsOwnLastLinesStayBeforeTheFurniture() {
        let section = lines(["本年度未收取信息处理费。", "", "示例市示范区人民政府办公室", "2023年1月18日", "", "【打印本页】【关闭窗口】",
                             "相关链接", "\t中国政府网\t示例省人民政府", "建议使用1920×1080分辨率"])
        XCTAssertEqual(ArticleBounds.end(of: section[...]), 4, "the signature and its date are the report's")
    }

    func testAFurnitureWordInsideTheReportEndsNothing() {
        // 扫一扫 in a sentence of 六, with the report's text after it: nothing is furniture.
        let section = lines(["扫一扫关注“示范区发布”", "本年度未收取信息处理费。"])
        XCTAssertEqual(ArticleBounds.end(of: section[...]), 2)
    }

    func testTheSitesAdviceIsFurnitureButASentenceAboutBrowsersIsNot() {
        // A furniture line is dropped wherever a page prints it: only the site's own advice is one.
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("建议使用1920×1080分辨率，IE10以上版本浏览器访问本网站"))
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("相关附件：示范区2022年政府信息公开工作年度报告.docx"))
        XCTAssertTrue(HTMLDocumentReader.isChromeLine("主办：示例市示范区人民政府办公室　承办：示范区数据资源管理局"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("群众可通过手机浏览器访问门户网站，查询分辨率更高的政策图解。"))
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("主办政务公开培训班3期。"))
    }

    func testFiguresAfterAFurnitureLineAreNoLinks() {
        let section = lines(["本年度未收取信息处理费。", "上一篇：某局2022年政府信息公开工作年度报告", "\t规章\t1\t0\t5"])
        XCTAssertEqual(ArticleBounds.end(of: section[...]), 3, "a row of figures is not a list of links")
    }
}
