import Foundation

/// Which way a page's lines of text run as it stands: across it (upright, or upside down) or down it (on its side).
///
/// Tesseract's orientation model is unsure of Chinese on a page of mostly empty boxes: it called 沭阳 2023's upright
/// page of table 三, scanned askew on toned paper, sideways (`Rotate: 90`, confidence 5.3–7.2, as sure as it is of a
/// table truly scanned on its side) and the page turned a quarter lost fifteen rows. Lines of characters tell the
/// page's way by themselves: a character's pieces of ink, their gaps within a line closed, make long flat runs along
/// the line and none across it, whatever the table's rules do.
struct LinesOfText: Equatable {
    /// The length in pixels of the lines found running across the page, and down it.
    let across: Int
    let down: Int

    /// Pieces of ink smaller than this (at 300 dpi, 2.4 points) are a character's dots or a scan's specks (a dithered
    /// grey rule scanned askew is a chain of such specks down the page); longer than `flattest` times their width, rules.
    /// The character's size (an em) is measured on the pieces no larger than `largestCharacter` (half an inch: no title's
    /// or picture's), and pieces larger than two ems are no line's.
    static let smallestPiece = 10
    static let largestCharacter = 150
    static let flattest = 5

    init(across: Int, down: Int) {
        (self.across, self.down) = (across, down)
    }

    init(_ picture: PagePicture) {
        let (width, height) = (picture.width, picture.height)
        let pieces = Regions(notMarked: picture.pixels.map { $0 >= PageCells.inkBelow }, width: width, height: height).all
        func sides(_ piece: Regions.Region) -> (long: Int, short: Int) {
            let (across, down) = (piece.right - piece.left + 1, piece.bottom - piece.top + 1)
            return (max(across, down), min(across, down))
        }
        let characterLike = pieces.filter { sides($0).long >= Self.smallestPiece && sides($0).long <= Self.flattest * sides($0).short }
        let sizes = characterLike.map { sides($0).long }.filter { $0 <= Self.largestCharacter }.sorted()
        // A character's size (an em): the upper quartile of the pieces' sizes, many of which are a character's parts.
        guard !sizes.isEmpty else { (across, down) = (0, 0); return }
        let em = sizes[sizes.count * 3 / 4]
        var text = [Bool](repeating: false, count: width * height)
        for piece in characterLike where sides(piece).long <= 2 * em {
            for run in piece.runs { for x in run.start...run.end { text[run.y * width + x] = true } }
        }
        var turned = [Bool](repeating: false, count: width * height)
        for y in 0..<height { for x in 0..<width where text[y * width + x] { turned[x * height + y] = true } }
        across = Self.lineLength(text, width: width, height: height, em: em)
        down = Self.lineLength(turned, width: height, height: width, em: em)
    }

    /// The page's lines run down it: more length of line found down it than across.
    var runDown: Bool { down > across }

    /// The total width of the lines along `text`'s rows: each row's gaps of less than a third of an em closed (the
    /// space between two characters of a line; the space between lines is wider), what then hangs together taken
    /// as a line where it is as high as a character (0.4–2 em) and at least three times as wide.
    static func lineLength(_ text: [Bool], width: Int, height: Int, em: Int) -> Int {
        let gap = max(3, em * 35 / 100)
        var closed = text
        for y in 0..<height {
            let base = y * width
            var lastInk = -1
            for x in 0..<width where text[base + x] {
                if lastInk >= 0, x - lastInk > 1, x - lastInk - 1 < gap {
                    for fill in (lastInk + 1)..<x { closed[base + fill] = true }
                }
                lastInk = x
            }
        }
        var length = 0
        for region in Regions(notMarked: closed.map { !$0 }, width: width, height: height).all {
            let regionWidth = region.right - region.left + 1, regionHeight = region.bottom - region.top + 1
            if regionHeight * 10 >= em * 4, regionHeight <= 2 * em, regionWidth >= 3 * regionHeight { length += regionWidth }
        }
        return length
    }
}
