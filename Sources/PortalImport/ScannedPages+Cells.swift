import Foundation

extension ScannedPages {
    /// A cell's picture to be read, and where it lies: its page (counted from 0 in the list of pages) and its
    /// picture's top left corner on that page, in pixels.
    struct CellToRead: Equatable {
        var path: String
        /// The same picture softened (`PagePicture.softened`), read a second time.
        var softenedPath: String
        var page: Int
        var left: Int
        var top: Int
        /// Its picture's height: the cell's band, top to bottom (its row's cells share it).
        var height = 0
        /// What the cell holds if Tesseract reads nothing in it (`unreadInk`), in the cell's pixels.
        var ifReadNothing: Glyph?
        /// The loops of the cell's pieces of ink (`PagePicture.digitLoops`), against which a figure read is checked.
        var loops: [Int] = []
        /// Whether each of those pieces stands on a foot (`PagePicture.digitFeet`): a 2 does, a 7 does not.
        var feet: [Bool] = []
        /// Where each piece's one loop lies (`PagePicture.loopPlaces`): a 0's spans its height, a 6's lies low.
        var places: [DigitLoops.Place?] = []
    }

    /// Each page's table cells (`PageCells`) written as pictures of their own in `folder`, and each page's rest
    /// (its text around the tables) beside its picture, which is kept as it is for fitting the figures' boxes.
    /// A page that cannot be read or whose pictures cannot be written is read whole, as it is. `blanks`: what is to be
    /// read of each page, rest or whole, when it prints nothing (`blankPage`), told from its picture while in memory.
    static func splitIntoCells(_ pages: [String], folder: URL) -> (pages: [String], blanks: [PageRead?], cells: [CellToRead]) {
        var rests: [String] = [], blanks: [PageRead?] = [], cells: [CellToRead] = []
        for (number, path) in pages.enumerated() {
            guard let data = FileManager.default.contents(atPath: path), let picture = PagePicture(pgm: data) else {
                rests.append(path)
                blanks.append(nil)
                continue
            }
            let split = PageCells(picture, resolution: resolution)
            let rest = folder.appendingPathComponent("rest-\(number).pgm")
            var written: [CellToRead] = []
            for (index, cell) in split.cells.enumerated() {
                let file = folder.appendingPathComponent("cell-\(number)-\(index).pgm")
                let softened = folder.appendingPathComponent("cell-\(number)-\(index)-softened.pgm")
                // A grey cell is read sharp in black and white, softened as it is: two unlike pictures, as a black-and-white scan's are.
                let inBlackAndWhite = cell.picture.inBlackAndWhite()
                let sharp = inBlackAndWhite.sharp ?? cell.picture
                guard (try? sharp.pgm.write(to: file)) != nil, (try? cell.picture.softened().pgm.write(to: softened)) != nil else { break }
                // The cell's pieces of ink found once, for its digits' loops and feet both, at the cell's own midpoint shade.
                let shapes = inBlackAndWhite.shapes ?? sharp
                let pieces = shapes.piecesOfInk()
                let loops = shapes.loopShapes(of: pieces.characters)
                written.append(CellToRead(path: file.path, softenedPath: softened.path, page: number, left: cell.left, top: cell.top, height: cell.picture.height,
                                          ifReadNothing: unreadInk(in: sharp), loops: loops.loops, feet: shapes.digitFeet(of: pieces), places: loops.places))
            }
            guard written.count == split.cells.count, (try? split.rest.pgm.write(to: rest)) != nil else {
                rests.append(path)
                blanks.append(blankPage(picture))
                continue
            }
            rests.append(rest.path)
            blanks.append(blankPage(split.rest))
            cells += written
        }
        return (rests, blanks, cells)
    }

    /// The cells' readings (each cell's picture as cut out, then softened: one hOCR page each) placed on their pages:
    /// the two readings agreed (`agreed`), each character moved by its cell's corner; a cell read as nothing holds
    /// what its ink shows (`ifReadNothing`).
    static func placing(_ readings: [CellReadings], of cells: [CellToRead], on pages: [PageRead]) -> [PageRead] {
        var pages = pages
        for (number, (cell, read)) in zip(cells, readings).enumerated() where pages.indices.contains(cell.page) {
            var lines = agreed(read.sharp.lines.filter { !$0.isEmpty }, read.softened.lines.filter { !$0.isEmpty },
                               asOneWord: read.asOneWord.map { $0.lines.filter { !$0.isEmpty } },
                               inChineseAlone: read.inChineseAlone.map { $0.lines.filter { !$0.isEmpty } }, loops: cell.loops, feet: cell.feet, places: cell.places)
            // A few Latin letters alone are no cell's print either (a cell holds figures, a dash or Chinese): ink misread,
            // as faint serif 1s blurred were (`VW` for 11), which would end the row's figures and make the row one of none.
            if lines.count == 1, case let text = lines[0].map(\.text).joined(), (1...3).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isLetter }) { lines = [] }
            if lines.isEmpty, let mark = cell.ifReadNothing { lines = [[mark]] }
            // A lone dash read as the character it looks like (一, _), or as two of them (`一一`, a speck's gap in it): the dash,
            // not a word that would end the row's cells — the cells before it were then placed by their columns, blank.
            if lines.count == 1, let first = lines[0].first, lines[0].allSatisfy({ dashLike.contains($0.text) }) {
                var dash = first
                dash.text = "—"
                (dash.right, dash.top, dash.bottom) = (lines[0].map(\.right).max() ?? first.right, lines[0].map(\.top).min() ?? first.top,
                                                       lines[0].map(\.bottom).max() ?? first.bottom)
                lines = [[dash]]
            }
            pages[cell.page].lines += lines.map { line in
                line.map { glyph in
                    var placed = glyph
                    placed.cellBand = cell.height > 0 ? 0...Double(cell.height) : nil
                    placed = placed.moved(x: Double(cell.left), y: Double(cell.top))
                    placed.cell = number
                    return placed
                }
            }
        }
        return pages
    }

    /// What OCR reads a table cell's dash as: itself, a hyphen, 一 or an underscore.
    private static let dashLike: Set<String> = ["—", "-", "－", "–", "―", "一", "_", "＿"]

    /// A cell's readings: as cut out, softened, and — where those two read different figures — once more as one word;
    /// where they read Latin letters and no figure, once more in Chinese alone.
    struct CellReadings {
        var sharp: PageRead
        var softened: PageRead
        var asOneWord: PageRead?
        var inChineseAlone: PageRead?
    }

    /// Whether neither of a cell's readings is a figure and one holds a Latin letter (no label of the forms does).
    static func lettered(_ readings: CellReadings) -> Bool {
        guard figure(readings.sharp.lines) == nil, figure(readings.softened.lines) == nil else { return false }
        return (readings.sharp.lines + readings.softened.lines).joined().contains { $0.text.contains { $0.isASCII && $0.isLetter } }
    }

    /// Whether a cell's two readings are two different figures, to be read a third time.
    static func disputed(_ sharp: PageRead, _ softened: PageRead) -> Bool {
        guard let one = figure(sharp.lines), let other = figure(softened.lines) else { return false }
        return one != other
    }

    /// Whether a cell's two readings agree on a figure of two digits or more holding a digit that closes a loop (0, 6,
    /// 8, 9), to be read a third time: Tesseract's Chinese-and-English model read a clean serif `26` as `20` both ways
    /// (淮安 2024's table 二, which takes part in no identity), where the cell read as one word gave `26`.
    static func loopsToConfirm(_ sharp: PageRead, _ softened: PageRead) -> Bool {
        guard let one = figure(sharp.lines), one == figure(softened.lines) else { return false }
        let digits = one.filter { $0.isASCII && $0.isNumber }
        return digits.count >= 2 && digits.contains { "0689".contains($0) }
    }

    /// The figure a cell's lines read (digits, commas and points only), or nil.
    static func figure(_ lines: [[Glyph]]) -> String? {
        let text = lines.joined().map(\.text).joined()
        return !text.isEmpty && CellText.printsDigitsOnly(text) ? text : nil
    }

    /// One cell's reading from its two: the picture as scanned and softened. A scan in black and white prints
    /// strokes with jagged edges; softened, Tesseract reads a wrapped label's lines it loses sharp (`类过程性`) and a
    /// thin 5 it takes for a 9, but takes a sharp 4 for an `f`. So: where both read a figure, the same one is
    /// taken, two different ones are read a third time (as cut out, as one word) and the softened reading's figure
    /// taken if the third gives it too (two pictures alike), else unsure (neither is taken for sure); where one reads a figure and the other
    /// letters or nothing (no cell of a table's figures holds a letter), the figure; otherwise (a label, a mark) the
    /// reading with more Chinese characters, then more characters, softened where alike. A character read with less than `leastCellConfidence` is unsure too,
    /// and so is a figure whose digits cannot print the loops of the cell's ink (`loops`, `DigitLoops`: a 9 where the ink closes no loop;
    /// `places`, a 0 where the ink's loop lies low as a 6's)
    /// or stand on its feet (`feet`, `DigitFeet`: a 7 where the ink stands on a 2's foot).
    /// `inChineseAlone`: a label's third reading, without the English model.
    static func agreed(_ sharp: [[Glyph]], _ softened: [[Glyph]], asOneWord: [[Glyph]]? = nil, inChineseAlone: [[Glyph]]? = nil, loops: [Int] = [], feet: [Bool] = [],
                       places: [DigitLoops.Place?] = []) -> [[Glyph]] {
        func marked(_ lines: [[Glyph]], unsure: Bool) -> [[Glyph]] {
            let read = figure(lines)
            let misshapen = read.map { DigitLoops.fits($0, pieces: loops, places: places) == false || DigitFeet.fits($0, feet: feet) == false } ?? false
            // What the ink is shaped as, character for character of the reading: each glyph keeps its own part.
            var shaped = (misshapen ? read.flatMap { DigitShapes.said(by: $0, loops: loops, feet: feet, places: places) } : nil).map { Array($0) } ?? []
            return lines.map { $0.map { glyph in
                var glyph = glyph
                glyph.unsure = unsure || misshapen || glyph.confidence < leastCellConfidence
                if !shaped.isEmpty {
                    let own = String(shaped.prefix(glyph.text.count))
                    shaped.removeFirst(min(glyph.text.count, shaped.count))
                    if own != glyph.text { glyph.shapeSays = own }
                }
                return glyph
            } }
        }
        switch (figure(sharp), figure(softened)) {
        case let (one?, other?) where one == other:
            // Read a third time as one word (`loopsToConfirm`), another figure: the two agreed on a misreading or the third
            // is one — the cell is to confirm either way, never changed.
            if let third = asOneWord.flatMap(figure), third != one { return marked(sharp, unsure: true) }
            return marked(sharp, unsure: false)
        case let (_?, other?):
            // The picture as cut out read as one word (`--psm 8`: a 5 read as a 9 in a block of text reads 5). It is the
            // sharp picture read again, so it settles the dispute only by agreeing with the softened one: two pictures
            // reading alike. Agreeing with the sharp reading, it is one picture read twice — a grey scan's clear `179.73`
            // read `173.73` sharp, as one word too, and `179.73` softened, was written wrong by two of three.
            let third = asOneWord.flatMap(figure)
            return third == other ? marked(softened, unsure: false) : marked(sharp, unsure: true)
        case (.some, nil): return marked(sharp, unsure: false)
        case (nil, .some): return marked(softened, unsure: false)
        case (nil, nil):
            // A serif 1 alone in its cell read as a bracket or a bar (stripped later as a table's rule): a 1, to confirm; so are 1s
            // side by side where the ink is as many pieces.
            if let one = serifOnes(sharp, softened, loops: loops) { return marked(one, unsure: true) }
            // Chinese characters first: Tesseract's English model reads a line of them it cannot place as Latin letters (`THAME`).
            let count = { (lines: [[Glyph]]) -> (Int, Int) in
                let characters = lines.joined().flatMap(\.text)
                return (characters.filter(LabelText.isIdeograph).count, characters.count)
            }
            // Softened where alike; read in Chinese alone only where that reads more.
            let readings = [softened, sharp] + (inChineseAlone.map { [$0] } ?? [])
            return marked(readings.max { count($0) < count($1) } ?? softened, unsure: false)
        }
    }

    /// What Tesseract reads a serif font's lone 1 as in its cell (淮安 2024's Times New Roman: `]` at 300 dpi grey, `l` at
    /// 200), each of them stripped from a word as a table's rule or refused as a letter; `i`, a 1 whose flag a blurred
    /// scan broke off its stem.
    static let oneLookalikes: Set<String> = ["]", "[", "|", "丨", "l", "I", "i"]

    /// A cell's reading as ones, where each of its readings holding anything is as many characters of `oneLookalikes`:
    /// one, or — where the cell's ink is that many pieces closing no loop (`loops`), as a row of 1s is — more
    /// (淮安 2024 toned, blurred and saved as JPEG: `11` read `i l` both ways, its row then found with no cells). The
    /// ones are one word, as a figure's digits are.
    static func serifOnes(_ readings: [[Glyph]]..., loops: [Int] = []) -> [[Glyph]]? {
        let read = readings.filter { !$0.joined().isEmpty }
        guard let first = read.first else { return nil }
        let count = first.joined().count
        guard read.allSatisfy({ $0.joined().count == count && $0.joined().allSatisfy { oneLookalikes.contains($0.text) } }),
              count == 1 || (loops.count == count && loops.allSatisfy { $0 == 0 }) else { return nil }
        let word = first.joined().first?.word
        return first.map { $0.map { glyph in
            var one = glyph
            one.text = "1"
            one.word = word
            return one
        } }
    }

    /// A table cell's character Tesseract read with less confidence than this is not taken as read: a figure holding
    /// one is marked unsure (`CellText.unsureMark`) and its row refused naming the cell. Table 二's figures take part
    /// in no identity, so a misread there would be written unseen.
    static let leastCellConfidence = 90.0

    /// A cell with ink that Tesseract read nothing from: a flat bar (a dash, which it reads as nothing) is the dash;
    /// any other ink is marked unread (`⁇`), so that its row is refused rather than read short
    /// (a PDF row's figures are placed by their columns, which would make a lost figure a blank). In the cell's pixels.
    static func unreadInk(in cell: PagePicture) -> Glyph? {
        // On grey paper (a cell too faint to be cut in black and white) ink is what `PageCells` took for a cell's.
        let paper = PageCells.paper(of: cell), inkBelow = paper < 255 ? PageCells.faintInkBelow(paper: paper) : PageCells.inkBelow
        var left = cell.width, right = -1, top = cell.height, bottom = -1
        cell.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<cell.height {
                for x in 0..<cell.width where pixels[y * cell.width + x] < inkBelow {
                    (left, right, top, bottom) = (min(left, x), max(right, x), min(top, y), max(bottom, y))
                }
            }
        }
        // Any ink (a cell holds at least `PageCells.leastInk` pixels of it): dust in a blank cell is refused rather than
        // a short hyphen (`-`, some 40 pixels of ink) lost.
        guard right >= 0 else { return nil }
        let width = right - left + 1, height = bottom - top + 1
        let dash = width >= 6 && height <= max(8, width / 3)
        return Glyph(text: dash ? "—" : String(CellText.unsureMark), left: Double(left), top: Double(top), right: Double(right + 1), bottom: Double(bottom + 1))
    }
}
