import Foundation

/// How much longer than usual a test may wait for work it started (a
/// server's build, an event): 1, or `PORTAL_TEST_TIME_SCALE` when set. A
/// sanitizer build runs builds many times slower, and a wait that gives up
/// too early reports a timeout instead of what the sanitizer saw.
public enum TestTime {
    public static let scale: Double = ProcessInfo.processInfo.environment["PORTAL_TEST_TIME_SCALE"]
        .flatMap(Double.init).map { max($0, 1) } ?? 1

    public static func scaled(_ duration: Duration) -> Duration { duration * scale }
    public static func scaled(_ interval: TimeInterval) -> TimeInterval { interval * scale }
}
