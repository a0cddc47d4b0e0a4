import Foundation
import PortalModel

/// The state the preview shows: which build is current, whether the last
/// one failed and why. Browsers subscribe to it for live reload.
public actor BuildStatus {
    public struct Snapshot: Sendable {
        /// Bumped by every build, good or bad; part of each page's ETag.
        public var generation: Int
        /// The problems of the last build when it failed; empty otherwise.
        public var errors: [Diagnostic]
        public var failed: Bool { !errors.isEmpty }
    }

    /// What open pages are told.
    public enum Notice: Sendable, Equatable {
        /// A build: every page reloads.
        case build(Int)
        /// These pages (URL paths, `/agencies/x/2021/`) changed: each reloads if it is one of them.
        case pages([String])
    }

    private var snapshot = Snapshot(generation: 0, errors: [])
    private var subscribers: [UUID: AsyncStream<Notice>.Continuation] = [:]

    public init() {}

    public var current: Snapshot { snapshot }

    /// Records a build and tells every open page to reload: after a good
    /// build to show it, after a bad one to show the overlay.
    public func record(errors: [Diagnostic]) {
        snapshot.generation += 1
        snapshot.errors = errors
        for continuation in subscribers.values { continuation.yield(.build(snapshot.generation)) }
    }

    /// Records a good patch of a few pages: only they reload. `bump`: a
    /// new generation (once per patch, when its first pages are written).
    public func record(pages: [String], bump: Bool) {
        if bump { snapshot.generation += 1 }
        snapshot.errors = []
        guard !pages.isEmpty else { return }
        for continuation in subscribers.values { continuation.yield(.pages(pages)) }
    }

    /// A stream of notices, one per build or patch from now on.
    public func subscribe() -> AsyncStream<Notice> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Notice>.makeStream(bufferingPolicy: .bufferingNewest(16))
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    public var subscriberCount: Int { subscribers.count }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }

    /// Ends every stream, so that open event connections close on shutdown.
    public func finish() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }
}
