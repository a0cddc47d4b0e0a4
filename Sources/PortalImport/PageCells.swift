import Foundation

/// A scanned page's table split into its cells, each to be read by Tesseract on its own.
///
/// Tesseract reads a page as lines of text. On a scanned table that fails (session 39: 0 of 24 real
/// reports' scans read right): the rules read as characters, a row whose label wraps over two or three
/// lines sets its figures between Tesseract's lines, and lone digits far apart among Chinese read as
/// characters. Read alone, a cell's figure or wrapped label reads right (4,400 of 4,800 figures in the
/// measured prototype). A cell is what the rules enclose: the page's rules (straight dark runs of at
/// least `ruleLength`, 10 mm, across or down: longer than any stroke of a character) are masked, and each
/// connected region of what is left that is bounded — smaller than the page, not a sliver between
/// double rules — and holds ink is a cell. The rest of the page (its text around the tables) is read as
/// before, with the cells and rules painted out in the page's paper.
struct PageCells {
    /// One cell: its picture (the region's pixels on the page's paper, with a margin) and where that picture's top
    /// left corner lies on the page, in pixels.
    struct Cell: Equatable {
        var left: Int
        var top: Int
        var picture: PagePicture
    }

    var cells: [Cell]
    /// The page with its cells and rules painted out in its paper.
    var rest: PagePicture

    /// White around a cell's picture: Tesseract reads a character touching the picture's edge poorly.
    static let margin = 10
    /// Below this a pixel is ink.
    static let inkBelow: UInt8 = 128
    /// A rule's pixels and this many either side (a scan's grey edge, a rule's slight slope) are the rule's.
    static let ruleWidening = 2
    /// A region narrower or lower than this (in pixels at 300 dpi: 1.7 mm) is a sliver between double rules.
    static let smallestSide = 20
    /// A region with fewer inked pixels than this is specks, no cell's text.
    static let leastInk = 15

    /// A cell's piece of ink no wider or taller than this (0.6 mm) with no other ink within `speckClearance` (0.6 mm) is a
    /// speck (`PagePicture.despeckled`): a copier's specks are 0.1–0.4 mm; a table's figures at 9 points or more print
    /// their points and commas some 0.3 mm from their digits, and dashes and a character's dots are longer or nearer.
    static func speckSide(resolution: Double) -> Int { Int(resolution * 0.6 / 25.4) }
    static func speckClearance(resolution: Double) -> Int { Int(resolution * 0.6 / 25.4) }

    /// The shortest run of dark pixels taken for a rule, at `resolution` pixels per inch (10 mm: a character of
    /// a report's 22-point title is under 8 mm, its longest stroke less).
    static func ruleLength(resolution: Double) -> Int { Int(resolution * 10 / 25.4) }

    init(_ page: PagePicture, resolution: Double) {
        // What is cut away or painted out is painted the page's own paper: on a grey scan, white patches on grey paper make
        // Tesseract take the grey for ink (a page's rest read as nothing, its headings lost; a cell's label misread).
        let paper = Self.paper(of: page)
        // A rule's breaks are bridged on grey paper only: a black-and-white scan's cells stay as session 40 measured them.
        // Faint rules are looked for on white paper too: a web page's table captured or printed in grey draws each cell's
        // box light below and right (168 where its top and left print 84).
        let rule = Self.rules(in: page, length: Self.ruleLength(resolution: resolution), bridgingBreaks: paper < 255,
                              faintBelow: Self.faintInkBelow(paper: paper))
        let regions = Regions(notMarked: rule, width: page.width, height: page.height)
        let (speck, clearance) = (Self.speckSide(resolution: resolution), Self.speckClearance(resolution: resolution))
        var cells: [Cell] = [], rest = page
        for region in regions.all {
            let width = region.right - region.left + 1, height = region.bottom - region.top + 1
            guard width <= Int(0.95 * Double(page.width)), height <= Int(0.6 * Double(page.height)),
                  width >= Self.smallestSide, height >= Self.smallestSide else { continue }
            let side = Self.margin
            var pixels = [UInt8](repeating: paper, count: (width + 2 * side) * (height + 2 * side))
            var shades = [Int](repeating: 0, count: 256)
            for run in region.runs {
                for x in run.start...run.end {
                    pixels[(run.y - region.top + side) * (width + 2 * side) + x - region.left + side] = page.pixels[run.y * page.width + x]
                    shades[Int(page.pixels[run.y * page.width + x])] += 1
                }
            }
            let picture = PagePicture(width: width + 2 * side, height: height + 2 * side, pixels: pixels)
                .despeckled(side: speck, clearance: clearance, paper: paper, specksTogether: true)
            // A cell holds ink where it prints darker than the faint shade of its own grey paper: 淮安 2024 toned and blurred
            // printed a row's `11` in greys of 128–180 at most, and the cell, taken for blank, was written blank (its ink left
            // to the rest, read as nothing). Its own paper: a block of even grey (a photograph's) holds no ink.
            let own = Self.paper(shades: shades), faint = own < 255 ? Self.faintInkBelow(paper: own) : Self.inkBelow
            guard picture.pixels.lazy.filter({ $0 < faint }).count >= Self.leastInk else { continue }
            for run in region.runs {
                for x in run.start...run.end { rest.pixels[run.y * page.width + x] = paper }
            }
            cells.append(Cell(left: region.left - side, top: region.top - side, picture: picture))
        }
        for index in rule.indices where rule[index] { rest.pixels[index] = paper }
        self.cells = cells
        // The text around the tables too: a speck in a heading or the title is read as a mark in it (`六、` lost, the year).
        self.rest = rest.despeckled(side: speck, clearance: clearance, paper: paper)
    }

    /// The page's paper: its commonest shade lighter than ink (white on a scan in black and white; the grey a grey or
    /// colour scan, or a darker sheet, leaves).
    static func paper(of page: PagePicture) -> UInt8 {
        paper(shades: page.shades)
    }

    static func paper(shades counts: [Int]) -> UInt8 {
        let light = Int(inkBelow)...255
        return UInt8(light.max { counts[$0] < counts[$1] } ?? 255)
    }

    /// What is darker than this is also looked at for rules (`rules(faintBelow:)`): halfway between the paper and
    /// `inkBelow` (183 on a toned copy's paper of 239, 191 on white).
    static func faintInkBelow(paper: UInt8) -> UInt8 {
        UInt8((Int(paper) + Int(inkBelow)) / 2)
    }

    /// The page's rule pixels: runs of ink at least `length` long across or down (gaps of a pixel or two, a scan's
    /// broken line, do not end a run), widened by `ruleWidening` each way. `bridgingBreaks`: rules across bridge a
    /// longer break (`markRuns`). `faintBelow`: the runs of what is darker than it are rules too — a grey scan's thin
    /// rule, turned and levelled, prints grey, its darkest pixels 110–140 along it where `inkBelow` cut it into pieces
    /// (淮安 2024 in black and white, askew on toned paper: table 三's columns and rows lost, its figures read as one line).
    /// A pass of its own, its runs added to `inkBelow`'s: at the faint shade a shaded heading is one block, too thick for a
    /// rule (`RuleAcross`), where `inkBelow`'s pass finds the rule along its edge.
    ///
    /// A table whose cells are spaced apart (a web page's `cellspacing`, printed or captured and scanned) draws each cell's
    /// own box: its rules stop a little short of the next cell's, at the rule crossing them. A narrow cell's stretch of
    /// rule is shorter than `length` (沭阳县发改局 2023 printed by a browser: the columns 商业企业 to 其他 and 总计, under 10 mm
    /// wide, ran down the whole table as one region, too tall for a cell, their figures read with the page's rest: `0`
    /// read `4`, `ee`). So a second pass joins the stretches of one line across a gap of up to `cellSpacing` where both
    /// stretches end on a rule the first pass found crossing them.
    static func rules(in page: PagePicture, length: Int, bridgingBreaks: Bool = false, faintBelow: UInt8? = nil) -> [Bool] {
        let width = page.width, height = page.height
        var rule = [Bool](repeating: false, count: width * height)
        let spacing = cellSpacing(ruleLength: length)
        page.pixels.withUnsafeBufferPointer { ink in
            // The first pass has no rules to cross (none marked); the second crosses the first's.
            var crossing = [Bool]()
            for _ in 0..<2 {
                rule.withUnsafeMutableBufferPointer { marks in
                    crossing.withUnsafeBufferPointer { crossing in
                        for below in [inkBelow] + (faintBelow.map { [$0] } ?? []) {
                            markRuns(ink, below: below, lines: height, length: width, step: 1, stride: width, minimum: length, bridging: bridgingBreaks,
                                     crossing: crossing, spacing: spacing, into: marks)
                            // Down, never bridged: a rule ending above a merged row's text would go on into its characters' strokes.
                            markRuns(ink, below: below, lines: width, length: height, step: width, stride: 1, minimum: length, bridging: false,
                                     crossing: crossing, spacing: spacing, into: marks)
                        }
                    }
                }
                crossing = rule
            }
        }
        return widened(rule, width: width, height: height, by: ruleWidening)
    }

    /// The widest gap between two spaced cells' rules that is bridged (1 mm, a tenth of the shortest rule: a browser's
    /// default spacing of 2 pixels prints 0.5 mm; a screen capture enlarged to a page's width, twice that).
    static func cellSpacing(ruleLength: Int) -> Int { ruleLength / 10 }

    /// Marks the runs of ink (darker than `below`) at least `minimum` long along `lines` lines of `length` pixels: line `i`'s pixel `j`
    /// is at `i * stride + j * step`. A pixel counts as ink where it or the pixel beside it on either
    /// neighbouring line is: a scanned rule one or two pixels thick, left a little askew, steps from one line
    /// of pixels to the next and would break into short runs on each. `bridging`: a rule broken for up to a tenth of
    /// `minimum` (1 mm: a colour scan's seal over it, its ink lifted to paper) goes on where a run of a sixth of `minimum`
    /// follows in line — broken, it left a stub of itself in a cell and ran two cells into one (a dash under the seal lost).
    /// `crossing`: the rules found by a first pass (empty for none); a gap of up to `spacing` between two runs each ending on
    /// one of them (within `ruleWidening`) is a spaced table's, bridged.
    private static func markRuns(_ ink: UnsafeBufferPointer<UInt8>, below inkBelow: UInt8, lines: Int, length: Int, step: Int, stride: Int, minimum: Int,
                                 bridging: Bool, crossing: UnsafeBufferPointer<Bool>, spacing: Int, into rule: UnsafeMutableBufferPointer<Bool>) {
        let largestGap = 3, bridged = bridging ? minimum / 10 : -1, stub = minimum / 6
        for line in 0..<lines {
            let base = line * stride
            let below = line > 0 ? -stride : 0, above = line + 1 < lines ? stride : 0
            var runs: [(start: Int, end: Int)] = []
            var start = -1, lastInk = -1
            for j in 0..<length {
                let at = base + j * step
                guard ink[at] < inkBelow || ink[at + below] < inkBelow || ink[at + above] < inkBelow else { continue }
                if start < 0 || j - lastInk > largestGap + 1 {
                    if start >= 0 { runs.append((start, lastInk)) }
                    start = j
                }
                lastInk = j
            }
            if start >= 0 { runs.append((start, lastInk)) }
            // Whether the pixels from `j` to `j + toward * ruleWidening` (inside a run) hold a crossing rule.
            func crossed(_ j: Int, toward: Int) -> Bool {
                guard !crossing.isEmpty else { return false }
                return (0...ruleWidening).contains { k in
                    let at = j + toward * k
                    return at >= 0 && at < length && crossing[base + at * step]
                }
            }
            var joined: [(start: Int, end: Int)] = []
            for run in runs {
                if let last = joined.last, case let gap = run.start - last.end - 1,
                   case let (before, after) = (last.end - last.start + 1, run.end - run.start + 1),
                   (gap <= bridged && ((before >= minimum && after >= stub) || (after >= minimum && before >= stub)))
                    || (gap <= spacing && crossed(last.end, toward: -1) && crossed(run.start, toward: 1)) {
                    joined[joined.count - 1].end = run.end
                } else {
                    joined.append(run)
                }
            }
            let across = RuleAcross(ink: ink, below: inkBelow, line: line, lines: lines, stride: stride, thickest: minimum / 10)
            for run in joined where run.end - run.start + 1 >= minimum {
                for piece in across.rules(along: run, base: base, step: step, minimum: minimum) {
                    for j in piece.start...piece.end { rule[base + j * step] = true }
                }
            }
        }
    }

    /// The marks widened by `distance` pixels across and down (a square around each).
    private static func widened(_ marks: [Bool], width: Int, height: Int, by distance: Int) -> [Bool] {
        var across = marks
        marks.withUnsafeBufferPointer { source in
            across.withUnsafeMutableBufferPointer { target in
                for y in 0..<height {
                    let base = y * width
                    for x in 0..<width where source[base + x] {
                        for nx in max(0, x - distance)...min(width - 1, x + distance) { target[base + nx] = true }
                    }
                }
            }
        }
        var down = across
        across.withUnsafeBufferPointer { source in
            down.withUnsafeMutableBufferPointer { target in
                for y in 0..<height {
                    for x in 0..<width where source[y * width + x] {
                        for ny in max(0, y - distance)...min(height - 1, y + distance) { target[ny * width + x] = true }
                    }
                }
            }
        }
        return down
    }
}

/// The connected regions (four neighbours) of a picture's unmarked pixels, found row by row: each row's
/// runs of unmarked pixels, joined to the runs they touch in the row above.
struct Regions {
    struct Run: Equatable {
        var y: Int
        var start: Int
        var end: Int
    }

    struct Region: Equatable {
        var left: Int
        var top: Int
        var right: Int
        var bottom: Int
        var runs: [Run]
    }

    /// In the order of each region's first run (top to bottom, left to right).
    let all: [Region]

    init(notMarked marks: [Bool], width: Int, height: Int) {
        var runs: [Run] = []
        var parent: [Int] = []
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var above = 0..<0
        marks.withUnsafeBufferPointer { marked in
            for y in 0..<height {
                let first = runs.count, base = y * width
                var x = 0
                while x < width {
                    guard !marked[base + x] else { x += 1; continue }
                    let start = x
                    while x < width, !marked[base + x] { x += 1 }
                    runs.append(Run(y: y, start: start, end: x - 1))
                    parent.append(runs.count - 1)
                }
                // Runs of the row above that share a column with a run of this row are one region with it.
                var upper = above.lowerBound
                for index in first..<runs.count {
                    while upper < above.upperBound, runs[upper].end < runs[index].start { upper += 1 }
                    var touching = upper
                    while touching < above.upperBound, runs[touching].start <= runs[index].end {
                        let a = root(touching), b = root(index)
                        if a != b { parent[max(a, b)] = min(a, b) }
                        touching += 1
                    }
                }
                above = first..<runs.count
            }
        }
        var order: [Int: Int] = [:]
        var regions: [Region] = []
        for (index, run) in runs.enumerated() {
            let owner = root(index)
            if let at = order[owner] {
                regions[at].left = min(regions[at].left, run.start)
                regions[at].right = max(regions[at].right, run.end)
                regions[at].bottom = run.y
                regions[at].runs.append(run)
            } else {
                order[owner] = regions.count
                regions.append(Region(left: run.start, top: run.y, right: run.end, bottom: run.y, runs: [run]))
            }
        }
        all = regions
    }
}

extension PagePicture {
    /// The picture blurred a little (a Gaussian of about a pixel, `1 4 6 4 1` across and down). A scan in black and
    /// white prints each stroke with jagged edges, on which Tesseract's Chinese model loses whole lines of a
    /// wrapped label (`6.属于四` / `类过程性` / `信息` read `6.属于四 信息`); softened, they read.
    func softened() -> PagePicture {
        // Along `count` pixels of each of `lines` lines (pixel `j` of line `i` at `i * stride + j * step`); at the
        // picture's edges only the weights that fall inside count.
        func pass(_ source: [UInt8], step: Int, count: Int, lines: Int, stride: Int) -> [UInt8] {
            var target = source
            source.withUnsafeBufferPointer { from in
                target.withUnsafeMutableBufferPointer { to in
                    for line in 0..<lines {
                        let base = line * stride
                        for index in 0..<count {
                            var sum = 6 * Int(from[base + index * step]), total = 6
                            if index >= 1 { sum += 4 * Int(from[base + (index - 1) * step]); total += 4 }
                            if index >= 2 { sum += Int(from[base + (index - 2) * step]); total += 1 }
                            if index + 1 < count { sum += 4 * Int(from[base + (index + 1) * step]); total += 4 }
                            if index + 2 < count { sum += Int(from[base + (index + 2) * step]); total += 1 }
                            to[base + index * step] = UInt8(sum / total)
                        }
                    }
                }
            }
            return target
        }
        let across = pass(pixels, step: 1, count: width, lines: height, stride: width)
        return PagePicture(width: width, height: height, pixels: pass(across, step: width, count: height, lines: width, stride: 1))
    }
}

extension PagePicture {
    /// A cell's two pictures in black and white, from one count of its shades. `sharp`: what the cell is read from — a grey
    /// picture (a cell of a grey or colour scan) cut at its midpoint, nil for a picture on white paper (a scan in black
    /// and white as `pdftoppm` renders it: its thin dashes, levelled, hold no black pixel, only greys, so the paper tells
    /// it, not the ink). A cell is read sharp and softened so that two unlike pictures must agree (`ScannedPages.agreed`);
    /// a grey scan's picture is smooth already, and softened it is nearly the same picture — a clear `179.73` read
    /// `173.73` in both. In black and white it is again the picture with jagged strokes the two readings were measured on.
    /// `shapes`: the picture cut at its midpoint whatever its paper, where its digits' shapes are measured (`digitLoops`,
    /// `digitFeet`): a serif font's digits rendered in grey on white paper (淮安 2024's pictures) print hairlines lighter
    /// than `PageCells.inkBelow`: cut there, a 9's bowl opens and a 3119 was said to be shaped as 3115. nil for a
    /// picture holding no ink.
    func inBlackAndWhite() -> (sharp: PagePicture?, shapes: PagePicture?) {
        let counts = shades
        let paper = PageCells.paper(shades: counts)
        let shapes = atItsMidpoint(shades: counts, paper: paper)
        return (paper < 255 ? shapes : nil, shapes)
    }

    /// The picture in black and white at the midpoint of its ink (the median shade of its pixels darker than
    /// `PageCells.inkBelow`, or on grey paper where none is, than `PageCells.faintInkBelow`: a blurred cell's thin 1s) and
    /// its paper; nil when no pixel is ink.
    private func atItsMidpoint(shades counts: [Int], paper: UInt8) -> PagePicture? {
        var dark = counts[..<Int(PageCells.inkBelow)]
        if paper < 255, !dark.contains(where: { $0 > 0 }) { dark = counts[..<Int(PageCells.faintInkBelow(paper: paper))] }
        guard dark.contains(where: { $0 > 0 }) else { return nil }
        var below = 0, ink = 0
        let half = (dark.reduce(0, +) + 1) / 2
        for shade in dark.indices {
            below += dark[shade]
            if below >= half { ink = shade; break }
        }
        let midpoint = UInt8((ink + Int(paper)) / 2)
        return PagePicture(width: width, height: height, pixels: pixels.map { $0 < midpoint ? 0 : 255 })
    }

    /// How many pixels are of each shade, 0 to 255.
    var shades: [Int] {
        var counts = [Int](repeating: 0, count: 256)
        pixels.withUnsafeBufferPointer { pixels in
            for value in pixels { counts[Int(value)] += 1 }
        }
        return counts
    }
}
