import Foundation

/// An empty temporary folder for one test, removed with everything in it
/// when the test's suite instance goes away, so test runs leave nothing in /tmp.
public final class ScratchFolder: Sendable {
    public let url: URL

    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
