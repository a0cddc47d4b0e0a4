import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A site's page showing its report as pictures, saved as one file (Chrome's and Edge's “Webpage, Single File”,
/// `.mhtml`): the pictures are parts of the message, each under the address it had on the site (`Content-Location`),
/// found from the page's `src` (relative ones resolved against the page's own address) or by `cid:`.
final class MHTMLPicturesTests: XCTestCase {
    private static let pageAddress = "https://www.example.gov.cn/art/2022/1/20/art_1229_5.html"

    private struct Picture {
        var location: String?
        var id: String?
        var data: Data
    }

    /// A message as Chrome writes it: the page part first (quoted-printable), then each picture (base64, lines of 76).
    private static func message(page html: String, pictures: [Picture]) -> Data {
        let boundary = "----MultipartBoundary--pIcTuReS--"
        var text = """
            From: <Saved by Blink>\r
            Snapshot-Content-Location: \(pageAddress)\r
            MIME-Version: 1.0\r
            Content-Type: multipart/related;\r
            \ttype="text/html";\r
            \tboundary="\(boundary)"\r
            \r
            \r
            --\(boundary)\r
            Content-Type: text/html\r
            Content-ID: <frame-1@mhtml.blink>\r
            Content-Transfer-Encoding: quoted-printable\r
            Content-Location: \(pageAddress)\r
            \r
            \(MHTMLTests.quotedPrintable(Data(html.utf8)))\r
            \r

            """
        for picture in pictures {
            let encoded = picture.data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
            text += "--\(boundary)\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            if let location = picture.location { text += "Content-Location: \(location)\r\n" }
            if let id = picture.id { text += "Content-ID: <\(id)>\r\n" }
            text += "\r\n\(encoded)\r\n\r\n"
        }
        return Data((text + "--\(boundary)--\r\n").utf8)
    }

    private static func page(_ sources: [String]) -> String {
        let images = sources.map { "<p style=\"text-align:center\"><img src=\"\($0)\"></p>" }.joined(separator: "\n")
        return """
            <html><head><meta charset="utf-8"><title>下沙街道办事处2021年政府信息公开工作年度报告</title></head><body>
            <div class="logo"><img src="/images/logo.png"></div>
            <div class="article"><h1>下沙街道办事处2021年政府信息公开工作年度报告</h1><p>发布日期：2022-01-20</p>
            \(images)
            </div></body></html>
            """
    }

    /// The site's logo, saved in the message as a browser does, too small to be a page.
    private static var logo: Picture {
        get throws { Picture(location: "https://www.example.gov.cn/images/logo.png", data: try Data(contentsOf: ImportFixtures.own("pictures/kinds/grey8-pillow.png"))) }
    }

    private func pagePicture(_ number: Int) throws -> Data {
        try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-\(number).png"))
    }

    /// The six pages under the addresses the page's `src` name three ways (relative to the page, absolute with
    /// percent escapes for a Chinese name, `cid:`), a logo too small to be a page, a picture of another address: the
    /// six found in the page's order, each with its bytes and its name; nothing else.
    func testThePagesPicturesAreFoundAmongTheMessagesParts() throws {
        let pictures = [
            try Self.logo,
            Picture(location: "https://www.example.gov.cn/art/2022/1/20/page-2.png", data: try pagePicture(2)),
            Picture(location: "https://www.example.gov.cn/uploads/%E7%AC%AC1%E9%A1%B5.png", data: try pagePicture(1)),
            Picture(id: "page-3@mhtml.blink", data: try pagePicture(3)),
            Picture(location: "https://www.example.gov.cn/art/2022/1/20/files/page-4.png", data: try pagePicture(4)),
            Picture(location: "https://www.example.gov.cn/other/page-5.png", data: try pagePicture(5)),
        ]
        let sources = ["/uploads/第1页.png", "page-2.png", "cid:page-3@mhtml.blink", "https://www.example.gov.cn/art/2022/1/20/files/page-4.png"]
        let data = Self.message(page: Self.page(sources), pictures: pictures)
        let parts = MHTMLReader.parts(of: data)
        XCTAssertEqual(parts.count, 7)
        let found = PagePictures.saved(sources, inMessage: parts, pageLocation: Self.pageAddress)
        XCTAssertEqual(found.missing, [])
        XCTAssertEqual(found.saved.map(\.name), ["第1页.png", "page-2.png", "page-3@mhtml.blink", "page-4.png"])
        XCTAssertEqual(found.saved.map(\.data), [try pagePicture(1), try pagePicture(2), try pagePicture(3), try pagePicture(4)])
        // The page part is still the page, its address kept.
        let page = try XCTUnwrap(MHTMLReader.page(of: data))
        XCTAssertEqual(page.location, Self.pageAddress)
        XCTAssertTrue(String(decoding: page.html, as: UTF8.self).contains("<img src=\"cid:page-3@mhtml.blink\">"))
    }

    /// A picture the page names but the message does not hold (the browser saved it without it): refused, the refusal
    /// naming it as not saved *in* the page; nothing written.
    func testAPictureTheMessageDoesNotHoldIsNamedAsNotSavedInIt() throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        let pictures = try [Self.logo, Picture(location: "https://www.example.gov.cn/art/2022/1/20/page-1.png", data: pagePicture(1))]
        let file = site.root.appendingPathComponent("report.mhtml")
        try Self.message(page: Self.page(["page-1.png", "page-2.png"]), pictures: pictures).write(to: file)
        let importer = Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15", ocr: true))
        let outcome = importer.importFile(file, displayPath: "report.mhtml")
        XCTAssertEqual(rules(outcome.problems), ["import-no-report"])
        XCTAssertTrue(outcome.problems[0].hint?.hasSuffix("the page shows 2 pictures in its article, 1 of them not saved in it (“page-2.png”); the import never fetches from the network: save the page with its pictures (a browser's “save page, complete”, after scrolling to its end: WeChat and many sites load a picture only as it comes into view) or download them and import them with --ocr --one-report") ?? false, "\(outcome.problems)")
        XCTAssertEqual(site.contentFiles(), before)
    }

    /// The six pages saved in the message, read by OCR as the report's: written, every cell as published, the
    /// page's file kept as the original's name.
    func testAPageOfPicturesSavedAsOneFileIsReadByOCR() throws {
        try ImportFixtures.requireTesseract()
        let site = try ImportSite()
        try site.site.remove("content/agencies/xiasha")
        let pictures = try [Self.logo] + (1...6).map { Picture(location: "https://www.example.gov.cn/uploads/2022/page-\($0).png", data: try pagePicture($0)) }
        let file = site.root.appendingPathComponent("report.mhtml")
        try Self.message(page: Self.page((1...6).map { "../../../../uploads/2022/page-\($0).png" }), pictures: pictures).write(to: file)
        let importer = Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15", ocr: true))
        let outcome = importer.importFile(file, displayPath: "report.mhtml")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .pictureOCR)
        let report = try XCTUnwrap(site.report("xiasha", 2021))
        XCTAssertEqual(report.source?.originalName, "report.mhtml")
        try ScannedPDFTests.assertReadAsPublished(report)
    }
}
