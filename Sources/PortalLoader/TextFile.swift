import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalModel
import PortalSupport

/// Reads a text file as UTF-8, turning every way it can fail into a
/// diagnostic instead of a crash.
enum TextFile {
    /// Largest file of each kind: ten times any real one, and small enough
    /// that a hostile file fails at once instead of filling memory.
    static func limit(for path: String) -> Int {
        path.hasSuffix(".md") ? 2 << 20 : 1 << 20
    }

    /// Reads `url`, shown as `displayPath` (relative to the site folder,
    /// which the file must resolve inside).
    static func read(_ url: URL, displayPath: String, log: DiagnosticLog) -> String? {
        read(path: url.standardizedFileURL.path, displayPath: displayPath, log: log)
    }

    /// Reads the file at `path` (absolute and standardized: report folders
    /// pass plain strings, URLs cost more than the read at 10,000 reports).
    ///
    /// With `missing`, a file that may be absent: when nothing is at `path`
    /// (as `FileManager.fileExists` sees it), `missing` is called and
    /// nothing logged. One `open` instead of a `stat` before it.
    static func read(path: String, displayPath: String, log: DiagnosticLog, missing: (() -> Void)? = nil) -> String? {
        let data: Data
        do {
            data = try readBytes(path, within: SiteBoundary.root(ofPath: path, displayPath: displayPath), limit: limit(for: displayPath))
        } catch let refusal as Refusal {
            switch refusal {
            case .outside(let target):
                log.error(.outsideSite, at: SourceLocation(path: displayPath), "the file is a link to \(target), outside the site folder",
                          hint: "copy the file into the site instead of linking to it; portal never reads or publishes files outside the site")
            case .tooLarge(let size, let limit):
                log.error(.inputLimit, at: SourceLocation(path: displayPath),
                          "the file is \(size.groupedDigits) bytes; the limit for this kind of file is \(limit.groupedDigits) bytes",
                          hint: "no real report needs this much; check that the right file is here")
            }
            return nil
        } catch {
            if let missing, (error as? POSIXError)?.code == .ENOENT || !FileManager.default.fileExists(atPath: path) {
                missing()
                return nil
            }
            log.error(.io, at: SourceLocation(path: displayPath), "cannot read the file: \(describe(error))")
            return nil
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            log.error(.encoding, at: SourceLocation(path: displayPath, line: firstInvalidLine(data)),
                      "the file is not valid UTF-8",
                      hint: "save it as UTF-8 (in many editors: “Save with encoding” → UTF-8); GBK files must be converted")
            return nil
        }
        // A byte-order mark is harmless but would shift column numbers.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The whole file with plain POSIX calls: tens of thousands of small
    /// files are read per build, and Foundation's reader costs several
    /// times more per file.
    static func readBytes(_ path: String, within root: String? = nil, limit: Int = .max) throws -> Data {
        let fd = try openInside(root, path)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw posixError(path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw POSIXError(.EISDIR) }
        guard Int(info.st_size) <= limit else { throw Refusal.tooLarge(Int(info.st_size), limit) }
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += 4096 }  // the file grew while we read it
            let count = data.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw posixError(path)
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        guard filled <= limit else { throw Refusal.tooLarge(filled, limit) }
        return data
    }

    /// Opens `path`, refusing a file that resolves outside `root`. A path
    /// with no link on it is where it says (`SiteBoundary.openWithoutLinks`):
    /// one system call, where proving the place of a linked one takes a
    /// second (a `/proc` look-up, 6 % of a cold `portal check`'s CPU).
    private static func openInside(_ root: String?, _ path: String) throws -> Int32 {
        if let root, let fd = try SiteBoundary.openWithoutLinks(path, inside: root) { return fd }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw posixError(path) }
        if let root {
            // What was opened, not what the path says: no race with a link changed meanwhile.
            let opened = SiteBoundary.openedPath(fd, fallback: path)
            guard SiteBoundary.contains(root, opened) else {
                close(fd)
                throw Refusal.outside(opened)
            }
        }
        return fd
    }

    enum Refusal: Error {
        /// The file resolves outside the site: its real path.
        case outside(String)
        /// Its size and the limit, in bytes.
        case tooLarge(Int, Int)
    }

    private static func posixError(_ path: String) -> Error {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }

    /// The 1-based line holding the first byte that breaks UTF-8, so the
    /// error points close to the problem.
    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for (offset, byte) in data.enumerated() where byte == UInt8(ascii: "\n") {
            let end = data.startIndex + offset
            if String(data: data[start..<end], encoding: .utf8) == nil { return line }
            line += 1
            start = end + 1
        }
        return line
    }

    static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(posix.rawValue))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}
