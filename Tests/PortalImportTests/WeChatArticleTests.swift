import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A WeChat article (公众号, mp.weixin.qq.com) saved as a page or copied as text: 平武县木座藏族乡 2023's real opening completed
/// with the invented report's rows, in WeChat's markup (`real-pages/nineteen/`, made up around real text: see its README).
/// Before: imported with the platform's furniture as the last section's text (继续滑动看下一个, the account's name, 关注该公众号…)
/// and, for the pages, no publication day (WeChat prints it from its script).
final class WeChatArticleTests: XCTestCase {
    private func imported(_ name: String) throws -> (ImportOutcome, Report) {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("real-pages/nineteen/\(name)"))
        XCTAssertEqual(outcome.status, .written, "\(name): \(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "平武县木座藏族乡", name)
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2023), name)
        try assertFigures(report, blanked: true)
        return (outcome, report)
    }

    /// As the server sends it (the article `visibility: hidden` until its script runs, `#publish_time` empty, the day in
    /// `var ct = "1705853400"`) and as a browser saves it after the script ran (`#publish_time` 2024-01-22 00:10, the
    /// furniture shown): the title and `#js_content` only, published 2024-01-22.
    func testAWeChatPageReadsItsArticleAndTheDayItsScriptPrints() throws {
        for name in ["wechat-muzuo-served.html", "wechat-muzuo-rendered.html"] {
            let (outcome, report) = try imported(name)
            XCTAssertEqual(outcome.published, "2024-01-22", name)
            XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n", name)
            XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("根据《中华人民共和国政府信息公开条例》") == true, name)
        }
    }

    /// The script's Unix time is the day in China, where the account published it: 2024-01-21 16:10 UTC is 2024-01-22 00:10.
    func testTheScriptsTimeIsTheDayInChina() {
        XCTAssertEqual(WeChatArticle.chinaDay(1_705_853_400), "2024-01-22")
        XCTAssertEqual(WeChatArticle.chinaDay(1_705_852_799), "2024-01-21")
    }

    /// Copied as text from the page: the furniture's lines after the report (预览时标签不可点 … 微信扫一扫可打开此内容，/ 使用完整服务,
    /// the dialogs' lone `：` `，` `。`, 轻点两下取消赞 … 听过) are the page's, not the last section's. (A lone `。` is no
    /// furniture by itself: a PDF's text may wrap a sentence's last mark onto a line of its own.)
    func testWeChatsFurnitureCopiedAsTextIsNoPartOfTheReport() throws {
        let (_, report) = try imported("wechat-muzuo-copied.txt")
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n")
        for line in ["预览时标签不可点", "阅读原文", "轻触阅读原文", "继续滑动看下一个", "关注该公众号", "微信扫一扫可打开此内容，", "，轻点两下取消在看"] {
            XCTAssertTrue(HTMLDocumentReader.isChromeLine(line), line)
        }
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("。"))
        // Nor is a sentence that speaks of them (a report's own text).
        XCTAssertFalse(HTMLDocumentReader.isChromeLine("通过微信公众号发布信息296条，读者可点击阅读原文查看全文。"))
    }

    /// A page that is not WeChat's keeps its own reading: `var ct` in another site's script is not its day.
    func testAnotherPagesScriptIsNotRead() throws {
        let page = try String(contentsOf: ImportFixtures.own("real-pages/nineteen/wechat-muzuo-served.html"), encoding: .utf8)
            .replacingOccurrences(of: #"id="js_content""#, with: #"id="article_body""#)
            .replacingOccurrences(of: "visibility: hidden;", with: "")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-wechat-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertNil(outcome.published)
    }
}
