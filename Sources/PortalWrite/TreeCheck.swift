import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a folder still holds exactly what its manifest lists, checked
/// cheaply with `lstat` (one call a file and a folder, no reading):
///
/// - each file listed is a regular file of the listed size, not modified
///   after the mark. Modification time, not change time: the change time
///   also moves when a hard link to the file elsewhere (the live site
///   shares most files with the spare) is made or removed;
/// - each folder's change time is not after the mark: adding, removing or
///   renaming anything in a folder moves it;
/// - the top folder (moved by every swap) holds exactly the top-level
///   names the manifest implies.
///
/// An edit that sets the old modification time back (`touch -d`) on a file
/// in the hidden spare is not seen; anything else a hand does is.
struct TreeCheck {
    let root: String
    let manifest: Manifest

    func holds(unchangedAfter mark: Int64) -> Bool {
        var top: Set<String> = [Manifest.fileName]
        var folders: Set<String> = []
        for entry in manifest.entries {
            top.insert(String(entry.path.prefix { $0 != "/" }))
            var folder = Substring(entry.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                // Its parents went in with it.
                if !folders.insert(String(folder)).inserted { break }
            }
        }
        var names = Set(Self.names(in: root))
        names.remove(SpareFolder.stateName)
        guard names == top, Self.file(root + "/" + Manifest.fileName, size: nil, mark: mark) else { return false }
        let files = manifest.entries
        let folderList = Array(folders)
        // Tens of thousands of calls: shared out in slices over the cores.
        let slices = max(1, min(64, (files.count + folderList.count) / 512))
        let failed = FailedFlag()
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            for index in stride(from: slice, to: files.count, by: slices) where !failed.isSet {
                if !Self.file(root + "/" + files[index].path, size: files[index].size, mark: mark) { failed.set() }
            }
            for index in stride(from: slice, to: folderList.count, by: slices) where !failed.isSet {
                if !Self.folder(root + "/" + folderList[index], mark: mark) { failed.set() }
            }
        }
        return !failed.isSet
    }

    private static func file(_ path: String, size: Int?, mark: Int64) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return (size.map { Int(info.st_size) == $0 } ?? true) && nanoseconds(info.st_mtim) <= mark
    }

    private static func folder(_ path: String, mark: Int64) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        return nanoseconds(info.st_ctim) <= mark
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    private static func names(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var found: [String] = []
        while let entry = readdir(dir) {
            let name = TreeRemover.entryName(entry)
            if name != ".", name != ".." { found.append(name) }
        }
        return found
    }
}

/// Set once by any thread: the check has failed, the others stop.
private final class FailedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var failed = false
    var isSet: Bool { lock.withLock { failed } }
    func set() { lock.withLock { failed = true } }
}
