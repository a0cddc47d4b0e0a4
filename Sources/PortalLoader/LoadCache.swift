import Foundation
import PortalModel

/// Remembers what each report folder loaded to, keyed by its files'
/// signature (`FolderSignature`), so that a rebuild (`portal serve`)
/// reads and parses only the reports that changed. A folder whose files
/// look the same is taken from the cache, diagnostics included.
public final class LoadCache: @unchecked Sendable {
    struct Entry {
        var signature: String
        var report: Report?
        var diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var counts = (hits: 0, misses: 0)

    /// Seconds within which a changed folder is not cached (`FolderSignature`).
    let settle: Double

    public init(settle: Double = 1) {
        self.settle = settle
    }

    /// Reports taken from the cache / read anew, since the cache was made.
    public var hits: Int { lock.withLock { counts.hits } }
    public var misses: Int { lock.withLock { counts.misses } }

    func lookup(_ folder: String, signature: String) -> Entry? {
        lock.withLock {
            guard let entry = entries[folder], entry.signature == signature else {
                counts.misses += 1
                return nil
            }
            counts.hits += 1
            return entry
        }
    }

    func store(_ folder: String, _ entry: Entry) {
        lock.withLock { entries[folder] = entry }
    }

    /// The signature of `folder` (`FolderSignature`: every entry's name,
    /// inode, size and times) plus `context` (what else the result depends
    /// on); nil when the folder may not be cached (a link, an edit within the
    /// last second: a later edit in the same clock tick would look the same).
    func signature(of folder: URL, context: String) -> String? {
        let signature = FolderSignature.of(folder.path, settle: settle)
        return signature.keepable ? context + "|" + signature.digest : nil
    }
}
