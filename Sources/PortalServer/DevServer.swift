import Foundation
import Hummingbird
import Logging
import NIOCore
import PortalBuild
import PortalLoader
import PortalModel

/// `portal serve`: builds the site, serves the output folder, rebuilds when
/// the sources change and tells open pages to reload. A failed rebuild
/// leaves the last good site in place and shows its errors on every page.
public struct DevServer: Sendable {
    public var builder: SiteBuilder
    public var host: String
    public var port: Int
    public var watch: Bool

    /// What happened, for the terminal.
    public enum Event: Sendable {
        case listening(URL)
        case built(SiteBuilder.Summary, seconds: Double)
        /// A patch: the edited reports' pages were on disk after `pageSeconds`,
        /// the rest after `seconds`; `files` of the site changed.
        case patched(SiteBuilder.Summary, files: Int, pageSeconds: Double?, seconds: Double)
        case failed([Diagnostic], seconds: Double)
        case ioFailure(Failure)
    }

    /// How long the sources must hold still before a burst of saves is one patch.
    public var settle: Duration = .milliseconds(100)
    /// How long serve must be idle after a patch before it saves the render
    /// cache (for the next `portal build`): at 50,000 reports the save hashes
    /// every report, a second of work the next edit's patch should not share
    /// the cores with. Serve saves what is left when it stops.
    public var renderCacheQuiet: Duration = .seconds(2)

    public init(builder: SiteBuilder, host: String = "127.0.0.1", port: Int = 8080, watch: Bool = true) {
        self.builder = builder
        self.host = host
        self.port = port
        self.watch = watch
    }

    public var output: URL { builder.resolvedOutput }

    /// Serves until the task is cancelled or, with `handleSignals`, until
    /// Ctrl-C. The first build starts once the port is bound, so a busy
    /// port fails at once; until it finishes, the previous output is served.
    public func run(handleSignals: Bool = false, onEvent: @escaping @Sendable (Event) -> Void) async throws {
        let status = BuildStatus()
        let output = self.output
        var builder = self.builder
        builder.output = output
        // Rebuilds read and render only what the changed files reach.
        let rebuild = Rebuilder(site: LiveSite(builder: builder), status: status, quiet: renderCacheQuiet, onEvent: onEvent)

        let router = Router()
        router.add(middleware: SiteMiddleware(files: SiteFiles(root: output), status: status))
        router.get(RouterPath(PageDecoration.eventsPath)) { _, _ -> Response in
            Self.events(status)
        }
        router.get(RouterPath(PageDecoration.statusPath)) { _, _ -> Response in
            await Self.statusDocument(status)
        }
        var logger = Logger(label: "portal.serve")
        logger.logLevel = .warning
        let host = self.host
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "portal"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                onEvent(.listening(URL(string: "http://\(shown):\(port)/")!))
                Task { await rebuild.run(nil) }
            },
            logger: logger
        )
        let watcher = watch ? SourceWatcher(root: builder.root, folders: ["content", builder.themeFolder.path.hasPrefix(builder.root.path + "/") ? String(builder.themeFolder.path.dropFirst(builder.root.path.count + 1)) : "theme"], settle: settle) : nil
        var failure: (any Error)?
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                if let watcher {
                    group.addTask { await watcher.watch { await rebuild.run($0) } }
                }
                let (host, port) = (self.host, self.port)
                group.addTask {
                    do {
                        if handleSignals { try await app.runService() } else { try await app.run() }
                    } catch let error as IOError where error.errnoCode == EADDRINUSE {
                        throw Failure(step: "serve", "port \(port) on \(host) is already in use",
                                      hint: "stop the other server, or choose another port: portal serve --port \(port + 1)", errno: EADDRINUSE)
                    }
                }
                // The server ends on Ctrl-C or cancellation; the watcher then stops too.
                try await group.next()
                group.cancelAll()
            }
        } catch {
            // Cancelled, the server throws: the builds still stop below.
            failure = error
        }
        // Cancelled (serve inside another program, or a test): the build in
        // progress ends first, so nothing writes into the site after `run`
        // returns. On Ctrl-C the process exits at once instead; the next build
        // clears what a stopped one staged.
        await rebuild.stop(waitingForBuilds: !handleSignals)
        await status.finish()
        if let failure { throw failure }
    }

    /// `{"generation": 3, "failed": false, "errors": [...]}`: what the
    /// overlay shows, for tools and tests.
    static func statusDocument(_ status: BuildStatus) async -> Response {
        let snapshot = await status.current
        let errors = snapshot.errors.map { ["rule": $0.rule, "location": $0.location.description, "message": $0.message] }
        let object: [String: Any] = ["generation": snapshot.generation, "failed": snapshot.failed, "errors": errors]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-cache"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Server-Sent Events: one `build` event per build, until the page goes.
    static func events(_ status: BuildStatus) -> Response {
        let stream = AsyncStream<ByteBuffer> { continuation in
            let task = Task {
                continuation.yield(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
                for await notice in await status.subscribe() {
                    switch notice {
                    case .build(let generation):
                        continuation.yield(ByteBuffer(string: "event: build\ndata: \(generation)\n\n"))
                    case .pages(let pages):
                        continuation.yield(ByteBuffer(string: "event: pages\ndata: \(pages.joined(separator: " "))\n\n"))
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody(asyncSequence: stream)
        )
    }
}

/// Runs one build or patch at a time off the server's threads and records
/// the result: a patch tells the edited reports' pages to reload as soon as
/// they are written, then the other pages it changed.
actor Rebuilder {
    let site: LiveSite
    let status: BuildStatus
    let onEvent: @Sendable (DevServer.Event) -> Void
    /// Builds and patches, one after another in the order asked: the actor
    /// lets a watcher's edit in while the first build is still running.
    private let builds = DispatchQueue(label: "portal.serve.builds")
    /// Render cache saves, in patch order, off the patches' path.
    private let saves = DispatchQueue(label: "portal.serve.render-cache")
    private let pendingSave = QuietSave()
    let quiet: Duration

    init(site: LiveSite, status: BuildStatus, quiet: Duration = .seconds(2), onEvent: @escaping @Sendable (DevServer.Event) -> Void) {
        self.site = site
        self.status = status
        self.quiet = quiet
        self.onEvent = onEvent
    }

    /// Builds in progress, and who waits for them to end (`stop`).
    private var inFlight = 0
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []
    private var stopped = false

    /// Serve is stopping: no build starts any more; with `waitingForBuilds`,
    /// returns once those in progress have ended. Then runs the render cache
    /// save the last patch owes, after any quiet save already running.
    func stop(waitingForBuilds: Bool) async {
        stopped = true
        if waitingForBuilds, inFlight > 0 {
            await withCheckedContinuation { idleWaiters.append($0) }
        }
        let pendingSave = self.pendingSave
        saves.sync { pendingSave.take()?() }
    }

    /// `changed`: paths relative to the site folder; nil builds everything.
    func run(_ changed: Set<String>?) async {
        guard !stopped else { return }
        inFlight += 1
        defer {
            inFlight -= 1
            if inFlight == 0 {
                idleWaiters.forEach { $0.resume() }
                idleWaiters = []
            }
        }
        let site = self.site
        let status = self.status
        let start = ContinuousClock.now
        pendingSave.started()
        let failedBefore = await status.current.failed
        let pageTime = PageTime()
        let builds = self.builds
        let (result, save): (Result<LiveSite.Patch, any Error>, (@Sendable () -> Void)?) = await withCheckedContinuation { continuation in
            builds.async {
                let result = Result {
                    guard let changed else { return try site.rebuild() }
                    return try site.apply(changed) { pages in
                        pageTime.seconds = Self.seconds(since: start)
                        // Before the rest is rendered: the browser reloads the edited pages now.
                        let urls = pages.compactMap(Self.url(of:))
                        let semaphore = DispatchSemaphore(value: 0)
                        Task {
                            if failedBefore { await status.record(errors: []) } else { await status.record(pages: urls, bump: true) }
                            semaphore.signal()
                        }
                        semaphore.wait()
                    }
                }
                // Taken in this build's turn: by the time the actor reads it, the next may be running.
                continuation.resume(returning: (result, site.takeRenderCacheSave()))
            }
        }
        let seconds = Self.seconds(since: start)
        switch result {
        case .success(let patch) where patch.wholeSite:
            await status.record(errors: [])
            onEvent(.built(patch.summary, seconds: seconds))
        case .success(let patch):
            await status.record(pages: patch.changed.compactMap(Self.url(of:)), bump: false)
            onEvent(.patched(patch.summary, files: patch.changed.count, pageSeconds: pageTime.seconds, seconds: seconds))
            pendingSave.owe(save)
        case .failure(let error as DiagnosticsError):
            await status.record(errors: error.diagnostics)
            onEvent(.failed(error.diagnostics, seconds: seconds))
        case .failure(let error):
            let failure = (error as? Failure) ?? Failure(step: "build", "\(error)")
            let diagnostic = Diagnostic.error(.io, at: SourceLocation(path: failure.path ?? site.builder.root.lastPathComponent),
                                              "\(failure.step): \(failure.message)", hint: failure.hint)
            await status.record(errors: [diagnostic])
            onEvent(.ioFailure(failure))
        }
        // Saved once serve has been idle a while: a later run starts the wait again.
        let run = pendingSave.finished()
        let (pendingSave, quiet) = (self.pendingSave, self.quiet)
        saves.asyncAfter(deadline: .now() + Double(quiet.components.seconds) + Double(quiet.components.attoseconds) / 1e18) {
            pendingSave.take(ifStillAfter: run)?()
        }
    }

    /// The URL path a page of the output is served at: `agencies/x/2021/index.html` → `/agencies/x/2021/`.
    static func url(of path: String) -> String? {
        guard path.hasSuffix(".html") else { return nil }
        return "/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// The render cache save a patch owes, run once serve is idle (`DevServer.renderCacheQuiet`).
final class QuietSave: @unchecked Sendable {
    private let lock = NSLock()
    private var runs = 0
    private var running = false
    private var save: (@Sendable () -> Void)?

    func started() {
        lock.withLock {
            runs += 1
            running = true
        }
    }

    /// A patch's save replaces the one owed before (it covers the same output, later).
    func owe(_ save: (@Sendable () -> Void)?) {
        guard let save else { return }
        lock.withLock { self.save = save }
    }

    /// Marks the run done; returns its number, for `take(ifStillAfter:)`.
    func finished() -> Int {
        lock.withLock {
            running = false
            return runs
        }
    }

    /// The save owed, when no run started since run `run` ended.
    func take(ifStillAfter run: Int) -> (@Sendable () -> Void)? {
        lock.withLock {
            guard !running, runs == run else { return nil }
            defer { save = nil }
            return save
        }
    }

    func take() -> (@Sendable () -> Void)? {
        lock.withLock {
            defer { save = nil }
            return save
        }
    }
}

/// When a patch's first pages were on disk, told from the building thread.
private final class PageTime: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Double?
    var seconds: Double? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// Answers GET and HEAD for files of the output folder; everything else
/// (the event stream) goes on to the router.
struct SiteMiddleware<Context: RequestContext>: RouterMiddleware {
    let files: SiteFiles
    let status: BuildStatus

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path.hasPrefix("/__portal/") { return try await next(request, context) }
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let snapshot = await status.current
        let decorate: (Data) -> Data = { PageDecoration.decorate($0, status: snapshot) }
        let variant = "g\(snapshot.generation)"
        let fileRequest = StaticResponse.Request(
            isHead: request.method == .head,
            ifNoneMatch: request.headers[.ifNoneMatch],
            ifModifiedSince: request.headers[.ifModifiedSince],
            range: request.headers[.range],
            ifRange: request.headers[.ifRange]
        )
        switch files.resolve(path) {
        case .file(let file):
            let isHTML = ContentType.of(file).hasPrefix("text/html")
            return try response(StaticResponse.file(file, request: fileRequest, variant: isHTML ? variant : "", decorate: decorate))
        case .redirect(let location):
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .movedPermanently, headers: [.location: location + query, .contentLength: "0"])
        case .forbidden:
            return notFound(fileRequest, snapshot: snapshot, status: .forbidden)
        case .notFound:
            return notFound(fileRequest, snapshot: snapshot, status: .notFound)
        }
    }

    /// The portal's own 404 page (with the overlay when the build failed).
    private func notFound(_ request: StaticResponse.Request, snapshot: BuildStatus.Snapshot, status: HTTPResponse.Status) -> Response {
        let decorate: (Data) -> Data = { PageDecoration.decorate($0, status: snapshot) }
        if case .file(let page) = files.resolve("/404.html"),
           let result = try? StaticResponse.file(page, request: StaticResponse.Request(isHead: request.isHead), status: Int(status.code), decorate: decorate) {
            return response(result)
        }
        let page = Data("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>\(status.code)</title><body><h1>\(status.code)</h1></body></html>".utf8)
        let body = decorate(page)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .contentLength: String(body.count)],
                        body: request.isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func response(_ result: StaticResponse) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = result.headers["Content-Type"]
        headers[.contentLength] = result.headers["Content-Length"]
        headers[.eTag] = result.headers["ETag"]
        headers[.lastModified] = result.headers["Last-Modified"]
        headers[.acceptRanges] = result.headers["Accept-Ranges"]
        headers[.cacheControl] = result.headers["Cache-Control"]
        headers[.contentRange] = result.headers["Content-Range"]
        return Response(status: HTTPResponse.Status(code: result.status), headers: headers,
                        body: result.body.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: result.body)))
    }
}
