import Crypto
import Foundation
import PortalTestSupport
@testable import PortalWrite
import Testing

/// A patch rewrites only its entries' lines of the manifest: the text must
/// be, byte for byte, the one a whole serialization of the same entries gives.
@Suite("The manifest's text, patched line by line")
struct ManifestTextTests {
    static func entries(_ count: Int) -> [Manifest.Entry] {
        (0..<count).map { Manifest.Entry(path: String(format: "agencies/a-%04d/index.html", $0), size: $0 * 37, sha256: String(repeating: "ab", count: 32)) }
    }

    @Test func replacingLinesGivesTheTextOfTheNewEntries() {
        var entries = Self.entries(50)
        var text = ManifestText(entries)
        #expect(String(decoding: text.bytes, as: UTF8.self) == Manifest(entries: entries).serialized())
        // Three rounds of changes that grow, shrink and keep the lines' lengths, first and last included.
        for round in 0..<3 {
            var changes: [Int: Manifest.Entry] = [:]
            for position in [0, 7, 8, 23 + round, 49] {
                var entry = entries[position]
                entry.size = [5, 123_456_789, 42][round] + position
                entry.sha256 = String(repeating: ["cd", "ef", "01"][round], count: 32)
                entries[position] = entry
                changes[position] = entry
            }
            text.replace(changes)
            #expect(String(decoding: text.bytes, as: UTF8.self) == Manifest(entries: entries).serialized(), "round \(round)")
        }
    }

    /// A build writes its manifest line by line to the file: the bytes a
    /// whole serialization gives, across the buffer's flushes, and their SHA-256.
    @Test func writingLineByLineGivesTheWholeText() throws {
        let scratch = try ScratchFolder("manifest-text")
        // Enough lines for several flushes; an escaped path; none at all.
        var many = Self.entries(5_000)
        many.insert(Manifest.Entry(path: "a\"b\\c\u{1}.txt", size: 1, sha256: "00"), at: 0)
        for (round, entries) in [many, Array(many.prefix(1)), []].enumerated() {
            let file = scratch.url.appendingPathComponent("manifest-\(round).json").path
            let digest = try ManifestText.write(entries.count, to: file) { ManifestText.line(entries[$0], into: &$1) }
            let written = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(written == Data(ManifestText(entries).bytes), "round \(round)")
            #expect(digest == SHA256.hash(data: written), "round \(round)")
        }
        #expect(ManifestText(many).bytes.count > 4 * ManifestText.flushSize)
    }

    @Test func aPathThatNeedsEscapingIsQuoted() {
        let entries = [Manifest.Entry(path: "a\"b\\c\u{1}.txt", size: 1, sha256: "00")]
        let text = String(decoding: ManifestText(entries).bytes, as: UTF8.self)
        #expect(text.contains(#"["a\"b\\c\u0001.txt",1,"00"]"#))
        #expect(Manifest.parse(Data(text.utf8)) == Manifest(entries: entries))
    }
}
