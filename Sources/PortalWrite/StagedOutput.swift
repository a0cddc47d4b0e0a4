import CPortalSystem
import Crypto
import Foundation
import PortalModel
import PortalSupport

/// Builds the site in a staging folder beside the output, then swaps it in
/// whole. Until `commit()` the previous output is never touched, so a
/// failed check, a render error or a killed process leaves it as it was.
public final class StagedOutput: OutputSink, @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let lock = NSLock()
    private var entries: [String: Recorded] = [:]
    /// The site being replaced, by path: files reused from it keep their digests.
    private let previous: [String: Manifest.Entry]
    /// When the site being replaced was finished: a file of it changed
    /// later (edited in place) is never reused. Nil when it is not known.
    private let previousFinished: Double?
    private var finished = false
    private var writtenDigest: String?

    /// Creates a fresh staging folder next to `output` (same file system,
    /// so the final rename is atomic).
    /// `previous`: the build now in `output`, when it is known; without it,
    /// nothing is reused.
    public init(output: URL, previous: PreviousBuild? = nil) throws {
        self.previous = Dictionary((previous?.manifest.entries ?? []).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        previousFinished = previous?.finished
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        self.staging = staging
        Self.removeAbandonedStaging(beside: self.output)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            finished = true
            throw Failure.wrap(error, step: "", path: parent.path, doing: "creating a staging folder for “\(self.output.lastPathComponent)” in this folder")
        }
    }

    /// Staging folders left by builds that were killed: their process is
    /// gone (the pid is part of the name), so nobody will finish them.
    static func removeAbandonedStaging(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).staging-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            TreeRemover.remove(parent.appendingPathComponent(name))
        }
    }

    deinit {
        if !finished { TreeRemover.remove(staging) }
    }

    public var manifest: Manifest {
        lock.withLock { Manifest(entries: entries.map { $0.value.entry(path: $0.key) }) }
    }

    /// SHA-256 of the manifest file `commit` wrote; nil before.
    public var manifestDigest: String? { lock.withLock { writtenDigest } }

    /// Resolves a site-relative path inside the staging folder, refusing
    /// anything that would land outside it.
    func destination(_ path: String) throws -> URL {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw WriteError.invalidPath(path)
        }
        // Said to be a file: else Foundation asks the file system (one `stat` a call, for every file of a build).
        return staging.appendingPathComponent(path, isDirectory: false)
    }

    private func record(_ path: String, _ data: Data) throws {
        try record(path, .made(size: data.count, digest: SHA256.hash(data: data)))
    }

    private func record(_ entry: Manifest.Entry) throws {
        try record(entry.path, .listed(entry))
    }

    private func record(_ path: String, _ recorded: Recorded) throws {
        try lock.withLock {
            guard entries[path] == nil else { throw WriteError.duplicatePath(path) }
            entries[path] = recorded
        }
    }

    /// A file's line in the manifest until the manifest is made: a written
    /// file's digest as its 32 bytes, not 64 hex characters on the heap
    /// (≈ 100 bytes a file, 45,000 files at 10,000 reports, held to the end).
    private enum Recorded {
        case made(size: Int, digest: SHA256.Digest)
        case listed(Manifest.Entry)

        func entry(path: String) -> Manifest.Entry {
            switch self {
            case .made(let size, let digest): Manifest.Entry(path: path, size: size, sha256: digest.lowercaseHex)
            case .listed(let entry): entry
            }
        }

        var size: Int {
            switch self {
            case .made(let size, _): size
            case .listed(let entry): entry.size
            }
        }

        /// Its manifest line, the digest's hex made into the line.
        func line(path: String, into out: inout [UInt8]) {
            switch self {
            case .made(let size, let digest):
                ManifestText.line(path: path, size: size, into: &out) { out in
                    digest.withUnsafeBytes { $0.appendLowercaseHex(to: &out) }
                }
            case .listed(let entry): ManifestText.line(entry, into: &out)
            }
        }
    }

    /// The staged files and their bytes in all.
    public var totals: (files: Int, bytes: Int) {
        lock.withLock { (entries.count, entries.values.reduce(0) { $0 + $1.size }) }
    }

    /// Moves the staged site into place, its manifest written beside it
    /// line by line from the record (no entries made, no text held whole).
    /// The old output is exchanged atomically where the kernel allows, then removed.
    public func swapIn() throws {
        let digest = try lock.withLock {
            let paths = entries.keys.sorted()
            return try writing(Manifest.fileName) {
                try ManifestText.write(paths.count, to: staging.appendingPathComponent(Manifest.fileName).path) { position, out in
                    entries[paths[position]]!.line(path: paths[position], into: &out)
                }
            }
        }.lowercaseHex
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw Failure(step: "", path: output.path, "the output path exists and is not a folder",
                          hint: "move the file away, or choose another --output")
        }
        do {
            try exchange(exists: exists)
        } catch {
            throw Failure.wrap(error, step: "", path: output.path, doing: "moving the new site into place",
                               hint: "the previous site was left as it was")
        }
        lock.withLock {
            finished = true
            writtenDigest = digest
        }
    }

    private func exchange(exists: Bool) throws {
        let fm = FileManager.default
        if exists {
            if portal_exchange_paths(staging.path, output.path) != 0 {
                // No atomic exchange here: move the old site aside, then the new one in.
                let aside = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
                try fm.moveItem(at: output, to: aside)
                do {
                    try fm.moveItem(at: staging, to: output)
                } catch {
                    try? fm.moveItem(at: aside, to: output)
                    throw error
                }
                SpareFolder(beside: output).keep(aside, finished: previousFinished)
            } else {
                // `staging` now holds the previous site: the next build brings it up to date (`SpareOutput`).
                SpareFolder(beside: output).keep(staging, finished: previousFinished)
            }
        } else {
            try fm.moveItem(at: staging, to: output)
        }
    }

    /// Throws the staged files away; the output stays as it was.
    public func discard() {
        TreeRemover.remove(staging)
        lock.withLock { finished = true }
    }

    public enum WriteError: Error, CustomStringConvertible {
        case invalidPath(String)
        case duplicatePath(String)

        public var description: String {
            switch self {
            case .invalidPath(let path): "refusing to write outside the output folder: “\(path)”"
            case .duplicatePath(let path): "two parts of the site both write “\(path)”"
            }
        }
    }
}

extension StagedOutput {
    public func write(_ path: String, contents: Data) throws {
        let url = try destination(path)
        try record(path, contents)
        try writing(path) {
            try makeFolder(url.deletingLastPathComponent())
            try FileWriter.write(contents, to: url.path)
        }
    }

    /// Runs file-system work for one file of the site; an error names the
    /// file as it will be in the output (not the staging folder). The step
    /// is left for the pipeline to fill in.
    func writing<T>(_ path: String, doing: String = "writing", _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw Failure.wrap(error, step: "", path: output.appendingPathComponent(path).path, doing: doing)
        }
    }

    /// Makes a folder of the staged site unless it is there: one `mkdir`
    /// (the folders above it only when it says they are missing). No set of
    /// the folders made is held: 12,600 paths, 1.9 MB at 10,000 reports.
    private func makeFolder(_ folder: URL) throws {
        if mkdir(folder.path, 0o755) == 0 || errno == EEXIST { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    public func stream(_ path: String) throws -> any OutputStreamFile {
        let url = try destination(path)
        return try writing(path) {
            try makeFolder(url.deletingLastPathComponent())
            return try HashedStreamFile(at: url.path, writing: { try self.writing(path, $0) },
                                        finish: { try self.record(path, .made(size: $0, digest: $1)) })
        }
    }

    /// A hard link to the live site's file: no bytes written, no new inode.
    /// Only files the previous manifest lists, at the size it lists, not
    /// changed since that build finished, are taken; anything else is
    /// rendered anew.
    public func reuse(_ path: String) -> Bool {
        guard let entry = previous[path], let previousFinished, let url = try? destination(path) else { return false }
        let source = output.appendingPathComponent(path, isDirectory: false).path
        guard PreviousBuild.untouched(source, size: entry.size, since: previousFinished),
              (try? makeFolder(url.deletingLastPathComponent())) != nil,
              link(source, url.path) == 0 else { return false }
        do {
            try record(entry)
        } catch {
            return false
        }
        return true
    }

    public func reusedContents(_ path: String) -> Data? {
        (try? destination(path)).flatMap { try? Data(contentsOf: $0) }
    }

    public func copy(_ source: URL, to path: String) throws {
        try write(path, contents: StagedOutput.contents(of: source))
    }

    /// A file to copy into the site (a theme asset, an imported original);
    /// a failure names it.
    static func contents(of source: URL) throws -> Data {
        do {
            return try Data(contentsOf: source)
        } catch {
            throw Failure.wrap(error, step: "", path: source.path, doing: "reading")
        }
    }
}

/// What a new build may take from the one it replaces: the files its
/// manifest lists, unless changed after it finished (seconds since 1970).
public struct PreviousBuild: Sendable {
    public var manifest: Manifest
    public var finished: Double

    public init(manifest: Manifest, finished: Double) {
        self.manifest = manifest
        self.finished = finished
    }

    /// Whether the output's file at `file` is a regular file of `size`
    /// bytes not changed since `finished`: the change time moves on any
    /// write, and on the links earlier builds made, which all came before.
    static func untouched(_ file: String, size: Int, since finished: Double) -> Bool {
        var info = stat()
        return lstat(file, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) == size
            && Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9 <= finished
    }
}

/// A file written in pieces, hashed as it goes, and buffered so that
/// thousands of small pieces make few system calls; `finish` hears its
/// size and digest once it is closed. Staged builds and live patches share it.
final class HashedStreamFile: OutputStreamFile {
    private let handle: FileHandle
    /// Runs file-system work, naming the file in any error.
    private let writing: (() throws -> Void) throws -> Void
    /// Hears the file's size and SHA-256 once it is closed.
    private let finish: (_ size: Int, _ digest: SHA256.Digest) throws -> Void
    private var hasher = SHA256()
    private var size = 0
    private var buffer = Data()
    /// A build keeps a few dozen joined files open at once (per year, per
    /// form, the portal's): a 1 MB buffer each (2 MB of capacity once it
    /// grew past it) was 16 MB of a 10,000-report build's peak; 64 KB
    /// still makes a system call per ~64 KB.
    static let flushSize = 1 << 16

    init(at file: String, writing: @escaping (() throws -> Void) throws -> Void,
         finish: @escaping (_ size: Int, _ digest: SHA256.Digest) throws -> Void) throws {
        self.writing = writing
        self.finish = finish
        guard FileManager.default.createFile(atPath: file, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
    }

    func append(_ data: Data) throws {
        hasher.update(data: data)
        size += data.count
        buffer.append(data)
        if buffer.count >= Self.flushSize { try flush() }
    }

    private func flush() throws {
        try writing { try handle.write(contentsOf: buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        try writing { try handle.close() }
        try finish(size, hasher.finalize())
    }
}
