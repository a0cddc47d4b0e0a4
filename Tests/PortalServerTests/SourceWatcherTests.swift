import Foundation
import PortalTestSupport
@testable import PortalServer
import Testing

/// The watcher says which files changed, so that serve patches only what they belong to.
@Suite("Watching the sources")
struct SourceWatcherTests {
    final class Folder: Sendable {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-watch-\(UUID().uuidString)")
        init() throws { try write("content/agencies/a/2021/overview.md", "一") }
        deinit { try? FileManager.default.removeItem(at: root) }
        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Collects the first change reported after `edit`, or nil after 30 seconds.
    func firstChange(_ watcher: SourceWatcher, after edit: @escaping @Sendable () throws -> Void) async throws -> Set<String>? {
        let found = AsyncStream<SourceWatcher.Change>.makeStream()
        let ready = AsyncStream<Void>.makeStream()
        let task = Task { await watcher.watch(ready: { ready.continuation.yield() }) { found.continuation.yield($0) } }
        defer { task.cancel() }
        // Edit only once the watcher sees edits: on a loaded machine its task may start late.
        for await _ in ready.stream { break }
        try edit()
        let timeout = Task { try await Task.sleep(for: TestTime.scaled(.seconds(30))); found.continuation.finish() }
        defer { timeout.cancel() }
        for await change in found.stream { return change }
        return nil
    }

    @Test func theKernelNamesAnEditedFileAndANewFolder() async throws {
        let folder = try Folder()
        let watcher = SourceWatcher(root: folder.root, folders: ["content"])
        #expect(KernelWatch(root: folder.root, folders: ["content"]) != nil)
        let edited = try await firstChange(watcher) { try folder.write("content/agencies/a/2021/overview.md", "二") }
        #expect(edited == ["content/agencies/a/2021/overview.md"])
        let added = try await firstChange(watcher) { try folder.write("content/agencies/b/2022/report.yaml", "year: 2022\n") }
        #expect(added?.contains("content/agencies/b") == true)
    }

    @Test func pollingComparesStampsAndNamesWhatChanged() throws {
        let folder = try Folder()
        let watcher = SourceWatcher(root: folder.root, folders: ["content"])
        let before = watcher.snapshot()
        #expect(before.keys.sorted() == ["content/agencies/a/2021/overview.md"])
        try folder.write("content/agencies/a/2021/overview.md", "二二")
        try folder.write("content/agencies/a/2022/overview.md", "三")
        #expect(SourceWatcher.difference(before, watcher.snapshot()) == ["content/agencies/a/2021/overview.md", "content/agencies/a/2022/overview.md"])
    }
}
