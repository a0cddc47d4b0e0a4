/// A word's box as pdftotext gives it: in the page's stored coordinates.
struct WordBox {
    var text: String
    var xMin: Double
    var xMax: Double
    var yMin: Double
    var yMax: Double
    /// The word's line in the XHTML file (a word boxes file read for itself names its lines).
    var line = 0
    /// The table cell a scan's word was read in (`ScannedPages.CellToRead`, numbered over the scan), nil outside cells and in a PDF's text.
    var cell: Int?
    /// That cell's top and bottom (its picture's, the margin alike for every cell), in points: the cells of one table row share it.
    var cellBand: ClosedRange<Double>?

    /// The largest page a PDF can have is 14,400 units a side (200 inches, ISO 32000-1 annex C): a coordinate that is
    /// no number (`nan`, `inf`) or lies beyond that on either side is on no page — a damaged or edited file.
    static let farthestPlace = 14_400.0

    static func isWherePagesReach(_ values: [Double]) -> Bool { values.allSatisfy { $0.isFinite && abs($0) <= farthestPlace } }

    var isWherePagesReach: Bool { Self.isWherePagesReach([xMin, xMax, yMin, yMax]) }
}

/// Which way a page's text runs. A landscape table on a page turned a
/// quarter (`/Rotate 90`, or drawn turned into an upright page's content)
/// reads right in `pdftotext -layout`, which turns it back, but its word
/// boxes stay as the page is stored: a table row runs down the page, and
/// placing figures by their horizontal centres would put every one of them
/// under the same column. The direction is read from the printed lines of
/// two words or more (first word to last).
enum PageTurn {
    /// Left to right, as printed.
    case upright
    /// Top to bottom, lines following each other right to left (a page turned clockwise).
    case down
    /// Upside down.
    case reversed
    /// Bottom to top, lines following each other left to right.
    case up

    struct Votes {
        private var counts: [PageTurn: Int] = [:]

        /// A line's direction, from its first word's centre to its last's.
        mutating func count(_ words: [WordBox]) {
            guard let first = words.first, let last = words.last, words.count >= 2 else { return }
            let dx = (last.xMin + last.xMax - first.xMin - first.xMax) / 2
            let dy = (last.yMin + last.yMax - first.yMin - first.yMax) / 2
            guard dx != 0 || dy != 0 else { return }
            let turn: PageTurn = abs(dx) >= abs(dy) ? (dx > 0 ? .upright : .reversed) : (dy > 0 ? .down : .up)
            counts[turn, default: 0] += 1
        }

        /// The direction of most lines; upright where no line has two words (nothing to place on
        /// such a page), nil when no direction holds most lines (nothing is placed by a guess).
        var turn: PageTurn? {
            let total = counts.values.reduce(0, +)
            guard total > 0 else { return .upright }
            guard let (turn, count) = counts.max(by: { $0.value < $1.value }), count * 4 >= total * 3 else { return nil }
            return turn
        }
    }

    /// The word as it reads, in the coordinates of the page turned upright.
    func word(_ box: WordBox, width: Double, height: Double) -> PDFWordBoxes.Word {
        var word = upright(box, width: width, height: height)
        word.line = box.line
        word.cell = box.cell
        word.cellBand = box.cellBand
        return word
    }

    private func upright(_ box: WordBox, width: Double, height: Double) -> PDFWordBoxes.Word {
        let centreX = (box.xMin + box.xMax) / 2, centreY = (box.yMin + box.yMax) / 2
        switch self {
        case .upright:
            return .init(text: box.text, left: box.xMin, centre: centreX, middle: centreY, height: box.yMax - box.yMin)
        case .down:
            return .init(text: box.text, left: box.yMin, centre: centreY, middle: width - centreX, height: box.xMax - box.xMin)
        case .reversed:
            return .init(text: box.text, left: width - box.xMax, centre: width - centreX, middle: height - centreY, height: box.yMax - box.yMin)
        case .up:
            return .init(text: box.text, left: height - box.yMax, centre: height - centreY, middle: centreX, height: box.xMax - box.xMin)
        }
    }
}
