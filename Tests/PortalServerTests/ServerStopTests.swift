import Foundation
import PortalBuild
import PortalServer
import PortalTestSupport
import Testing

/// A server cancelled while it builds returns once the build has ended:
/// nothing writes into the site after `run` returns, so whoever started it
/// (a program embedding serve, a test removing its folder) can clean up.
@Suite("A stopped server")
struct ServerStopTests {
    @Test func aServerCancelledWhileItBuildsWritesNothingAfterItReturns() async throws {
        let site = try TestSite()
        let server = DevServer(builder: SiteBuilder(root: site.root), host: "127.0.0.1", port: 0, watch: false)
        let (listening, continuation) = AsyncStream<Void>.makeStream()
        let task = Task {
            try await server.run { event in
                if case .listening = event { continuation.yield() }
            }
        }
        for await _ in listening { break }
        // The first build starts as the port is bound: it runs now.
        task.cancel()
        _ = await task.result
        let stopped = try snapshotFolder(site.root)
        try await Task.sleep(for: .seconds(3))
        #expect(try snapshotFolder(site.root) == stopped, "a build or a cache save wrote into the site after the server stopped")
    }
}
