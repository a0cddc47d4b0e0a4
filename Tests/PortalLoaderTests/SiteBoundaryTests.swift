import Foundation
@testable import PortalLoader
import Testing

/// The one-call open trusts a path only when it has no link and no `.` or
/// `..` part: these decide which paths take it.
@Suite("Site boundary")
struct SiteBoundaryTests {
    @Test(arguments: [
        ("/site/content/a/2021/report.yaml", false),
        ("/site/content/../etc/passwd", true),
        ("/site/content/./a.md", true),
        ("/site/content/a/..", true),
        ("/site/content/a/.", true),
        ("/site/content/.hidden/a.md", false),
        ("/site/content/...", false),
        ("/site/content/a..b/c.md", false),
        ("/site/content/a./b.md", false),
        ("..", true),
        ("/", false),
    ])
    func aDotFolderIsFound(path: String, expected: Bool) {
        #expect(SiteBoundary.hasDotFolder(path) == expected)
    }

    @Test func aPathOutsideTheRootOrThroughADotFolderIsNotOpenedTheShortWay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boundary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site/a"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("outside.md"))
        try Data("y".utf8).write(to: folder.appendingPathComponent("site/a/inside.md"))
        let root = folder.appendingPathComponent("site").path
        let realRoot = folder.resolvingSymlinksInPath().appendingPathComponent("site").path

        #expect(try SiteBoundary.openWithoutLinks(root + "/../outside.md", inside: root) == nil)
        #expect(try SiteBoundary.openWithoutLinks(folder.path + "/outside.md", inside: root) == nil)
        #expect(throws: POSIXError.self) { try SiteBoundary.openWithoutLinks(realRoot + "/a/missing.md", inside: realRoot) }
        // Opened the short way only where nothing on the path is a link.
        let direct = try SiteBoundary.openWithoutLinks(realRoot + "/a/inside.md", inside: realRoot)
        #expect(direct != nil)
        if let direct { close(direct) }
        try FileManager.default.createSymbolicLink(atPath: realRoot + "/b", withDestinationPath: "a")
        #expect(try SiteBoundary.openWithoutLinks(realRoot + "/b/inside.md", inside: realRoot) == nil)
    }
}
