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
struct FolderSignature: Sendable, Equatable {
    /// SHA-256 of the listing.
    var digest: String
    /// Whether a result for this signature may be kept: not when the folder
    /// holds a symbolic link (what it leads to can change unseen), cannot be
    /// listed, or changed too recently to tell a later change apart.
    var keepable: Bool

    /// `folder`'s signature, taken at `now` (nanoseconds since 1970): an
    /// entry changed within `settle` seconds of it makes the signature not
    /// keepable, since a change in the same clock tick as the last one
    /// would leave every stamp as it was (git's "racily clean" entries).
    static func of(_ folder: String, now: Int64, settle: Double) -> FolderSignature {
        var listing = Listing()
        var info = stat()
        if lstat(folder, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR {
            listing.keepable = false
        } else {
            listing.add(folder, depth: 0)
        }
        let recent = listing.newest >= now - Int64(settle * 1e9)
        return FolderSignature(digest: SHA256.hash(data: Data(listing.text.utf8)).lowercaseHex,
                               keepable: listing.keepable && !recent)
    }

    /// The current time in nanoseconds, as file stamps count it.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    private struct Listing {
        var text = ""
        var newest: Int64 = 0
        var keepable = true

        /// The entries of `path`, sorted by name; report folders' own
        /// entries too (depth 0 is the agency folder).
        mutating func add(_ path: String, depth: Int) {
            guard let names = Self.names(in: path) else {
                keepable = false
                text += "\(depth) unlistable\n"
                return
            }
            for name in names {
                let entry = path + "/" + name
                var info = stat()
                guard lstat(entry, &info) == 0 else {
                    keepable = false
                    text += "\(depth) \(name) gone\n"
                    continue
                }
                let kind = info.st_mode & S_IFMT
                if kind == S_IFLNK { keepable = false }
                let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
                newest = max(newest, modified, changed)
                text += "\(depth) \(name) \(kind) \(info.st_ino) \(info.st_size) \(modified) \(changed)\n"
                if kind == S_IFDIR, depth == 0 { add(entry, depth: 1) }
            }
        }

        /// Every entry but `.` and `..`, hidden ones included; nil when the
        /// folder cannot be listed.
        static func names(in path: String) -> [String]? {
            guard let directory = opendir(path) else { return nil }
            defer { closedir(directory) }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name != ".", name != ".." { names.append(name) }
            }
            return names.sorted()
        }
    }
}
