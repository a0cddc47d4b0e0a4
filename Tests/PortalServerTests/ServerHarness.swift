import Foundation
import PortalBuild
import PortalServer
import PortalTestSupport
import Testing

/// A `DevServer` on a free port over a throwaway copy of the example site.
final class ServerHarness: @unchecked Sendable {
    let site: TestSite
    let port: Int
    private let task: Task<Void, any Error>

    var http: RawHTTP { RawHTTP(port: port) }

    /// `settle`: the watcher's window (wider where a test's saves must fall in one burst on a loaded machine).
    init(settle: Duration = .milliseconds(100)) async throws {
        let site = try TestSite()
        var server = DevServer(builder: SiteBuilder(root: site.root), host: "127.0.0.1", port: 0)
        server.settle = settle
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        task = Task {
            try await server.run { event in
                if case .listening(let url) = event { continuation.yield(url.port ?? 0) }
            }
        }
        var found = 0
        for await port in ports { found = port; break }
        self.site = site
        self.port = found
        try await waitForGeneration(atLeast: 1)
    }

    deinit {
        task.cancel()
        // The folder goes once the server has stopped (a build it was running
        // has ended): removed earlier, that build wrote into it again and
        // left it behind in /tmp.
        let (task, site) = (self.task, self.site)
        StoppingServers.add(Task.detached { _ = await task.result; withExtendedLifetime(site) {} })
    }

    func status() async throws -> [String: Any] {
        let response = try await http.get("/__portal/status")
        return (try JSONSerialization.jsonObject(with: response.body) as? [String: Any]) ?? [:]
    }

    var generation: Int {
        get async { ((try? await status())?["generation"] as? Int) ?? 0 }
    }

    /// Waits until the server has finished `n` builds (the first is the start-up build).
    /// The wait is long because a loaded CI machine once took over 20 s; it
    /// ends as soon as the build does.
    func waitForGeneration(atLeast n: Int, timeout: Duration = .seconds(90)) async throws {
        let deadline = ContinuousClock.now + TestTime.scaled(timeout)
        while ContinuousClock.now < deadline {
            if await generation >= n { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the server did not reach build \(n) in time (at \(await generation))")
    }
}

/// Servers cancelled and still stopping. A suite waits for them when it
/// ends (`.removesServerFolders`): the last test's folder was left when
/// the test process exited before its server had stopped.
enum StoppingServers {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var stopping: [Task<Void, Never>] = []

    static func add(_ task: Task<Void, Never>) {
        lock.withLock { stopping.append(task) }
    }

    static func drain() async {
        for task in lock.withLock({ defer { stopping = [] }; return stopping }) {
            await task.value
        }
    }
}

struct RemovesServerFolders: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await function()
        await StoppingServers.drain()
    }
}

extension Trait where Self == RemovesServerFolders {
    /// Waits, as the suite ends, until its servers have stopped and their folders are gone.
    static var removesServerFolders: Self { Self() }
}
