import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps request paths to files of the output folder, refusing every way
/// out of it: `..` (also percent-encoded), absolute or backslash paths,
/// NUL bytes, and symbolic links whose target lies outside.
public struct SiteFiles: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// A regular file, as its real absolute path.
        case file(String)
        /// A folder asked for without its trailing slash.
        case redirect(String)
        case notFound
        case forbidden
    }

    public let root: String

    public init(root: URL) {
        self.root = root.standardizedFileURL.path
    }

    public func resolve(_ requestPath: String) -> Resolution {
        var path = requestPath
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        guard path.hasPrefix("/"), let decoded = path.removingPercentEncoding else { return .forbidden }
        if decoded.contains("\0") || decoded.contains("\\") { return .forbidden }
        let segments = decoded.split(separator: "/").map(String.init)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .forbidden }
        // Hidden files (the build manifest, editor droppings) are not part of the site.
        if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        guard let realRoot = Self.realPath(root) else { return .notFound }
        guard let real = Self.realPath(([realRoot] + segments).joined(separator: "/")) else { return .notFound }
        guard Self.isInside(real, realRoot) else { return .forbidden }
        guard Self.isDirectory(real) else { return .file(real) }
        if !decoded.hasSuffix("/") {
            // Built from the cleaned segments, so `//evil.example` can never become a Location.
            let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
            return .redirect("/" + encoded.joined(separator: "/") + "/")
        }
        guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, realRoot), !Self.isDirectory(index) else {
            return .notFound
        }
        return .file(index)
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The canonical path with every link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
