import Foundation
@testable import PortalServer
import PortalTestSupport
import Testing

/// Path resolution and response headers without a server.
@Suite("Static responses")
struct StaticResponseTests {
    let scratch: ScratchFolder
    var root: URL { scratch.url }

    init() throws {
        scratch = try ScratchFolder("portal-static")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try Data("<html><body>x</body></html>".utf8).write(to: root.appendingPathComponent("a/b/index.html"))
        try Data("0123456789".utf8).write(to: root.appendingPathComponent("a/data.csv"))
    }

    @Test func resolution() {
        let files = SiteFiles(root: root)
        let real = SiteFiles.realPath(root.path)!
        #expect(files.resolve("/a/b/") == .file(real + "/a/b/index.html"))
        #expect(files.resolve("/a/b") == .redirect("/a/b/"))
        #expect(files.resolve("/a/data.csv?download=1") == .file(real + "/a/data.csv"))
        #expect(files.resolve("/a/nothing") == .notFound)
        #expect(files.resolve("/a/../a/data.csv") == .forbidden)
        #expect(files.resolve("/a/%2E%2E/a/data.csv") == .forbidden)
        #expect(files.resolve("a/data.csv") == .forbidden)
        #expect(files.resolve("/a/%ZZ") == .forbidden)
        #expect(files.resolve("/a/") == .notFound) // a folder without index.html
    }

    @Test func ranges() {
        #expect(ByteRange.parse("bytes=0-3", size: 10) == .range(0...3))
        #expect(ByteRange.parse("bytes=7-", size: 10) == .range(7...9))
        #expect(ByteRange.parse("bytes=-3", size: 10) == .range(7...9))
        #expect(ByteRange.parse("bytes=5-100", size: 10) == .range(5...9))
        #expect(ByteRange.parse("bytes=10-", size: 10) == .unsatisfiable)
        #expect(ByteRange.parse("bytes=-0", size: 10) == .unsatisfiable)
        #expect(ByteRange.parse("bytes=0-1,4-5", size: 10) == ByteRange.none)
        #expect(ByteRange.parse("items=0-1", size: 10) == ByteRange.none)
        #expect(ByteRange.parse("bytes=5-2", size: 10) == ByteRange.none)
    }

    @Test func ifRangeWithAnOldValidatorSendsTheWholeFile() throws {
        let path = root.appendingPathComponent("a/data.csv").path
        let fresh = try StaticResponse.file(path, request: .init())
        let stale = try StaticResponse.file(path, request: .init(range: "bytes=0-1", ifRange: "\"old\""))
        #expect(stale.status == 200 && stale.body.count == 10)
        let current = try StaticResponse.file(path, request: .init(range: "bytes=0-1", ifRange: fresh.headers["ETag"]))
        #expect(current.status == 206 && current.body == Data("01".utf8))
    }

    @Test func decorationChangesHTMLAndItsValidatorOnly() throws {
        let page = root.appendingPathComponent("a/b/index.html").path
        let plain = try StaticResponse.file(page, request: .init(), variant: "g1")
        let decorated = try StaticResponse.file(page, request: .init(), variant: "g2") { $0 + Data("!".utf8) }
        #expect(decorated.body.count == plain.body.count + 1)
        #expect(decorated.headers["ETag"] != plain.headers["ETag"])
        let csv = try StaticResponse.file(root.appendingPathComponent("a/data.csv").path, request: .init()) { _ in Data() }
        #expect(csv.body == Data("0123456789".utf8))
    }
}
