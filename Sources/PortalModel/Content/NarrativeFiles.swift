/// Where a report's narratives were read from, and the digest of each
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
        /// SHA-256 of the file's text as read (before notes are dropped).
        public let digest: TextDigest
    }

    public init(folder: String, displayFolder: String) {
        self.folder = folder
        self.displayFolder = displayFolder
    }

    public mutating func add(_ id: String, digest: TextDigest) {
        texts.append(Text(id: id, digest: digest))
    }

    /// The file of narrative `id`.
    public func path(of id: String) -> String { "\(folder)/\(id).md" }

    /// How diagnostics name the file of narrative `id`.
    public func displayPath(of id: String) -> String { "\(displayFolder)/\(id).md" }
}

/// A 32-byte digest held as four words: no array, no hex text.
public struct TextDigest: Sendable, Hashable {
    let words: (UInt64, UInt64, UInt64, UInt64)

    /// The first 32 bytes of `bytes` (a SHA-256 digest), big-endian words.
    public init(_ bytes: some Sequence<UInt8>) {
        var words: [UInt64] = [0, 0, 0, 0]
        for (index, byte) in bytes.prefix(32).enumerated() {
            words[index / 8] = words[index / 8] << 8 | UInt64(byte)
        }
        self.words = (words[0], words[1], words[2], words[3])
    }

    public static func == (lhs: TextDigest, rhs: TextDigest) -> Bool {
        lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
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
