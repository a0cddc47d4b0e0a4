import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file with plain POSIX calls. Foundation's `Data.write` syncs
/// every file to disk, which for a site of tens of thousands of files costs
/// more than rendering them; the staged site only becomes the output
/// through the final exchange, so a crash before it loses nothing.
enum FileWriter {
    static func write(_ data: some ContiguousBytes, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw error(path) }
        defer { close(fd) }
        try write(data, to: fd, path: path)
    }

    /// Writes a file in pieces: `pieces` hands each one to the function it
    /// is given, in order.
    static func stream(to path: String, _ pieces: ((_ piece: [UInt8]) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw error(path) }
        defer { close(fd) }
        try pieces { piece in try write(piece, to: fd, path: path) }
    }

    private static func write(_ data: some ContiguousBytes, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error(path)
                }
                offset += written
            }
        }
    }

    private static func error(_ path: String) -> Error {
        let code = errno
        return NSError(domain: NSPOSIXErrorDomain, code: Int(code),
                       userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))"])
    }
}
