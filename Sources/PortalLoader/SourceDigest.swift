import Crypto
import Foundation
import PortalModel
import PortalSupport

/// SHA-256 over the files a report or an agency was read from, each by name
/// and content: what a rebuild compares to keep or redo their pages.
final class SourceDigest {
    /// Nil when nothing will be rendered (`SiteLoader.digestsSources`).
    private var hasher: SHA256?

    init(taken: Bool = true) {
        hasher = taken ? SHA256() : nil
    }

    /// Adds a file and hands its text on.
    func add(_ name: String, _ text: String) -> String? {
        guard hasher != nil else { return text }
        // In place: each file's text once, not copied into a `Data` first.
        for var part in [name, String(text.utf8.count), text] {
            part.withUTF8 { hasher?.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return text
    }

    /// "" when not taken: a report of unknown digest, which a rebuild never reuses.
    var hex: String { hasher?.finalize().lowercaseHex ?? "" }
}
