import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A scanned table read cell by cell (`PageCells`, `ScannedPages.placing`): each cell's reading placed on its page,
/// what OCR is unsure of marked so that its row is refused naming the cell, never written as read nor read short.
final class ScannedCellsTests: XCTestCase {
    /// One hOCR page holding the characters given (text, left, x_conf), each 20 × 30 pixels on one line.
    private func reading(_ characters: [(String, Int, Double)]) -> ScannedPages.PageRead {
        let spans = characters.map { text, left, confidence in
            "<span class='ocrx_cinfo' title='x_bboxes \(left) 10 \(left + 20) 40; x_conf \(confidence)'>\(text)</span>"
        }.joined()
        let hocr = "<html><body><div class='ocr_page' title='bbox 0 0 200 60'>"
            + (characters.isEmpty ? "" : "<span class='ocr_line' title='bbox 0 10 200 40'>\(spans)</span>") + "</div></body></html>"
        return ScannedPages.read(hocr: Data(hocr.utf8))[0]
    }

    func testEachCellsReadingStandsWhereItsCellIsAndWhatOCRIsUnsureOfIsMarked() {
        // A label read on the page itself; four cells of its row beside it, read alone.
        let page = ScannedPages.read(hocr: Data("""
            <html><body><div class='ocr_page' title='bbox 0 0 2550 3300'><span class='ocr_line' title='bbox 300 1000 400 1040'>\
            <span class='ocrx_cinfo' title='x_bboxes 300 1000 340 1040; x_conf 96'>规</span>\
            <span class='ocrx_cinfo' title='x_bboxes 345 1000 385 1040; x_conf 96'>章</span></span></div></body></html>
            """.utf8))
        let dash = ScannedPages.Glyph(text: "—", left: 60, top: 25, right: 110, bottom: 29)
        let unread = ScannedPages.Glyph(text: "⁇", left: 60, top: 10, right: 90, bottom: 45)
        let cells = [
            ScannedPages.CellToRead(path: "a", softenedPath: "a2", page: 0, left: 800, top: 990, ifReadNothing: nil),
            ScannedPages.CellToRead(path: "b", softenedPath: "b2", page: 0, left: 1100, top: 990, ifReadNothing: nil),
            ScannedPages.CellToRead(path: "c", softenedPath: "c2", page: 0, left: 1400, top: 990, ifReadNothing: dash),
            ScannedPages.CellToRead(path: "d", softenedPath: "d2", page: 0, left: 1700, top: 990, ifReadNothing: unread),
        ]
        let readings = [reading([("1", 60, 99), ("2", 82, 98.5)]), reading([("9", 60, 62)]), reading([]), reading([])]
        let placed = ScannedPages.placing(readings.map { ScannedPages.CellReadings(sharp: $0, softened: $0) }, of: cells, on: page)
        let words = ScannedPages.pages(read: placed)[0].words
        XCTAssertEqual(words.map(\.text), ["规章", "12", "9⁇", "—", "⁇"])
        // Each word knows the cell it was read in (a figure wrapped in its cell is joined by that); the page's own text, none.
        XCTAssertEqual(words.map(\.cell), [nil, 0, 1, 2, 3])
        // Moved by the cell's corner: the figure 12 from 860 to 902 pixels across, in points.
        XCTAssertEqual(words[1].xMin, 860 * 72 / 300, accuracy: 0.01)
        XCTAssertEqual(words[1].xMax, 902 * 72 / 300, accuracy: 0.01)
        XCTAssertEqual(words[1].yMin, 1000 * 72 / 300, accuracy: 0.01)
    }

    /// A cell's dash read as 一 or as two of them (`一一`: 厦门's V3 scan, a speck's gap in a long dash): the dash. Before,
    /// `一一` ended the row's cells and the six before it were placed by their columns, blank (silent).
    func testACellsDashReadAsOneOrTwoCharactersIsTheDash() {
        let page = ScannedPages.PageRead(size: [0, 0, 2550, 3300], lines: [])
        let cells = (0..<3).map { ScannedPages.CellToRead(path: "\($0)", softenedPath: "s\($0)", page: 0, left: 800 + 300 * $0, top: 990, ifReadNothing: nil) }
        let readings = [reading([("一", 60, 90), ("一", 80, 90)]), reading([("一", 60, 90)]), reading([("一", 60, 90), ("二", 80, 90)])]
        let placed = ScannedPages.placing(readings.map { ScannedPages.CellReadings(sharp: $0, softened: $0) }, of: cells, on: [page])
        let words = ScannedPages.pages(read: placed)[0].words
        XCTAssertEqual(words.map(\.text), ["—", "—", "一二"])
        XCTAssertEqual(words[0].xMax, 900 * 72 / 300, accuracy: 0.01, "the dash spans both")
    }

    /// A cell's words carry its band, its picture's top to bottom on the page in points (a row's cells share it:
    /// `PDFWordBoxes.joiningRowBands`), levelled with them.
    func testACellsWordsCarryItsBand() {
        let page = ScannedPages.PageRead(size: [0, 0, 2550, 3300], lines: [])
        let cell = ScannedPages.CellToRead(path: "a", softenedPath: "a2", page: 0, left: 800, top: 990, height: 70, ifReadNothing: nil)
        let placed = ScannedPages.placing([reading([("1", 60, 99)])].map { ScannedPages.CellReadings(sharp: $0, softened: $0) }, of: [cell], on: [page])
        let band = ScannedPages.pages(read: placed)[0].words.first?.cellBand
        XCTAssertEqual(band?.lowerBound ?? 0, 990 * 72 / 300, accuracy: 0.01)
        XCTAssertEqual(band?.upperBound ?? 0, 1060 * 72 / 300, accuracy: 0.01)
        var glyph = ScannedPages.Glyph(text: "1", left: 0, top: 10, right: 20, bottom: 40)
        glyph.cellBand = 0...70
        XCTAssertEqual(glyph.moved(x: 5, y: -3).cellBand, -3...67, "moved, levelled, with its character")
    }

    /// Each cell is read as scanned and softened: the same figure is taken; two figures are read a third time (the sharp
    /// picture as one word), the softened figure taken if the third gives it too, else unsure; a figure beside
    /// letters or nothing is the figure (a sharp 4 softened reads `f`); of two labels the longer (softened, a wrapped
    /// label's lost line is read).
    func testACellsTwoReadingsAreAgreedOrItsFigureUnsure() {
        func line(_ text: String, confidence: Double = 99) -> [ScannedPages.Glyph] {
            text.enumerated().map { ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30, confidence: confidence) }
        }
        func agreed(_ sharp: [[ScannedPages.Glyph]], _ softened: [[ScannedPages.Glyph]], asOneWord: [[ScannedPages.Glyph]]? = nil) -> [String] {
            ScannedPages.agreed(sharp, softened, asOneWord: asOneWord).map { $0.map { $0.text + ($0.unsure ? "?" : "") }.joined() }
        }
        XCTAssertEqual(agreed([line("36")], [line("36")]), ["36"])
        XCTAssertEqual(agreed([line("9")], [line("5")]), ["9?"])
        // Two figures: the cell read as one word is the third; two of three are taken, else unsure.
        XCTAssertEqual(agreed([line("9")], [line("5")], asOneWord: [line("5")]), ["5"])
        // The third reading is of the sharp picture again: agreeing with the sharp reading, it is one picture read twice
        // (a grey scan's 179.73 read 173.73 sharp and as one word, 179.73 softened: written 173.73 by two of three).
        XCTAssertEqual(agreed([line("9")], [line("5")], asOneWord: [line("9")]), ["9?"])
        XCTAssertEqual(agreed([line("173.73")], [line("179.73")], asOneWord: [line("173.73")]), ["1?7?3?.?7?3?"])
        XCTAssertEqual(agreed([line("9")], [line("5")], asOneWord: [line("3")]), ["9?"])
        XCTAssertEqual(agreed([line("9")], [line("5")], asOneWord: [line("S")]), ["9?"])
        XCTAssertEqual(agreed([line("4")], [line("f")]), ["4"])
        XCTAssertEqual(agreed([], [line("5")]), ["5"])
        XCTAssertEqual(agreed([line("1")], [line("1", confidence: 60)]), ["1"], "the sharp reading's confidence")
        XCTAssertEqual(agreed([line("7", confidence: 60)], [line("7")]), ["7?"])
        XCTAssertEqual(agreed([line("6.属于四"), line("信息")], [line("6.属于四"), line("类过程性"), line("信息")]), ["6.属于四", "类过程性", "信息"])
        XCTAssertEqual(agreed([line("2其他法律"), line("行政法规禁")], [line("2其他法律"), line("THAME")]), ["2其他法律", "行政法规禁"], "Chinese before Latin letters")
        XCTAssertEqual(agreed([line("无")], [line("无")]), ["无"])
        XCTAssertEqual(agreed([], []), [])
    }

    /// 淮安 2024's table 二 `26` (Times New Roman, clean, 300 dpi) read `20` as cut out and softened alike, `26` as one word:
    /// a figure of two digits or more holding a digit that closes a loop is read a third time, and a third figure
    /// otherwise makes it to confirm (never changes it); a lone digit, or a figure of none, is not read again.
    func testAgreedReadingsOfLoopedDigitsAreReadAThirdTime() {
        func line(_ text: String) -> [ScannedPages.Glyph] {
            text.enumerated().map { ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30) }
        }
        func agreed(_ both: String, asOneWord: String?) -> String {
            ScannedPages.agreed([line(both)], [line(both)], asOneWord: asOneWord.map { [line($0)] }).map { $0.map { $0.text + ($0.unsure ? "?" : "") }.joined() }.joined()
        }
        XCTAssertEqual(agreed("20", asOneWord: "26"), "2?0?")
        XCTAssertEqual(agreed("20", asOneWord: "20"), "20")
        XCTAssertEqual(agreed("20", asOneWord: "ZO"), "20", "a third reading of no figure tells nothing")
        XCTAssertEqual(agreed("20", asOneWord: nil), "20")
        func page(_ text: String) -> ScannedPages.PageRead {
            ScannedPages.PageRead(size: [200, 60], lines: [line(text)])
        }
        XCTAssertTrue(ScannedPages.loopsToConfirm(page("20"), page("20")))
        XCTAssertTrue(ScannedPages.loopsToConfirm(page("3,119"), page("3,119")))
        XCTAssertFalse(ScannedPages.loopsToConfirm(page("0"), page("0")), "a lone zero: most of a report's cells")
        XCTAssertFalse(ScannedPages.loopsToConfirm(page("12"), page("12")))
        XCTAssertFalse(ScannedPages.loopsToConfirm(page("20"), page("26")), "disputed already")
    }

    /// 淮安 2024's serif `1` alone in table 二's cell, read `]` as cut out and softened (300 dpi grey; `l` at 200): a 1 to
    /// confirm, not a rule's mark stripped (its row then short, refused); a bracket beside other characters, or two
    /// readings not alike in that way, stay as they are.
    func testASerifOneReadAsABracketOrABarIsAOneToConfirm() {
        func line(_ text: String) -> [ScannedPages.Glyph] {
            text.enumerated().map { ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30) }
        }
        func agreed(_ sharp: String, _ softened: String) -> String {
            ScannedPages.agreed(sharp.isEmpty ? [] : [line(sharp)], softened.isEmpty ? [] : [line(softened)]).map { $0.map { $0.text + ($0.unsure ? "?" : "") }.joined() }.joined()
        }
        XCTAssertEqual(agreed("]", "]"), "1?")
        XCTAssertEqual(agreed("l", "|"), "1?")
        XCTAssertEqual(agreed("", "丨"), "1?")
        XCTAssertEqual(agreed("]", "无"), "无", "a reading of another character: not a 1")
        XCTAssertEqual(agreed("其他]", "其他]"), "其他]")
        XCTAssertEqual(agreed("", ""), "")
    }

    /// Two serif 1s side by side, blurred (淮安 2024 toned, blurred and saved as JPEG: 三（四）2's 总计 `11`), the first's
    /// flag broken off its stem: read `i l` both ways, the row then found with no cells (`import-incomplete-table`). Ones
    /// to confirm, one word, where the cell's ink is as many pieces closing no loop; else what was read.
    func testSerifOnesReadAsLettersAreOnesToConfirmWhereTheInkIsAsManyPieces() throws {
        func line(_ text: String) -> [ScannedPages.Glyph] {
            text.enumerated().map { ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30, word: $0.offset) }
        }
        func agreed(_ sharp: String, _ softened: String, loops: [Int]) -> [ScannedPages.Glyph] {
            ScannedPages.agreed([line(sharp)], [line(softened)], loops: loops).joined().map { $0 }
        }
        let ones = agreed("il", "il", loops: [0, 0])
        XCTAssertEqual(ones.map { $0.text + ($0.unsure ? "?" : "") }.joined(), "1?1?")
        XCTAssertEqual(Set(ones.map(\.word)).count, 1, "one word: one figure, 11")
        let cell = try XCTUnwrap(PagePicture(pgm: Data(contentsOf: ImportFixtures.own("scanned/digits/huaian-blurred-11.pgm"))))
        XCTAssertEqual(agreed("il", "il", loops: cell.digitLoops()).map(\.text).joined(), "11", "the real cell: two pieces, no loop")
        XCTAssertEqual(agreed("il", "il", loops: [0]).map(\.text).joined(), "il", "the ink one piece: not two ones")
        XCTAssertEqual(agreed("il", "il", loops: [0, 1]).map(\.text).joined(), "il", "a piece closing a loop is no 1")
        XCTAssertEqual(agreed("il", "l", loops: [0, 0]).map(\.text).joined(), "il", "the readings differ in length")
        XCTAssertEqual(agreed("i", "i", loops: []).map(\.text).joined(), "1", "a lone 1 whose flag broke off, as before without the ink's pieces")
    }

    /// A cell read as a few Latin letters alone (`VW`: 淮安 2024 toned and blurred, a faint serif `11`) holds no print a
    /// table's cell holds: its ink is marked unread, to confirm, rather than letters that end the row's figures (the row
    /// then found with none). A label's letters among Chinese, and a cell with no ink, are as before.
    func testACellReadAsAFewLettersAloneIsInkUnread() {
        func line(_ text: String) -> [ScannedPages.Glyph] {
            text.split(separator: " ").enumerated().map { ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30, confidence: 95) }
        }
        func placed(_ sharp: String, _ softened: String, ink: Bool = true) -> String {
            let page = { (text: String) in ScannedPages.PageRead(size: [0, 0, 100, 40], lines: text.isEmpty ? [] : [line(text)]) }
            let mark = ScannedPages.Glyph(text: String(CellText.unsureMark), left: 2, top: 2, right: 30, bottom: 30)
            let cell = ScannedPages.CellToRead(path: "c.pgm", softenedPath: "s.pgm", page: 0, left: 100, top: 200, height: 40, ifReadNothing: ink ? mark : nil)
            let pages = ScannedPages.placing([ScannedPages.CellReadings(sharp: page(sharp), softened: page(softened))], of: [cell],
                                             on: [ScannedPages.PageRead(size: [0, 0, 1000, 1000], lines: [])])
            return pages[0].lines.map { $0.map(\.text).joined(separator: " ") }.joined(separator: "/")
        }
        XCTAssertEqual(placed("V W", "i"), "⁇")
        XCTAssertEqual(placed("ab", "ab"), "⁇")
        XCTAssertEqual(placed("V W", "V W", ink: false), "", "no ink: nothing")
        XCTAssertEqual(placed("11", "11"), "11")
        XCTAssertEqual(placed("其他 A", "其他 A"), "其他 A", "letters among Chinese: a label's")
        XCTAssertEqual(placed("ABCD", "ABCD"), "ABCD", "a word of four letters is left as read")
    }

    /// A label the English model read as Latin letters (`3.fEk“=` for 3.危及“三, 海南省工信厅 2022's scan: its row not
    /// found) is read again in Chinese alone, and that reading taken where it holds more Chinese characters.
    func testALabelReadAsLettersIsReadInChineseAlone() {
        func line(_ text: String) -> [ScannedPages.Glyph] {
            text.enumerated().map { ScannedPages.Glyph(text: String($0.element), left: Double(20 * $0.offset), top: 0, right: Double(20 * $0.offset + 18), bottom: 30, confidence: 95) }
        }
        func page(_ lines: [String]) -> ScannedPages.PageRead { ScannedPages.PageRead(size: [0, 0, 200, 60], lines: lines.map(line)) }
        func text(_ lines: [[ScannedPages.Glyph]]) -> [String] { lines.map { $0.map(\.text).joined() } }
        let misread = [line("3.fEk“="), line("安全一稳"), line("定”")]
        XCTAssertTrue(ScannedPages.lettered(ScannedPages.CellReadings(sharp: page(["3.fEk“=", "安全一稳"]), softened: page(["3.fEk“="]))))
        XCTAssertFalse(ScannedPages.lettered(ScannedPages.CellReadings(sharp: page(["36"]), softened: page(["3b"]))), "a figure is read as one")
        XCTAssertFalse(ScannedPages.lettered(ScannedPages.CellReadings(sharp: page(["安全一稳"]), softened: page(["安全一稳"]))))
        XCTAssertEqual(text(ScannedPages.agreed(misread, misread, inChineseAlone: [line("3.危及“三"), line("安全一稳"), line("定”")])),
                       ["3.危及“三", "安全一稳", "定”"])
        XCTAssertEqual(text(ScannedPages.agreed(misread, misread, inChineseAlone: [line("3.")])), ["3.fEk“=", "安全一稳", "定”"], "fewer Chinese characters")
    }

    /// Ink in a cell that Tesseract read nothing from: a flat bar (a dash, a hyphen) is the dash it was printed as; any
    /// other ink is marked unread, dust included: refused, never read as a blank.
    func testInkReadAsNothingIsADashOrMarkedUnread() {
        func cell(_ ink: [(x: Range<Int>, y: Range<Int>)]) -> PagePicture {
            var picture = PagePicture(width: 120, height: 80, pixels: [UInt8](repeating: 255, count: 120 * 80))
            for block in ink { for y in block.y { for x in block.x { picture.pixels[y * 120 + x] = 0 } } }
            return picture
        }
        let dash = ScannedPages.unreadInk(in: cell([(30..<80, 38..<42)]))
        XCTAssertEqual(dash?.text, "—")
        XCTAssertEqual(dash.map { [$0.left, $0.top, $0.right, $0.bottom] }, [30, 38, 80, 42])
        XCTAssertEqual(ScannedPages.unreadInk(in: cell([(50..<66, 25..<55)]))?.text, "⁇", "a figure's height of ink")
        XCTAssertEqual(ScannedPages.unreadInk(in: cell([(50..<62, 38..<41)]))?.text, "—", "a hyphen")
        XCTAssertEqual(ScannedPages.unreadInk(in: cell([(10..<13, 10..<13), (90..<94, 60..<63)]))?.text, "⁇", "specks: refused, never a blank")
        XCTAssertNil(ScannedPages.unreadInk(in: cell([])))
    }
}
