import Foundation
@testable import PortalImport
import XCTest

/// A scan's page all table leaves blank paper once its cells are cut out: set G (grey, with grain), 厦门市司法局 2024's
/// page 3, which Tesseract read for over a minute of the processor without a word, so that three of G's four reports
/// were refused for time (“Tesseract did not finish reading the scanned pages in 120 s”). Such a page is not read.
final class BlankPageTests: XCTestCase {
    func testPaperWithGrainIsABlankPageAndAnyPrintIsRead() throws {
        // Grain: light grey everywhere, and 60 dark specks of one pixel (厦门's page held 17).
        var grain = PagePicture(width: 400, height: 500, pixels: (0..<200_000).map { UInt8(200 + $0 * 7919 % 50) })
        for speck in 0..<60 { grain.pixels[speck * 3301 % 200_000] = 20 }
        let blank = try XCTUnwrap(ScannedPages.blankPage(grain))
        XCTAssertEqual(blank.size, [0, 0, 400, 500])
        XCTAssertTrue(blank.lines.isEmpty)
        // One character's worth of ink (a page's number, 12 × 30 pixels at 300 dpi) is print: read.
        var numbered = grain
        for y in 400..<430 { for x in 200..<212 { numbered.pixels[y * 400 + x] = 0 } }
        XCTAssertNil(ScannedPages.blankPage(numbered))
    }

    /// A page all table (at 300 dpi, its rules and a character in each cell on grey paper): once its cells are cut out,
    /// its rest is told blank where it was split, from the picture in memory (before, the rest was written, then read
    /// back from its file and parsed again). A line of text above the table is print: read. A page that cannot be read
    /// is read whole by Tesseract, as before.
    func testAPageAllTableIsToldBlankWhereItIsSplit() throws {
        func page(textAbove: Bool) -> PagePicture {
            let width = 1600, height = 1200
            var pixels = [UInt8](repeating: 214, count: width * height)
            func ink(_ x: Int, _ y: Int) { pixels[y * width + x] = 0 }
            for row in 0...3 { for x in 300...1100 { ink(x, 600 + row * 120); ink(x, 601 + row * 120) } }
            for column in 0...4 { for y in 600...960 { ink(300 + column * 200, y); ink(301 + column * 200, y) } }
            for row in 0..<3 { for column in 0..<4 { for dy in 0..<30 { for dx in 0..<20 where dx < 4 || dy < 4 { ink(380 + column * 200 + dx, 640 + row * 120 + dy) } } } }
            if textAbove { for character in 0..<20 { for dy in 0..<30 { for dx in 0..<30 where dx % 10 < 3 { ink(300 + character * 36 + dx, 400 + dy) } } } }
            return PagePicture(width: width, height: height, pixels: pixels)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try [false, true].map { textAbove in
            let file = folder.appendingPathComponent("page-\(textAbove).pgm")
            try page(textAbove: textAbove).pgm.write(to: file)
            return file.path
        }
        let split = ScannedPages.splitIntoCells(files + ["/nonexistent.pgm"], folder: folder)
        XCTAssertEqual(split.cells.count, 24)
        XCTAssertEqual(split.blanks.map { $0?.size }, [[0, 0, 1600, 1200], nil, nil])
        XCTAssertEqual(split.pages.last, "/nonexistent.pgm", "a picture that cannot be read is given to Tesseract as before")
    }
}
