import Foundation
@testable import PortalImport
import XCTest

/// Set G's 高青县常家镇 2024 (grey, 300 dpi): Tesseract read the title's `人民政府2024年` right as one word `2024`, but its
/// character boxes slipped by one — 府's on the first 2's ink, the first 2's on the 0's, the 0's four pixels of blank paper
/// before the second 2 (`/tmp/scans85/look/g1.hocr`, page 1). The digit with no ink under its box was dropped and the year
/// read 224. Here the same boxes, moved by (−1100, −300), on a picture of the title's runs of ink (measured on the page).
final class InklessDigitsTests: XCTestCase {
    /// The title's ink: 府 2 0 2 4 年, each a solid block across the line (x from, x to), rows 37–106.
    private static let ink = [(55, 137), (168, 210), (225, 270), (279, 326), (339, 389), (407, 499)]

    private func read(_ glyphs: [ScannedPages.Glyph], ink: [(Int, Int)] = InklessDigitsTests.ink) throws -> [String] {
        let (width, height) = (600, 160)
        var pixels = [UInt8](repeating: 235, count: width * height)
        for (from, to) in ink { for y in 37...106 { for x in from...to { pixels[y * width + x] = 10 } } }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("inkless-\(UUID().uuidString).pgm")
        try PagePicture(width: width, height: height, pixels: pixels).pgm.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let page = ScannedPages.PageRead(size: [0, 0, Double(width), Double(height)], lines: [glyphs])
        return ScannedPages.pages(read: [page], pictures: [file.path]).first?.words.map(\.text) ?? []
    }

    /// Tesseract's boxes as it gave them: the digits one word (`word_1_10`), 府 and 年 words of their own.
    private func title(zeroInItsWord: Bool = true, cell: Int? = nil) -> [ScannedPages.Glyph] {
        func glyph(_ text: String, _ box: (Double, Double, Double, Double), word: Int) -> ScannedPages.Glyph {
            var glyph = ScannedPages.Glyph(text: text, left: box.0, top: box.1, right: box.2, bottom: box.3)
            glyph.word = word
            glyph.cell = cell
            return glyph
        }
        return [glyph("府", (110, 28, 182, 112), word: 9), glyph("2", (212, 37, 271, 106), word: 10),
                glyph("0", (272, 93, 276, 97), word: zeroInItsWord ? 10 : 11),
                glyph("2", (283, 37, 327, 105), word: zeroInItsWord ? 10 : 12), glyph("4", (339, 37, 385, 105), word: zeroInItsWord ? 10 : 12),
                glyph("年", (455, 28, 557, 112), word: 13)]
    }

    func testADigitTesseractReadInsideAFigureIsKeptWhereItsBoxFindsNoInk() throws {
        XCTAssertEqual(try read(title()), ["府", "2024", "年"], "before: 224")
    }

    /// A digit in a word of its own, with no ink under its box, is no print (a zero read on white paper): dropped as before.
    func testADigitAloneWithNoInkIsDropped() throws {
        XCTAssertEqual(try read(title(zeroInItsWord: false)), ["府", "224", "年"])
    }

    /// A row of zeros a column apart (a page read whole, xiasha-2021-askew's table 四) read as one word `000`, the middle
    /// zero's box on the white paper between: no print, dropped — kept, it joined the two zeros into `000`.
    func testAZeroReadBetweenFiguresAColumnApartIsDropped() throws {
        func zero(_ left: Double, _ right: Double) -> ScannedPages.Glyph {
            var glyph = ScannedPages.Glyph(text: "0", left: left, top: 37, right: right, bottom: 106)
            glyph.word = 1
            return glyph
        }
        var label = ScannedPages.Glyph(text: "府", left: 55, top: 28, right: 137, bottom: 112)
        label.word = 0
        XCTAssertEqual(try read([label, zero(168, 211), zero(300, 310), zero(407, 499)], ink: [(55, 137), (168, 210), (407, 499)]), ["府", "0", "0"])
    }

    /// In a table's cell the kept digit's figure is to confirm where its ink runs do not count its digits (three runs
    /// under the boxes' span, four digits read), and sure where they do (the 0's box slipped, its ink in the span).
    func testInACellTheFigureIsToConfirmUnlessItsInkCountsItsDigits() throws {
        XCTAssertEqual(try read(title(cell: 4)), ["府", "2024" + String(CellText.unsureMark), "年"])
        var boxed = title(cell: 4)
        (boxed[1].left, boxed[1].right) = (168, 211)
        (boxed[2].left, boxed[2].right) = (212, 216)
        XCTAssertEqual(try read(boxed), ["府", "2024", "年"])
    }

    /// The same title read again by the import (its page levelled, its cells cut out): the first 2 boxed on its ink, the 0 on
    /// the second 2's stroke, the 0's own ink in no box. Four digits, four runs of ink between the figure's ends: each digit
    /// boxed on its run, one word. Before, `2` and `024` stood 68 pixels apart, two words, and no year was read.
    func testAFiguresDigitsAreBoxedOnItsRunsOfInkWhereTheyCountAlike() throws {
        var read = title()
        (read[1].left, read[1].right) = (168, 211)
        (read[2].left, read[2].right) = (281, 285)
        XCTAssertEqual(try self.read(read), ["府", "2024", "年"])
        // Three runs for four digits: the boxes are left as fitted (the 2 and the 0 a gap apart).
        XCTAssertEqual(try self.read(read, ink: Self.ink.filter { $0.0 != 225 }), ["府", "2", "024", "年"])
    }

    /// The title's digits one word, boxed as given (府 and 年 words of their own, on their own ink).
    private func figure(_ digits: [(String, Double, Double)], cell: Int? = nil) -> [ScannedPages.Glyph] {
        func glyph(_ text: String, _ left: Double, _ right: Double, word: Int) -> ScannedPages.Glyph {
            var glyph = ScannedPages.Glyph(text: text, left: left, top: LabelText.isIdeograph(text.first ?? " ") ? 28 : 37,
                                           right: right, bottom: LabelText.isIdeograph(text.first ?? " ") ? 112 : 106)
            glyph.word = word
            glyph.cell = cell
            return glyph
        }
        return [glyph("府", 55, 138, word: 1)] + digits.map { glyph($0.0, $0.1, $0.2, word: 2) } + [glyph("年", 407, 500, word: 3)]
    }

    /// Round eighty-six's Left: a digit with no ink at a figure's end was dropped. Here the 4's box slipped onto the paper
    /// past its ink (392–404), the 4's ink in no box: four runs of ink for four digits read, so the 4 is kept on its run —
    /// in the text as read, in a cell to confirm (a mark printed beside a figure would vouch alike). Before: `202`.
    func testALastDigitWhoseBoxSlippedOffItsInkIsKeptWhereTheInkCountsIt() throws {
        let slipped = [("2", 168.0, 211.0), ("0", 225, 271), ("2", 279, 327), ("4", 392, 404)]
        XCTAssertEqual(try read(figure(slipped)), ["府", "2024", "年"], "before: 202")
        XCTAssertEqual(try read(figure(slipped, cell: 3)), ["府", "2024" + String(CellText.unsureMark), "年"], "before: 202, sure")
    }

    /// The boxes slipped the other way: the first 2's on the paper before its ink, each other digit's on the ink before its
    /// own, the 4's ink in no box. Before: `024`.
    func testAFirstDigitWhoseBoxSlippedOffItsInkIsKeptWhereTheInkCountsIt() throws {
        XCTAssertEqual(try read(figure([("2", 145, 160), ("0", 168, 211), ("2", 225, 271), ("4", 279, 327)])), ["府", "2024", "年"], "before: 024")
    }

    /// A zero read on the white paper beside a figure (no ink there, none unboxed): no print, dropped, the figure sure.
    func testAPhantomZeroAtAFiguresEndIsDroppedAsBefore() throws {
        let ink = [(55, 137), (168, 210), (407, 499)]
        XCTAssertEqual(try read(figure([("2", 168, 211), ("0", 230, 270)], cell: 3), ink: ink), ["府", "2", "年"])
        XCTAssertEqual(try read(figure([("2", 168, 211), ("0", 230, 270)]), ink: ink), ["府", "2", "年"])
    }

    /// Three digits read on four runs of a figure's ink, the last one's box on blank paper: the ink does not count the
    /// reading, so the 4 is dropped as before — but in a cell the figure is to confirm, its ink wider than its digits.
    /// Before: `20`, written sure (printed 2024).
    func testAFigureBesideUnboxedInkOfADigitIsToConfirmWhereTheInkDoesNotCountIt() throws {
        XCTAssertEqual(try read(figure([("2", 168, 211), ("0", 225, 271), ("4", 392, 404)], cell: 3)), ["府", "20" + String(CellText.unsureMark), "年"], "before: 20")
        XCTAssertEqual(try read(figure([("2", 168, 211), ("0", 225, 271), ("4", 392, 404)])), ["府", "20", "年"], "in the text: as before")
    }

    func testInkRunsAreCountedAcrossTheRows() {
        var pixels = [UInt8](repeating: 255, count: 100 * 10)
        for x in [10, 11, 13, 40, 41, 60] { pixels[5 * 100 + x] = 0 }
        let picture = PagePicture(width: 100, height: 10, pixels: pixels)
        XCTAssertEqual(ScannedPages.inkRuns(in: picture, columns: 0...99, rows: 0...9), [10...13, 40...41, 60...60], "a gap of one column is within a digit")
        XCTAssertEqual(ScannedPages.inkRuns(in: picture, columns: 0...99, rows: 0...4), [])
        XCTAssertEqual(ScannedPages.inkRuns(in: picture, columns: 150...200, rows: 0...9), [], "off the picture")
    }
}
