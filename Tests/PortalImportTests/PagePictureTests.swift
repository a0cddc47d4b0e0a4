import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// A scanned page set upright and level before OCR (`PagePicture`, `UprightPages`), and Tesseract's
/// boxes and misreadings of a table's figures made good against the picture (`ScannedPages`).
final class PagePictureTests: XCTestCase {
    /// A white page of 18 lines of character-like blocks (30 pixels square, strokes 4 apart, lines of
    /// varied length) rising by `degrees` (anticlockwise), as a sheet fed askew prints them.
    private func page(rising degrees: Double, width: Int = 1600, height: Int = 1200) -> PagePicture {
        var pixels = [UInt8](repeating: 255, count: width * height)
        let slope = tan(degrees * .pi / 180)
        var seed = 7
        for line in 0..<18 {
            let baseline = 120.0 + Double(line) * 55
            seed = (seed * 1_103_515_245 + 12345) % (1 << 31)
            let end = width - 100 - seed % 600
            for left in stride(from: 100, to: end, by: 36) {
                for x in left..<min(left + 30, end) where (x - left) % 10 < 4 || x - left < 3 {
                    let top = Int((baseline - Double(x) * slope).rounded())
                    for y in max(0, top)..<min(height, top + 30) { pixels[y * width + x] = 0 }
                }
            }
        }
        return PagePicture(width: width, height: height, pixels: pixels)
    }

    func testAPGMIsReadAndWrittenBack() throws {
        let picture = PagePicture(width: 3, height: 2, pixels: [0, 10, 20, 30, 40, 255])
        XCTAssertEqual(PagePicture(pgm: picture.pgm), picture)
        // A comment in the header, and a maximum below 255 scaled up.
        XCTAssertEqual(PagePicture(pgm: Data("P5\n# pdftoppm\n2 1\n15\n".utf8) + Data([0, 15])), PagePicture(width: 2, height: 1, pixels: [0, 255]))
    }

    func testWhatIsNotAGreyPGMIsNoPicture() {
        for bad in [Data(), Data("P6\n2 1\n255\n".utf8) + Data([0, 0, 0, 0, 0, 0]), Data("P5\n2 2\n255\n".utf8) + Data([0, 0, 0]),
                    Data("P5\n2 1\n0\n".utf8) + Data([0, 0]), Data("P5\n2 x 1\n255\n".utf8) + Data([0, 0]), Data("P5\n0 1\n255\n".utf8)] {
            XCTAssertNil(PagePicture(pgm: bad), String(decoding: bad, as: UTF8.self))
        }
    }

    func testASheetFedAskewIsMeasuredAndLevelled() {
        for degrees in [0.6, -1.2, 2.5, -4.0] {
            let askew = page(rising: degrees)
            XCTAssertEqual(askew.skew(), degrees, accuracy: 0.05, "\(degrees)°")
            XCTAssertEqual(askew.turned(by: askew.skew()).skew(), 0, accuracy: 0.05, "\(degrees)° levelled")
        }
        XCTAssertEqual(page(rising: 0).skew(), 0, accuracy: 0.03)
        XCTAssertEqual(page(rising: 0).turned(by: 0), page(rising: 0), "turning by nothing changes nothing")
        XCTAssertEqual(PagePicture(width: 50, height: 40, pixels: [UInt8](repeating: 255, count: 2000)).skew(), 0, "a blank page is not askew")
    }

    func testAPageIsTurnedByQuarters() {
        // 1 2 3
        // 4 5 6
        let picture = PagePicture(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(picture.quarterTurned(clockwise: 1), PagePicture(width: 2, height: 3, pixels: [4, 1, 5, 2, 6, 3]))
        XCTAssertEqual(picture.quarterTurned(clockwise: 2), PagePicture(width: 3, height: 2, pixels: [6, 5, 4, 3, 2, 1]))
        XCTAssertEqual(picture.quarterTurned(clockwise: 3), PagePicture(width: 2, height: 3, pixels: [3, 6, 2, 5, 1, 4]))
        XCTAssertEqual(picture.quarterTurned(clockwise: 4), picture)
        XCTAssertEqual(picture.quarterTurned(clockwise: 1).quarterTurned(clockwise: 3), picture)
    }

    func testTesseractsOrientationIsTakenOnlyWhenItIsSure() {
        XCTAssertEqual(UprightPages.quarterTurns(osd: "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 5.34\nScript: Han\n"), 1)
        XCTAssertEqual(UprightPages.quarterTurns(osd: "Rotate: 180\nOrientation confidence: 14.58\n"), 2)
        XCTAssertEqual(UprightPages.quarterTurns(osd: "Rotate: 270\nOrientation confidence: 15.03\n"), 3)
        XCTAssertEqual(UprightPages.quarterTurns(osd: "Rotate: 90\nOrientation confidence: 1.20\n"), 0, "unsure")
        XCTAssertEqual(UprightPages.quarterTurns(osd: "Rotate: 0\nOrientation confidence: 15.9\n"), 0)
        XCTAssertEqual(UprightPages.quarterTurns(osd: "Too few characters. Skipping this page\n"), 0)
        XCTAssertEqual(UprightPages.quarterTurns(osd: "Rotate: 45\nOrientation confidence: 20\n"), 0)
    }

    func testWhatWasDoneToThePagesIsSaid() {
        XCTAssertNil(UprightPages.described([]))
        XCTAssertEqual(UprightPages.described([.init(page: 3, quarterTurns: 1, levelledBy: 0.775), .init(page: 4, quarterTurns: 0, levelledBy: -1.5)]),
                       "page 3 turned 90° to stand upright; pages 3, 4 levelled (askew by 0.78–1.50°)")
        XCTAssertEqual(UprightPages.described([.init(page: 2, quarterTurns: 2, levelledBy: 0)]), "page 2 turned 180° to stand upright")
    }

    /// Tesseract's boxes on a row of small zeros: one where the paper is white, one spanning the rest.
    func testAFiguresBoxIsFittedToItsInk() {
        var pixels = [UInt8](repeating: 255, count: 400 * 60)
        for left in [20, 150, 280] { for y in 10..<46 { for x in left..<(left + 24) { pixels[y * 400 + x] = 0 } } }
        let picture = PagePicture(width: 400, height: 60, pixels: pixels)
        func zero(_ left: Double, _ right: Double) -> ScannedPages.Glyph { .init(text: "0", left: left, top: 10, right: right, bottom: 46) }
        XCTAssertEqual(ScannedPages.fitted(zero(20, 44), to: picture, typicalHeight: 40), zero(20, 44), "a digit's own box is kept")
        XCTAssertNil(ScannedPages.fitted(zero(60, 110), to: picture, typicalHeight: 40), "no ink: no digit")
        XCTAssertEqual(ScannedPages.fitted(zero(150, 390), to: picture, typicalHeight: 40), zero(150, 174), "cut to the first digit it spans")
        let chinese = ScannedPages.Glyph(text: "规", left: 60, top: 10, right: 110, bottom: 46)
        XCTAssertEqual(ScannedPages.fitted(chinese, to: picture, typicalHeight: 40), chinese, "only figures are fitted")
    }

    func testALoneLetterOIsAZeroAndALatinWordStays() {
        func glyph(_ text: String, _ left: Double) -> ScannedPages.Glyph { .init(text: text, left: left, top: 0, right: left + 20, bottom: 40) }
        let line = [glyph("O", 100), glyph("1", 300), glyph("O", 322), glyph("O", 600), glyph("A", 622), glyph("o", 900)]
        XCTAssertEqual(ScannedPages.zerosRead(in: line, typicalHeight: 40).map(\.text), ["0", "1", "0", "O", "A", "0"])
    }

    func testASpeckBeforeAFigureIsNoPoint() {
        func glyph(_ text: String, _ left: Double) -> ScannedPages.Glyph { .init(text: text, left: left, top: 0, right: left + 20, bottom: 40) }
        let words = ScannedPages.words(of: [glyph(".", 100), glyph("0", 118), glyph("1", 400), glyph(".", 418), glyph("5", 436), glyph("2", 700), glyph(".", 718)], typicalHeight: 40)
        XCTAssertEqual(words.map(\.text), ["0", "1.5", "2."])
    }

    func testAFullStopAsTallAsACharacterIsATablesRule() {
        let rule = ScannedPages.Glyph(text: "。", left: 655, top: 434, right: 667, bottom: 491)
        let stop = ScannedPages.Glyph(text: "。", left: 655, top: 470, right: 667, bottom: 482)
        XCTAssertTrue(ScannedPages.isRule(rule, typicalHeight: 42))
        XCTAssertFalse(ScannedPages.isRule(stop, typicalHeight: 42))
        XCTAssertFalse(ScannedPages.isRule(.init(text: "川", left: 0, top: 0, right: 40, bottom: 42), typicalHeight: 42))
    }

    /// Read by OCR, （二） lost its numeral (`()`): the row's figures stand on that line (after a piece of
    /// the group's label), its words below.
    func testARowWhoseNumeralOCRLostTakesTheFiguresOnItsNumberingsLine() throws {
        let text = """
            三、本    (一)    0        0        0        0        0        0        0
            年度办   予以公开
            理结果    ()      1        0        0        0        0        0        1
                     部分公
                     开〈区
                     分处理
                     的，只
                     计这一
                     情形，
                     不计其
                     他情形)
            """
        let table = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"]?.table("applications"))
        let lines = TextExtractor.lines(of: text)
        let read = TableMapper(table: table, lines: lines, path: "x", misreadLabels: true).map()
        XCTAssertEqual(read.rows["disclosed"]?.map(\.display), ["0", "0", "0", "0", "0", "0", "0"])
        XCTAssertEqual(read.rows["partlyDisclosed"]?.map(\.display), ["1", "0", "0", "0", "0", "0", "1"])
        XCTAssertFalse(read.diagnostics.contains { $0.rule == "import-row-unplaced" }, "\(read.diagnostics)")
        // （七）总计, its numeral read as letters: the short label is taken where the misread numbering stands.
        let total = TableMapper(table: table, lines: TextExtractor.lines(of: """
                       3.其他   0        0        0        0        0        0        0
                       (tC)     3        0        0        0        0        0        3
                      总计
            四、结    0        0         0        0         0        0         0
            转下年
            度继续
            办理
            """), path: "x", misreadLabels: true).map()
        XCTAssertEqual(total.rows["closedTotal"]?.map(\.display), ["3", "0", "0", "0", "0", "0", "3"], "\(total.diagnostics)")
        XCTAssertEqual(total.rows["carriedForward"]?.map(\.display), ["0", "0", "0", "0", "0", "0", "0"])
        // A text layer's `()` is what was printed: not taken for a numbering.
        let printed = TableMapper(table: table, lines: lines, path: "x").map()
        XCTAssertTrue(printed.diagnostics.contains { $0.rule == "import-row-unplaced" }, "\(printed.diagnostics)")
    }

    /// Read by OCR from a 200-dpi JPEG of the reference, row 二's 1s were read as characters (`工`, `业`): its line ends in
    /// no figure, the label was found from `年结转` on, and a PDF's row printing its label alone is blank — the row was
    /// written blank where the page prints 1 0 0 0 0 0 1 (the checks cannot verify a blank). Now refused, naming the line.
    func testARowWhoseFiguresOCRReadAmongCharactersIsNotTakenForBlank() throws {
        let text = """
            一、本 2          0         0        0        0        0        2
            年新收
            政府信
            息公开
            申请数
            量
            二、上 工          0        0        0        0        0        业
            年结转
            政府信
            息公开
            申请数
            量
            """
        let table = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"]?.table("applications"))
        let columns = [122.5, 169.5, 216.3, 263.1, 309.9, 356.7, 403.5]
        func placed(_ text: String) -> [SourceLine] {
            TextExtractor.lines(of: text).map { line in
                var line = line
                if line.text.hasSuffix("2") { line.figureCentres = columns }
                return line
            }
        }
        let read = TableMapper(table: table, lines: placed(text), path: "x", misreadLabels: true).map()
        XCTAssertEqual(read.rows["received"]?.map(\.display), ["2", "0", "0", "0", "0", "0", "2"])
        XCTAssertNil(read.rows["carriedOver"], "written blank: \(read.rows["carriedOver"] ?? [])")
        let refusal = try XCTUnwrap(read.diagnostics.first { $0.rule == "import-incomplete-table" && $0.message.contains("row 二") }, "\(read.diagnostics)")
        XCTAssertTrue(refusal.message.contains("the line above its label (line 7: “二、上 工          0        0        0        0        0        业”) prints figures among characters OCR read"), refusal.message)
        // A row printing its label alone is blank, as printed.
        let blank = TableMapper(table: table, lines: placed(text.replacingOccurrences(of: "二、上 工          0        0        0        0        0        业", with: "二、上")),
                                path: "x", misreadLabels: true).map()
        XCTAssertEqual(blank.rows["carriedOver"]?.map(\.display), ["", "", "", "", "", "", ""], "\(blank.diagnostics)")
    }
}
