import Foundation
@testable import PortalImport
import XCTest

/// A scan's page all table leaves blank paper once its cells are cut out: set G (grey, with grain), 厦门市司法局 2024's
/// page 3, which Tesseract read for over a minute of the processor without a word, so that three of G's four reports
/// were refused for time (“Tesseract did not finish reading the scanned pages in 120 s”). Such a page is not read.
final class BlankPageTests: XCTestCase {
    private func written(_ picture: PagePicture) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("blank-\(UUID().uuidString).pgm")
        try picture.pgm.write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    func testPaperWithGrainIsABlankPageAndAnyPrintIsRead() throws {
        // Grain: light grey everywhere, and 60 dark specks of one pixel (厦门's page held 17).
        var grain = PagePicture(width: 400, height: 500, pixels: (0..<200_000).map { UInt8(200 + $0 * 7919 % 50) })
        for speck in 0..<60 { grain.pixels[speck * 3301 % 200_000] = 20 }
        let blank = try XCTUnwrap(ScannedPages.blankPage(try written(grain)))
        XCTAssertEqual(blank.size, [0, 0, 400, 500])
        XCTAssertTrue(blank.lines.isEmpty)
        // One character's worth of ink (a page's number, 12 × 30 pixels at 300 dpi) is print: read.
        var numbered = grain
        for y in 400..<430 { for x in 200..<212 { numbered.pixels[y * 400 + x] = 0 } }
        XCTAssertNil(ScannedPages.blankPage(try written(numbered)))
        XCTAssertNil(ScannedPages.blankPage("/nonexistent.pgm"), "a picture that cannot be read is given to Tesseract as before")
    }
}
