import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalSupport

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
        // Each folder's files ("" is the top folder); a folder with none of
        // its own (only subfolders) is listed too, to check its time. A
        // folder's files mostly follow each other in the manifest (a report's
        // page, JSON and CSV): a folder is looked up by name only when it
        // differs from the entry before's, and paths are cut at their last
        // "/" in UTF-8, not by characters (the grouping of 45,000 entries was
        // half of a spare's check).
        var folders: [(folder: Substring, files: [(name: Substring, size: Int)])] = []
        var positions: [Substring: Int] = [:]
        var top: Set<String> = [Manifest.fileName]
        var current = -1
        for entry in manifest.entries {
            let path = Substring(entry.path)
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
                top.insert(entry.path)
                if positions[""] == nil {
                    positions[""] = folders.count
                    folders.append(("", []))
                }
                current = positions[""]!
                folders[current].files.append((path, entry.size))
                continue
            }
            let folder = path[..<slash]
            if current < 0 || folders[current].folder != folder {
                if let known = positions[folder] {
                    current = known
                } else {
                    top.insert(String(folder.prefix { $0 != "/" }))
                    var parent = folder
                    while let up = parent.utf8.lastIndex(of: UInt8(ascii: "/")) {
                        parent = parent[..<up]
                        // Its parents went in with it.
                        guard positions[parent] == nil else { break }
                        positions[parent] = folders.count
                        folders.append((parent, []))
                    }
                    positions[folder] = folders.count
                    current = folders.count
                    folders.append((folder, []))
                }
            }
            folders[current].files.append((path[path.utf8.index(after: slash)...], entry.size))
        }
        var names = Set(Self.names(in: root))
        names.remove(SpareFolder.stateName)
        guard names == top, Self.file(root + "/" + Manifest.fileName, size: nil, mark: mark) else { return false }
        // Tens of thousands of calls: shared out in slices over the cores;
        // each folder opened once, its files looked up from it (a path is
        // not resolved again for every file).
        let slices = max(1, min(64, manifest.entries.count / 512))
        let groups = folders
        let failed = FailedFlag()
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            for index in stride(from: slice, to: groups.count, by: slices) where !failed.isSet {
                if !Self.folder(root, groups[index].folder, files: groups[index].files, mark: mark) { failed.set() }
            }
        }
        return !failed.isSet
    }

    private static func file(_ path: String, size: Int?, mark: Int64) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        return regular(info, size: size, mark: mark)
    }

    private static func regular(_ info: stat, size: Int?, mark: Int64) -> Bool {
        (info.st_mode & S_IFMT) == S_IFREG && (size.map { Int(info.st_size) == $0 } ?? true) && nanoseconds(info.st_mtim) <= mark
    }

    /// The folder (not changed after the mark, the top one aside: every swap
    /// moves it) and each of its files.
    private static func folder(_ root: String, _ folder: Substring, files: [(name: Substring, size: Int)], mark: Int64) -> Bool {
        let directory = open(folder.isEmpty ? root : root + "/" + folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard directory >= 0 else { return false }
        defer { close(directory) }
        var info = stat()
        guard fstat(directory, &info) == 0, folder.isEmpty || nanoseconds(info.st_ctim) <= mark else { return false }
        for file in files {
            guard fstatat(directory, String(file.name), &info, AT_SYMLINK_NOFOLLOW) == 0, regular(info, size: file.size, mark: mark) else { return false }
        }
        return true
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    private static func names(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var found: [String] = []
        while let entry = readdir(dir) {
            let name = entry.entryName
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
