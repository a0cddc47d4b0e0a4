import Foundation

/// Counts work done on all cores and passes the count on at most once per
/// `interval`, and once more at `finish()`.
///
/// Builds of 50,000 reports advance it once per page from every core, so
/// an advance is a lock and a clock read; the report (which prints) runs
/// rarely, under the lock, so counts arrive in order.
public final class ProgressCounter: @unchecked Sendable {
    public let total: Int?
    private let interval: UInt64
    private let report: @Sendable (_ done: Int, _ total: Int?) -> Void
    private let lock = NSLock()
    private var done = 0
    private var lastReport: UInt64 = 0

    public init(total: Int?, interval: Double = 0.1, report: @escaping @Sendable (_ done: Int, _ total: Int?) -> Void) {
        self.total = total
        self.interval = UInt64(interval * 1e9)
        self.report = report
        lastReport = DispatchTime.now().uptimeNanoseconds
        report(0, total)
    }

    public func advance(by count: Int = 1) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.withLock {
            done += count
            guard now &- lastReport >= interval else { return }
            lastReport = now
            report(done, total)
        }
    }

    /// Reports the final count.
    public func finish() {
        lock.withLock { report(done, total) }
    }

    public var count: Int { lock.withLock { done } }
}
