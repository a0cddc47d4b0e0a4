import Foundation
@testable import PortalBuild
import PortalTestSupport
import PortalWrite
import Testing

/// The render keys a build leaves for the next (`.portal-cache/render-*.json`)
/// are read back exactly, and a file in any other shape is no cache at all
/// (the next build renders everything).
@Suite("Render cache")
struct RenderCacheTests {
    static let keys = ["agencies/example-street/": "aa:bb", "agencies/example-street/2022/": "aa:cc:", "years/2022/": "",
                       "agencies/示例/2021/": "dd:ee:ff"]

    static func saved() throws -> (site: TestSite, text: String) {
        let site = try TestSite()
        let cache = RenderCache(root: site.root, output: site.url("public"))
        cache.save(keys, manifest: Manifest(entries: []))
        return (site, try String(contentsOf: cache.file, encoding: .utf8))
    }

    /// The manifest digest saved with the keys is the file's in the output
    /// after every kind of build: staged (the first build and rebuild), the
    /// spare brought up to date (the manifest rewritten, its digest taken
    /// from the bytes written), and the spare with nothing to change (the
    /// manifest in place, serialized again to hash it). A wrong digest would
    /// make the next build render everything: `previous()` finds the build each time.
    @Test func theSavedManifestIsTheOneInTheOutput() throws {
        let site = try TestSite()
        let output = site.url("public")
        let cache = RenderCache(root: site.root, output: output)
        func built(_ round: Int, editing: Bool) throws {
            if editing { try site.edit("content/agencies/xiasha/2021/overview.md", replacing: "。", with: "。（第\(round)次）") }
            var builder = SiteBuilder(root: site.root)
            builder.checkCache = true
            let summary = try builder.build()
            let saved = try #require(RenderCache.parse(Data(contentsOf: cache.file)), "round \(round)")
            #expect(saved.manifest == RenderCache.digest(try Data(contentsOf: output.appendingPathComponent(Manifest.fileName))), "round \(round)")
            #expect(cache.previous()?.build.manifest == summary.manifest, "round \(round)")
        }
        for round in 1...4 { try built(round, editing: true) }
        for round in 5...6 { try built(round, editing: false) }
    }

    @Test func keysAreReadBackExactly() throws {
        let (site, text) = try Self.saved()
        _ = site
        let parsed = try #require(RenderCache.parse(Data(text.utf8)))
        #expect(parsed.keys == Self.keys)
        #expect(parsed.manifest.count == 64)
        let empty = text.components(separatedBy: "\n").prefix(1).joined() + "\n\n}}\n"
        #expect(RenderCache.parse(Data(empty.utf8))?.keys == [:])
    }

    @Test func anyOtherTextIsNoCache() throws {
        let (site, text) = try Self.saved()
        _ = site
        let bytes = Array(text.utf8)
        // Cut anywhere before its closing braces: not read (cuts inside the head included).
        for cut in 0..<(bytes.count - 3) {
            #expect(RenderCache.parse(Data(bytes[..<cut])) == nil, "cut at \(cut)")
        }
        for (from, to) in [("\"years/2022/\":\"\"", "\"years/2022/\"\"\""), ("\"years/2022/\":\"\"", "years/2022/:\"\""),
                           ("\"years/2022/\":\"\"", "\"years/2022/\":\"x\"y\""), ("\"years/2022/\":\"\"", "\"years\\/2022/\":\"\""),
                           ("render-cache@2", "render-cache@1"), ("\n}}", "\n}")] {
            let changed = text.replacingOccurrences(of: from, with: to)
            #expect(changed != text)
            #expect(RenderCache.parse(Data(changed.utf8)) == nil, "\(to)")
        }
    }
}
