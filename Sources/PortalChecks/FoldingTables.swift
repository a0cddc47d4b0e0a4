import Foundation
import PortalModel

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

extension NarrativeClaims {
    /// The folding of characters, by Unicode scalar (as narratives are read):
    /// one table for the run (`ScalarFolding.shared`). Every traditional character OpenCC's table gives one simplified
    /// form for (`TraditionalCharacters`: a 繁體 mirror's narrative reads as its simplified text, whatever characters it
    /// holds), then the form's own `folding`, which also says which of two forms a report means.
    var scalarFolding: ScalarFolding {
        var folding: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in TraditionalCharacters.table().merging(self.folding, uniquingKeysWith: { $1 }) {
            if let f = from.unicodeScalars.first, let t = to.unicodeScalars.first { folding[f] = t }
        }
        return ScalarFolding.shared(folding)
    }
}
