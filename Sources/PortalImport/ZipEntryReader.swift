import CZlib
import Foundation

/// Reads one file out of a zip archive (a `.docx`) held in memory: the
/// central directory locates it, zlib inflates it, its CRC-32 is checked.
/// Small on purpose: a damaged or hostile archive is an error, never a
/// crash, a hang or gigabytes of memory (ZIPFoundation, used before, looped
/// forever on a truncated deflate stream and trapped on some damaged
/// archives; both were found by fuzzing).
enum ZipEntryReader {
    enum Failure: Error, Equatable {
        /// No end-of-central-directory record, or a record pointing outside the file.
        case notAnArchive
        case missing(String)
        /// Unpacks to more than the limit.
        case tooLarge(Int)
        /// Bad offsets, a broken deflate stream, a wrong checksum, an unknown method.
        case damaged(String)
    }

    static func read(_ name: String, from archive: Data, limit: Int) throws(Failure) -> Data {
        let bytes = [UInt8](archive)
        guard let directory = endOfCentralDirectory(bytes) else { throw .notAnArchive }
        var position = directory.offset
        for _ in 0..<directory.entries {
            guard position + 46 <= bytes.count, u32(bytes, position) == 0x0201_4B50 else { throw .damaged("central directory") }
            let method = u16(bytes, position + 10)
            let crc = u32(bytes, position + 16)
            let compressed = Int(u32(bytes, position + 20))
            let size = Int(u32(bytes, position + 24))
            let nameLength = Int(u16(bytes, position + 28))
            let skip = nameLength + Int(u16(bytes, position + 30)) + Int(u16(bytes, position + 32))
            let local = Int(u32(bytes, position + 42))
            guard position + 46 + nameLength <= bytes.count else { throw .damaged("central directory") }
            let entryName = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            position += 46 + skip
            guard entryName == name else { continue }
            guard size <= limit else { throw .tooLarge(size) }
            guard local + 30 <= bytes.count, u32(bytes, local) == 0x0403_4B50 else { throw .damaged("local header") }
            let start = local + 30 + Int(u16(bytes, local + 26)) + Int(u16(bytes, local + 28))
            guard start <= bytes.count, compressed <= bytes.count - start else { throw .damaged("entry beyond the end of the file") }
            let stored = Array(bytes[start..<(start + compressed)])
            let data: [UInt8]
            switch method {
            case 0: data = stored
            case 8: data = try inflate(stored, expected: size, limit: limit)
            default: throw .damaged("compression method \(method)")
            }
            guard data.count == size, checksum(data) == crc else { throw .damaged("checksum") }
            return Data(data)
        }
        throw .missing(name)
    }

    /// Raw deflate → bytes, never more than `limit`; a stream that ends
    /// early or goes on past its input is damage, not a reason to wait.
    private static func inflate(_ input: [UInt8], expected: Int, limit: Int) throws(Failure) -> [UInt8] {
        guard let (status, output) = OneCallInflate.run(input, wrapping: .raw, capacity: min(max(expected, 1), limit) + 1) else { throw .damaged("zlib") }
        guard status == Z_STREAM_END else { throw .damaged("deflate stream") }
        return output
    }

    private static func checksum(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
    }

    /// The central directory's offset and entry count, from the record at the end.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> (offset: Int, entries: Int)? {
        guard bytes.count >= 22 else { return nil }
        // The record is 22 bytes plus a comment of at most 65,535.
        for at in stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1) where u32(bytes, at) == 0x0605_4B50 {
            let entries = Int(u16(bytes, at + 10))
            let offset = Int(u32(bytes, at + 16))
            guard offset < bytes.count else { return nil }
            return (offset, entries)
        }
        return nil
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
