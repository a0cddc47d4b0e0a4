import Foundation
import PortalModel

/// Remembers what each report folder loaded to, keyed by the size and
/// modification time of its files, so that a rebuild (`portal serve`)
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

    public init() {}

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

    /// Names, sizes and modification times of the files in `folder` (not
    /// below it), plus `context` (what else the result depends on).
    static func signature(of folder: URL, context: String) -> String {
        let keys: Set<URLResourceKey> = [.fileSizeKey, .contentModificationDateKey]
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: Array(keys))) ?? []
        var parts = [context]
        for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let values = try? file.resourceValues(forKeys: keys)
            parts.append("\(file.lastPathComponent):\(values?.fileSize ?? -1):\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
        }
        return parts.joined(separator: "|")
    }
}
