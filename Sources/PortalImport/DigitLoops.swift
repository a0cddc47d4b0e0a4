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
    /// reading order; nil when the pieces are not one a digit (digits touching, a stroke broken, letters).
    static func fits(_ figure: String, pieces: [Int]) -> Bool? {
        let digits = figure.filter { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count == pieces.count else { return nil }
        return zip(digits, pieces).allSatisfy { digit, loops in Self.loops[digit]?.contains(loops) ?? false }
    }
}

extension PagePicture {
    /// The loops of each character-sized piece of ink (`characterPieces`), in reading order. A loop is a region of paper
    /// the piece encloses, larger than a speck of paper inside a thick stroke.
    /// `pieces`: the picture's `characterPieces`, when the caller has them already (a cell's feet are read from them too).
    func digitLoops(of pieces: [InkPieces.Piece]? = nil) -> [Int] {
        (pieces ?? characterPieces()).map { box in Self.loops(of: box.pixels, left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: width) }
    }

    /// The character-sized pieces of ink (8-connected dark pixels at least half as tall as the tallest piece: no comma,
    /// point, speck or dash), in reading order — lines top to bottom, each left to right.
    func characterPieces() -> [InkPieces.Piece] {
        let pieces = InkPieces(self).all
        let tallest = pieces.map { $0.bottom - $0.top + 1 }.max() ?? 0
        let characters = pieces.indices.filter { 2 * (pieces[$0].bottom - pieces[$0].top + 1) >= tallest && pieces[$0].pixels.count >= PageCells.leastInk }
        // Lines: a piece whose middle lies within the height of a piece of a line joins that line.
        var lines: [[Int]] = []
        for piece in characters.sorted(by: { pieces[$0].top < pieces[$1].top }) {
            let middle = (pieces[piece].top + pieces[piece].bottom) / 2
            let line = lines.indices.last { line in lines[line].contains { other in middle >= pieces[other].top && middle <= pieces[other].bottom } }
            if let line { lines[line].append(piece) } else { lines.append([piece]) }
        }
        return lines.flatMap { line in line.sorted { pieces[$0].left < pieces[$1].left } }.map { pieces[$0] }
    }

    /// The regions of paper (4-connected, anything not of the piece: `Regions`) inside the piece's box that do not reach
    /// the box's edge, each larger than a speck (a hundredth of the box's height squared, at least 4 pixels).
    private static func loops(of members: [Int], left: Int, right: Int, top: Int, bottom: Int, width: Int) -> Int {
        let boxWidth = right - left + 1, boxHeight = bottom - top + 1
        var piece = [Bool](repeating: false, count: boxWidth * boxHeight)
        for index in members { piece[(index / width - top) * boxWidth + (index % width - left)] = true }
        let speck = max(4, boxHeight * boxHeight / 100)
        return Regions(notMarked: piece, width: boxWidth, height: boxHeight).all.filter { paper in
            paper.left > 0 && paper.top > 0 && paper.right < boxWidth - 1 && paper.bottom < boxHeight - 1
                && paper.runs.reduce(0) { $0 + $1.end - $1.start + 1 } >= speck
        }.count
    }
}
