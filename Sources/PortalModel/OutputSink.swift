import Foundation

/// Where rendered files go: the seam between render and write. The write
/// stage provides a staging folder; tests can collect files in memory.
public protocol OutputSink: Sendable {
    /// Writes `contents` at `path`, relative to the output root.
    func write(_ path: String, contents: Data) throws
    /// Copies a file as it is (theme assets).
    func copy(_ source: URL, to path: String) throws
    /// Opens a file that is written piece by piece and finished with
    /// `close()`: the whole-portal downloads are never held in memory.
    func stream(_ path: String) throws -> any OutputStreamFile
    /// Puts the file `path` of the build being replaced in place unchanged,
    /// when the sink can (a hard link); false when it cannot, and the caller
    /// renders the file.
    func reuse(_ path: String) -> Bool
    /// The contents of a file placed by `reuse`.
    func reusedContents(_ path: String) -> Data?
}

/// A file being written in pieces.
public protocol OutputStreamFile: AnyObject {
    func append(_ data: Data) throws
    /// Finishes the file; nothing may be appended after.
    func close() throws
}

extension OutputStreamFile {
    public func append(_ text: String) throws {
        try append(Data(text.utf8))
    }
}

extension OutputSink {
    public func write(_ path: String, text: String) throws {
        try write(path, contents: Data(text.utf8))
    }

    /// Sinks without files of their own collect the pieces and write once.
    public func stream(_ path: String) throws -> any OutputStreamFile {
        BufferedStreamFile { try self.write(path, contents: $0) }
    }

    public func reuse(_ path: String) -> Bool { false }
    public func reusedContents(_ path: String) -> Data? { nil }
}

/// Collects a streamed file in memory and hands it over on `close()`.
final class BufferedStreamFile: OutputStreamFile {
    private var buffer = Data()
    private let finish: (Data) throws -> Void

    init(finish: @escaping (Data) throws -> Void) {
        self.finish = finish
    }

    func append(_ data: Data) throws { buffer.append(data) }
    func close() throws { try finish(buffer) }
}
