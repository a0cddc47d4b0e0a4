import Foundation

/// A picture's pieces of ink: 8-connected pixels darker than `PageCells.inkBelow`, each with its box — what a
/// digit, a stroke or a speck is made of (`DigitLoops`, `despeckled`).
struct InkPieces {
    struct Piece {
        /// The piece's pixels, as indices into the picture's pixels.
        var pixels: [Int]
        var left: Int
        var right: Int
        var top: Int
        var bottom: Int
        var width: Int { right - left + 1 }
        var height: Int { bottom - top + 1 }
    }

    /// In the order of each piece's first pixel (top to bottom, left to right).
    let all: [Piece]
    /// Each pixel's piece (its index in `all`), -1 for paper.
    let owner: [Int]

    init(_ picture: PagePicture) {
        let (width, height) = (picture.width, picture.height)
        let ink = picture.pixels.map { $0 < PageCells.inkBelow }
        var owner = [Int](repeating: -1, count: width * height)
        var pieces: [Piece] = []
        for start in ink.indices where ink[start] && owner[start] < 0 {
            var stack = [start], members: [Int] = []
            owner[start] = pieces.count
            var (left, right, top, bottom) = (width, -1, height, -1)
            while let index = stack.popLast() {
                members.append(index)
                let x = index % width, y = index / width
                (left, right, top, bottom) = (min(left, x), max(right, x), min(top, y), max(bottom, y))
                for dy in -1...1 {
                    for dx in -1...1 where dx != 0 || dy != 0 {
                        let nx = x + dx, ny = y + dy
                        guard nx >= 0, ny >= 0, nx < width, ny < height else { continue }
                        let next = ny * width + nx
                        if ink[next] && owner[next] < 0 { owner[next] = pieces.count; stack.append(next) }
                    }
                }
            }
            pieces.append(Piece(pixels: members, left: left, right: right, top: top, bottom: bottom))
        }
        all = pieces
        self.owner = owner
    }
}

extension PagePicture {
    /// The picture with its specks painted out in `paper`: pieces of ink no wider and no taller than `side` pixels with
    /// no other ink within `clearance` pixels of their box, and not standing between two characters of a line. A copier's
    /// specks in a table's cell are read as marks or points (`- 12`, `0.`) and set a row's cells apart. A figure's own point
    /// or comma stands between its digits (however wide the font sets it apart: `179.73` must never read `17973`), a
    /// label's `1.` between the number and the words; dashes are longer than `side`, and a character's dots nearer its
    /// strokes than `clearance`.
    /// `specksTogether`: specks near one another are specks still where together they are no larger than two (a table's
    /// cell, where nothing printed is a cluster of points); a stroke broken into small pieces is larger, and in running
    /// text a row of points (……) is kept.
    func despeckled(side: Int, clearance: Int, paper: UInt8, specksTogether: Bool = false) -> PagePicture {
        let pieces = InkPieces(self)
        let small = pieces.all.map { $0.width <= side && $0.height <= side }
        let together = specksTogether ? Self.clusters(of: pieces.all, small: small, within: clearance, largest: 2 * side) : []
        var pixels = self.pixels
        for (number, piece) in pieces.all.enumerated() where small[number] {
            let isolated = (max(0, piece.top - clearance)...min(height - 1, piece.bottom + clearance)).allSatisfy { y in
                (max(0, piece.left - clearance)...min(width - 1, piece.right + clearance)).allSatisfy { x in
                    let other = pieces.owner[y * width + x]
                    return other < 0 || other == number || specksTogether && together[other] != nil && together[other] == together[number]
                }
            }
            if isolated, !Self.standsBetweenCharacters(piece, among: pieces.all, within: 4 * side) {
                for index in piece.pixels { pixels[index] = paper }
            }
        }
        return PagePicture(width: width, height: height, pixels: pixels)
    }

    /// Each small piece's cluster (small pieces within `distance` of one another, joined), nil for a piece that is not
    /// small or whose cluster's box is wider or taller than `largest`.
    private static func clusters(of pieces: [InkPieces.Piece], small: [Bool], within distance: Int, largest: Int) -> [Int?] {
        var parent = Array(pieces.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        let specks = pieces.indices.filter { small[$0] }
        for (position, one) in specks.enumerated() {
            for other in specks[(position + 1)...] {
                let (a, b) = (pieces[one], pieces[other])
                guard b.left - a.right <= distance, a.left - b.right <= distance, b.top - a.bottom <= distance, a.top - b.bottom <= distance else { continue }
                let (x, y) = (root(one), root(other))
                if x != y { parent[max(x, y)] = min(x, y) }
            }
        }
        var boxes: [Int: (left: Int, right: Int, top: Int, bottom: Int)] = [:]
        for index in specks {
            let piece = pieces[index], cluster = root(index)
            let box = boxes[cluster] ?? (piece.left, piece.right, piece.top, piece.bottom)
            boxes[cluster] = (min(box.left, piece.left), max(box.right, piece.right), min(box.top, piece.top), max(box.bottom, piece.bottom))
        }
        return pieces.indices.map { index in
            guard small[index], let box = boxes[root(index)], box.right - box.left < largest, box.bottom - box.top < largest else { return nil }
            return root(index)
        }
    }

    /// Whether a piece has a character (a piece at least twice its height, beside it on the line: its middle within
    /// the character's height) on its left and on its right, each within `distance` pixels: a point or a comma.
    private static func standsBetweenCharacters(_ piece: InkPieces.Piece, among pieces: [InkPieces.Piece], within distance: Int) -> Bool {
        let middle = (piece.top + piece.bottom) / 2
        let beside = pieces.filter { $0.height >= 2 * piece.height && $0.top <= middle && middle <= $0.bottom }
        return beside.contains { $0.right < piece.left && piece.left - $0.right <= distance }
            && beside.contains { $0.left > piece.right && $0.left - piece.right <= distance }
    }
}
