/// How far a long run has got, for a progress line: the pipeline step
/// working now and, where it counts things (reports read, pages, reports
/// serialized for the downloads), how many are done of how many.
public struct ProgressEvent: Sendable, Hashable {
    /// The step's name as the pipeline declares it: load, check, pages…
    public var step: String
    public var done: Int
    /// nil while a step has nothing to count.
    public var total: Int?

    public init(step: String, done: Int = 0, total: Int? = nil) {
        self.step = step
        self.done = done
        self.total = total
    }
}

/// Called from any thread, a few times per second at most (the library
/// throttles with a `ProgressCounter`): printing is the caller's business.
public typealias ProgressHandler = @Sendable (ProgressEvent) -> Void
