import Crypto
import Foundation
import PortalModel
import PortalSupport
#if canImport(Glibc)
import Glibc
#endif

/// Patches a built site in place (`portal serve`): a file whose bytes are
/// what the manifest already lists is left alone; any other is written to a
/// temporary file in its own folder and renamed over the old one, so a
/// reader (the browser, the server) sees the old page or the new one,
/// never half of one. `finish` removes what the patch no longer makes and
/// rewrites the manifest the same way.
///
/// One `LiveOutput` serves patch after patch (`beginPatch()`): at 50,000
/// reports the site has 190,000 files, and making the table of them anew
/// for each edit, then the manifest's 40 MB of text, took a second.
public final class LiveOutput: OutputSink, @unchecked Sendable {
    public let output: URL
    /// How errors name the folder: the output, when this patches the spare
    /// that will become it (`SpareOutput`).
    private let shown: URL
    private let lock = NSLock()
    /// The site's files, sorted by path, and where each one is in that list.
    private var entries: [Manifest.Entry]
    private var positions: [String: Int]
    /// Files this patch makes that the site did not have.
    private var added: [String: Manifest.Entry] = [:]
    /// By position: written (or found unchanged, or kept) by this patch.
    private var produced: [Bool]
    /// Paths whose bytes changed, in the order they were written.
    private var changedPaths: [String] = []
    /// Listed files this patch changed, by position: their manifest lines are rewritten.
    private var changedEntries: [Int: Manifest.Entry] = [:]
    /// The manifest's text as the output holds it (nil until first written,
    /// and after files are added or removed: then made whole again).
    private var text: ManifestText?
    /// SHA-256 of the manifest's text as `finish` last wrote it; nil until
    /// it writes one (the file then is whatever was there before).
    private var writtenDigest: String?

    public init(output: URL, manifest: Manifest, shownAs shown: URL? = nil) {
        self.output = output.standardizedFileURL
        self.shown = shown ?? self.output
        entries = []
        entries.reserveCapacity(manifest.entries.count)
        positions = Dictionary(minimumCapacity: manifest.entries.count)
        // The manifest is sorted; a path listed twice (a hand-edited file) counts once.
        for entry in manifest.entries where positions[entry.path] == nil {
            positions[entry.path] = entries.count
            entries.append(entry)
        }
        produced = Array(repeating: false, count: entries.count)
    }

    /// Starts the next patch of the same output: nothing produced or changed yet.
    public func beginPatch() {
        lock.withLock {
            produced = Array(repeating: false, count: entries.count)
            changedPaths = []
            changedEntries = [:]
            added = [:]
        }
    }

    /// Paths whose bytes this patch changed so far (removed ones included after `finish`).
    public var changed: [String] { lock.withLock { changedPaths } }

    /// SHA-256 of the manifest file `finish` last wrote, nil while it has
    /// written none: the render cache records it without serializing the
    /// 45,000 lines (10,000 reports) again.
    public var manifestDigest: String? { lock.withLock { writtenDigest } }

    /// The site's files as the output holds them now (the patch's new files once `finish` has run).
    public var manifest: Manifest {
        lock.withLock { Manifest(sorted: entries) }
    }

    func destination(_ path: String) throws -> URL {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw StagedOutput.WriteError.invalidPath(path)
        }
        // Said to be a file: else Foundation asks the file system (one `stat` a call, for every file of a build).
        return output.appendingPathComponent(path, isDirectory: false)
    }

    public func write(_ path: String, contents: Data) throws {
        try write(path, contents: contents, as: Manifest.Entry(path: path, size: contents.count, sha256: SHA256.hash(data: contents).lowercaseHex))
    }

    /// Writes `contents` whose entry is known (a file copied from a site
    /// whose manifest lists it), unless the file in place has those bytes.
    func write(_ path: String, contents: Data, as entry: Manifest.Entry) throws {
        let url = try destination(path)
        guard claim(entry) else { return }
        try writing(path) {
            let temporary = Self.temporary(for: url)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try FileWriter.write(contents, to: temporary.path)
            } catch {
                // A part written would hold the space a full disk needs.
                unlink(temporary.path)
                throw error
            }
            try Self.replace(url, with: temporary)
        }
    }

    /// Records `entry` as produced; true when its bytes differ from the
    /// file in place (then the caller writes it).
    private func claim(_ entry: Manifest.Entry) -> Bool {
        lock.withLock {
            if let position = positions[entry.path] {
                produced[position] = true
                guard entries[position] != entry else { return false }
                entries[position] = entry
                changedEntries[position] = entry
            } else {
                guard added.updateValue(entry, forKey: entry.path) != entry else { return false }
            }
            changedPaths.append(entry.path)
            return true
        }
    }

    /// A name beside `url`, in the same folder (so the rename is atomic),
    /// that no build publishes (it starts with a dot).
    static func temporary(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).portal-\(getpid())-\(UUID().uuidString.prefix(8))")
    }

    static func replace(_ url: URL, with temporary: URL) throws {
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    func writing<T>(_ path: String, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw Failure.wrap(error, step: "", path: shown.appendingPathComponent(path).path, doing: "writing")
        }
    }

    public func stream(_ path: String) throws -> any OutputStreamFile {
        let url = try destination(path)
        let open = { [self] () throws -> any OutputStreamFile in
            try writing(path) {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // Written to a temporary file and hashed as it goes, then renamed
                // into place only when its bytes changed.
                let temporary = Self.temporary(for: url)
                let writing = { (work: () throws -> Void) throws in
                    do { try self.writing(path, work) } catch { unlink(temporary.path); throw error }
                }
                return try HashedStreamFile(at: temporary.path, writing: writing,
                                            finish: {
                    try self.finish(path, url: url, temporary: temporary,
                                    entry: Manifest.Entry(path: path, size: $0, sha256: $1.lowercaseHex))
                })
            }
        }
        // A file the manifest lists is compared with the one in place first (`ComparingStreamFile`).
        guard lock.withLock({ positions[path] != nil }), let old = FileHandle(forReadingAtPath: url.path) else { return try open() }
        return ComparingStreamFile(old: old, open: open, unchanged: { _ = self.reuse(path) }, writing: { try self.writing(path, $0) })
    }

    /// Finishes a streamed file: kept when its bytes are the ones in place.
    private func finish(_ path: String, url: URL, temporary: URL, entry: Manifest.Entry) throws {
        if claim(entry) {
            try writing(path) { try Self.replace(url, with: temporary) }
        } else {
            unlink(temporary.path)
        }
    }

    public func copy(_ source: URL, to path: String) throws {
        try write(path, contents: StagedOutput.contents(of: source))
    }

    /// Keeps the file in place as this patch's own, when the manifest lists
    /// it: the caller knows its bytes have not changed (what it is made of
    /// was kept since it was written, see `KeptSearch`).
    public func reuse(_ path: String) -> Bool {
        lock.withLock {
            guard let position = positions[path] else { return false }
            produced[position] = true
            return true
        }
    }

    /// The site's files as this patch started, sorted by path, each once:
    /// `reuse(at:listedAs:)` takes a position in it.
    var listed: [Manifest.Entry] { lock.withLock { entries } }

    /// Keeps the file at `position` of `listed` in place, as `reuse(_:)`,
    /// when it is listed as `entry` (no look-up by path: a rebuild keeps
    /// 45,000 files this way). Only before `finish`, which may move them.
    func reuse(at position: Int, listedAs entry: Manifest.Entry) -> Bool {
        lock.withLock {
            guard position < entries.count, entries[position] == entry else { return false }
            produced[position] = true
            return true
        }
    }

    /// The file in place: what a report outside the patch contributes to
    /// the files that join reports.
    public func reusedContents(_ path: String) -> Data? {
        guard lock.withLock({ positions[path] != nil }), let url = try? destination(path) else { return nil }
        return try? Data(contentsOf: url)
    }

    /// Removes the files `covered` claims (the patch's own) that it did not
    /// write this time, and their folders left empty; then writes the
    /// manifest when anything changed. Returns the manifest.
    @discardableResult
    public func finish(covered: (String) -> Bool) throws -> Manifest {
        let gone = lock.withLock { entries.indices.filter { !produced[$0] && covered(entries[$0].path) }.map { entries[$0].path } }
        for path in gone {
            let url = try destination(path)
            try writing(path) {
                if unlink(url.path) != 0, errno != ENOENT { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            }
            // Folders of a report or agency that is gone; rmdir leaves any that still hold files.
            var folder = url.deletingLastPathComponent()
            while folder.path.count > output.path.count, rmdir(folder.path) == 0 { folder = folder.deletingLastPathComponent() }
            lock.withLock { changedPaths.append(path) }
        }
        let (manifest, bytes) = lock.withLock { () -> (Manifest, Data?) in
            settle(removing: Set(gone))
            guard !changedPaths.isEmpty else { return (Manifest(sorted: entries), nil) }
            if text?.count == entries.count {
                text!.replace(changedEntries)
            } else {
                text = ManifestText(entries)
            }
            return (Manifest(sorted: entries), Data(text!.bytes))
        }
        guard let bytes else { return manifest }
        let url = output.appendingPathComponent(Manifest.fileName)
        try writing(Manifest.fileName) {
            let temporary = Self.temporary(for: url)
            try FileWriter.write(bytes, to: temporary.path)
            try Self.replace(url, with: temporary)
        }
        let digest = SHA256.hash(data: bytes).lowercaseHex
        lock.withLock { writtenDigest = digest }
        return manifest
    }

    /// Takes the removed files out of the list and puts the added ones in,
    /// in path order (an edit rarely does either: then nothing moves).
    private func settle(removing gone: Set<String>) {
        guard !gone.isEmpty || !added.isEmpty else { return }
        text = nil
        var kept = entries.filter { !gone.contains($0.path) }
        kept.append(contentsOf: added.values)
        entries = Manifest(entries: kept).entries
        positions = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.path, $0) })
        added = [:]
        produced = Array(repeating: true, count: entries.count)
    }
}
