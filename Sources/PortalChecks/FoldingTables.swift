import Foundation

extension ScalarFolding {
    /// The folding of `map`, made once per run and shared by every thread:
    /// its table over the BMP is 256 KB, and each thread's compiled words
    /// held copies of their own (the matcher's and the period words', ≈ 4 MB
    /// of a clean build's peak on two cores). One per form's folding: a few.
    static func shared(_ map: [Unicode.Scalar: Unicode.Scalar]) -> ScalarFolding {
        FoldingTables.made.folding(of: map)
    }
}

private final class FoldingTables: @unchecked Sendable {
    static let made = FoldingTables()
    private let lock = NSLock()
    private var byMap: [[Unicode.Scalar: Unicode.Scalar]: ScalarFolding] = [:]

    func folding(of map: [Unicode.Scalar: Unicode.Scalar]) -> ScalarFolding {
        lock.withLock {
            if let made = byMap[map] { return made }
            let made = ScalarFolding(map)
            byMap[map] = made
            return made
        }
    }
}
