import CZlib
import Foundation

/// A PNG picture decoded to 8-bit grey or RGB pixels, any transparency laid on white paper.
///
/// Agencies publish reports as pictures (a page of screenshots, one long picture made for phones): those are read by
/// OCR once put together as a PDF (`PublishedPictures`), where a PNG's pixels go in as they are. A PNG is decoded
/// here, not passed through, because a PDF cannot hold its alpha channel or its interlacing (screenshots are RGBA).
/// Every kind the PNG standard allows is read: grey, RGB, palette, with alpha, 1 to 16 bits, Adam7.
struct PNGPicture: Equatable {
    var width: Int
    var height: Int
    /// 1 (grey) or 3 (RGB).
    var channels: Int
    var pixels: [UInt8]
    /// Pixels per inch, where the picture says (`pHYs` in metres: a scanner's or an office suite's export).
    var resolution: Double?

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    init(_ data: Data, largestPicture: Int = PublishedPictures.largestPicture) throws(PictureProblem) {
        let bytes = [UInt8](data)
        guard bytes.starts(with: Self.signature) else { throw .damaged("it does not begin as a PNG does") }
        var header: Header?
        var palette: [UInt8] = [], transparency: [UInt8] = [], compressed: [UInt8] = []
        var at = 8
        chunks: while at + 8 <= bytes.count {
            let length = Int(Self.bigEndian(bytes, at)), type = String(decoding: bytes[(at + 4)..<(at + 8)], as: UTF8.self)
            guard length <= bytes.count - at - 8 else { throw .damaged("its \(type) part runs past the file's end (the file is cut short)") }
            let body = bytes[(at + 8)..<(at + 8 + length)]
            switch type {
            case "IHDR": header = try Header(body)
            case "PLTE": palette = Array(body)
            case "tRNS": transparency = Array(body)
            case "pHYs" where body.count >= 9 && body[body.startIndex + 8] == 1:
                resolution = Double(Self.bigEndian(Array(body), 0)) * 0.0254
            case "IDAT": compressed += body
            case "IEND": break chunks
            default: break
            }
            at += 12 + length
        }
        guard let header else { throw .damaged("it has no header (IHDR)") }
        guard header.width * header.height <= largestPicture else { throw .tooLarge(width: header.width, height: header.height) }
        guard !compressed.isEmpty else { throw .damaged("it holds no picture data (IDAT)") }
        if header.colourType == 3, palette.isEmpty { throw .damaged("its colours are a palette it does not hold (no PLTE)") }
        let raw = try Self.inflate(compressed, expected: header.passes.reduce(0) { $0 + $1.height * (1 + $1.rowBytes) })
        self.width = header.width
        self.height = header.height
        self.channels = header.isGrey ? 1 : 3
        self.pixels = try Self.pixels(raw, header: header, palette: palette, transparency: transparency)
    }

    /// IHDR: the picture's size and how its pixels are stored.
    struct Header {
        var width: Int, height: Int, depth: Int, colourType: Int, interlaced: Bool

        init(_ body: ArraySlice<UInt8>) throws(PictureProblem) {
            let bytes = Array(body)
            guard bytes.count >= 13 else { throw .damaged("its header (IHDR) is short") }
            width = Int(PNGPicture.bigEndian(bytes, 0)); height = Int(PNGPicture.bigEndian(bytes, 4))
            depth = Int(bytes[8]); colourType = Int(bytes[9]); interlaced = bytes[12] == 1
            let depths: [Int: [Int]] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
            guard width > 0, height > 0, width < 1 << 24, height < 1 << 24 else { throw .damaged("its header gives a size of \(width) × \(height) pixels") }
            guard depths[colourType]?.contains(depth) == true, bytes[10] == 0, bytes[11] == 0, bytes[12] <= 1 else {
                throw .damaged("its header names a kind of pixel no PNG has (colour type \(colourType), \(depth) bits)")
            }
        }

        var samples: Int { [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colourType] ?? 1 }
        var bitsPerPixel: Int { samples * depth }
        var isGrey: Bool { colourType == 0 || colourType == 4 }

        /// The passes the rows come in: one, or Adam7's seven (each a smaller picture of every 8th, 4th… pixel).
        var passes: [Pass] {
            let starts = interlaced ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)] : [(0, 0, 1, 1)]
            return starts.compactMap { x, y, xStep, yStep in
                let columns = (width - x + xStep - 1) / xStep, rows = (height - y + yStep - 1) / yStep
                guard columns > 0, rows > 0 else { return nil }
                return Pass(x: x, y: y, xStep: xStep, yStep: yStep, width: columns, height: rows, rowBytes: (columns * bitsPerPixel + 7) / 8)
            }
        }
    }

    struct Pass {
        var x: Int, y: Int, xStep: Int, yStep: Int, width: Int, height: Int, rowBytes: Int
    }

    static func bigEndian(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

    /// The zlib stream → exactly `expected` bytes (the filtered rows); fewer is a file cut short.
    private static func inflate(_ input: [UInt8], expected: Int) throws(PictureProblem) -> [UInt8] {
        guard let (status, output) = OneCallInflate.run(input, wrapping: .zlib, capacity: expected) else { throw .damaged("zlib could not start") }
        // All the rows read is enough: some encoders leave the stream's end (its checksum) off.
        guard output.count == expected, [Z_STREAM_END, Z_BUF_ERROR, Z_OK].contains(status) else {
            throw .damaged("its compressed pixels are damaged or cut short (\(output.count) of \(expected) bytes)")
        }
        return output
    }

    /// The filtered rows of every pass → the picture's pixels, 8 bits a sample, transparency laid on white.
    private static func pixels(_ raw: [UInt8], header: Header, palette: [UInt8], transparency: [UInt8]) throws(PictureProblem) -> [UInt8] {
        let channels = header.isGrey ? 1 : 3
        var pixels = [UInt8](repeating: 255, count: header.width * header.height * channels)
        let stride = max(1, header.bitsPerPixel / 8)
        let colours = Colours(header: header, palette: palette, transparency: transparency)
        var at = 0
        for pass in header.passes {
            var prior = [UInt8](repeating: 0, count: pass.rowBytes)
            var samples = [Int](repeating: 0, count: pass.width * header.samples)
            for row in 0..<pass.height {
                let filter = raw[at]
                var line = Array(raw[(at + 1)..<(at + 1 + pass.rowBytes)])
                at += 1 + pass.rowBytes
                guard unfilter(&line, prior: prior, filter: filter, stride: stride) else {
                    throw .damaged("a row of its pixels names a filter no PNG has (\(filter))")
                }
                Self.samples(of: line, depth: header.depth, into: &samples)
                let first = ((pass.y + row * pass.yStep) * header.width + pass.x) * channels
                samples.withUnsafeBufferPointer { samples in
                    pixels.withUnsafeMutableBufferPointer { pixels in
                        colours.write(samples, count: pass.width, into: pixels, from: first, step: pass.xStep * channels)
                    }
                }
                prior = line
            }
        }
        return pixels
    }

    /// A row's samples, each as stored (1 to 16 bits), in order.
    private static func samples(of line: [UInt8], depth: Int, into samples: inout [Int]) {
        line.withUnsafeBufferPointer { line in
            samples.withUnsafeMutableBufferPointer { samples in
                switch depth {
                case 8: for index in samples.indices { samples[index] = Int(line[index]) }
                case 16: for index in samples.indices { samples[index] = Int(line[2 * index]) << 8 | Int(line[2 * index + 1]) }
                default:
                    let mask = (1 << depth) - 1
                    for index in samples.indices {
                        let bit = index * depth
                        samples[index] = Int(line[bit >> 3] >> (8 - depth - bit & 7)) & mask
                    }
                }
            }
        }
    }

    /// How samples become colours on white paper: the colour type's channels, its palette, its alpha or transparent colour.
    private struct Colours {
        var header: Header
        var palette: [UInt8]
        /// Alpha by palette entry (type 3), or the transparent colour's samples (types 0 and 2).
        var transparency: [UInt8]

        init(header: Header, palette: [UInt8], transparency: [UInt8]) {
            self.header = header
            self.palette = palette
            self.transparency = transparency
        }

        /// `count` pixels' samples written from `first`, one pixel every `step` bytes.
        func write(_ samples: UnsafeBufferPointer<Int>, count: Int, into pixels: UnsafeMutableBufferPointer<UInt8>, from first: Int, step: Int) {
            let depth = header.depth, maximum = (1 << depth) - 1
            // A sample in 8 bits: 16 bits by the high byte, fewer than 8 scaled to 0…255.
            func eight(_ value: Int) -> Int { depth == 16 ? value >> 8 : (depth == 8 ? value : value * 255 / maximum) }
            func onWhite(_ colour: Int, _ alpha: Int) -> UInt8 { UInt8((colour * alpha + 255 * (255 - alpha) + 127) / 255) }
            let key = (0..<(transparency.count / 2)).map { Int(transparency[2 * $0]) << 8 | Int(transparency[2 * $0 + 1]) }
            var target = first
            for pixel in 0..<count {
                switch header.colourType {
                case 0:
                    let grey = samples[pixel]
                    pixels[target] = key.count >= 1 && grey == key[0] ? 255 : UInt8(eight(grey))
                case 2:
                    let at = 3 * pixel
                    let transparent = key.count >= 3 && samples[at] == key[0] && samples[at + 1] == key[1] && samples[at + 2] == key[2]
                    for channel in 0..<3 { pixels[target + channel] = transparent ? 255 : UInt8(eight(samples[at + channel])) }
                case 3:
                    let entry = samples[pixel], alpha = entry < transparency.count ? Int(transparency[entry]) : 255
                    for channel in 0..<3 {
                        let colour = 3 * entry + channel < palette.count ? Int(palette[3 * entry + channel]) : 0
                        pixels[target + channel] = onWhite(colour, alpha)
                    }
                case 4:
                    pixels[target] = onWhite(eight(samples[2 * pixel]), eight(samples[2 * pixel + 1]))
                default:
                    let at = 4 * pixel, alpha = eight(samples[at + 3])
                    for channel in 0..<3 { pixels[target + channel] = onWhite(eight(samples[at + channel]), alpha) }
                }
                target += step
            }
        }
    }

    /// PNG's five filters undone in place (each byte was stored as its difference from a neighbour's).
    private static func unfilter(_ line: inout [UInt8], prior: [UInt8], filter: UInt8, stride: Int) -> Bool {
        switch filter {
        case 0: return true
        case 1: for index in stride..<max(stride, line.count) { line[index] &+= line[index - stride] }
        case 2: for index in line.indices { line[index] &+= prior[index] }
        case 3:
            for index in line.indices {
                let left = index >= stride ? Int(line[index - stride]) : 0
                line[index] &+= UInt8((left + Int(prior[index])) / 2)
            }
        case 4:
            for index in line.indices {
                let left = index >= stride ? Int(line[index - stride]) : 0, above = Int(prior[index])
                let aboveLeft = index >= stride ? Int(prior[index - stride]) : 0
                let estimate = left + above - aboveLeft
                let (toLeft, toAbove, toAboveLeft) = (abs(estimate - left), abs(estimate - above), abs(estimate - aboveLeft))
                let predictor = toLeft <= toAbove && toLeft <= toAboveLeft ? left : (toAbove <= toAboveLeft ? above : aboveLeft)
                line[index] &+= UInt8(predictor)
            }
        default: return false
        }
        return true
    }
}

/// Why a picture (PNG or JPEG) cannot be read, said of the file.
enum PictureProblem: Error, Equatable {
    case damaged(String)
    case tooLarge(width: Int, height: Int)
}
