import Foundation

/// Where rendered files go: the seam between render and write. The write
/// stage provides a staging folder; tests can collect files in memory.
public protocol OutputSink: Sendable {
    /// Writes `contents` at `path`, relative to the output root.
    func write(_ path: String, contents: Data) throws
    /// Copies a file as it is (theme assets).
    func copy(_ source: URL, to path: String) throws
}

extension OutputSink {
    public func write(_ path: String, text: String) throws {
        try write(path, contents: Data(text.utf8))
    }
}
