import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// The figure a cell's ink is shaped as, told beside OCR's reading where the shape denies it (`DigitShapes`): before,
/// 临潼 2024's 三（四）2 × 总计 (a 2 with two specks, read `7`) was written `7?` with a warning naming only the `7` and
/// the reason in general words; the operator was not told the ink stands on a 2's foot. Now the warning names both
/// (“read 7, its shape says 2”), the cell still written `7?`: never swapped.
final class DigitShapesTests: XCTestCase {
    /// A real cell of the scans (`scanned-cells.py make`, read at 300 dpi), cut to its ink.
    private func cell(_ name: String) throws -> PagePicture {
        try XCTUnwrap(PagePicture(pgm: Data(contentsOf: ImportFixtures.own("scanned/digits/\(name).pgm"))))
    }

    func testEachDeniedDigitIsItsTwin() {
        XCTAssertEqual(DigitShapes.said(by: "7", loops: [0], feet: [true]), "2", "a 7 on a 2's foot")
        XCTAssertEqual(DigitShapes.said(by: "2", loops: [0], feet: [false]), "7", "a 2 on no foot")
        XCTAssertEqual(DigitShapes.said(by: "975", loops: [0, 0, 0], feet: [false, false, false]), "575", "a 9 with no loop")
        XCTAssertEqual(DigitShapes.said(by: "15", loops: [0, 1], feet: []), "19", "a 5 closing a loop; feet not measured")
        XCTAssertEqual(DigitShapes.said(by: "1,273", loops: [0, 0, 0, 0], feet: [true, true, true, true]), "1,223", "a comma is no digit")
        XCTAssertNil(DigitShapes.said(by: "72", loops: [0, 0], feet: [false, true]), "the shape denies nothing")
        XCTAssertNil(DigitShapes.said(by: "0", loops: [0], feet: [true]), "a 0 with no loop: no one twin")
        XCTAssertEqual(DigitShapes.said(by: "97", loops: [0, 0], feet: [false, false]), "57", "one digit denied, the other kept")
        XCTAssertNil(DigitShapes.said(by: "27", loops: [0], feet: [true]), "digits touching: the pieces tell nothing")
        XCTAssertEqual(DigitShapes.said(by: "0", loops: [1], feet: [false], places: [.low]), "6", "a 0 whose loop lies low")
        XCTAssertEqual(DigitShapes.said(by: "20", loops: [0, 1], feet: [true, false], places: [nil, .high]), "29", "a 0 whose loop lies high")
        XCTAssertEqual(DigitShapes.said(by: "16", loops: [0, 1], feet: [], places: [nil, .whole]), "10", "a 6 whose loop spans its height")
        XCTAssertEqual(DigitShapes.said(by: "50", loops: [1, 1], feet: [], places: [.low, .whole]), "60", "a 5 closing a loop low: a 6's place, or a 5 blurred shut")
        XCTAssertEqual(DigitShapes.said(by: "50", loops: [1, 1], feet: [], places: [.high, .whole]), "90", "a 5 closing a loop high, as a 9's")
        XCTAssertNil(DigitShapes.said(by: "60", loops: [1, 1], feet: [], places: [.low, .whole]), "each loop where its digit's lies")
        XCTAssertEqual(DigitShapes.why(reading: "0", shapeSays: "6"), "a 0's loop spans its height, the ink's lies low as a 6's")
    }

    /// From the cells' pictures, as `portal import --ocr` reads them after Tesseract: the cell's token carries the reading
    /// and the figure the ink is shaped as; a true 7 and a true 2 carry neither mark nor shape.
    func testACellsTokenCarriesTheFigureItsInkIsShapedAs() throws {
        func token(_ read: String, _ picture: PagePicture) -> [String] {
            let line = read.enumerated().map {
                ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30, confidence: 96, cell: 1)
            }
            let agreed = ScannedPages.agreed([line], [line], loops: picture.digitLoops(), feet: picture.digitFeet(), places: picture.loopPlaces())
            return agreed.flatMap { ScannedPages.words(of: $0, typicalHeight: 40) }.map(\.text)
        }
        XCTAssertEqual(try token("7", cell("lintong-2-read-7")), ["7≠2⁇"], "临潼's 2 read 7")
        XCTAssertEqual(try token("975", cell("575")), ["975≠575⁇"], "大泉塔's 575 read 975")
        XCTAssertEqual(try token("7", cell("lintong-7")), ["7"])
        XCTAssertEqual(try token("2", cell("lintong-2-read-7")), ["2"])
        XCTAssertEqual(try token("2", cell("lintong-7")), ["2≠7⁇"], "a 7's shape read 2")
        XCTAssertEqual(try token("50", cell("huaian-blurred-50")), ["50≠60⁇"], "淮安 2024 blurred: a 5's bowl shut low, not a 9's loop")
    }

    /// The token as the table's cell: written as read, to confirm; its warning names the reading and the shape's figure.
    func testTheWarningNamesBothFiguresAndTheCellIsWrittenAsRead() throws {
        let token = CellText.unsure("7", shapeSays: "2")
        XCTAssertTrue(CellText.isUnsure(token))
        XCTAssertTrue(CellText.isCellToken(token))
        XCTAssertEqual(UnconfirmedCells.value(token), .blank("7?"))
        let warning = UnconfirmedCells.warning(token, cell: "三（四）2 × 总计", at: SourceLocation(path: "临潼.pdf", line: 76), printed: "page 2, line 76")
        XCTAssertTrue(warning.message.contains("it read “7”, but the ink's shape says “2” (a 7 stands on no foot, the ink there on a 2's); written “7?” for you to confirm"), warning.message)
        let loops = UnconfirmedCells.warning(CellText.unsure("975", shapeSays: "575"), cell: "四 × 总计", at: SourceLocation(path: "奇台.pdf"), printed: "page 3")
        XCTAssertTrue(loops.message.contains("it read “975”, but the ink's shape says “575” (a 9 closes a loop, the ink there none); written “975?”"), loops.message)
        let shut = UnconfirmedCells.warning(CellText.unsure("50", shapeSays: "60"), cell: "三（一） × 法律服务机构", at: SourceLocation(path: "淮安.pdf"), printed: "page 4")
        XCTAssertTrue(shut.message.contains("it read “50”, but the ink's shape says “60” (a 5 closes no loop, the ink there one low, as a 6's or a 5's blurred shut)"), shut.message)
        // Without a shape's figure, as before; and no token but a figure's is taken for one.
        XCTAssertEqual(CellText.unsure("7", shapeSays: nil), "7⁇")
        XCTAssertEqual(CellText.unsure("7", shapeSays: "7"), "7⁇")
        XCTAssertTrue(UnconfirmedCells.warning("7⁇", cell: "x", at: SourceLocation(path: "p"), printed: "p").message.contains("a second reading differed"))
        XCTAssertFalse(CellText.isUnsure("7≠⁇"))
        XCTAssertFalse(CellText.isUnsure("≠2⁇"))
        XCTAssertFalse(CellText.isUnsure("7≠无⁇"))
    }
}
