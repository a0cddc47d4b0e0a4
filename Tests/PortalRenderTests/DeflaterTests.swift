import CZlib
import Foundation
@testable import PortalRender
import Testing

/// Year archives deflate every report's JSON with a stream used before
/// (`Deflater`); its pieces must be the bytes a new stream gives.
@Suite("Deflate streams used again")
struct DeflaterTests {
    /// What `Gzip.piece` gave before streams were kept: a stream made for
    /// the one piece and thrown away.
    static func freshPiece(_ data: Data, level: Int32) -> Data {
        var stream = z_stream()
        #expect(deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))) + 16)
        let written = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(out.count)
                #expect(deflate(&stream, Z_SYNC_FLUSH) == Z_OK)
                return out.count - Int(stream.avail_out)
            }
        }
        return Data(output[0..<written])
    }

    /// Inputs that leave different state behind: empty, tiny, repetitive
    /// (long matches), random (stored blocks), larger than the 32 KB window.
    static func inputs() -> [Data] {
        var state: UInt64 = 15
        let random = Data((0..<70_000).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        })
        let json = Data(String(repeating: "{\"agency\":\"示例市示例区人民政府\",\"cells\":[12,0,3,\"—\"]}", count: 400).utf8)
        return [Data(), Data("a".utf8), json, random, Data(repeating: 0, count: 100_000), json.prefix(1000), random.prefix(40_000), json]
    }

    @Test func piecesAreTheBytesOfANewStream() {
        // Twice over, so every input also follows every other one on a used stream.
        for level in [Gzip.level, 1, 9] {
            for data in Self.inputs() + Self.inputs().reversed() {
                let piece = Gzip.piece(data, level: level)
                #expect(piece.deflated == Self.freshPiece(data, level: level), "level \(level), \(data.count) bytes")
                #expect(piece.size == data.count)
            }
        }
    }

    @Test func piecesMadeOnTwoCoresAtOnceAreTheSame() async {
        let inputs = Self.inputs()
        let expected = inputs.map { Self.freshPiece($0, level: Gzip.level) }
        await withTaskGroup(of: Bool.self) { group in
            for round in 0..<16 {
                group.addTask {
                    inputs.indices.allSatisfy { index in
                        let position = (index + round) % inputs.count
                        return Gzip.piece(inputs[position]).deflated == expected[position]
                    }
                }
            }
            for await same in group { #expect(same) }
        }
    }
}
