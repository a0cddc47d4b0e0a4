import Foundation

/// A scanned page as rendered for OCR: grey, one byte a pixel (0 black … 255 white), read from and
/// written to the PGM file `pdftoppm -gray` makes.
///
/// Sheets are fed askew and landscape tables are scanned on their side. Tesseract reads a row of
/// thin digits wrong when its line slopes (a 0.6° page lost table 四's zeros) and reads nothing on a
/// page turned a quarter, so each page is set upright (`quarterTurned`, from Tesseract's orientation
/// model) and level (`skew`, `turned(by:)`) before it is read.
struct PagePicture: Equatable {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "a picture's pixels are its width times its height")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// A binary PGM (`P5`, one byte a pixel: a maximum value of 255 or less); nil for anything else.
    init?(pgm data: Data) {
        guard let header = Self.netpbmHeader(data, kind: "5"), data.endIndex - header.start >= header.width * header.height else { return nil }
        var pixels = [UInt8](data[header.start..<(header.start + header.width * header.height)])
        let maximum = header.maximum
        if maximum != 255 { for i in pixels.indices { pixels[i] = UInt8(min(255, Int(pixels[i]) * 255 / maximum)) } }
        self.init(width: header.width, height: header.height, pixels: pixels)
    }

    /// A binary Netpbm file's header (`P` and `kind`, its width, height and maximum value up to 255): the fields and
    /// where the pixels start; nil if it is no such header.
    static func netpbmHeader(_ data: Data, kind: Character) -> (width: Int, height: Int, maximum: Int, start: Int)? {
        var fields: [Int] = [], index = data.startIndex
        guard data.count > 2, data[index] == UInt8(ascii: "P"), let kind = kind.asciiValue, data[index + 1] == kind else { return nil }
        index += 2
        while fields.count < 3, index < data.endIndex {
            let byte = data[index]
            if byte == UInt8(ascii: "#") {
                while index < data.endIndex, data[index] != UInt8(ascii: "\n") { index += 1 }
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                var value = 0
                while index < data.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(data[index]), value < 1 << 20 {
                    value = value * 10 + Int(data[index] - UInt8(ascii: "0"))
                    index += 1
                }
                fields.append(value)
                continue
            } else if !(byte == 0x20 || (0x09...0x0D).contains(byte)) {
                return nil
            }
            index += 1
        }
        // One whitespace byte ends the header; the pixels follow.
        index += 1
        guard fields.count == 3, fields[0] > 0, fields[1] > 0, (1...255).contains(fields[2]) else { return nil }
        return (fields[0], fields[1], fields[2], index)
    }

    var pgm: Data {
        var data = Data("P5\n\(width) \(height)\n255\n".utf8)
        data.append(contentsOf: pixels)
        return data
    }

    // MARK: Skew

    /// Skew found within this many degrees either way; a sheet fed further askew than 5° is rare, and
    /// beyond it a table's rows can no longer be told by their slope alone.
    static let largestSkew = 5.0

    /// The angle in degrees by which the page's lines rise to the right (a sheet turned anticlockwise as
    /// it was fed: positive), found as the slope along which the dark pixels' rows are sharpest (their
    /// counts change most from one row to the next: text lines and a table's rules standing apart from
    /// the white between them). Coarse steps of ¼°, then steps of 1/40°.
    func skew() -> Double {
        let cells = DarkCells(self, rows: 2, columns: 8)
        guard cells.count > 0 else { return 0 }
        // Angles too close to move any cell to another row score alike: the middle of the best run is taken.
        func best(_ angles: some Sequence<Double>) -> Double {
            let scored = angles.map { (angle: $0, score: cells.sharpness(rising: $0)) }
            guard let top = scored.map(\.score).max(), let first = scored.firstIndex(where: { $0.score == top }) else { return 0 }
            let last = scored[first...].firstIndex { $0.score != top }.map { $0 - 1 } ?? scored.count - 1
            return (scored[first].angle + scored[last].angle) / 2
        }
        let coarse = best(stride(from: -Self.largestSkew, through: Self.largestSkew, by: 0.25))
        return best(stride(from: coarse - 0.25, through: coarse + 0.25, by: 0.025))
    }

    /// The picture turned clockwise by `degrees` about its middle (what levels a page whose lines rise
    /// by that angle), the corners it uncovers white; each pixel the weighted mean of the four it falls
    /// between, so that thin strokes stay whole.
    func turned(by degrees: Double) -> PagePicture {
        let radians = degrees * .pi / 180, cosine = cos(radians), sine = sin(radians)
        let middleX = Double(width - 1) / 2, middleY = Double(height - 1) / 2
        var turned = [UInt8](repeating: 255, count: pixels.count)
        pixels.withUnsafeBufferPointer { source in
            turned.withUnsafeMutableBufferPointer { target in
                for y in 0..<height {
                    let dy = Double(y) - middleY
                    for x in 0..<width {
                        let dx = Double(x) - middleX
                        // Where this pixel was before the page was levelled: turned back anticlockwise.
                        let sx = middleX + dx * cosine + dy * sine, sy = middleY - dx * sine + dy * cosine
                        let left = Int(sx.rounded(.down)), top = Int(sy.rounded(.down))
                        guard left >= 0, top >= 0, left + 1 < width, top + 1 < height else { continue }
                        let fx = sx - Double(left), fy = sy - Double(top), row = top * width + left
                        let upper = Double(source[row]) * (1 - fx) + Double(source[row + 1]) * fx
                        let lower = Double(source[row + width]) * (1 - fx) + Double(source[row + width + 1]) * fx
                        target[y * width + x] = UInt8((upper * (1 - fy) + lower * fy).rounded())
                    }
                }
            }
        }
        return PagePicture(width: width, height: height, pixels: turned)
    }

    /// The picture turned clockwise by `quarters` quarter turns (a landscape page scanned on its side).
    func quarterTurned(clockwise quarters: Int) -> PagePicture {
        let turns = ((quarters % 4) + 4) % 4
        guard turns != 0 else { return self }
        let (newWidth, newHeight) = turns == 2 ? (width, height) : (height, width)
        var turned = [UInt8](repeating: 255, count: pixels.count)
        for y in 0..<newHeight {
            for x in 0..<newWidth {
                let (sx, sy): (Int, Int)
                switch turns {
                case 1: (sx, sy) = (y, height - 1 - x)
                case 2: (sx, sy) = (width - 1 - x, height - 1 - y)
                default: (sx, sy) = (width - 1 - y, x)
                }
                turned[y * newWidth + x] = pixels[sy * width + sx]
            }
        }
        return PagePicture(width: newWidth, height: newHeight, pixels: turned)
    }
}

/// A picture's dark pixels counted in cells of a few rows by a few more columns: what the skew is measured
/// on. Rows of two pixels keep the lines' edges sharp (on 4-pixel squares a table's page measured 0.4° off);
/// columns of eight are a sixteenth of the work, the lines' slope being read across the whole width.
struct DarkCells {
    private let xs: [Double], ys: [Double], weights: [Double]
    private let rows: Int
    private let widest: Double

    init(_ picture: PagePicture, rows rowStep: Int, columns columnStep: Int) {
        let columns = picture.width / columnStep, rows = picture.height / rowStep
        // Columns counted in rows' units, so that a slope is the page's.
        let columnWidth = Double(columnStep) / Double(rowStep)
        var xs: [Double] = [], ys: [Double] = [], weights: [Double] = []
        var counts = [Int](repeating: 0, count: columns)
        picture.pixels.withUnsafeBufferPointer { pixels in
            for row in 0..<rows {
                for index in counts.indices { counts[index] = 0 }
                for y in (row * rowStep)..<(row * rowStep + rowStep) {
                    let line = y * picture.width
                    for x in 0..<(columns * columnStep) where pixels[line + x] < 128 { counts[x / columnStep] += 1 }
                }
                for (column, count) in counts.enumerated() where count > 0 {
                    xs.append(Double(column) * columnWidth)
                    ys.append(Double(row))
                    weights.append(Double(count))
                }
            }
        }
        (self.xs, self.ys, self.weights, self.rows, widest) = (xs, ys, weights, rows, Double(max(0, columns - 1)) * columnWidth)
    }

    var count: Int { weights.count }

    /// The squares' counts summed along lines rising by `angle` degrees; the sum of the squared changes
    /// from one line to the next (large when the lines follow the print).
    func sharpness(rising angle: Double) -> Double {
        let slope = tan(angle * .pi / 180)
        // A line rising to the right falls in rows as its columns grow: row + column × slope stays.
        let lowest = min(0, slope * widest)
        var bins = [Double](repeating: 0, count: rows + Int(abs(slope) * widest) + 3)
        bins.withUnsafeMutableBufferPointer { bins in
            for index in weights.indices {
                let bin = Int((ys[index] + xs[index] * slope - lowest).rounded())
                if bin >= 0, bin < bins.count { bins[bin] += weights[index] }
            }
        }
        var score = 0.0
        for index in bins.indices.dropFirst() {
            let change = bins[index] - bins[index - 1]
            score += change * change
        }
        return score
    }
}
