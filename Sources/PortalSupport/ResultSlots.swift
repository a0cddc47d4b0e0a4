import Foundation

/// Fixed slots filled from several threads (one writer per slot), read in
/// slot order afterwards: how parallel stages keep their output in a
/// deterministic order.
public final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    public init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    public subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    public var values: [Value?] { lock.withLock { slots } }
}
