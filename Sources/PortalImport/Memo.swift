import Foundation

/// Answers remembered for the process, for work every import repeats on the same words (a form's headings keyed, a
/// pattern compiled). Bounded: past `limit` entries it starts afresh, since some keys are a document's own words.
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var answers: [Key: Value] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    /// How many answers are remembered now.
    var count: Int { lock.withLock { answers.count } }

    /// The remembered answer for `key`, or `make`'s, remembered. `make` runs outside the lock: two threads asking the
    /// same new key may both make it, and the answers are equal.
    func value(_ key: Key, _ make: () -> Value) -> Value {
        if let known = lock.withLock({ answers[key] }) { return known }
        let made = make()
        lock.withLock {
            if answers.count >= limit { answers.removeAll(keepingCapacity: true) }
            answers[key] = made
        }
        return made
    }
}
