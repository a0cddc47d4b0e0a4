import Foundation

/// The closed loops of a cell's printed digits: what OCR's models do not weigh. Tesseract's English model reads a
/// scanned 5 as a 9 (a 9 closes its loop, a 5 never does), and two readings of one cell can agree on it. The loops of
/// the ink, piece by piece, tell such a figure: a reading whose digits cannot have the loops printed is not taken for
/// sure (`ScannedPages.agreed`). They never choose a figure: a loop broken by a faint scan would choose wrong.
enum DigitLoops {
    /// How many closed loops each digit prints (a 4 is printed closed or open).
    static let loops: [Character: ClosedRange<Int>] = [
        "0": 1...1, "1": 0...0, "2": 0...0, "3": 0...0, "4": 0...1, "5": 0...0, "6": 1...1, "7": 0...0, "8": 2...2, "9": 1...1,
    ]

    /// Whether the figure's digits (its commas and points aside) can print the loops of the cell's pieces of ink, in
    /// reading order, and — `places`, where measured — a 0's, 6's or 9's loop where it lies; nil when the pieces are not
    /// one a digit (digits touching, a stroke broken, letters).
    static func fits(_ figure: String, pieces: [Int], places: [Place?] = []) -> Bool? {
        let digits = Array(figure.filter { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count == pieces.count else { return nil }
        let placed = places.count == digits.count
        return digits.indices.allSatisfy { index in
            guard Self.loops[digits[index]]?.contains(pieces[index]) == true else { return false }
            guard placed, let place = places[index], let own = Place.of[digits[index]] else { return true }
            return own == place
        }
    }
}

extension DigitLoops {
    /// Where a digit's one loop lies in its height: a 0's spans it, a 6's fills its lower part, a 9's its upper part.
    /// Tesseract read 淮安 2024's lone serif 6, scanned askew on toned paper, as a 0 in both readings (one loop either
    /// way); the loop's place tells them. Measured on the OCR suites' cells at 300 dpi (the loop's top and bottom as
    /// parts of the digit's height): 0s 0.05–0.14 to 0.86–0.97, 6s 0.39–0.48 to 0.86–0.97, 9s 0.03–0.14 to 0.52–0.59.
    /// A closed 4's loop (0.18–0.29 to 0.57–0.70) and a broken 8's are not asked.
    enum Place: Equatable {
        case whole, low, high

        static let of: [Character: Place] = ["0": .whole, "6": .low, "9": .high]

        /// From the loop's top and bottom as parts of the piece's height (0 its top, 1 its bottom); nil for a loop in
        /// its middle, which lies neither way.
        init?(top: Double, bottom: Double) {
            switch (top < 0.3, bottom > 0.7) {
            case (true, true): self = .whole
            case (false, true): self = .low
            case (true, false): self = .high
            case (false, false): return nil
            }
        }
    }
}

extension PagePicture {
    /// The loops of each character-sized piece of ink (`characterPieces`), in reading order. A loop is a region of paper
    /// the piece encloses, larger than a speck of paper inside a thick stroke.
    /// `pieces`: the picture's `characterPieces`, when the caller has them already (`piecesOfInk`: a cell's feet are read from the same search).
    func digitLoops(of pieces: [InkPieces.Piece]? = nil) -> [Int] {
        loopShapes(of: pieces).loops
    }

    /// Where the one loop of each character-sized piece of ink lies in its height (`DigitLoops.Place`), in reading
    /// order; nil for a piece closing no loop or more than one, or one whose loop lies neither way.
    func loopPlaces(of pieces: [InkPieces.Piece]? = nil) -> [DigitLoops.Place?] {
        loopShapes(of: pieces).places
    }

    /// Each piece's loops counted and, for one loop, where it lies: both from one search of the piece's paper.
    /// A piece closing no loop that closes one spanning its height once grown by a pixel each way is a 0 whose hairline
    /// broke (淮安 2024's serif zeros captured at 150 dpi and enlarged for OCR: 46 of them opened at the top or the bottom
    /// by a pixel, each read `0` at 99 % both ways and refused as a 0 closing no loop). Only a loop of a 0's height is
    /// bridged so: a 6's, 9's or 5's bay bridged lies low or high, and a reading it would let pass (a 5 read 6) stays unsure.
    func loopShapes(of pieces: [InkPieces.Piece]? = nil) -> (loops: [Int], places: [DigitLoops.Place?]) {
        var loops: [Int] = [], places: [DigitLoops.Place?] = []
        for piece in pieces ?? characterPieces() {
            let found = Self.loops(of: piece, width: width, grown: false)
            if found.isEmpty, case let bridged = Self.loops(of: piece, width: width, grown: true), bridged.count == 1,
               Self.place(of: bridged[0], height: piece.height + 2) == .whole {
                loops.append(1)
                places.append(.whole)
                continue
            }
            loops.append(found.count)
            places.append(found.count == 1 ? Self.place(of: found[0], height: piece.height) : nil)
        }
        return (loops, places)
    }

    private static func place(of loop: Regions.Region, height: Int) -> DigitLoops.Place? {
        DigitLoops.Place(top: Double(loop.top) / Double(height), bottom: Double(loop.bottom + 1) / Double(height))
    }

    /// The character-sized pieces of ink (8-connected dark pixels at least half as tall as the tallest piece: no comma,
    /// point, speck or dash), in reading order — lines top to bottom, each left to right.
    func characterPieces() -> [InkPieces.Piece] { piecesOfInk().characters }

    /// The picture's pieces of ink: the character-sized ones (`characterPieces`) and the rest, smaller (`fragments`: a
    /// stroke's end a blurred scan broke off, `digitFeet`), found once.
    func piecesOfInk() -> (characters: [InkPieces.Piece], fragments: [InkPieces.Piece]) {
        let pieces = InkPieces(self).all
        let tallest = pieces.map { $0.bottom - $0.top + 1 }.max() ?? 0
        let isCharacter = { (piece: InkPieces.Piece) in 2 * (piece.bottom - piece.top + 1) >= tallest && piece.pixels.count >= PageCells.leastInk }
        let characters = pieces.indices.filter { isCharacter(pieces[$0]) }
        // Lines: a piece whose middle lies within the height of a piece of a line joins that line.
        var lines: [[Int]] = []
        for piece in characters.sorted(by: { pieces[$0].top < pieces[$1].top }) {
            let middle = (pieces[piece].top + pieces[piece].bottom) / 2
            let line = lines.indices.last { line in lines[line].contains { other in middle >= pieces[other].top && middle <= pieces[other].bottom } }
            if let line { lines[line].append(piece) } else { lines.append([piece]) }
        }
        return (lines.flatMap { line in line.sorted { pieces[$0].left < pieces[$1].left } }.map { pieces[$0] }, pieces.filter { !isCharacter($0) })
    }

    /// The regions of paper (4-connected, anything not of the piece: `Regions`) inside the piece's box that do not reach
    /// the box's edge, each larger than a speck (a hundredth of the box's height squared, at least 4 pixels).
    /// Each loop's region, in the piece's box. `grown`: the piece grown by a pixel each way (its box by one all round), so
    /// that a gap of a pixel or two in a stroke is closed.
    private static func loops(of piece: InkPieces.Piece, width: Int, grown: Bool) -> [Regions.Region] {
        let margin = grown ? 1 : 0
        let boxWidth = piece.width + 2 * margin, boxHeight = piece.height + 2 * margin
        var marked = [Bool](repeating: false, count: boxWidth * boxHeight)
        for index in piece.pixels {
            let x = index % width - piece.left + margin, y = index / width - piece.top + margin
            for dy in -margin...margin { for dx in -margin...margin { marked[(y + dy) * boxWidth + x + dx] = true } }
        }
        let speck = max(4, boxHeight * boxHeight / 100)
        return Regions(notMarked: marked, width: boxWidth, height: boxHeight).all.filter { paper in
            paper.left > 0 && paper.top > 0 && paper.right < boxWidth - 1 && paper.bottom < boxHeight - 1
                && paper.runs.reduce(0) { $0 + $1.end - $1.start + 1 } >= speck
        }
    }
}
