import CPortalSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads stay inside the site: a content, theme or form file that is a
/// symbolic link (or lies in a linked folder) resolving outside the site
/// folder is refused, so that `problems.md → /etc/hostname` is never
/// published. Links inside the site are fine. (Jekyll's safe mode.)
enum SiteBoundary {
    /// The real path of the file an open descriptor refers to: what was
    /// actually opened, whatever links led there.
    static func openedPath(_ fd: Int32, fallback path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        if count > 0 { return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return realPath(path) ?? path
    }

    /// The file at `path` (absolute, standardized), opened only if no part
    /// of the path is a link and the path lies in `root` as written: then
    /// it is where it says, and inside. Nil when a link is on the way, the
    /// kernel cannot tell (no openat2), or the open fails otherwise: the
    /// caller opens as before and learns where the file really is, or why
    /// it failed. Throws ENOENT when nothing is there (no link on the way
    /// could lead elsewhere: that would be ELOOP), saving a second miss.
    static func openWithoutLinks(_ path: String, inside root: String) throws -> Int32? {
        guard path.hasPrefix(root == "/" ? "/" : root + "/"), !hasDotFolder(path) else { return nil }
        let fd = portal_open_without_links(path)
        if fd >= 0 { return fd }
        if errno == ENOENT { throw POSIXError(.ENOENT) }
        return nil
    }

    /// Whether a part of `path` is `.` or `..` (which `root + "/"` as a
    /// prefix would not keep inside). A byte scan: Foundation's
    /// `contains` cost 2 % of a cold check here.
    static func hasDotFolder(_ path: String) -> Bool {
        var dots = 0
        var atStart = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if atStart, dots == 1 || dots == 2 { return true }
                dots = 0
                atStart = true
            } else if atStart, byte == UInt8(ascii: "."), dots < 2 {
                dots += 1
            } else {
                atStart = false
                dots = 0
            }
        }
        return atStart && (dots == 1 || dots == 2)
    }

    /// The folder that `displayPath` is relative to: `/site` for
    /// `/site/content/x.md` shown as `content/x.md`.
    static func root(of url: URL, displayPath: String) -> String? {
        root(ofPath: url.standardizedFileURL.path, displayPath: displayPath)
    }

    /// The same for a standardized absolute path.
    static func root(ofPath path: String, displayPath: String) -> String? {
        guard !displayPath.hasPrefix("/"), path.hasSuffix("/" + displayPath) else { return nil }
        return String(path.dropLast(displayPath.count + 1))
    }

    /// Whether `resolved` (a real path) lies inside `root` (any path).
    static func contains(_ root: String, _ resolved: String) -> Bool {
        guard let realRoot = realRoots.resolve(root) else { return false }
        return resolved == realRoot || resolved.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The site folder's real path, resolved once per process (every file
    /// read checks against it: 40,000 `realpath` calls at 10,000 reports).
    /// A site folder moved behind the same path while `portal serve` runs
    /// only makes reads fail safe: files of the new real folder are refused.
    private static let realRoots = RealRoots()

    private final class RealRoots: @unchecked Sendable {
        private let lock = NSLock()
        private var resolved: [String: String] = [:]

        func resolve(_ root: String) -> String? {
            if let known = lock.withLock({ resolved[root] }) { return known }
            guard let real = SiteBoundary.realPath(root) else { return nil }
            lock.withLock { resolved[root] = real }
            return real
        }
    }
}
