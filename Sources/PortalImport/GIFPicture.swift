import Foundation

/// A GIF picture's first frame decoded to 8-bit grey or RGB pixels, its transparent colour laid on white paper.
///
/// Older sites publish a report's table pages as GIFs (a palette of 256 colours is enough for print); read by OCR like
/// any of a report's pictures (`PublishedPictures`). Only the first frame counts: a report's page does not move.
struct GIFPicture: Equatable {
    var width: Int
    var height: Int
    /// 1 (grey: every colour of the palette grey) or 3 (RGB).
    var channels: Int
    var pixels: [UInt8]

    static func isGIF(_ data: Data) -> Bool { data.starts(with: Array("GIF87a".utf8)) || data.starts(with: Array("GIF89a".utf8)) }

    init(_ data: Data, largestPicture: Int = PublishedPictures.largestPicture) throws(PictureProblem) {
        var reader = Reader(bytes: [UInt8](data), at: 6)
        guard Self.isGIF(data), let screen = reader.take(7) else { throw .damaged("it does not begin as a GIF does") }
        width = Int(screen[0]) | Int(screen[1]) << 8
        height = Int(screen[2]) | Int(screen[3]) << 8
        guard width > 0, height > 0 else { throw .damaged("it says it is \(width) × \(height) pixels") }
        guard width * height <= largestPicture else { throw .tooLarge(width: width, height: height) }
        var palette = screen[4] & 0x80 != 0 ? try reader.palette(of: screen[4]) : []
        var transparent: Int?
        // Extensions before the first frame: a graphic control block names its transparent colour.
        while true {
            guard let introducer = reader.take(1)?.first else { throw .damaged("it ends before its first frame (the file is cut short)") }
            if introducer == 0x2C { break }
            guard introducer == 0x21, let label = reader.take(1)?.first else { throw .damaged("it holds a block of no kind GIF knows before its first frame") }
            let blocks = try reader.subBlocks()
            if label == 0xF9, blocks.count >= 4, blocks[0] & 1 != 0 { transparent = Int(blocks[3]) }
        }
        guard let frame = reader.take(9) else { throw .damaged("its first frame's header is cut short") }
        let left = Int(frame[0]) | Int(frame[1]) << 8, top = Int(frame[2]) | Int(frame[3]) << 8
        let frameWidth = Int(frame[4]) | Int(frame[5]) << 8, frameHeight = Int(frame[6]) | Int(frame[7]) << 8
        guard frameWidth * frameHeight <= largestPicture else { throw .tooLarge(width: frameWidth, height: frameHeight) }
        if frame[8] & 0x80 != 0 { palette = try reader.palette(of: frame[8]) }
        guard !palette.isEmpty else { throw .damaged("it has no colour table") }
        guard let minimumCodeSize = reader.take(1)?.first, (2...8).contains(minimumCodeSize) else { throw .damaged("its first frame's code size is not 2 to 8") }
        let indices = try Self.decompressed(reader.subBlocks(), minimumCodeSize: Int(minimumCodeSize), count: frameWidth * frameHeight)
        let rows = frame[8] & 0x40 != 0 ? Self.interlacedRows(frameHeight) : Array(0..<frameHeight)
        let colours = palette.count / 3
        let grey = stride(from: 0, to: palette.count, by: 3).allSatisfy { (at: Int) -> Bool in palette[at] == palette[at + 1] && palette[at] == palette[at + 2] }
        channels = grey ? 1 : 3
        // Paper where no frame pixel lands or the frame is transparent.
        pixels = [UInt8](repeating: 255, count: width * height * channels)
        for (stored, row) in rows.enumerated() where top + row < height {
            for column in 0..<frameWidth where left + column < width {
                let index = Int(indices[stored * frameWidth + column])
                guard index != transparent, index < colours else { continue }
                let at = ((top + row) * width + left + column) * channels
                for channel in 0..<channels { pixels[at + channel] = palette[index * 3 + channel] }
            }
        }
    }

    /// The order in which an interlaced frame's rows are stored: every 8th from 0, every 8th from 4, every 4th from 2,
    /// every 2nd from 1.
    static func interlacedRows(_ height: Int) -> [Int] {
        [(0, 8), (4, 8), (2, 4), (1, 2)].flatMap { start, step in Array(stride(from: start, to: height, by: step)) }
    }

    /// LZW, as GIF codes it (variable width up to 12 bits, clear and end codes, least significant bit first):
    /// `count` palette indices, a short frame's rest left 0 (a colour, not a failure: browsers show such files).
    static func decompressed(_ data: [UInt8], minimumCodeSize: Int, count: Int) throws(PictureProblem) -> [UInt8] {
        let clear = 1 << minimumCodeSize, end = clear + 1
        var prefix = [Int](repeating: -1, count: 4096), suffix = [UInt8](repeating: 0, count: 4096), first = [UInt8](repeating: 0, count: 4096)
        for code in 0..<clear { suffix[code] = UInt8(truncatingIfNeeded: code); first[code] = UInt8(truncatingIfNeeded: code) }
        var output = [UInt8](), stack = [UInt8]()
        output.reserveCapacity(count)
        var codeSize = minimumCodeSize + 1, next = end + 1, previous = -1
        var bits = 0, bitCount = 0, at = 0
        while output.count < count {
            while bitCount < codeSize, at < data.count { bits |= Int(data[at]) << bitCount; bitCount += 8; at += 1 }
            guard bitCount >= codeSize else { break }
            let code = bits & ((1 << codeSize) - 1)
            bits >>= codeSize; bitCount -= codeSize
            if code == clear { codeSize = minimumCodeSize + 1; next = end + 1; previous = -1; continue }
            if code == end { break }
            guard code < next || (code == next && previous >= 0) else { throw .damaged("its picture data holds a code LZW never made (the file is damaged)") }
            // A code not yet in the table is the previous string and its own first character.
            var current = code == next ? previous : code
            stack.removeAll(keepingCapacity: true)
            if code == next { stack.append(first[previous]) }
            while current >= clear { stack.append(suffix[current]); current = prefix[current] }
            stack.append(UInt8(truncatingIfNeeded: current))
            output.append(contentsOf: stack.reversed().prefix(count - output.count))
            if previous >= 0, next < 4096 {
                prefix[next] = previous
                suffix[next] = stack[stack.count - 1]
                first[next] = first[previous]
                next += 1
                if next == 1 << codeSize, codeSize < 12 { codeSize += 1 }
            }
            previous = code
        }
        return output + [UInt8](repeating: 0, count: count - output.count)
    }

    private struct Reader {
        let bytes: [UInt8]
        var at: Int

        /// The next `count` bytes, indexed from 0.
        mutating func take(_ count: Int) -> [UInt8]? {
            guard at + count <= bytes.count else { return nil }
            defer { at += count }
            return Array(bytes[at..<(at + count)])
        }

        /// A colour table of the size the packed field `flags` gives: 2^(n+1) colours of 3 bytes.
        mutating func palette(of flags: UInt8) throws(PictureProblem) -> [UInt8] {
            guard let table = take(3 << ((Int(flags) & 7) + 1)) else { throw .damaged("its colour table is cut short") }
            return table
        }

        /// Data sub-blocks (a length byte, then that many bytes) up to the empty one, joined.
        mutating func subBlocks() throws(PictureProblem) -> [UInt8] {
            var joined: [UInt8] = []
            while true {
                guard let length = take(1)?.first else { throw .damaged("a block runs past the file's end (the file is cut short)") }
                if length == 0 { return joined }
                guard let block = take(Int(length)) else { throw .damaged("a block runs past the file's end (the file is cut short)") }
                joined += block
            }
        }
    }
}
