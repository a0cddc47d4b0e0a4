import CPortalSystem
import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalSupport

/// What an agency folder looks like on disk, without reading a file: the
/// name, kind, inode, size, modification and change time (nanoseconds) of
/// every entry of the folder and of its subfolders (the report folders).
/// The loader reads nothing else of the folder, so two equal signatures
/// mean the folder loads and checks the same (mypy's and Cargo's way).
/// The check cache signs agency folders with it, serve's `LoadCache` report folders.
public struct FolderSignature: Sendable, Equatable {
    /// SHA-256 of the listing.
    public var digest: String
    /// Whether a result for this signature may be kept: not when the folder
    /// holds a symbolic link (what it leads to can change unseen), cannot be
    /// listed, or changed too recently to tell a later change apart.
    public var keepable: Bool

    /// `folder`'s signature, taken at `now` (nanoseconds since 1970): an
    /// entry changed within `settle` seconds of it makes the signature not
    /// keepable, since a change in the same clock tick as the last one
    /// would leave every stamp as it was (git's "racily clean" entries).
    public static func of(_ folder: String, now: Int64 = now(), settle: Double) -> FolderSignature {
        var listing = Listing()
        // Not through a link: the folder itself must be what is listed.
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if directory < 0 {
            listing.keepable = false
        } else {
            listing.add(directory, depth: 0)
            close(directory)
        }
        let recent = listing.newest >= now - Int64(settle * 1e9)
        return FolderSignature(digest: listing.hasher.finalize().lowercaseHex, keepable: listing.keepable && !recent)
    }

    /// The current time in nanoseconds, as file stamps count it.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    private struct Listing {
        /// The listing's bytes go straight in: per entry its depth and
        /// name, then its kind, inode, size and times as 64-bit numbers
        /// (a national portal's folders hold ~100,000 entries).
        var hasher = SHA256()
        var newest: Int64 = 0
        var keepable = true

        /// What stands in place of an entry's stamps.
        enum Mark: Int64 {
            case unlistable = -1, gone = -2
        }

        /// The entries of the folder open as `directory`, sorted by name;
        /// report folders' own entries too (depth 0 is the agency folder).
        /// Entries are looked up relative to the open folder: no path is
        /// resolved again for each of the ~100,000 files of a national portal.
        mutating func add(_ directory: Int32, depth: Int64) {
            guard let names = FolderSignature.names(in: directory) else {
                keepable = false
                record(depth: depth, name: "", (Mark.unlistable.rawValue, 0, 0, 0, 0))
                return
            }
            for name in names {
                var info = stat()
                guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                    keepable = false
                    record(depth: depth, name: name, (Mark.gone.rawValue, 0, 0, 0, 0))
                    continue
                }
                let kind = info.st_mode & S_IFMT
                if kind == S_IFLNK { keepable = false }
                let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
                newest = max(newest, modified, changed)
                record(depth: depth, name: name, (Int64(kind), Int64(bitPattern: UInt64(info.st_ino)), Int64(info.st_size), modified, changed))
                guard kind == S_IFDIR, depth == 0 else { continue }
                let folder = openat(directory, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard folder >= 0 else {
                    keepable = false
                    continue
                }
                add(folder, depth: 1)
                close(folder)
            }
        }

        /// One entry: its depth, its name and a zero (no name holds one:
        /// where the name ends is hashed too), then its five numbers.
        mutating func record(depth: Int64, name: String, _ numbers: (Int64, Int64, Int64, Int64, Int64)) {
            var name = name
            withUnsafeBytes(of: depth) { hasher.update(bufferPointer: $0) }
            name.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            withUnsafeBytes(of: UInt8(0)) { hasher.update(bufferPointer: $0) }
            // Five Int64s: no padding between them.
            withUnsafeBytes(of: numbers) { hasher.update(bufferPointer: $0) }
        }
    }

    /// Every entry but `.` and `..`, hidden ones included, sorted; nil
    /// when the folder cannot be listed. `directory` stays open.
    static func names(in directory: Int32) -> [String]? {
        var names: [String] = []
        switch FolderListing.entries(in: directory, { name, _ in names.append(name) }) {
        case 0: return names.sorted()
        case ENOSYS: return streamed(directory)
        default: return nil
        }
    }

    /// `names(in:)` through a directory stream, where there is no getdents64.
    static func streamed(_ directory: Int32) -> [String]? {
        let listed = dup(directory)
        guard listed >= 0, let stream = fdopendir(listed) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = entry.entryName
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
