import Foundation
@testable import PortalImport
import XCTest

/// A scanned table split into its cells before OCR (`PageCells`): what the rules enclose is a cell, read
/// alone; the page around it, slivers between double rules and empty cells are not.
final class PageCellsTests: XCTestCase {
    /// A white page at 300 dpi with a table of `rows` × `columns` cells (each 200 × 120 pixels, rules 2 pixels
    /// thick) from (300, 600), a block of ink (a character) in each cell but the blank ones, and a line of
    /// text above the table. `stepped`: each rule drawn as a scan prints it a little askew — in pieces of 40
    /// pixels, each a pixel lower (or to the right) than the one before, every piece one pixel thick.
    private func page(rows: Int = 3, columns: Int = 4, blank: Set<Int> = [], stepped: Bool = false) -> PagePicture {
        let width = 2000, height = 2400
        var pixels = [UInt8](repeating: 255, count: width * height)
        func ink(_ x: Int, _ y: Int) { pixels[y * width + x] = 0 }
        let left = 300, top = 600, cellWidth = 200, cellHeight = 120
        let right = left + columns * cellWidth, bottom = top + rows * cellHeight
        for row in 0...rows where rows > 0 {
            let y = top + row * cellHeight
            for x in left...right {
                if stepped { ink(x, y + ((x - left) / 40) % 2) } else { ink(x, y); ink(x, y + 1) }
            }
        }
        for column in 0...columns where columns > 0 {
            let x = left + column * cellWidth
            for y in top...bottom {
                if stepped { ink(x + ((y - top) / 40) % 2, y) } else { ink(x, y); ink(x + 1, y) }
            }
        }
        for row in 0..<rows {
            for column in 0..<columns where !blank.contains(row * columns + column) {
                let x = left + column * cellWidth + 80, y = top + row * cellHeight + 40
                for dy in 0..<30 { for dx in 0..<20 where dx < 4 || dy < 4 { ink(x + dx, y + dy) } }
            }
        }
        // A line of text above the table: short strokes, no rule.
        for character in 0..<20 {
            for dy in 0..<30 { for dx in 0..<30 where dx % 10 < 3 { ink(300 + character * 36 + dx, 400 + dy) } }
        }
        return PagePicture(width: width, height: height, pixels: pixels)
    }

    func testEachCellTheRulesEncloseIsCutOutWithItsPlace() {
        let split = PageCells(page(), resolution: 300)
        XCTAssertEqual(split.cells.count, 12)
        // Top to bottom, left to right; each cell's picture its region with a white margin, its corner on the page.
        let first = split.cells[0]
        // The rule at 300–301 is marked from 299 to 302 (a pixel beside ink counts), widened to 297–304: the cell
        // starts at 305, its picture a margin before.
        XCTAssertEqual(first.left, 305 - PageCells.margin)
        XCTAssertEqual(first.top, 605 - PageCells.margin)
        XCTAssertEqual(split.cells.map(\.top), [Int](repeating: split.cells[0].top, count: 4)
            + [Int](repeating: split.cells[4].top, count: 4) + [Int](repeating: split.cells[8].top, count: 4))
        XCTAssertEqual(split.cells[4].top - split.cells[0].top, 120)
        XCTAssertEqual(split.cells[1].left - split.cells[0].left, 200)
        // The cell's character is in its picture, where it stands on the page.
        let cell = split.cells[5]
        let x = 300 + 200 + 80 - cell.left, y = 600 + 120 + 40 - cell.top
        XCTAssertEqual(cell.picture.pixels[y * cell.picture.width + x], 0)
        XCTAssertEqual(cell.picture.pixels[0], 255)
        // Softened for a second reading: the stroke's middle still ink, its corner grey (a jagged edge smoothed).
        let softened = cell.picture.softened()
        XCTAssertLessThan(softened.pixels[(y + 10) * cell.picture.width + x + 1], PageCells.inkBelow, "the stroke's middle")
        XCTAssertTrue((100..<200).contains(softened.pixels[y * cell.picture.width + x]), "\(softened.pixels[y * cell.picture.width + x])")
        // The rest of the page: the table gone (rules and cells white), the text above kept.
        XCTAssertFalse(split.rest.pixels[600 * 2000 + 500 ..< 1000 * 2000].contains(0))
        XCTAssertTrue(split.rest.pixels[400 * 2000 ..< 430 * 2000].contains(0))
    }

    /// A scan's rules step from one line of pixels to the next and are one pixel thick: still rules, and the
    /// cells they enclose are not run together.
    func testRulesThatStepAsAScanPrintsThemStillEncloseTheirCells() {
        let split = PageCells(page(stepped: true), resolution: 300)
        XCTAssertEqual(split.cells.count, 12)
        XCTAssertEqual(Set(split.cells.map(\.picture.width)).count, 1, "\(split.cells.map(\.picture.width))")
    }

    /// A grey scan (paper at 214, as a darker sheet scanned in grey leaves it): what is cut away around a cell and painted
    /// out of the page is the page's paper, not white — white patches on grey paper make Tesseract take the paper for ink
    /// (a grey scan's page around its tables read as nothing, its headings 四 and 五 lost).
    func testWhatIsCutAwayOrPaintedOutOfAGreyScanIsItsPaper() {
        var grey = page()
        for index in grey.pixels.indices where grey.pixels[index] == 255 { grey.pixels[index] = 214 }
        XCTAssertEqual(PageCells.paper(of: grey), 214)
        XCTAssertEqual(PageCells.paper(of: page()), 255)
        let split = PageCells(grey, resolution: 300)
        XCTAssertEqual(split.cells.count, 12)
        XCTAssertEqual(Set(split.cells.flatMap(\.picture.pixels)), [0, 214], "a cell's margin and the rules around it the paper")
        XCTAssertEqual(Set(split.rest.pixels), [0, 214], "the table painted out in the paper")
        XCTAssertTrue(split.rest.pixels[400 * 2000 ..< 430 * 2000].contains(0), "the text above kept")
    }

    /// A grey cell (a grey JPEG's: paper 214, a stroke's middle 40, its edges shading through 90 and 170) in black and
    /// white at the midpoint of its ink (the median of its dark pixels, 40) and its paper: 127. A cell already black and
    /// white (white paper, black ink, the greys between its strokes' edges `pdftoppm` leaves) is none.
    func testAGreyCellIsReadSharpInBlackAndWhiteAtTheMidpointOfItsInkAndPaper() throws {
        var cell = PagePicture(width: 40, height: 40, pixels: [UInt8](repeating: 214, count: 1600))
        for y in 10..<30 {
            for x in 14..<26 { cell.pixels[y * 40 + x] = 40 }
            (cell.pixels[y * 40 + 13], cell.pixels[y * 40 + 26]) = (90, 90)
            (cell.pixels[y * 40 + 12], cell.pixels[y * 40 + 27]) = (170, 170)
        }
        let sharp = try XCTUnwrap(cell.inBlackAndWhite().sharp)
        XCTAssertEqual(Set(sharp.pixels), [0, 255])
        XCTAssertEqual((12...27).map { sharp.pixels[20 * 40 + $0] }, [255] + [UInt8](repeating: 0, count: 14) + [255], "90 ink, 170 paper")
        XCTAssertEqual(sharp.pixels[0], 255, "the grey paper white")
        // A paler print (its strokes 110): the midpoint follows its ink, 162, and an edge of 150 is ink.
        var paler = cell
        for index in paler.pixels.indices { paler.pixels[index] = [40: 110, 170: 150][paler.pixels[index]] ?? paler.pixels[index] }
        XCTAssertEqual(try XCTUnwrap(paler.inBlackAndWhite().sharp).pixels[20 * 40 + 12], 0)
        var blackAndWhite = cell
        for index in blackAndWhite.pixels.indices {
            blackAndWhite.pixels[index] = [214: 255, 40: 0][blackAndWhite.pixels[index]] ?? blackAndWhite.pixels[index]
        }
        XCTAssertNil(blackAndWhite.inBlackAndWhite().sharp)
        // Its digits' shapes are still measured cut at its midpoint (ink 0, paper 255: below 127 black), as it is.
        XCTAssertEqual(blackAndWhite.inBlackAndWhite().shapes?.pixels, blackAndWhite.pixels.map { $0 < 127 ? 0 : 255 })
        XCTAssertEqual(cell.inBlackAndWhite().shapes?.pixels, sharp.pixels, "a grey cell: one picture for both")
    }

    /// A grey scan's cell is written for its sharp reading in black and white, for its softened one as it is, softened:
    /// on a grey page the picture as cut and softened are nearly one picture, and their agreement would prove nothing.
    /// A black-and-white scan's cells are read as before.
    func testAGreyPagesCellsAreReadSharpInBlackAndWhiteAndSoftenedInGrey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("page-cells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        var grey = page()
        for index in grey.pixels.indices { grey.pixels[index] = grey.pixels[index] == 255 ? 214 : 60 }
        for (name, picture) in [("grey", grey), ("white", page())] {
            let file = folder.appendingPathComponent("\(name).pgm")
            try picture.pgm.write(to: file)
            let cells = ScannedPages.splitIntoCells([file.path], folder: folder).cells
            XCTAssertEqual(cells.count, 12)
            let sharp = try XCTUnwrap(PagePicture(pgm: Data(contentsOf: URL(fileURLWithPath: cells[5].path))))
            let softened = try XCTUnwrap(PagePicture(pgm: Data(contentsOf: URL(fileURLWithPath: cells[5].softenedPath))))
            XCTAssertEqual(Set(sharp.pixels), [0, 255], name)
            XCTAssertEqual(sharp.digitLoops(), [0], "the loops of the picture read: \(name)")
            XCTAssertTrue(softened.pixels.contains(214) == (name == "grey"), "softened, the grey cell keeps its paper: \(name)")
        }
    }

    /// A real scan in black and white (`scanned/`: 厦门司法局's, its tables full of thin dashes), rendered as `portal import
    /// --ocr` renders it and levelled: not one cell is read in black and white anew (each on white paper; a dash levelled
    /// holds greys and no black), so such scans' cells are read as session 40 measured them. So were all cells of 8 of its
    /// 24 scans (round seventy-one).
    func testABlackAndWhiteScansCellsAreReadAsTheyAre() throws {
        let render = try XCTUnwrap(ExternalTool.executable("pdftoppm"), "poppler-utils is installed for the import's tests")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("page-cells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scan = ImportFixtures.own("scanned/thirtyfive-xiamen-sfj-2024-narrow-scan.pdf").path
        guard case .finished(0, _) = ExternalTool.run(render, ["-r", "300", "-gray", scan, folder.appendingPathComponent("page").path], timeout: 120) else {
            return XCTFail("pdftoppm could not render the scan")
        }
        var cells = 0, anew: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            var page = try XCTUnwrap(PagePicture(pgm: Data(contentsOf: folder.appendingPathComponent(file))))
            let skew = page.skew()
            if abs(skew) >= UprightPages.leastSkew { page = page.turned(by: skew) }
            for cell in PageCells(page, resolution: 300).cells {
                cells += 1
                if cell.picture.inBlackAndWhite().sharp != nil { anew.append("\(file): the cell at \(cell.left), \(cell.top)") }
            }
        }
        XCTAssertGreaterThan(cells, 200)
        XCTAssertEqual(anew, [], "\(anew.count) of \(cells) cells read in black and white anew")
    }

    /// A colour scan's seal over a rule lifts its ink to paper for a few pixels (临潼's V2 scan, round seventy-one: a gap of
    /// 8 pixels, leaving a stub of 58 pixels to the table's right rule): the two cells ran into one, and the lower one's dash
    /// was lost as a blank. On grey paper a rule goes on across such a break; a black-and-white scan's rules are as before.
    func testARuleBrokenUnderASealStillEnclosesItsCellsOnGreyPaper() {
        var broken = page()
        // The bottom rule of the first row's last cell (300 + 3 × 200 to 300 + 4 × 200 across, 720–721 down), broken 130–140
        // pixels into the cell.
        for y in 720...721 { for x in 1030..<1040 { broken.pixels[y * 2000 + x] = 255 } }
        XCTAssertEqual(PageCells(broken, resolution: 300).cells.count, 11, "black and white: the two cells run together")
        var grey = broken
        for index in grey.pixels.indices where grey.pixels[index] == 255 { grey.pixels[index] = 214 }
        let split = PageCells(grey, resolution: 300)
        XCTAssertEqual(split.cells.count, 12)
        XCTAssertEqual(Set(split.cells.map(\.picture.height)).count, 1, "\(split.cells.map(\.picture.height))")
    }

    /// A bold heading below the table (淮安 2024's `三、收到和处理政府信息公开申请情况`, thickened by a scan's turn): six
    /// characters whose bottom strokes, 8 pixels thick, meet their neighbours' across 2-pixel gaps — a run of ink 370 pixels
    /// long, longer than a rule must be — each crossed by three upright strokes. Strokes, no rule: the heading is kept whole
    /// on the page's rest, where before session 57 it was painted out along its baseline (the section then not found).
    func testABoldHeadingsStrokesAlongTheirBaselineAreNoRule() {
        var heading = page()
        let top = 1200, bottom = 1260
        for character in 0..<6 {
            let left = 300 + character * 62
            for y in (bottom - 8)..<bottom { for x in left..<(left + 60) { heading.pixels[y * 2000 + x] = 0 } }
            for stroke in [0, 26, 52] { for y in top..<bottom { for x in (left + stroke)..<(left + stroke + 8) { heading.pixels[y * 2000 + x] = 0 } } }
        }
        for paper: UInt8 in [255, 239] {
            var scanned = heading
            for index in scanned.pixels.indices where scanned.pixels[index] == 255 { scanned.pixels[index] = paper }
            let rule = PageCells.rules(in: scanned, length: PageCells.ruleLength(resolution: 300), bridgingBreaks: paper < 255)
            XCTAssertFalse((top..<bottom).contains { y in (300..<672).contains { rule[y * 2000 + $0] } }, "paper \(paper): the baseline taken for a rule")
            let split = PageCells(scanned, resolution: 300)
            XCTAssertEqual(split.cells.count, 12)
            XCTAssertEqual(split.rest.pixels[(bottom - 4) * 2000 + 330], 0, "paper \(paper): the heading's baseline painted out")
        }
    }

    /// A toned copy scanned in grey, askew and levelled (淮安 2024's pages: paper 239), prints its thin rules grey, their
    /// darkest pixels 110–140 along them: drawn at 150 here, lighter than ink. On grey paper they still enclose their cells.
    /// A row shaded as a heading (a block at 170 as tall as the row) is no rule, and the faint rules along its edges are;
    /// those down its middle, shade on both sides, are not told from the shade: the heading's four cells are one.
    /// Before session 57 the rules were not found: the page's cells one region, too large to be a cell.
    func testAFaintRuleOnGreyPaperStillEnclosesItsCells() throws {
        var faint = page()
        for index in faint.pixels.indices { faint.pixels[index] = faint.pixels[index] == 255 ? 239 : 30 }
        // The rules (2 pixels thick along x = 300 + 200k, y = 600 + 120k) redrawn faint.
        for y in 600...960 { for x in 300...1101 where (x - 300) % 200 < 2 || (y - 600) % 120 < 2 { faint.pixels[y * 2000 + x] = 150 } }
        // The first row shaded, its characters on the shade.
        for y in 602..<720 { for x in 302..<1100 where faint.pixels[y * 2000 + x] == 239 { faint.pixels[y * 2000 + x] = 170 } }
        let split = PageCells(faint, resolution: 300)
        XCTAssertEqual(split.cells.count, 9, "\(split.cells.map { ($0.left, $0.top) })")
        // The shaded heading one cell across the row (its edges' first millimetre taken with the faint rules along them).
        let heading = try XCTUnwrap(split.cells.first)
        XCTAssertTrue((600..<720).contains(heading.top + PageCells.margin) && heading.picture.width > 3 * 200, "\(heading.left) \(heading.top) \(heading.picture.width)")
        let body = split.cells.dropFirst()
        XCTAssertEqual(body.map(\.left), [295, 495, 695, 895, 295, 495, 695, 895])
        XCTAssertEqual(Set(body.map(\.picture.height)), [120 - 8 + 2 * PageCells.margin], "\(body.map(\.picture.height))")
        XCTAssertEqual(PageCells.paper(of: faint), 239)
        XCTAssertEqual(PageCells.faintInkBelow(paper: 239), 183, "halfway between the paper and ink")
    }

    /// A cell whose print is faint on grey paper (淮安 2024 toned and blurred: a `11` in one-pixel serif strokes, no pixel
    /// of it darker than `PageCells.inkBelow`) is a cell to read, not a blank one: taken for blank, it was left to the
    /// page's rest, which read nothing there, and the cell was written blank. Read as nothing, its ink is marked unread.
    func testAFaintCellOnGreyPaperIsACellNotABlankOne() throws {
        var toned = page(blank: [5])
        for index in toned.pixels.indices { toned.pixels[index] = toned.pixels[index] == 255 ? 239 : 30 }
        // Cell 5 (row 1, column 1, from x = 500, y = 720) prints a faint stroke: 150, between inkBelow and faintInkBelow.
        for y in 760..<790 { for x in 580..<583 { toned.pixels[y * 2000 + x] = 150 } }
        let split = PageCells(toned, resolution: 300)
        XCTAssertEqual(split.cells.count, 12, "\(split.cells.map { ($0.left, $0.top) })")
        let faint = try XCTUnwrap(split.cells.first { $0.left == 495 && $0.top == 715 })
        XCTAssertEqual(ScannedPages.unreadInk(in: faint.picture)?.text, String(CellText.unsureMark), "ink read as nothing: marked unread")
        XCTAssertNotNil(faint.picture.inBlackAndWhite().shapes, "its shapes measured at its own faint midpoint")
        // On white paper the same shade stays no cell's ink (a black-and-white scan's grey is its rendering's, as before).
        var white = page(blank: [5])
        for y in 760..<790 { for x in 580..<583 { white.pixels[y * 2000 + x] = 150 } }
        XCTAssertEqual(PageCells(white, resolution: 300).cells.count, 11)
    }

    /// An empty cell is no cell to read; nor is the page around the table, nor a page without a table.
    func testEmptyCellsAndThePageAroundTheTableAreNotRead() {
        XCTAssertEqual(PageCells(page(blank: [0, 5, 11]), resolution: 300).cells.count, 9)
        let text = page(rows: 0, columns: 0)
        let split = PageCells(text, resolution: 300)
        XCTAssertEqual(split.cells, [])
        XCTAssertEqual(split.rest, text)
    }

    /// A copier's specks (some 0.1–0.4 mm) in a cell are painted out before it is read: a cell of specks alone is no cell
    /// (nothing read, no mark unread); a cell's character keeps its own small pieces.
    func testACellsSpecksArePaintedOutBeforeItIsRead() {
        var picture = page(blank: [0, 5])
        func ink(_ x: Int, _ y: Int, side: Int) {
            for dy in 0..<side { for dx in 0..<side { picture.pixels[(y + dy) * picture.width + x + dx] = 0 } }
        }
        // Blank cell 0 (300–500 × 600–720): three specks of 2–3 pixels (22 pixels of ink, more than the least a cell's
        // text holds); blank cell 5 (500–700 × 720–840): a speck of 4 (16 pixels).
        ink(330, 630, side: 2); ink(400, 650, side: 3); ink(450, 700, side: 3); ink(560, 760, side: 4)
        // Cell 6 (700–900 × 720–840): a speck far from its character (an L at 780–800 × 760–790, its stem 4 pixels
        // wide), and a point 2 pixels beside the stem's foot.
        ink(720, 820, side: 3); ink(786, 786, side: 3)
        let split = PageCells(picture, resolution: 300)
        XCTAssertEqual(split.cells.count, 10, "the blank cells' specks are no cells")
        let cell = split.cells.first { $0.left == 705 - PageCells.margin && $0.top == 725 - PageCells.margin }!
        func shade(_ x: Int, _ y: Int) -> UInt8 { cell.picture.pixels[(y - cell.top) * cell.picture.width + x - cell.left] }
        XCTAssertEqual(shade(721, 821), 255, "the speck far from the character is paper")
        XCTAssertEqual(shade(787, 787), 0, "the point beside the character is kept")
        XCTAssertEqual(shade(781, 761), 0, "the character is kept")
    }

    /// What a speck is: a piece of ink no wider or taller than 0.6 mm with no other ink within 0.6 mm, and not between
    /// two characters of its line (a figure's point set wide apart by its font: `179.73` must never read `17973`).
    func testASpeckIsASmallPieceOfInkStandingAlone() {
        let width = 110, height = 30
        var pixels = [UInt8](repeating: 255, count: width * height)
        func ink(_ x: Int, _ y: Int, width w: Int, height h: Int) {
            for dy in 0..<h { for dx in 0..<w { pixels[(y + dy) * width + x + dx] = 0 } }
        }
        ink(2, 2, width: 3, height: 3)      // a speck alone: out
        ink(20, 5, width: 4, height: 20)    // a stroke …
        ink(26, 21, width: 3, height: 3)    // … and its point, 2 pixels away: kept
        ink(40, 2, width: 15, height: 3)    // a dash: longer than a speck, kept
        ink(45, 15, width: 9, height: 9)    // a blot: larger than a speck, kept
        ink(62, 5, width: 4, height: 20)    // two digits' strokes …
        ink(86, 5, width: 4, height: 20)
        ink(75, 21, width: 3, height: 3)    // … and their point, 9 pixels from each (more than 7): kept
        ink(99, 21, width: 3, height: 3)    // a speck 9 pixels after the second, nothing after it: out
        let cleaned = PagePicture(width: width, height: height, pixels: pixels).despeckled(side: 7, clearance: 7, paper: 255)
        for (x, y) in [(3, 3), (100, 22)] { XCTAssertEqual(cleaned.pixels[y * width + x], 255, "(\(x), \(y))") }
        for (x, y) in [(21, 6), (27, 22), (41, 3), (46, 16), (76, 22)] { XCTAssertEqual(cleaned.pixels[y * width + x], 0, "(\(x), \(y))") }
        XCTAssertEqual(PageCells.speckSide(resolution: 300), 7)
    }

    /// In a cell, specks near one another are specks still, where together they are no larger than two; a stroke a faint
    /// print broke into small pieces (a `1` of five) is larger, and kept. In running text, each keeps the other.
    func testSpecksTogetherInACellAreSpecksAndABrokenStrokeIsNot() {
        let width = 60, height = 50
        var pixels = [UInt8](repeating: 255, count: width * height)
        func ink(_ x: Int, _ y: Int, width w: Int, height h: Int) {
            for dy in 0..<h { for dx in 0..<w { pixels[(y + dy) * width + x + dx] = 0 } }
        }
        ink(5, 5, width: 5, height: 4); ink(11, 10, width: 1, height: 1)     // two specks a pixel apart
        for piece in 0..<5 { ink(40, 3 + 8 * piece, width: 3, height: 6) }   // a 1 in five pieces, 2 pixels apart
        let picture = PagePicture(width: width, height: height, pixels: pixels)
        let cell = picture.despeckled(side: 7, clearance: 7, paper: 255, specksTogether: true)
        XCTAssertEqual(cell.pixels[6 * width + 6], 255)
        XCTAssertEqual(cell.pixels[10 * width + 11], 255)
        for piece in 0..<5 { XCTAssertEqual(cell.pixels[(4 + 8 * piece) * width + 41], 0, "piece \(piece) of the 1") }
        let text = picture.despeckled(side: 7, clearance: 7, paper: 255)
        XCTAssertEqual(text.pixels[6 * width + 6], 0)
    }

    /// Regions joined row to row: a ring's inside is one region apart from its outside; two regions meeting
    /// at a corner only are two.
    func testRegionsAreJoinedByTheirSidesNotTheirCorners() {
        let width = 7, height = 5
        let ring: [Bool] = [
            false, false, false, false, false, false, false,
            false, true, true, true, false, false, false,
            false, true, false, true, false, true, false,
            false, true, true, true, true, false, true,
            false, false, false, false, false, true, false,
        ]
        let regions = Regions(notMarked: ring, width: width, height: height).all
        XCTAssertEqual(regions.map(\.runs.count), [8, 1, 1, 1], "\(regions)")
        XCTAssertEqual(regions[1].runs, [Regions.Run(y: 2, start: 2, end: 2)])
        XCTAssertEqual(regions[2].runs, [Regions.Run(y: 3, start: 5, end: 5)])
        XCTAssertEqual(regions[3].runs, [Regions.Run(y: 4, start: 6, end: 6)])
        XCTAssertEqual(regions[0].left, 0)
        XCTAssertEqual(regions[0].bottom, 4)
    }
}
