import CPortalSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder's entries read with getdents64 on its descriptor: names and
/// kinds in one call for a whole small folder (`FolderSignature`,
/// `SiteLoader`'s subfolders).
enum FolderListing {
    /// Calls `each` with every entry of the folder open as `directory` but
    /// `.` and `..` (its name and its `d_type`), in the file system's order.
    /// Returns 0, or the errno that stopped it (ENOSYS where there is no
    /// getdents64). `directory` stays open.
    static func entries(in directory: Int32, _ each: (_ name: String, _ type: UInt8) -> Void) -> Int32 {
        // Read with getdents64 on the descriptor itself: `fdopendir` on a
        // `dup` of it cost a dup, an fstat, an fcntl and a close for each
        // of the 12,500 folders listed at 10,000 reports.
        withUnsafeTemporaryAllocation(byteCount: 32_768, alignment: 8) { buffer -> Int32 in
            while true {
                let count = portal_directory_entries(directory, buffer.baseAddress, UInt(buffer.count))
                guard count > 0 else { return count == 0 ? 0 : errno }
                var offset = 0
                while offset < count {
                    var next = 0
                    let name = portal_directory_entry(buffer.baseAddress, offset, &next)!
                    let text = String(decoding: UnsafeRawBufferPointer(start: name, count: strlen(name)), as: UTF8.self)
                    if text != ".", text != ".." { each(text, portal_directory_entry_type(buffer.baseAddress, offset)) }
                    offset = next
                }
            }
        }
    }

    /// The visible subfolders of the folder at `path` (links to folders
    /// included, as `FileManager.fileExists(atPath:isDirectory:)` sees
    /// them), sorted; empty when it cannot be listed; nil where there is no
    /// getdents64. Entries the file system marks as folders are taken
    /// without a `stat`: listing content/agencies was a `stat` by path for
    /// each of 2,500 agencies, twice a build.
    static func subfolders(of path: String) -> [String]? {
        let directory = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return [] }
        defer { close(directory) }
        var names: [String] = []
        let failure = entries(in: directory) { name, type in
            guard !name.hasPrefix(".") else { return }
            switch Int(type) {
            case Int(DT_DIR):
                names.append(name)
            case Int(DT_LNK), Int(DT_UNKNOWN):
                // Followed, as the file system would not say what a link leads to.
                var info = stat()
                if fstatat(directory, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFDIR { names.append(name) }
            default:
                break
            }
        }
        switch failure {
        case 0: return names.sorted()
        case ENOSYS: return nil
        default: return []
        }
    }
}
