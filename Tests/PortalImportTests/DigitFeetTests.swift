import Foundation
@testable import PortalImport
import XCTest

/// A figure's 2s and 7s checked against the feet of the cell's ink (`DigitFeet`): 西安临潼旅游商贸开发区 2024 (V3, a scan
/// 2–3° askew with specks) printed 三（四）2's 总计 `2` with two specks at its upper right, and Tesseract read `7` in both
/// readings, sure of it — written `7` on main, found only by the sum of the row after the import.
final class DigitFeetTests: XCTestCase {
    /// A real cell of the scan (`scanned-cells.py make`, read at 300 dpi), cut to its ink.
    private func cell(_ name: String) throws -> PagePicture {
        try XCTUnwrap(PagePicture(pgm: Data(contentsOf: ImportFixtures.own("scanned/digits/\(name).pgm"))))
    }

    func testA2StandsOnAFootAnd7OnNone() throws {
        XCTAssertEqual(try cell("lintong-2-read-7").digitFeet(), [true], "临潼's 2, its specks no piece")
        XCTAssertEqual(try cell("lintong-7").digitFeet(), [false], "a true 7 of the same scan (三（五）1's 总计)")
        XCTAssertEqual(try cell("23754").digitFeet(), [true, true, false, true, true], "2, 3, 7, 5, 4 of another scan: a 3 and a 5 end round and wide, a 4 on its stem's serif, asked of none")
        XCTAssertEqual(try cell("60-2").digitFeet().last, true, "a 2 wrapped under 60")
    }

    /// 淮安 2024's pages on toned paper, blurred (Gaussian, 0.6 px at 200 dpi) and saved as JPEG: the blur thinned a 2's
    /// diagonal away above its foot, which became a piece of its own under the rest (`huaian-blurred-26`, the cell as the
    /// import cut it, in black and white). Before session 58 the 2 stood on nothing: seven such 2s of the report said to
    /// be 7s, over the 12 cells to confirm a report may hold.
    func testA2WhoseFootTheBlurBrokeOffStillStandsOnIt() throws {
        let cell = try cell("huaian-blurred-26")
        XCTAssertEqual(cell.characterPieces().count, 2, "the foot is no character-sized piece: 2 and 6")
        XCTAssertEqual(cell.digitFeet().first, true)
        XCTAssertEqual(DigitFeet.fits("26", feet: cell.digitFeet()), true)
        // A speck under a 7 is no foot: it covers too little of the 7's width.
        XCTAssertEqual(try self.cell("lintong-7").digitFeet(), [false])
    }

    func testOnlyA2Or7TheFeetContradictDoesNotFit() {
        XCTAssertEqual(DigitFeet.fits("7", feet: [true]), false, "a 7 on a 2's foot")
        XCTAssertEqual(DigitFeet.fits("2", feet: [false]), false, "a 2 without its foot")
        XCTAssertEqual(DigitFeet.fits("2", feet: [true]), true)
        XCTAssertEqual(DigitFeet.fits("7", feet: [false]), true)
        XCTAssertEqual(DigitFeet.fits("1,273", feet: [true, true, false, true]), true, "a comma is no digit; 1 and 3 either way")
        XCTAssertNil(DigitFeet.fits("27", feet: [true]), "digits touching: the pieces tell nothing")
        XCTAssertNil(DigitFeet.fits("无", feet: [false]))
    }

    /// 临潼's cell as Tesseract read it (`7`, as cut out and softened): written to confirm, not taken for sure and not
    /// swapped for a 2; a true 7 and a true 2 are taken as read.
    func testA7OnA2sFootIsUnsure() throws {
        func line(_ text: String) -> [ScannedPages.Glyph] {
            text.enumerated().map { ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30, confidence: 96) }
        }
        func agreed(_ read: String, _ cell: PagePicture) -> String {
            ScannedPages.agreed([line(read)], [line(read)], loops: cell.digitLoops(), feet: cell.digitFeet())
                .map { $0.map { $0.text + ($0.unsure ? "?" : "") }.joined() }.joined()
        }
        XCTAssertEqual(agreed("7", try cell("lintong-2-read-7")), "7?")
        XCTAssertEqual(agreed("2", try cell("lintong-2-read-7")), "2")
        XCTAssertEqual(agreed("7", try cell("lintong-7")), "7")
        XCTAssertEqual(agreed("2", try cell("lintong-7")), "2?")
        XCTAssertEqual(agreed("23754", try cell("23754")), "23754")
    }
}
