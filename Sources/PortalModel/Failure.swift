import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A failure outside the content: a step of the pipeline (writing the site,
/// swapping it in, deploying it) could not do its work. Problems of the
/// content are `Diagnostic`s; this says which step failed, on which file,
/// and what a person can do about it.
public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The named step that failed, e.g. `pages`, `swap`, `deploy`.
    public var step: String
    /// The file or folder concerned, as a person would type it.
    public var path: String?
    /// What went wrong, e.g. `no space left on device`.
    public var message: String
    public var hint: String?
    /// The operating system's error number, when the failure came from one.
    public var errno: Int32?

    public init(step: String, path: String? = nil, _ message: String, hint: String? = nil, errno: Int32? = nil) {
        self.step = step
        self.path = path
        self.message = message
        self.hint = hint
        self.errno = errno
    }

    /// `pages: no space left on device while writing public/agencies/x/index.html`
    public var headline: String {
        "\(step): \(message)" + (path.map { " (\($0))" } ?? "")
    }

    public var description: String {
        headline + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}

extension Failure {
    /// Wraps any error thrown while a step worked on `path`: a `Failure`
    /// or `DiagnosticsError` passes through; an operating-system error
    /// (POSIX or Foundation's wrapping of one) gets words and a hint.
    public static func wrap(_ error: any Error, step: String, path: String? = nil, doing: String = "writing",
                            hint extra: String? = nil) -> any Error {
        if error is Failure || error is DiagnosticsError { return error }
        guard let code = posixCode(of: error) else {
            return Failure(step: step, path: path ?? filePath(of: error), "\(error)", hint: extra)
        }
        let file = path ?? filePath(of: error)
        let reason = String(cString: strerror(code)).lowercased()
        return Failure(step: step, path: file, "\(reason) while \(doing)", hint: hint(for: code, extra: extra), errno: code)
    }

    /// What a person can do about the common operating-system errors.
    static func hint(for code: Int32, extra: String?) -> String? {
        let general: String? = switch code {
        case ENOSPC, EDQUOT: "free space on that disk, or choose another --output"
        case EACCES, EPERM: "make the folder writable for this user, or choose another --output"
        case EROFS: "the disk is mounted read-only; choose another --output"
        case ENOENT: "a file or folder disappeared or a link points to nothing; check the path"
        case EMFILE, ENFILE: "too many open files; raise the limit (ulimit -n) and build again"
        default: nil
        }
        return [general, extra].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
    }

    /// The errno behind a thrown error, looking through Foundation's wrappers.
    static func posixCode(of error: any Error) -> Int32? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(of: underlying) }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileWriteOutOfSpace: return ENOSPC
            case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
            case .fileWriteVolumeReadOnly: return EROFS
            case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
            default: return nil
            }
        }
        return nil
    }

    static func filePath(of error: any Error) -> String? {
        let info = (error as NSError).userInfo
        return (info[NSFilePathErrorKey] as? String) ?? (info[NSURLErrorKey] as? URL)?.path
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
