/// Where a report's narratives were read from, and the fingerprint of each
/// text as the load read it: what a build needs to let go of the texts once
/// the checks have read them and to read them again where a page, a
/// download or the search index needs them (at 10,000 reports the texts
/// are ≈ 50 MB, held from the load to the search index otherwise).
public struct NarrativeFiles: Sendable, Hashable {
    /// The report's folder, absolute: each narrative is `<folder>/<id>.md`.
    public let folder: String
    /// The folder as diagnostics name it (relative to the site).
    public let displayFolder: String
    /// Each narrative read, in the order read.
    public private(set) var texts: [Text] = []

    public struct Text: Sendable, Hashable {
        public let id: String
        /// The file's text as read (before notes are dropped).
        public let fingerprint: TextFingerprint
    }

    public init(folder: String, displayFolder: String) {
        self.folder = folder
        self.displayFolder = displayFolder
    }

    public mutating func add(_ id: String, fingerprint: TextFingerprint) {
        texts.append(Text(id: id, fingerprint: fingerprint))
    }

    /// The file of narrative `id`.
    public func path(of id: String) -> String { "\(folder)/\(id).md" }

    /// How diagnostics name the file of narrative `id`.
    public func displayPath(of id: String) -> String { "\(displayFolder)/\(id).md" }
}

/// What tells a narrative's file as the load read it from the same file
/// edited since: its length in bytes and the XXH64 of its text. Not SHA-256:
/// the guard is against an editor saving while a build runs, not a forger
/// (who can write the file can write anything in it before the build), and
/// a same-length edit goes unseen with a chance of 2⁻⁶⁴. Not the file's
/// size and modification time alone: the text is read again anyway, and a
/// time can be set back (`touch -d`, `cp -p`, `rsync -t`) or an edit land
/// within the file system's tick.
public struct TextFingerprint: Sendable, Hashable {
    public let byteCount: Int
    public let hash: UInt64

    public init(byteCount: Int, hash: UInt64) {
        self.byteCount = byteCount
        self.hash = hash
    }
}

/// Reads a report's narratives again once the build has let go of them
/// (`Report.letGoOfNarratives()`).
public protocol NarrativeSource: Sendable {
    /// The narratives of `files` by id, as the load read them. A file that
    /// is gone or whose text differs from the load's is a `Failure` the
    /// source keeps (`failure`): the build stops before its output is
    /// swapped in, and the text read meanwhile is never published.
    func narratives(of files: NarrativeFiles) -> [String: Located<String>]
    /// The first file found changed, when one was.
    var failure: Failure? { get }
}
