import Foundation

/// The feet of a cell's printed digits: a 2 stands on a stroke along its bottom, a 7 on the narrow end of its stem. Both
/// close no loop (`DigitLoops` cannot tell them), and Tesseract read a scanned 2 with a speck at its upper right as a 7,
/// sure of it, in both readings (临潼 2024, V3: 三（四）2's 总计 written `7`, found only by the sum of its row). A reading
/// whose 2 or 7 the ink's foot contradicts is not taken for sure: the cell is written to confirm, never swapped — a foot
/// is also what a speck under a 7 or a 2's faint base would seem to show.
enum DigitFeet {
    /// Whether the figure's 2s and 7s stand as the cell's pieces of ink do, in reading order (a 2 on a foot, a 7 on none;
    /// any other digit stands either way); nil when the pieces are not one a digit (digits touching, a stroke broken).
    static func fits(_ figure: String, feet: [Bool]) -> Bool? {
        let digits = figure.filter { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count == feet.count else { return nil }
        return zip(digits, feet).allSatisfy { digit, foot in
            switch digit {
            case "2": foot
            case "7": !foot
            default: true
            }
        }
    }
}

extension PagePicture {
    /// Whether each character-sized piece of ink (`characterPieces`, in reading order) stands on a foot: ink across at
    /// least half its width in its bottom eighth. Measured on the scans' cells at 300 dpi: a 2 covers 0.95–1.0 of its
    /// width there, a 7's stem 0.19–0.23 (a 3's or 5's round bottom and a 4's serifed stem lie between: no other digit is asked).
    /// A blurred scan thins a 2's diagonal away above its foot, leaving the foot a smaller piece of its own just under the
    /// rest (淮安 2024 toned, blurred and saved as JPEG: seven 2s said to stand on nothing): such pieces are the piece's.
    /// `pieces`: the picture's `piecesOfInk`, when the caller has them already.
    func digitFeet(of pieces: (characters: [InkPieces.Piece], fragments: [InkPieces.Piece])? = nil) -> [Bool] {
        let (characters, fragments) = pieces ?? piecesOfInk()
        return characters.map { piece in
            let slack = piece.width / 4
            let below = fragments.filter { fragment in
                fragment.top > piece.bottom && fragment.top - piece.bottom <= max(2, piece.height / 4)
                    && fragment.left >= piece.left - slack && fragment.right <= piece.right + slack
            }
            let bottom = below.map(\.bottom).reduce(piece.bottom, max)
            let band = max(2, (bottom - piece.top + 1) / 8)
            var columns = Set<Int>()
            for index in piece.pixels + below.flatMap(\.pixels) where index / width > bottom - band { columns.insert(index % width) }
            return 2 * columns.count >= piece.width
        }
    }
}
