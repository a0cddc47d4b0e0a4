import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalSupport

/// Notices edits under the site's source folders and says which files
/// changed (paths relative to the site folder), so that `portal serve`
/// rebuilds only what they belong to. A burst of saves settles into one
/// change: a change is reported once the tree has been still for `settle`.
///
/// On Linux it asks the kernel (inotify, one watch per folder: a few
/// milliseconds to notice a save even at 10,000 reports); where that is
/// not possible (another system, too many folders for the watch limit) it
/// polls the files' sizes and times with `lstat`.
public struct SourceWatcher: Sendable {
    public var root: URL
    /// Folders to watch, relative to `root`.
    public var folders: [String]
    public var interval: Duration
    /// How long the tree must stay unchanged before a change is reported.
    public var settle: Duration

    public init(root: URL, folders: [String], interval: Duration = .milliseconds(200), settle: Duration = .milliseconds(100)) {
        self.root = root.standardizedFileURL
        self.folders = folders
        self.interval = interval
        self.settle = settle
    }

    /// A settled burst of edits: the paths that changed, or nil when the
    /// watcher lost track (the kernel's queue overflowed) and everything
    /// must be read again.
    public typealias Change = Set<String>?

    /// Calls `onChange` once per settled burst of edits, until cancelled.
    /// `ready` is called once the watcher sees edits: an edit made before
    /// it may go unnoticed.
    public func watch(ready: @Sendable () -> Void = {}, onChange: @Sendable (Change) async -> Void) async {
        if let kernel = KernelWatch(root: root, folders: folders) {
            ready()
            await watchKernel(kernel, onChange: onChange)
        } else {
            await poll(ready: ready, onChange: onChange)
        }
    }

    private func watchKernel(_ kernel: KernelWatch, onChange: @Sendable (Change) async -> Void) async {
        let settleMilliseconds = Int32(settle.components.seconds * 1000 + settle.components.attoseconds / 1_000_000_000_000_000)
        let stream = AsyncStream<Change> { continuation in
            let thread = Thread {
                // A thread of its own: waiting on the kernel must not hold one of the few pooled threads.
                while !kernel.isStopped {
                    guard var change = kernel.next(timeout: 200) else { continue }
                    while change != nil, let more = kernel.next(timeout: settleMilliseconds) {
                        change = more.map { change!.union($0) }
                    }
                    if change == nil {
                        // Lost track: drain whatever else comes, then say so once.
                        while kernel.next(timeout: settleMilliseconds) != nil {}
                    }
                    if change?.isEmpty == true { continue }
                    continuation.yield(change)
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in kernel.stop() }
            thread.start()
        }
        for await change in stream {
            if Task.isCancelled { break }
            await onChange(change)
        }
        kernel.stop()
    }

    // MARK: polling

    public struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Int
        var changed: Int
    }

    /// Every file under the folders with its size and times: `lstat` per
    /// entry, no Foundation objects.
    public func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders { scan(folder, into: &stamps) }
        return stamps
    }

    private func scan(_ relative: String, into stamps: inout [String: Stamp]) {
        guard let directory = opendir(root.appendingPathComponent(relative).path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = entry.entryName
            guard name != ".", name != ".." else { continue }
            let path = relative + "/" + name
            var info = stat()
            guard lstat(root.appendingPathComponent(path).path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: scan(path, into: &stamps)
            default:
                stamps[path] = Stamp(size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec),
                                     changed: Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec))
            }
        }
    }

    static func difference(_ old: [String: Stamp], _ new: [String: Stamp]) -> Set<String> {
        var changed = Set(old.keys.filter { new[$0] == nil })
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        return changed
    }

    private func poll(ready: @Sendable () -> Void, onChange: @Sendable (Change) async -> Void) async {
        var last = snapshot()
        ready()
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
            let changed = Self.difference(last, current)
            last = current
            if Task.isCancelled { return }
            await onChange(changed)
        }
    }
}

/// inotify: one watch per folder, new folders watched as they appear.
final class KernelWatch: @unchecked Sendable {
    private let fd: Int32
    private let root: URL
    private let lock = NSLock()
    private var folders: [Int32: String] = [:]
    private var stopped = false
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_DELETE_SELF | IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    /// Nil when the kernel cannot watch every folder (then the caller polls).
    init?(root: URL, folders: [String]) {
        #if os(Linux)
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.root = root
        for folder in folders where !add(folder) {
            close(fd)
            return nil
        }
        #else
        return nil
        #endif
    }

    deinit { close(fd) }

    var isStopped: Bool { lock.withLock { stopped } }
    func stop() { lock.withLock { stopped = true } }

    /// Watches `relative` and every folder below it; false when the limit is reached.
    @discardableResult
    private func add(_ relative: String) -> Bool {
        let path = root.appendingPathComponent(relative).path
        let wd = inotify_add_watch(fd, path, Self.mask)
        if wd < 0 { return errno == ENOENT || errno == ENOTDIR }
        folders[wd] = relative
        guard let directory = opendir(path) else { return true }
        defer { closedir(directory) }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let name = entry.entryName
            guard name != ".", name != "..", entry.pointee.d_type == UInt8(DT_DIR) || entry.pointee.d_type == UInt8(DT_UNKNOWN) else { continue }
            subfolders.append(relative + "/" + name)
        }
        return subfolders.allSatisfy { add($0) }
    }

    /// The paths of the events that arrive within `timeout` ms: `nil` when
    /// nothing came, `.some(nil)` when the kernel's queue overflowed.
    func next(timeout: Int32) -> Set<String>?? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed: Set<String> = []
        var overflow = false
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.load(fromByteOffset: offset, as: Int32.self), raw.load(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let name = String(decoding: buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }, as: UTF8.self)
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { overflow = true; continue }
                guard let folder = folders[wd] else { continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                changed.insert(path)
                if mask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil }
                // A new folder (a new report or agency): watch it, and count what it already holds.
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { add(path) }
            }
        }
        return overflow ? .some(nil) : .some(changed)
    }
}
