import Foundation
@testable import PortalImport
import XCTest

/// A figure OCR read checked against the loops of the cell's ink (`DigitLoops`): Tesseract's English model reads a
/// scanned 5 as a 9, and both readings of a cell (as cut out, and the cell as one word) may agree on it (session 41:
/// 奇台县大泉塔塔尔族乡's `575` written as `975`, the scan's only misread of 200 figures).
final class DigitLoopsTests: XCTestCase {
    /// A real cell of the scan (`scanned-cells.py make`, read at 300 dpi), cut to its ink.
    private func cell(_ name: String) throws -> PagePicture {
        try XCTUnwrap(PagePicture(pgm: Data(contentsOf: ImportFixtures.own("scanned/digits/\(name).pgm"))))
    }

    func testEachPieceOfACellsInkHasItsLoopsInReadingOrder() throws {
        XCTAssertEqual(try cell("575").digitLoops(), [0, 0, 0])
        XCTAssertEqual(try cell("1893").digitLoops(), [0, 2, 1, 0])
        XCTAssertEqual(try cell("23754").digitLoops(), [0, 0, 0, 0, 1], "a 4 printed closed")
        // Figures wrapped in their cells (`60` over `2`, `14` over `4`): the first line, then the second.
        XCTAssertEqual(try cell("60-2").digitLoops(), [1, 1, 0])
        XCTAssertEqual(try cell("14-4").digitLoops(), [0, 1, 1])
    }

    /// Where a piece's one loop lies in its height: the 6 of `60` low, its 0 spanning it, the 9 of `1893` high; the 8's two
    /// loops and a 2's none, and the closed 4's middle loop (of `14`, under 0.7 at its bottom: high), as measured.
    func testWhereEachPiecesOneLoopLies() throws {
        XCTAssertEqual(try cell("60-2").loopPlaces(), [.low, .whole, nil])
        XCTAssertEqual(try cell("1893").loopPlaces(), [nil, nil, .high, nil])
        XCTAssertEqual(DigitLoops.Place(top: 0.09, bottom: 0.91), .whole)
        XCTAssertEqual(DigitLoops.Place(top: 0.45, bottom: 0.94), .low)
        XCTAssertEqual(DigitLoops.Place(top: 0.09, bottom: 0.56), .high)
        XCTAssertNil(DigitLoops.Place(top: 0.35, bottom: 0.65), "a loop in the middle lies neither way")
    }

    /// A 0 whose loop lies low is a 6 misread (淮安 2024's lone serif 6, scanned askew on toned paper, read 0 both ways):
    /// the figure does not fit. Without places measured, or where a piece's is not known, the loops alone decide.
    func testAZeroSixOrNineFitsOnlyWhereItsLoopLies() {
        XCTAssertEqual(DigitLoops.fits("0", pieces: [1], places: [.low]), false)
        XCTAssertEqual(DigitLoops.fits("6", pieces: [1], places: [.low]), true)
        XCTAssertEqual(DigitLoops.fits("60", pieces: [1, 1], places: [.low, .whole]), true)
        XCTAssertEqual(DigitLoops.fits("90", pieces: [1, 1], places: [.whole, .whole]), false, "a 9's loop lies high")
        XCTAssertEqual(DigitLoops.fits("0", pieces: [1], places: [nil]), true)
        XCTAssertEqual(DigitLoops.fits("0", pieces: [1]), true)
        XCTAssertEqual(DigitLoops.fits("4", pieces: [1], places: [.high]), true, "a 4's loop is not asked")
    }

    func testAFigureFitsTheLoopsOnlyWhereEachDigitCanPrintThem() {
        XCTAssertEqual(DigitLoops.fits("575", pieces: [0, 0, 0]), true)
        XCTAssertEqual(DigitLoops.fits("975", pieces: [0, 0, 0]), false, "a 9 closes a loop")
        XCTAssertEqual(DigitLoops.fits("1,893", pieces: [0, 2, 1, 0]), true, "a comma is no digit")
        XCTAssertEqual(DigitLoops.fits("1393", pieces: [0, 2, 1, 0]), false)
        XCTAssertEqual(DigitLoops.fits("4", pieces: [0]), true, "a 4 printed open")
        XCTAssertEqual(DigitLoops.fits("4", pieces: [1]), true)
        XCTAssertNil(DigitLoops.fits("57", pieces: [0, 0, 0]), "digits touching or a stroke broken: the pieces tell nothing")
        XCTAssertNil(DigitLoops.fits("无", pieces: [3]))
    }

    /// A speck of paper inside a stroke is no loop; a comma, a point and dust are no pieces.
    func testSpecksCommasAndDustAreNotCounted() {
        var picture = PagePicture(width: 60, height: 40, pixels: [UInt8](repeating: 255, count: 60 * 40))
        func ink(_ xs: ClosedRange<Int>, _ ys: ClosedRange<Int>, _ value: UInt8 = 0) {
            for y in ys { for x in xs { picture.pixels[y * 60 + x] = value } }
        }
        ink(5...14, 5...34)          // a bar, 30 high and 10 wide …
        ink(9...10, 15...16, 255)    // … with a speck of paper inside it
        ink(20...39, 5...34)         // a block 20 wide …
        ink(25...34, 12...27, 255)   // … closing a loop
        ink(44...46, 30...34)        // a comma's size: no piece
        ink(55...55, 10...10)        // dust
        XCTAssertEqual(picture.digitLoops(), [0, 1])
    }

    /// A 0 whose hairline broke by a pixel or two (a serif 0 captured at 150 dpi, enlarged for OCR) closes its loop once
    /// grown by a pixel: one loop spanning its height. A 6's bowl opened so, or a wider gap, closes no 0's loop: still none.
    func testAZeroOpenedByAPixelsGapClosesItsLoop() {
        func ring(gap: Int, bowlOnly: Bool = false) -> PagePicture {
            var picture = PagePicture(width: 40, height: 50, pixels: [UInt8](repeating: 255, count: 40 * 50))
            func ink(_ xs: ClosedRange<Int>, _ ys: ClosedRange<Int>) { for y in ys { for x in xs { picture.pixels[y * 40 + x] = 0 } } }
            // A ring 30 high and 20 wide, strokes 3 thick; a 6's bowl the ring's lower half with a stem up its left.
            let top = bowlOnly ? 22 : 8
            ink(10...12, 8...37); ink(27...29, top...37); ink(10...29, 35...37)
            if !bowlOnly { ink(10...(19 - gap / 2), 8...10); ink((19 - gap / 2 + gap + 1)...29, 8...10) } else { ink(10...29, 22...24); ink(10...29, 8...10) }
            if bowlOnly { for y in 22...24 { for x in 13...(12 + gap) { picture.pixels[y * 40 + x] = 255 } } }
            return picture
        }
        XCTAssertEqual(ring(gap: 0).loopShapes().loops, [1])
        XCTAssertEqual(ring(gap: 1).loopShapes().loops, [1], "a pixel's gap at the top")
        XCTAssertEqual(ring(gap: 1).loopShapes().places, [.whole])
        XCTAssertEqual(ring(gap: 2).loopShapes().places, [.whole])
        XCTAssertEqual(ring(gap: 4).loopShapes().loops, [0], "a gap of four pixels is an open stroke: no 0 read into it")
        XCTAssertEqual(ring(gap: 2, bowlOnly: true).loopShapes().loops, [0], "a 6's bowl opened by 2 pixels: bridged, it lies low — not a 0's")
        XCTAssertEqual(DigitLoops.fits("0", pieces: ring(gap: 1).loopShapes().loops, places: ring(gap: 1).loopShapes().places), true)
    }

    /// A figure whose digits cannot print the cell's loops is not taken for sure, however its readings agree.
    func testAFigureTheInkCannotPrintIsUnsure() {
        func line(_ text: String) -> [ScannedPages.Glyph] {
            text.enumerated().map { ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30, confidence: 99) }
        }
        func agreed(_ sharp: String, _ softened: String, asOneWord: String? = nil, loops: [Int]) -> String {
            ScannedPages.agreed([line(sharp)], [line(softened)], asOneWord: asOneWord.map { [line($0)] }, loops: loops)
                .map { $0.map { $0.text + ($0.unsure ? "?" : "") }.joined() }.joined()
        }
        XCTAssertEqual(agreed("975", "575", asOneWord: "975", loops: [0, 0, 0]), "9?7?5?", "two of three readings, but no loop printed")
        XCTAssertEqual(agreed("975", "975", loops: [0, 0, 0]), "9?7?5?")
        XCTAssertEqual(agreed("975", "575", asOneWord: "575", loops: [0, 0, 0]), "575")
        XCTAssertEqual(agreed("975", "975", loops: [1, 0, 0]), "975")
        XCTAssertEqual(agreed("975", "975", loops: [0, 0]), "975", "pieces not one a digit: as read")
        XCTAssertEqual(agreed("975", "975", loops: []), "975")
    }

    /// A real report's serif digits (淮安 2024, Times New Roman's) in two cells as the import cut them out of the report's
    /// page picture at 300 dpi grey, put in the pictures' PDF and rendered by poppler (its half-pixel placement greys the
    /// hairlines): cut at the fixed ink threshold, 3119's 9 opens its bowl (the ink said to be a 3115) and 447's pieces
    /// lose their loops and stand on feet (a right 7 said to be a 2) — right readings marked to confirm, 22 of them on the
    /// report. At the cell's own midpoint of ink and paper (`inBlackAndWhite().shapes`, where the import measures shapes) the
    /// pieces have the loops of 3, 1, 1, 9 and of 4, 4, 7, and the 7 stands on no foot.
    func testASerifFontsDigitsInGreyAreMeasuredAtTheCellsMidpoint() throws {
        func cell(_ name: String) throws -> PagePicture {
            let png = try PNGPicture(try Data(contentsOf: ImportFixtures.own("pictures/huaian-2024-cell-\(name).png")))
            return PagePicture(width: png.width, height: png.height, pixels: png.pixels)
        }
        let total = try cell("3119"), part = try cell("447")
        XCTAssertEqual(total.digitLoops(), [0, 0, 0, 0], "cut at the fixed threshold, the 9's hairline breaks")
        XCTAssertEqual(part.digitFeet(), [true, true, true])
        let totalShapes = try XCTUnwrap(total.inBlackAndWhite().shapes)
        XCTAssertEqual(totalShapes.digitLoops(), [0, 0, 0, 1])
        XCTAssertEqual(DigitLoops.fits("3119", pieces: totalShapes.digitLoops()), true)
        let partShapes = try XCTUnwrap(part.inBlackAndWhite().shapes)
        XCTAssertEqual(partShapes.digitLoops(), [1, 1, 0])
        XCTAssertEqual(DigitFeet.fits("447", feet: partShapes.digitFeet()), true)
        XCTAssertEqual(DigitShapes.said(by: "3119", loops: totalShapes.digitLoops(), feet: totalShapes.digitFeet()), nil)
        // A picture holding no ink has no midpoint.
        XCTAssertNil(PagePicture(width: 4, height: 4, pixels: [UInt8](repeating: 255, count: 16)).inBlackAndWhite().shapes)
    }
}
