import Foundation
import PortalModel
import PortalSupport

/// Reads a report's narratives again from their files, for a build that let
/// go of their text after the checks (`Report.letGoOfNarratives()`).
///
/// Each text must be the one the load read and the checks judged: a file
/// edited or removed since is not published. Its narratives come back
/// empty and the first such file is kept as `failure`, which the build
/// throws before it swaps its output in (the previous output stays).
public final class NarrativeFileReader: NarrativeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var first: Failure?

    public init() {}

    public var failure: Failure? { lock.withLock { first } }

    public func narratives(of files: NarrativeFiles) -> [String: Located<String>] {
        var narratives: [String: Located<String>] = [:]
        for text in files.texts {
            let displayPath = files.displayPath(of: text.id)
            let log = DiagnosticLog()
            let read = TextFile.read(path: files.path(of: text.id), displayPath: displayPath, log: log, missing: {})
            guard let read, Self.fingerprint(of: read) == text.fingerprint else {
                changed(displayPath, removed: read == nil)
                return [:]
            }
            narratives[text.id] = Self.narrative(read, path: displayPath)
        }
        return narratives
    }

    private func changed(_ displayPath: String, removed: Bool) {
        let failure = Failure(step: "", path: displayPath,
                              removed ? "the file changed while building: it is gone or cannot be read" : "the file changed while building",
                              hint: "build again once the edit is done; the previous output was left as it was")
        lock.withLock { if first == nil { first = failure } }
    }

    /// What the load records of a narrative's file and compares when it reads it again.
    static func fingerprint(of text: String) -> TextFingerprint {
        var text = text
        return text.withUTF8 { TextFingerprint(byteCount: $0.count, hash: XXHash64.hash(UnsafeRawBufferPointer($0))) }
    }

    /// A narrative as the model holds it: the file's text without editors' notes.
    static func narrative(_ text: String, path: String) -> Located<String> {
        Located(NarrativeNotes.strip(text), at: SourceLocation(path: path, line: 1, column: 1))
    }
}
