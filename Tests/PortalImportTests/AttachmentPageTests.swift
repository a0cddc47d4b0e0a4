import Foundation
import PortalTestSupport
import XCTest

/// A page that announces the report and links to it (附件：…年报.docx, a CMS's
/// downfile.jsp?filename=….pdf): the error names the files to import instead.
final class AttachmentPageTests: XCTestCase {
    func page(_ article: String) throws -> URL {
        let html = """
            <html><head><meta charset="utf-8"><title>示例区卫生健康局2022年政府信息公开工作年度报告</title></head><body>
            <div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwgk/guide.pdf">指南.pdf</a></div>
            <div class="article"><h1>示例区卫生健康局2022年政府信息公开工作年度报告</h1>
            <p class="info">发布日期：2023-01-18 来源：区卫健局</p>
            \(article)
            </div><div class="footer">主办单位：示例区人民政府办公室 ICP备00000000号</div></body></html>
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("attachment-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func testAPageThatOnlyLinksToTheReportNamesTheAttachedFiles() throws {
        let site = try ImportSite()
        let file = try page("""
            <p>现将我局2022年政府信息公开工作年度报告予以公布。</p>
            <p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=P020230118.docx">示例区卫生健康局2022年年报.docx</a></p>
            <p><a href="/attach/P020230118.pdf">下载PDF版</a></p>
            """)
        let outcome = site.importFile(file, dryRun: true)
        XCTAssertEqual(rules(outcome.problems), ["import-no-report"])
        let message = try XCTUnwrap(outcome.problems.first?.message)
        XCTAssertTrue(message.contains("links to 2 files, “示例区卫生健康局2022年年报.docx” (/module/download/downfile.jsp?classid=0&filename=P020230118.docx), “下载PDF版” (/attach/P020230118.pdf)"), message)
        // The site's navigation links (a guide's PDF) are not the report's attachments.
        XCTAssertFalse(message.contains("指南"), message)
        XCTAssertEqual(outcome.problems.first?.hint, "download the attached Word or PDF file from the site and import it")
    }

    func testAPageWithoutAttachmentsKeepsTheGeneralHint() throws {
        let outcome = try ImportSite().importFile(ImportFixtures.own("links-only.html"), dryRun: true)
        XCTAssertEqual(rules(outcome.problems), ["import-no-report"])
        XCTAssertEqual(outcome.problems.first?.hint, "is this the report itself, or a page that links to it? Import the report's own file")
    }
}
