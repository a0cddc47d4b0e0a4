import Foundation

/// Notices edits under the site's source folders by comparing snapshots
/// of every file's size and modification time. Polling is portable and
/// needs no per-folder kernel watches; a burst of saves settles into one
/// change because a change is reported only once the tree stops moving.
public struct SourceWatcher: Sendable {
    public var folders: [URL]
    public var interval: Duration
    /// How long the tree must stay unchanged before a change is reported.
    public var settle: Duration

    public init(folders: [URL], interval: Duration = .milliseconds(200), settle: Duration = .milliseconds(250)) {
        self.folders = folders
        self.interval = interval
        self.settle = settle
    }

    public struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Double
    }

    public func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]),
                      values.isRegularFile == true else { continue }
                stamps[url.path] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
            }
        }
        return stamps
    }

    /// Calls `onChange` once per settled burst of edits, until cancelled.
    public func watch(onChange: @Sendable () async -> Void) async {
        var last = snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var current = snapshot()
            guard current != last else { continue }
            // Wait for the burst to end: the tree must hold still for `settle`.
            while !Task.isCancelled {
                try? await Task.sleep(for: settle)
                let again = snapshot()
                if again == current { break }
                current = again
            }
            last = current
            if Task.isCancelled { return }
            await onChange()
        }
    }
}
