import Foundation
@testable import PortalWrite
import Testing

@Suite("Removing a replaced site")
struct TreeRemoverTests {
    /// Everything under the folder goes, hard links included, but a
    /// symbolic link is removed as a link: what it points at stays.
    @Test func removesTheTreeButNothingALinkPointsAt() throws {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("portal-remove-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: base) }
        let tree = base.appendingPathComponent("site")
        let outside = base.appendingPathComponent("outside")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        for folder in ["a/b/c", "d", "e/f"] {
            try fm.createDirectory(at: tree.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data(folder.utf8).write(to: tree.appendingPathComponent(folder + "/index.html"))
        }
        try fm.linkItem(at: outside.appendingPathComponent("keep.txt"), to: tree.appendingPathComponent("d/hard.txt"))
        try fm.createSymbolicLink(at: tree.appendingPathComponent("e/link"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: tree.appendingPathComponent("top-link"), withDestinationURL: outside)

        TreeRemover.remove(tree)

        #expect(!fm.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep")
        #expect(try fm.contentsOfDirectory(atPath: outside.path) == ["keep.txt"])
    }
}
