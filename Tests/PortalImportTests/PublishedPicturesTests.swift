import Foundation
@testable import PortalImport
import XCTest

/// A report's pictures put together as one PDF (`PublishedPictures`, `PicturesPDF`): where a long picture is cut into
/// pages, how wide a page is, and a PDF poppler reads, byte for byte the same for the same pictures.
final class PublishedPicturesTests: XCTestCase {
    private func picture(_ name: String) throws -> Data {
        try Data(contentsOf: ImportFixtures.own("pictures/\(name)"))
    }

    /// Lines of text (rows of ink) with white gaps between them: each cut falls in a gap, as far down a page as one is.
    func testALongPictureIsCutInTheWhiteBandNearestAPagesEnd() {
        // A line: 30 rows of ink, then 12 white rows.
        let ink = (0..<1_000).flatMap { _ in Array(repeating: 40, count: 30) + Array(repeating: 0, count: 12) }
        let cuts = PublishedPictures.cuts(inkPerRow: ink, pageRows: 1_000)
        XCTAssertEqual(cuts.first, 0)
        XCTAssertEqual(cuts.last, ink.count)
        for (top, bottom) in zip(cuts, cuts.dropFirst()) {
            XCTAssertLessThanOrEqual(bottom - top, 1_150, "no page longer than allowed")
        }
        for cut in cuts.dropFirst().dropLast() {
            XCTAssertEqual(ink[cut], 0, "cut at \(cut) through a line")
            // The last gap before a page's end: no whole gap lies between the cut and a page's height below the last cut.
            XCTAssertEqual(cut % 42 >= 30, true)
        }
        XCTAssertEqual(cuts[1], 1_002, "the gap of rows 996…1007, the one row 999 stands in, cut in its middle")
    }

    /// A table (ink in every row: its columns' rules) is cut where its rows hold least ink, between two of its rows.
    func testAPictureWithoutAWhiteRowIsCutWhereItsRowsHoldLeastInk() {
        let ink = (0..<3_000).map { row in row % 50 == 49 ? 3 : 20 }
        let cuts = PublishedPictures.cuts(inkPerRow: ink, pageRows: 1_000)
        for cut in cuts.dropFirst().dropLast() { XCTAssertEqual(ink[cut], 3, "cut at \(cut)") }
    }

    func testAPictureUpToAPageAndASeventhLongIsOnePage() {
        XCTAssertEqual(PublishedPictures.cuts(inkPerRow: Array(repeating: 5, count: 1_140), pageRows: 1_000), [0, 1_140])
        XCTAssertEqual(PublishedPictures.cuts(inkPerRow: Array(repeating: 5, count: 1_160), pageRows: 1_000).count, 3)
    }

    /// The long fixture (six 200-dpi pages one under the other, 13,200 rows) is cut into pages of about an A4 sheet's
    /// proportions, each cut on a row of the picture without ink.
    func testTheLongPicturesCutsFallOnRowsWithoutInk() throws {
        try ImportFixtures.requirePdftotext()
        let long = try PNGPicture(try picture("xiasha-2021-scan-long.png"))
        let cuts = try PublishedPictures.cuts(of: .png(long), path: "long.png").get()
        XCTAssertEqual(cuts.first, 0)
        XCTAssertEqual(cuts.last, long.height)
        XCTAssertEqual(cuts.count - 1, 6, "\(cuts)")
        for cut in cuts.dropFirst().dropLast() {
            let row = long.pixels[(cut * long.width)..<((cut + 1) * long.width)]
            XCTAssertTrue(row.allSatisfy { $0 > 200 }, "row \(cut) holds ink")
        }
    }

    /// A scan's picture at the resolution it declares, or else the usual resolution that makes it a sheet wide; a
    /// screenshot of no usual resolution an A4 sheet wide.
    func testAPagesWidthIsThePictureAtItsScanningResolution() throws {
        let declared = try PNGPicture(try picture("xiasha-2021-page-1.png"))
        XCTAssertEqual(PicturesPDF.Picture.png(declared).pageWidth, 612, accuracy: 0.01)
        var undeclared = declared
        undeclared.resolution = nil
        XCTAssertEqual(PicturesPDF.Picture.png(undeclared).pageWidth, 612, accuracy: 0.01, "1,700 pixels an A4 sheet wide: 206 dpi, about 200")
        var screenshot = undeclared
        (screenshot.width, screenshot.height) = (1_080, 1_920)
        XCTAssertEqual(PicturesPDF.Picture.png(screenshot).pageWidth, PicturesPDF.a4Width, accuracy: 0.01)
        (screenshot.width, screenshot.height) = (1_920, 1_080)
        XCTAssertEqual(PicturesPDF.Picture.png(screenshot).pageWidth, 1_920 * 72 / 150, accuracy: 0.01, "landscape: 164 dpi an A4 sheet long, about 150")
        let jpeg = try JPEGPicture(try picture("kinds/grey-150dpi.jpg"))
        XCTAssertEqual(jpeg.resolution, 150)
    }

    func testAJPEGsHeaderIsRead() throws {
        let grey = try JPEGPicture(try picture("kinds/grey-150dpi.jpg"))
        XCTAssertEqual([grey.width, grey.height, grey.components], [29, 17, 1])
        XCTAssertEqual(grey.resolution, 150)
        XCTAssertFalse(grey.adobe)
        let cmyk = try JPEGPicture(try picture("kinds/cmyk.jpg"))
        XCTAssertEqual([cmyk.components, cmyk.adobe ? 1 : 0], [4, 1])
        let progressive = try JPEGPicture(try picture("kinds/rgb-progressive.jpg"))
        XCTAssertEqual([progressive.width, progressive.height, progressive.components], [29, 17, 3])
        let whole = try picture("kinds/rgb-progressive.jpg")
        // Cut before its frame header (byte 158).
        for length in stride(from: 0, to: 158, by: 9) {
            XCTAssertThrowsError(try JPEGPicture(whole.prefix(length)), "cut at \(length)")
        }
    }

    /// Pages of both kinds of picture, one cut: poppler reads the PDF, its pages as wide as the pictures at their
    /// resolution; a JPEG goes in as it is; the same pictures give the same bytes.
    func testThePDFOfThePicturesIsReadByPopplerAndTheSameEachTime() throws {
        try ImportFixtures.requirePdftotext()
        let pictures = [("page-1.png", try picture("xiasha-2021-page-1.png")), ("cmyk.jpg", try picture("kinds/cmyk.jpg")),
                        ("scan-long.png", try picture("xiasha-2021-scan-long.png"))]
        let made = try PublishedPictures.pdf(of: pictures, path: "pictures").get()
        XCTAssertEqual(made.pages, 1 + 1 + 6)
        XCTAssertEqual(try PublishedPictures.pdf(of: pictures, path: "pictures").get().pdf, made.pdf)
        XCTAssertNotNil(made.pdf.range(of: pictures[1].1), "the JPEG's bytes as they are")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pictures-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try made.pdf.write(to: file)
        let info = try XCTUnwrap(ExternalTool.executable("pdfinfo"))
        guard case .finished(0, let output) = ExternalTool.run(info, ["-f", "1", "-l", "8", file.path], timeout: 30) else { return XCTFail("pdfinfo failed") }
        let report = String(decoding: output, as: UTF8.self)
        XCTAssertTrue(report.contains("Pages:           8"), report)
        XCTAssertTrue(report.contains("Page    1 size:  612 x 792 pts (letter)"), "1,700 × 2,200 pixels at 200 dpi: \(report)")
        XCTAssertTrue(report.contains("Page    2 size:  841.89 x 493.52 pts"), "29 × 17 pixels declaring no resolution, wider than tall, at no usual resolution an A4 sheet long: \(report)")
    }

    func testAFileAmongThePicturesThatIsNoPictureIsNamed() throws {
        let refused = PublishedPictures.pdf(of: [("page-1.png", try picture("xiasha-2021-page-1.png")), ("notes.txt", Data("一、总体情况".utf8))], path: "pictures")
        guard case .failure(let failure) = refused else { return XCTFail("read") }
        XCTAssertEqual(failure.diagnostics.map(\.rule), ["import-unknown-format"])
        XCTAssertEqual(failure.diagnostics.first?.location.path, "notes.txt")
    }

    func testADamagedPictureIsRefusedNamingIt() throws {
        let cut = try picture("xiasha-2021-page-2.png").prefix(5_000)
        guard case .failure(let failure) = PublishedPictures.pdf(of: [("page-2.png", cut)], path: "pictures") else { return XCTFail("read") }
        XCTAssertEqual(failure.diagnostics.map(\.rule), ["import-unreadable"])
        XCTAssertEqual(failure.diagnostics.first?.location.path, "page-2.png")
        XCTAssertTrue(failure.diagnostics[0].message.contains("cut short"), failure.diagnostics[0].message)
    }
}
