import Foundation

/// The search index as the last render left it, kept by `portal serve`
/// between patches: every key's postings, the documents' order and each
/// document's number of text parts.
///
/// Without it a patch tokenized every report's narratives again and
/// hashed every text part (at 10,000 reports, most of a patch's time).
/// With it, a patch whose documents are the same reports in the same
/// order takes the reports it renders (`RenderScope`) out of the postings,
/// indexes them again and writes their parts; every other report's parts
/// stay as they are on disk. A whole build fills it; anything else (other
/// reports, another order, a failed render) starts it over.
public final class KeptSearch: @unchecked Sendable {
    struct State: Sendable {
        /// Report keys (`slug/year`) by document id.
        var order: [String]
        var postings: SearchPostings
        var partCounts: [Int]
    }

    private let lock = NSLock()
    private var state: State?

    public init() {}

    /// The kept state, handed over: a render that fails midway leaves none.
    func take() -> State? {
        lock.withLock {
            defer { state = nil }
            return state
        }
    }

    func store(_ kept: State) {
        lock.withLock { state = kept }
    }

    /// Forgets everything (a whole build starts over).
    public func removeAll() {
        lock.withLock { state = nil }
    }
}
