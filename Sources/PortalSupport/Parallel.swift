import Foundation

/// Runs `body` for every item on all cores. Pages and downloads of
/// different reports share nothing but read-only inputs, and each writes
/// its own files, so the output does not depend on the order they finish.
public func forEachInParallel<Item: Sendable>(_ items: [Item], _ body: @Sendable (Item) throws -> Void) throws {
    let failure = FirstError()
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        guard !failure.isSet else { return }
        do { try body(items[index]) } catch { failure.record(error) }
    }
    if let error = failure.error { throw error }
}

private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }
    var isSet: Bool { error != nil }

    func record(_ error: any Error) {
        lock.withLock { if stored == nil { stored = error } }
    }
}
