import Foundation
@testable import PortalImport
import XCTest

/// A colour scan read in grey with its red seal left out (`ColourScan`): the seal's ring, as dark as print in grey,
/// would be read with the cells it crosses.
final class ColourScanTests: XCTestCase {
    /// A binary PPM of `width` × `height` pixels, each `colour(x, y)`.
    private func ppm(width: Int, height: Int, _ colour: (Int, Int) -> (UInt8, UInt8, UInt8)) -> Data {
        var data = Data("P6\n# made\n\(width) \(height)\n255\n".utf8)
        for y in 0..<height {
            for x in 0..<width {
                let (red, green, blue) = colour(x, y)
                data.append(contentsOf: [red, green, blue])
            }
        }
        return data
    }

    func testRedInkIsPaperAndPrintUnderItStaysInk() throws {
        // Paper darkened and yellowed, black print, a seal's full and pale red, print stamped over (the red multiplied in),
        // blue ink (a signature), a seal stroke's edge, its red dulled by the JPEG's coarser colour, and a grey rule (120) under the seal.
        let colours: [(UInt8, UInt8, UInt8)] = [(232, 226, 205), (12, 10, 14), (222, 38, 48), (238, 150, 156), (24, 4, 5), (30, 60, 200), (150, 60, 70), (104, 18, 23)]
        let picture = try XCTUnwrap(ColourScan.grey(ppm: ppm(width: colours.count, height: 1) { x, _ in colours[x] }))
        XCTAssertEqual(picture.width, 8)
        XCTAssertEqual(picture.pixels[0], 233, "paper: its red (lighter than its luminance, 225), a little redder than green")
        XCTAssertEqual(picture.pixels[1], 12, "black print")
        XCTAssertEqual(picture.pixels[2], 255, "a seal's red is paper: its luminance (94) would be ink")
        XCTAssertEqual(picture.pixels[3], 255, "a pale seal's red too")
        XCTAssertEqual(picture.pixels[4], 28, "print under the seal stays ink")
        XCTAssertEqual(picture.pixels[5], 67, "blue ink keeps its luminance")
        XCTAssertEqual(picture.pixels[6], 170, "a seal stroke's edge is lighter than ink")
        XCTAssertEqual(picture.pixels[7], 124, "a grey rule under the seal stays ink, near its own shade: a table's columns stay apart")
        // Grey pixels (a grey scan in colour) are their grey.
        let grey = try XCTUnwrap(ColourScan.grey(ppm: ppm(width: 3, height: 1) { x, _ in [(0, 0, 0), (128, 128, 128), (255, 255, 255)][x] }))
        XCTAssertEqual(grey.pixels, [0, 128, 255])
    }

    /// A ruled cell holding a figure, a seal's red ring crossing it: read in grey by luminance the ring is ink the cell holds
    /// beside its figure; with the red left out, the cell holds the figure's ink alone, as printed.
    func testASealsRingAcrossACellLeavesTheCellAsPrinted() throws {
        let width = 600, height = 400
        func colour(_ x: Int, _ y: Int) -> (UInt8, UInt8, UInt8) {
            let rule = x % 200 < 3 || y % 200 < 3
            let figure = (290...296).contains(x) && (80...120).contains(y)
            let distance = (Double((x - 520) * (x - 520) + (y - 120) * (y - 120))).squareRoot()
            let ring = abs(distance - 150) < 6
            var pixel: (UInt8, UInt8, UInt8) = rule || figure ? (10, 10, 10) : (235, 233, 228)
            // The seal's red multiplied in, as stamp ink darkens what it lies on.
            if ring {
                let red: Int = Int(pixel.0) * 222 / 255, green: Int = Int(pixel.1) * 38 / 255, blue: Int = Int(pixel.2) * 48 / 255
                pixel = (UInt8(red), UInt8(green), UInt8(blue))
            }
            return pixel
        }
        let data = ppm(width: width, height: height, colour)
        let picture = try XCTUnwrap(ColourScan.grey(ppm: data))
        let inked = { (picture: PagePicture) -> [Int] in
            PageCells(picture, resolution: 300).cells.map { cell in cell.picture.pixels.filter { $0 < PageCells.inkBelow }.count }
        }
        // The figure's cell (the middle of the top row) holds its 7 × 41 pixels of ink and nothing else; no other cell holds any.
        XCTAssertEqual(inked(picture), [7 * 41])
        // By luminance alone (as `pdftoppm -gray` renders the page) the ring is ink in the cells it crosses.
        var luminance = picture
        let start = data.count - 3 * width * height
        for index in luminance.pixels.indices {
            let red = Int(data[start + 3 * index]), green = Int(data[start + 3 * index + 1]), blue = Int(data[start + 3 * index + 2])
            let weighted: Int = 299 * red + 587 * green + 114 * blue
            luminance.pixels[index] = UInt8((weighted + 500) / 1000)
        }
        XCTAssertGreaterThan(inked(luminance).count, 1)
    }

    func testAScanHoldingAColourPictureIsRenderedInColour() {
        let head = "page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio\n" + String(repeating: "-", count: 92) + "\n"
        XCTAssertFalse(ColourScan.holdsColour(imageList: head + "   1     0 image    1654  2339  gray    1   1  ccitt  no        11  0   200   200 37.2K 7.9%\n"))
        XCTAssertFalse(ColourScan.holdsColour(imageList: head + "   1     0 image    1654  2339  gray    1   8  jpeg   no        11  0   200   200 300K 7.9%\n"))
        XCTAssertTrue(ColourScan.holdsColour(imageList: head + "   1     0 image    1654  2339  gray    1   1  ccitt  no        11  0   200   200 37.2K 7.9%\n"
                                                 + "   2     1 image    1654  2339  rgb     3   8  jpeg   no        12  0   200   200  486K 4.3%\n"))
        XCTAssertTrue(ColourScan.holdsColour(imageList: head + "   1     0 image    1654  2339  icc     3   8  jpeg   no        12  0   200   200  486K 4.3%\n"))
        XCTAssertFalse(ColourScan.holdsColour(imageList: head + "   1     0 image    1654  2339  icc     1   8  jpeg   no        12  0   200   200  486K 4.3%\n"))
        XCTAssertFalse(ColourScan.holdsColour(imageList: head))
        XCTAssertEqual(ColourScan.pageCount(info: "Producer:        PIL\nPages:           4\nEncrypted:       no\n"), 4)
        XCTAssertNil(ColourScan.pageCount(info: "Producer: PIL\n"))
    }
}
