import Foundation

/// A folder of its own in the system's temporary folder for the files an external tool reads and writes (a scan's
/// rendered pages, a picture's PDF), removed once used.
enum ScratchFolder {
    /// `body`'s result, run with a new empty folder named for `purpose`; nil when the folder cannot be made.
    static func using<T>(_ purpose: String, _ body: (URL) -> T) -> T? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portal-\(purpose)-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: folder) }
        return body(folder)
    }

    /// Where the folders are made, as a refusal names it.
    static var location: String { FileManager.default.temporaryDirectory.path }
}
