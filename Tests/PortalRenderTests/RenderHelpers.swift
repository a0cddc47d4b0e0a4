import Foundation
import PortalChecks
import PortalLoader
import PortalModel
import PortalRender
import PortalTestSupport
import Testing

/// Collects rendered files in memory.
final class MemorySink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: Data] = [:]

    var files: [String: Data] { lock.withLock { storage } }

    func write(_ path: String, contents: Data) throws {
        lock.withLock { storage[path] = contents }
    }

    func copy(_ source: URL, to path: String) throws {
        try write(path, contents: Data(contentsOf: source))
    }

    func text(_ path: String) -> String {
        files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

enum ExamplePortal {
    /// The example portal rendered into memory.
    static func render(root: URL = Repository.exampleSite) throws -> MemorySink {
        let result = SiteLoader(root: root).load()
        let portal = try #require(result.portal, "\(result.diagnostics)")
        let (files, unreadable) = ThemeLoader.load(from: root.appendingPathComponent("theme"))
        let (theme, problems) = Theme.compile(files)
        #expect(unreadable.isEmpty)
        let loaded = try #require(theme, "\(problems)")
        let sink = MemorySink()
        // With the checks' findings, as a build has them (the quality lines count them).
        try SiteRenderer(portal: portal, theme: loaded, diagnostics: Checker().run(portal)).render(into: sink)
        return sink
    }
}
