import Crypto
import Foundation
import PortalModel
import PortalSupport

/// SHA-256 over the files a report or an agency was read from, each by name
/// and content: what a rebuild compares to keep or redo their pages.
final class SourceDigest {
    private var hasher = SHA256()

    /// Adds a file and hands its text on.
    func add(_ name: String, _ text: String) -> String? {
        // In place: each file's text once, not copied into a `Data` first.
        for var part in [name, String(text.utf8.count), text] {
            part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return text
    }

    var hex: String { hasher.finalize().lowercaseHex }
}
