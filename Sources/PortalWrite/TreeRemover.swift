import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalSupport

/// Removes a folder tree with `unlinkat` on every core. A replaced site has
/// tens of thousands of entries (most of them, after a rebuild, hard links
/// into the new site), and Foundation's `removeItem` spends several times
/// longer per entry.
enum TreeRemover {
    /// Best effort, like `rm -rf`: what cannot be removed stays.
    static func remove(_ folder: URL) {
        // Folders two levels down (agencies/<slug>, years/<year>) are the
        // units shared out: a site's bulk sits in one top-level folder.
        let units = subfolders(of: folder.path).flatMap { subfolders(of: $0) }
        DispatchQueue.concurrentPerform(iterations: units.count) { index in
            removeContents(of: units[index])
            rmdir(units[index])
        }
        removeContents(of: folder.path)
        rmdir(folder.path)
    }

    /// Folders directly inside `path`, to share the work out.
    private static func subfolders(of path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var found: [String] = []
        while let entry = readdir(dir) {
            let name = entry.entryName
            if name == "." || name == ".." { continue }
            if entry.pointee.d_type == UInt8(DT_DIR) { found.append(path + "/" + name) }
        }
        return found
    }

    private static func removeContents(of path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return }
        removeContents(fd: fd)
    }

    /// Empties the folder open at `fd` and closes it.
    private static func removeContents(fd: Int32) {
        guard let dir = fdopendir(fd) else { close(fd); return }
        defer { closedir(dir) }
        var names: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name = entry.entryName
            if name == "." || name == ".." { continue }
            names.append((name, entry.pointee.d_type == UInt8(DT_DIR)))
        }
        for (name, isFolder) in names {
            if isFolder || unlinkat(fd, name, 0) != 0 {
                // A folder, or an entry whose type readdir did not say.
                let child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                if child >= 0 { removeContents(fd: child) }
                unlinkat(fd, name, AT_REMOVEDIR)
            }
        }
    }
}
