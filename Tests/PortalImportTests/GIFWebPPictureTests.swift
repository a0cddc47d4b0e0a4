import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A report's pictures published as GIF (older sites) or WebP (what WeChat's servers send a browser, so in a saved
/// WeChat page): decoded to the pixels they were written with (`Fixtures/pictures/make-pictures.py`), then read as a
/// PNG's are; a damaged one refused with its reason, never a trap.
final class GIFWebPPictureTests: XCTestCase {
    private func kind(_ name: String) throws -> Data { try PictureKinds.data(name) }

    private func expected(_ name: String) throws -> (channels: Int, pixels: [UInt8]) { try PictureKinds.expected(name) }

    /// Grey (its palette all greys: one channel), interlaced or not, and a palette of colours with one transparent.
    func testAGIFDecodesToThePixelsItWasWrittenWith() throws {
        for (gif, truth) in [("grey8-interlaced-pillow.gif", "grey8-pillow.pgm"), ("grey8-pillow.gif", "grey8-pillow.pgm"), ("palette-pillow.gif", "palette-pillow-gif.ppm")] {
            let picture = try GIFPicture(try kind(gif))
            let (channels, pixels) = try expected(truth)
            XCTAssertEqual([picture.width, picture.height, picture.channels], [29, 17, channels], gif)
            XCTAssertEqual(picture.pixels, pixels, gif)
        }
    }

    /// A scanned page saved as an interlaced GIF (1,700 × 2,200, LZW's table filled and cleared many times) decodes to
    /// the very pixels of its PNG.
    func testAPagesGIFDecodesToThePixelsOfItsPNG() throws {
        let gif = try GIFPicture(try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-2.gif")))
        let png = try PNGPicture(try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-2.png")))
        XCTAssertEqual([gif.width, gif.height, gif.channels], [png.width, png.height, png.channels])
        XCTAssertTrue(gif.pixels == png.pixels)
    }

    func testInterlacedRowsAreStoredInGIFsFourPasses() {
        XCTAssertEqual(GIFPicture.interlacedRows(10), [0, 8, 4, 2, 6, 1, 3, 5, 7, 9])
    }

    func testADamagedGIFIsRefusedWithItsReasonAtEveryLength() throws {
        let whole = try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-2.gif"))
        // Cut short anywhere before its frame's last block: refused (the trailer byte alone is not needed).
        for length in stride(from: 0, to: whole.count - 1, by: 97) {
            XCTAssertThrowsError(try GIFPicture(whole.prefix(length)), "cut at \(length)")
        }
        // A code LZW never made: the frame's first codes all ones (511 before the table holds 258).
        var bytes = [UInt8](try kind("grey8-pillow.gif"))
        var at = 13 + (bytes[10] & 0x80 != 0 ? 3 << (Int(bytes[10] & 7) + 1) : 0)
        while bytes[at] == 0x21 {
            at += 2
            while bytes[at] != 0 { at += Int(bytes[at]) + 1 }
            at += 1
        }
        // The frame's header (10 bytes with its 0x2C), its code size, its first block's length, then codes.
        XCTAssertEqual(bytes[at], 0x2C)
        for code in (at + 12)..<(at + 20) { bytes[code] = 0xFF }
        XCTAssertThrowsError(try GIFPicture(Data(bytes))) { error in
            XCTAssertEqual(error as? PictureProblem, .damaged("its picture data holds a code LZW never made (the file is damaged)"))
        }
        XCTAssertThrowsError(try GIFPicture(try kind("grey8-pillow.gif"), largestPicture: 100)) { error in
            XCTAssertEqual(error as? PictureProblem, .tooLarge(width: 29, height: 17))
        }
    }

    /// Lossless WebP, RGB and RGBA (laid on white as a PNG's alpha is), decoded by libwebp's dwebp.
    func testAWebPDecodesToThePixelsItWasWrittenWith() throws {
        try ImportFixtures.requireDwebp()
        for (webp, truth) in [("rgb8-lossless.webp", "rgb8-pillow.ppm"), ("rgba8-lossless.webp", "rgba8-pillow.ppm")] {
            let data = try kind(webp)
            XCTAssertEqual(WebPPicture.dimensions(data)?.width, 29, webp)
            XCTAssertEqual(WebPPicture.dimensions(data)?.height, 17, webp)
            let picture = try WebPPicture.decoded(data).get()
            let (channels, pixels) = try expected(truth)
            XCTAssertEqual([picture.width, picture.height, picture.channels], [29, 17, channels], webp)
            XCTAssertEqual(picture.pixels, pixels, webp)
        }
        let cut = try kind("rgb8-lossless.webp").prefix(40)
        XCTAssertEqual(WebPPicture.decoded(cut).map(\.width), .failure(.picture(.damaged("libwebp's dwebp cannot decode it"))))
        XCTAssertEqual(WebPPicture.decoded(try kind("rgb8-lossless.webp"), largestPicture: 100).map(\.width), .failure(.picture(.tooLarge(width: 29, height: 17))))
    }

    /// Named among a report's pictures, a GIF and a WebP go into the pictures' PDF as decoded pixels; imported without
    /// `--ocr`, a GIF is refused by `import-pictures`, saying how to read it.
    func testGIFAndWebPPicturesArePutTogetherWithTheOthers() throws {
        try ImportFixtures.requireDwebp()
        try ImportFixtures.requirePdftotext()
        let pictures = try [("page.gif", Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-2.gif"))), ("small.webp", kind("rgb8-lossless.webp"))]
        let made = try PublishedPictures.pdf(of: pictures.map { (name: $0.0, data: $0.1) }, path: "pictures").get()
        XCTAssertEqual(made.pages, 2)
        let site = try ImportSite()
        let file = site.root.appendingPathComponent("page-2.gif")
        try pictures[0].1.write(to: file)
        let outcome = Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15")).importFile(file, displayPath: "page-2.gif")
        XCTAssertEqual(rules(outcome.problems), ["import-pictures"])
        XCTAssertTrue(outcome.problems[0].message.hasPrefix("a GIF picture: "), outcome.problems[0].message)
    }

    /// A WeChat article of a report's pictures (`#js_content`, each picture loaded as it comes into view: `data-src`
    /// the address, `src` a placeholder until then).
    private func weChatPage(_ pictures: [(lazy: String, shown: String)], in folder: URL) throws -> URL {
        let images = pictures.map { "<p><img class=\"rich_pages wxw-img\" data-src=\"\($0.lazy)\" data-type=\"png\" src=\"\($0.shown)\"></p>" }.joined(separator: "\n")
        let html = """
            <html><head><meta charset="utf-8"><title>下沙街道办事处2021年政府信息公开工作年度报告</title></head><body>
            <h1 id="activity-name">下沙街道办事处2021年政府信息公开工作年度报告</h1>
            <div class="rich_media_content" id="js_content" style="visibility: hidden;">\(images)</div>
            <script>var ct = "1642636800";</script></body></html>
            """
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        return page
    }

    /// Saved after the pictures came into view: `src` names the saved file (WebP, named without an extension as
    /// WeChat's addresses end), found, decoded to the page's very pixels.
    func testAWeChatArticlesPicturesSavedAsWebPAreFound() throws {
        try ImportFixtures.requireDwebp()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wechat-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let files = folder.appendingPathComponent("report_files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        let webp = try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-2.webp"))
        try webp.write(to: files.appendingPathComponent("640"))
        let page = try weChatPage([("https://mmbiz.qpic.cn/mmbiz_png/a1/640?wx_fmt=png&from=appmsg", "./report_files/640")], in: folder)
        let read = try HTMLExtractor.page(of: Data(contentsOf: page), path: "report.html").get()
        XCTAssertEqual(read.pictures, ["./report_files/640"])
        let found = PagePictures.saved(read.pictures, besidePage: page)
        XCTAssertEqual(found.missing, [])
        XCTAssertEqual(found.saved.map(\.name), ["640"])
        let decoded = try WebPPicture.decoded(try XCTUnwrap(found.saved.first).data).get()
        let png = try PNGPicture(try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-2.png")))
        XCTAssertEqual([decoded.width, decoded.height], [png.width, png.height])
        XCTAssertTrue(stride(from: 0, to: decoded.pixels.count, by: 3).map { decoded.pixels[$0] } == png.pixels)
    }

    /// Saved before they came into view: the pictures' addresses are their `data-src`, named as not saved (the
    /// import never fetches them); without the lazy address, the placeholder alone is no report's picture.
    func testAWeChatArticleSavedBeforeItsPicturesLoadedNamesTheirAddresses() throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        let placeholder = "data:image/svg+xml,%3C%3Fxml version='1.0' encoding='UTF-8'%3F%3E%3Csvg width='1px' height='1px'%3E%3C/svg%3E"
        let page = try weChatPage([("https://mmbiz.qpic.cn/mmbiz_png/a1/640?wx_fmt=png", placeholder), ("https://mmbiz.qpic.cn/mmbiz_png/a2/640?wx_fmt=png", placeholder)],
                                  in: site.root.appendingPathComponent("saved"))
        let outcome = Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15", ocr: true)).importFile(page, displayPath: "report.html")
        XCTAssertEqual(rules(outcome.problems), ["import-no-report"])
        XCTAssertTrue(outcome.problems[0].hint?.contains("the page shows 2 pictures in its article, 2 of them not saved beside it (“https://mmbiz.qpic.cn/mmbiz_png/a1/640?wx_fmt=png”, “https://mmbiz.qpic.cn/mmbiz_png/a2/640?wx_fmt=png”)") ?? false, "\(outcome.problems)")
        XCTAssertEqual(site.contentFiles(), before)
    }

    /// A TIFF (a scanner's multi-page file) is not read: refused naming it, the hint saying how to make it a PDF; a
    /// damaged WebP among a report's pictures is refused naming the picture.
    func testATIFFAndADamagedWebPAreRefusedSayingWhatToDo() throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        let tiff = site.root.appendingPathComponent("scan.tif")
        try Data([0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00] + [UInt8](repeating: 0, count: 64)).write(to: tiff)
        let importer = Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15", ocr: true))
        let refused = importer.importFile(tiff, displayPath: "scan.tif")
        XCTAssertEqual(rules(refused.problems), ["import-unknown-format"])
        XCTAssertTrue(refused.problems[0].message.hasSuffix("not a report file: a TIFF image"), refused.problems[0].message)
        XCTAssertTrue(refused.problems[0].hint?.contains("a TIFF scan: make it a PDF, e.g. with tiff2pdf, and import that with --ocr") ?? false, "\(refused.problems)")
        let damaged = try kind("rgb8-lossless.webp").prefix(60) + Data(repeating: 0x55, count: 40)
        switch PublishedPictures.pdf(of: [(name: "640", data: damaged)], path: "pictures") {
        case .success: XCTFail("a damaged WebP made a PDF")
        case .failure(let failure):
            XCTAssertEqual(failure.diagnostics.map(\.rule), ["import-unreadable"])
            XCTAssertEqual(failure.diagnostics.first?.location.path, "640")
        }
        XCTAssertEqual(site.contentFiles(), before)
    }
}
