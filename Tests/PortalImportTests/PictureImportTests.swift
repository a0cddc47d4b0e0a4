import Foundation
import PortalBuild
@testable import PortalImport
import PortalModel
import XCTest

/// A report published as pictures (`--ocr`, `--one-report`): the reference report's scan as the six page pictures a
/// site publishes, or as one long picture, read by OCR as a scanned PDF of them, every figure as published; refused,
/// naming what to do, where it cannot be.
final class PictureImportTests: XCTestCase {
    private func pages(_ numbers: [Int]) -> [String] {
        numbers.map { ImportFixtures.own("pictures/xiasha-2021-page-\($0).png").path }
    }

    private func importer(_ site: ImportSite, ocr: Bool = true, oneReport: Bool = true) -> Importer {
        Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15", ocr: ocr, oneReport: oneReport))
    }

    /// The six pages named out of order (as a shell lists page-10 before page-2): put together in their names' order,
    /// read by OCR, every cell as published; the PDF of them kept as the original, and readers told what it is.
    func testAReportsPagePicturesAreReadAsOneReport() throws {
        try ImportFixtures.requireTesseract()
        let site = try ImportSite()
        try site.site.remove("content/agencies/xiasha")
        let outcomes = importer(site).importFiles(pages([3, 1, 6, 2, 5, 4]))
        let outcome = try XCTUnwrap(outcomes.first)
        XCTAssertEqual(outcomes.count, 1)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .pictureOCR)
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-ocr" }, "\(outcome.problems)")
        XCTAssertTrue(warning.message.hasPrefix("the 6 pictures (xiasha-2021-page-1.png, xiasha-2021-page-2.png, xiasha-2021-page-3.png, xiasha-2021-page-4.png, xiasha-2021-page-5.png, xiasha-2021-page-6.png) were put together as 6 pages and read by OCR"), warning.message)
        let report = try XCTUnwrap(site.report("xiasha", 2021))
        XCTAssertEqual(report.source?.format, "picture-ocr")
        XCTAssertEqual(report.source?.file, "source.pdf")
        XCTAssertEqual(report.source?.originalName, (1...6).map { "xiasha-2021-page-\($0).png" }.joined(separator: ", "))
        try ScannedPDFTests.assertReadAsPublished(report)
        let kept = try Data(contentsOf: site.root.appendingPathComponent("content/agencies/xiasha/2021/source.pdf"))
        XCTAssertEqual(kept, try PublishedPictures.pdf(of: pages(Array(1...6)).map { (($0 as NSString).lastPathComponent, try Data(contentsOf: URL(fileURLWithPath: $0))) }, path: "").get().pdf)
        let output = site.root.appendingPathComponent("public")
        _ = try SiteBuilder(root: site.root, output: output).build()
        let page = try String(contentsOf: output.appendingPathComponent("agencies/xiasha/2021/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains(#"<a href="source.pdf" download><span class="format">PDF</span> 原文（所发布的图片，合为一个 PDF；本页文字和数字由文字识别（OCR）录入，以原文为准）</a>"#), page)
    }

    /// One long picture (the reference's document exported at 150 dpi in grey, its pages one under the other, as offices
    /// post a report for phones), imported alone: cut into pages between its lines, every cell as published.
    func testALongPictureIsCutIntoPagesAndReadAsTheReport() throws {
        try ImportFixtures.requireTesseract()
        let site = try ImportSite()
        try site.site.remove("content/agencies/xiasha")
        let outcome = importer(site, oneReport: false).importFile(ImportFixtures.own("pictures/xiasha-2021-long.png"), displayPath: "xiasha-2021-long.png")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-ocr" }, "\(outcome.problems)")
        XCTAssertTrue(warning.message.hasPrefix("the picture (xiasha-2021-long.png) was cut into 6 pages and read by OCR"), warning.message)
        let report = try XCTUnwrap(site.report("xiasha", 2021))
        XCTAssertEqual(report.source?.originalName, "xiasha-2021-long.png")
        try ScannedPDFTests.assertReadAsPublished(report)
    }

    /// One page's picture imported alone (a folder of pages without `--one-report`): refused for the parts it lacks, the
    /// refusal saying how to import the pages together.
    func testAPagesPictureImportedAloneIsRefusedSayingHowToImportThePagesTogether() throws {
        try ImportFixtures.requireTesseract()
        let site = try ImportSite()
        let before = site.contentFiles()
        let outcome = importer(site, oneReport: false).importFile(ImportFixtures.own("pictures/xiasha-2021-page-4.png"), displayPath: "page-4.png")
        XCTAssertEqual(outcome.status, .failed)
        let refusal = try XCTUnwrap(outcome.problems.first { $0.severity == .error }, "\(outcome.problems)")
        XCTAssertTrue(refusal.hint?.hasSuffix("a picture may be one page of a report published as several: import all its pictures together with --ocr --one-report") ?? false, "\(outcome.problems)")
        XCTAssertEqual(site.contentFiles(), before)
    }

    /// A site's page of the report's six pictures, saved with them (the page pointing at `…_files/`), a logo too small
    /// to be a page beside them and a share icon inside a link: with `--ocr`, the pictures read as the report's, every
    /// cell as published, the page's name kept as the original's.
    private func savedPage(pictures sources: [String], in folder: URL) throws -> URL {
        let files = folder.appendingPathComponent("report_files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for number in 1...6 {
            try FileManager.default.copyItem(at: ImportFixtures.own("pictures/xiasha-2021-page-\(number).png"), to: files.appendingPathComponent("page-\(number).png"))
        }
        try FileManager.default.copyItem(at: ImportFixtures.own("pictures/kinds/grey8-pillow.png"), to: files.appendingPathComponent("logo.png"))
        let images = sources.map { "<p style=\"text-align:center\"><img src=\"\($0)\"></p>" }.joined(separator: "\n")
        let html = """
            <html><head><meta charset="utf-8"><title>下沙街道办事处2021年政府信息公开工作年度报告</title></head><body>
            <div class="logo"><img src="report_files/logo.png"></div>
            <div class="article"><h1>下沙街道办事处2021年政府信息公开工作年度报告</h1><p>发布日期：2022-01-20</p>
            \(images)
            <p><a href="share.html"><img src="report_files/page-1.png">分享</a></p></div></body></html>
            """
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        return page
    }

    func testAPageShowingTheReportAsPicturesSavedWithThemIsReadByOCR() throws {
        try ImportFixtures.requireTesseract()
        let site = try ImportSite()
        try site.site.remove("content/agencies/xiasha")
        let page = try savedPage(pictures: (1...6).map { "report_files/page-\($0).png" }, in: site.root.appendingPathComponent("saved"))
        let outcome = importer(site, oneReport: false).importFile(page, displayPath: "report.html")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .pictureOCR)
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-ocr" }, "\(outcome.problems)")
        XCTAssertTrue(warning.message.hasPrefix("the 6 pictures (page-1.png, page-2.png, page-3.png, page-4.png, page-5.png, page-6.png) were put together as 6 pages"), warning.message)
        let report = try XCTUnwrap(site.report("xiasha", 2021))
        XCTAssertEqual(report.source?.originalName, "report.html")
        XCTAssertEqual(report.source?.format, "picture-ocr")
        try ScannedPDFTests.assertReadAsPublished(report)
    }

    /// A picture the page names by a web address (never fetched) or outside its folder: refused, the refusal saying
    /// which and how to save them; without `--ocr`, the refusal says the page shows pictures and how to read them.
    func testAPageWhosePicturesAreNotAllSavedIsRefusedSayingWhich() throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        let sources = ["report_files/page-1.png", "http://www.example.gov.cn/uploads/page-2.png", "../outside/page-3.png"]
        let page = try savedPage(pictures: sources, in: site.root.appendingPathComponent("saved"))
        let read = importer(site, oneReport: false).importFile(page, displayPath: "report.html")
        XCTAssertEqual(rules(read.problems), ["import-no-report"])
        XCTAssertTrue(read.problems[0].hint?.hasSuffix("the page shows 3 pictures in its article, 2 of them not saved beside it (“http://www.example.gov.cn/uploads/page-2.png”, “../outside/page-3.png”); the import never fetches from the network: save the page with its pictures (a browser's “save page, complete”, after scrolling to its end: WeChat and many sites load a picture only as it comes into view) or download them and import them with --ocr --one-report") ?? false, "\(read.problems)")
        let unread = importer(site, ocr: false, oneReport: false).importFile(page, displayPath: "report.html")
        XCTAssertEqual(rules(unread.problems), ["import-no-report"])
        XCTAssertTrue(unread.problems[0].hint?.hasSuffix("the page shows 3 pictures in its article: if they are the report's pages, import the page saved with its pictures (a browser's “save page, complete”) with --ocr, or the pictures with --ocr --one-report") ?? false, "\(unread.problems)")
        XCTAssertEqual(site.contentFiles(), before)
    }

    func testWithoutOCRAPictureIsRefusedNamingTheOptions() throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        for outcome in [importer(site, ocr: false, oneReport: false).importFile(ImportFixtures.own("pictures/xiasha-2021-page-1.png"), displayPath: "page-1.png"),
                        importer(site, ocr: false).importPictures(pages([1, 2]))] {
            XCTAssertEqual(rules(outcome.problems), ["import-pictures"])
            XCTAssertTrue(outcome.problems[0].message.hasPrefix("a PNG picture: a report published as pictures has no text to read"), outcome.problems[0].message)
            XCTAssertTrue(outcome.problems[0].hint?.contains("--ocr --one-report") ?? false, "\(outcome.problems)")
        }
        XCTAssertEqual(site.contentFiles(), before)
    }

    func testAPDFNamedAmongAReportsPicturesIsRefusedNamingIt() throws {
        let site = try ImportSite()
        let outcome = importer(site).importPictures(pages([1]) + [ImportFixtures.own("scanned/xiasha-2021-scan.pdf").path])
        XCTAssertEqual(rules(outcome.problems), ["import-unknown-format"])
        XCTAssertEqual(outcome.problems[0].location.path, "xiasha-2021-scan.pdf")
        XCTAssertTrue(outcome.problems[0].message.contains("a file of another kind") || outcome.problems[0].message.contains("PDF"), outcome.problems[0].message)
    }

    func testAnEmptyFolderOfPicturesIsRefused() throws {
        let site = try ImportSite()
        let folder = site.root.appendingPathComponent("pictures")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outcome = importer(site).importPictures([folder.path])
        XCTAssertEqual(rules(outcome.problems), ["import-empty"])
        XCTAssertEqual(outcome.problems[0].location.path, folder.path)
    }

    func testPicturesAreInTheOrderOfTheirNamesNumbersReadAsNumbers() {
        XCTAssertEqual(Importer.inPageOrder(["p10.jpg", "p2.jpg", "p1.jpg", "a/p11.jpg"].map { "x/\($0)" }),
                       ["x/a/p11.jpg", "x/p1.jpg", "x/p2.jpg", "x/p10.jpg"])
    }
}
