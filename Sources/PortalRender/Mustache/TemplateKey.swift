import Foundation

/// A name a template reads, interned: one number per name for the whole
/// process, given when a template is compiled or a type's keys are made.
/// A typed value finds its reader at that index (`TemplateKeys`), so a
/// lookup at each level of the stack no longer hashes the name.
struct TemplateKey: Sendable {
    let id: Int
    let name: String

    init(_ name: String) {
        self.name = name
        id = Self.interned.number(of: name)
    }

    private static let interned = Interned()

    /// The numbers given so far; only ever grows, so a number read never changes.
    private final class Interned: @unchecked Sendable {
        private let lock = NSLock()
        private var numbers: [String: Int] = [:]

        func number(of name: String) -> Int {
            lock.lock()
            defer { lock.unlock() }
            if let number = numbers[name] { return number }
            numbers[name] = numbers.count
            return numbers.count - 1
        }
    }
}
