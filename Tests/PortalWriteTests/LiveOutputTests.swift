import Crypto
import Foundation
import PortalModel
import PortalTestSupport
@testable import PortalWrite
import Testing

/// `portal serve` patches the output in place: a streamed file is compared
/// with the one in place as it is made, and written only from its first
/// difference (`ComparingStreamFile`). Whatever the difference (none, in
/// the middle, across the read-ahead window, shorter, longer), the file
/// and its manifest line must be those of the new bytes.
@Suite("Patching the output in place")
struct LiveOutputTests {
    let scratch: ScratchFolder
    var output: URL { scratch.url.appendingPathComponent("public") }

    init() throws {
        scratch = try ScratchFolder("portal-live")
    }

    /// An output holding `old` at joined.json, patched by streaming `new` in pieces of `piece` bytes.
    func patch(old: Data, new: Data, piece: Int) throws -> (LiveOutput, Manifest, inode: (before: UInt64, after: UInt64)) {
        let staged = try StagedOutput(output: output)
        try staged.write("joined.json", contents: old)
        try staged.write("other.html", contents: Data("other".utf8))
        let live = LiveOutput(output: output, manifest: try staged.commit())
        let before = try inode("joined.json")
        live.beginPatch()
        let file = try live.stream("joined.json")
        for start in stride(from: 0, to: new.count, by: piece) { try file.append(new[start..<min(start + piece, new.count)]) }
        try file.close()
        _ = live.reuse("other.html")
        let manifest = try live.finish(covered: { _ in true })
        return (live, manifest, (before, try inode("joined.json")))
    }

    func inode(_ path: String) throws -> UInt64 {
        try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.systemFileNumber] as! UInt64
    }

    static func bytes(_ count: Int, seed: UInt8 = 0) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) })
    }

    func expectHolds(_ new: Data, _ manifest: Manifest) throws {
        #expect(try Data(contentsOf: output.appendingPathComponent("joined.json")) == new)
        let entry = try #require(manifest.entries.first { $0.path == "joined.json" })
        #expect(entry == Manifest.Entry(path: "joined.json", size: new.count, sha256: SHA256.hash(data: new).lowercaseHex))
        #expect(Manifest.parse(try Data(contentsOf: output.appendingPathComponent(Manifest.fileName))) == manifest)
        #expect(manifest.entries.map(\.path) == ["joined.json", "other.html"])
    }

    @Test func theSameBytesLeaveTheFileAsItIs() throws {
        let old = Self.bytes(3_000_000)
        let (live, manifest, inode) = try patch(old: old, new: old, piece: 997)
        #expect(live.changed.isEmpty)
        #expect(inode.before == inode.after)
        try expectHolds(old, manifest)
    }

    @Test(arguments: [
        // Where the new bytes first differ, and how long they are.
        (1, 3_000_000), (1_500_000, 3_000_000), (1 << 20, 3_000_000), (2_999_999, 3_000_000),
        (3_000_000, 2_000_000), (3_000_000, 3_500_000), (0, 0),
    ])
    func aDifferenceAnywhereWritesTheNewBytes(firstDifference: Int, length: Int) throws {
        let old = Self.bytes(3_000_000)
        var new = Self.bytes(length)
        if firstDifference < length { new[firstDifference] ^= 0xFF }
        let (live, manifest, inode) = try patch(old: old, new: new, piece: 4096 + 13)
        #expect(live.changed == ["joined.json"])
        #expect(inode.before != inode.after)
        try expectHolds(new, manifest)
        // Nothing left beside it: no temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [Manifest.fileName, "joined.json", "other.html"])
    }
}
