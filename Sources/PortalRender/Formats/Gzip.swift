import CZlib
import PortalModel
import Foundation

/// A gzip file made of pieces deflated independently (pigz's way), so that
/// every report's line is compressed on whichever core serialized it and
/// the pieces are joined in order: each piece ends on a byte boundary
/// (`Z_SYNC_FLUSH`, never a final block), the file ends with an empty final
/// block, and the pieces' CRCs are combined. The result is one ordinary gzip
/// member that `gzip -d`, Python's `gzip` and browsers read, and the same
/// input always gives the same bytes (no file name, modification time 0).
public enum Gzip {
    /// One deflated piece and what the trailer needs to know of it.
    public struct Piece: Sendable {
        public var deflated: Data
        public var crc: UInt32
        public var size: Int

        package init(deflated: Data, crc: UInt32, size: Int) {
            self.deflated = deflated
            self.crc = crc
            self.size = size
        }
    }

    /// Level 6 (zlib's default): report JSON shrinks about sevenfold; see BENCHMARKS.md.
    public static let level: Int32 = 6

    /// Deflates `data` as a piece of a larger stream.
    public static func piece(_ data: Data, level: Int32 = Gzip.level) -> Piece {
        let crc = data.withUnsafeBytes { input -> UInt32 in
            UInt32(crc32(0, input.bindMemory(to: Bytef.self).baseAddress, uInt(input.count)))
        }
        let deflated = Deflater.with(level: level) { stream -> Data in
            var output = Data(count: Int(deflateBound(stream, uLong(data.count))) + 16)
            let written = data.withUnsafeBytes { input -> Int in
                output.withUnsafeMutableBytes { out -> Int in
                    stream.pointee.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                    stream.pointee.avail_in = uInt(input.count)
                    stream.pointee.next_out = out.bindMemory(to: Bytef.self).baseAddress
                    stream.pointee.avail_out = uInt(out.count)
                    let status = deflate(stream, Z_SYNC_FLUSH)
                    precondition(status == Z_OK && stream.pointee.avail_in == 0, "deflateBound leaves room for the whole piece")
                    return out.count - Int(stream.pointee.avail_out)
                }
            }
            // A batch of pieces waits for the joined files: hold the deflated
            // bytes only, not the bound (≈ the JSON's size, 5–7 times as many).
            return output.prefix(written).withUnsafeBytes { Data($0) }
        }
        return Piece(deflated: deflated, crc: crc, size: data.count)
    }

    /// The fixed header: deflate, no name, time 0, Unix.
    static let header = Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03])
    /// An empty final block with fixed codes: what ends a stream of flushed pieces.
    static let finalBlock = Data([0x03, 0x00])

    /// The whole file for `pieces`, in memory (tests and small files).
    public static func compress(_ pieces: [Piece]) -> Data {
        var file = header
        var crc: UInt32 = 0
        var size = 0
        for piece in pieces {
            file += piece.deflated
            crc = combine(crc, piece)
            size += piece.size
        }
        return file + finalBlock + trailer(crc: crc, size: size)
    }

    static func combine(_ crc: UInt32, _ piece: Piece) -> UInt32 {
        UInt32(crc32_combine(uLong(crc), uLong(piece.crc), off_t(piece.size)))
    }

    static func trailer(crc: UInt32, size: Int) -> Data {
        let isize = UInt32(truncatingIfNeeded: size)
        return Data([crc, isize].flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } })
    }

    /// Everything a gzip file decompresses to (tests, and readers of the archives).
    public static func decompress(_ data: Data) -> Data? {
        var stream = z_stream()
        // 15 + 32: accept a gzip or zlib header.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var result = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return data.withUnsafeBytes { input -> Data? in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let status = buffer.withUnsafeMutableBytes { out -> Int32 in
                    stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                    stream.avail_out = uInt(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                result.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                if status == Z_STREAM_END { return result }
                if status != Z_OK { return nil }
            }
        }
    }
}

/// A gzip file written piece by piece into an output stream.
final class GzipFile {
    private let file: any OutputStreamFile
    private var crc: UInt32 = 0
    private var size = 0

    init(_ file: any OutputStreamFile) throws {
        self.file = file
        try file.append(Gzip.header)
    }

    /// False for a file kept from the previous build, which takes nothing.
    var writes: Bool { !(file is KeptFile) }

    func append(_ piece: Gzip.Piece) throws {
        try file.append(piece.deflated)
        crc = Gzip.combine(crc, piece)
        size += piece.size
    }

    func close() throws {
        try file.append(Gzip.finalBlock + Gzip.trailer(crc: crc, size: size))
        try file.close()
    }
}
