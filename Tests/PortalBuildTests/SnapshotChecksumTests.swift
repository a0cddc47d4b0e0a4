import Foundation
@testable import PortalBuild
import PortalSupport
import Testing

/// The cache files' checksum is XXH64: the reference's values, so that a
/// slip in a lane or a tail would not pass as a checksum that still tells
/// files apart.
@Suite("Cache file checksums")
struct SnapshotChecksumTests {
    static func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(($0 * 7 + 3) % 251) }
    }

    /// Whole values published with xxHash's ports (ClickHouse's and the Nim
    /// port's tests, the doctest of a C++ one): the short paths and the tails.
    static let published: [(String, UInt64)] = [
        ("", 0xEF46_DB37_51D8_E999), ("a", 0xD24E_C4F1_A98C_6E5B), ("abc", 0x44BC_2CF5_AD77_0999),
        ("ABC", 0xE66A_E735_4FCF_EE98), ("xxhash", 0x32DD_3895_2C4B_C720), ("abcdefghijklmnopqrstuvwxyz12345", 0x4676_0590_1B01_D6F6),
    ]

    @Test(arguments: published)
    func shortInputsHashAsTheReferenceDoes(text: String, expected: UInt64) {
        #expect(XXHash64.hash(Array(text.utf8)[...]) == expected)
        #expect(XXHash64.hex(Array(text.utf8)[...]) == String(expected, radix: 16).leftPadded(to: 16))
    }

    /// zstd's frame checksum is the low 32 bits of the content's XXH64
    /// (`zstd --check`, the frame's last four bytes): values taken from it
    /// for inputs that run through the 32-byte stripes.
    static let zstdChecked: [(Int, UInt32)] = [
        (0, 0x51D8_E999), (1, 0xBC1F_4BB6), (3, 0x52E5_64C9), (31, 0xCC4A_6119), (32, 0xF790_FD97),
        (100, 0x8290_F456), (1_000, 0x2408_5EA4), (12_345, 0x474B_D00C),
    ]

    @Test(arguments: zstdChecked)
    func longInputsHashAsZstdChecksThem(count: Int, low: UInt32) {
        #expect(UInt32(truncatingIfNeeded: XXHash64.hash(Self.bytes(count)[...])) == low)
    }

    /// A file's head holds its body's checksum: one changed byte anywhere or one byte less is another checksum.
    @Test func everyByteOfABodyCounts() {
        let body = Self.bytes(1_000)
        let whole = SnapshotFile.digest(body[...])
        #expect(whole.count == 16)
        for position in stride(from: 0, to: body.count, by: 37) {
            var changed = body
            changed[position] ^= 0x01
            #expect(SnapshotFile.digest(changed[...]) != whole)
            #expect(SnapshotFile.digest(body[..<position]) != whole)
        }
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
