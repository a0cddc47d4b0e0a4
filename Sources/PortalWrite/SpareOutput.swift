import CPortalSystem
import Foundation
import PortalModel
#if canImport(Glibc)
import Glibc
#endif

/// Where a build writes the new site, and how the site is put in place.
public protocol BuildOutput: OutputSink {
    /// The files written or kept so far.
    var manifest: Manifest { get }
    /// The new site's files and their bytes in all (a build's summary),
    /// without making `manifest`.
    var totals: (files: Int, bytes: Int) { get }
    /// Puts the new site in place whole, `manifest` written beside it.
    func swapIn() throws
    /// SHA-256 of the manifest file `commit` wrote; nil when it wrote none
    /// (the file in place was already this manifest) or has not run.
    var manifestDigest: String? { get }
    /// Gives up; the output stays as it was.
    func discard()
}

extension StagedOutput: BuildOutput {}

extension BuildOutput {
    /// Puts the new site in place whole and returns its manifest.
    @discardableResult
    public func commit() throws -> Manifest {
        try swapIn()
        return manifest
    }
}

/// Double buffering: the site a build replaced is kept beside the output
/// as a spare (`SpareFolder`); the next build brings the spare from that
/// site to the new one, writing only the files whose bytes differ (each to
/// a temporary name, then renamed: a file the spare shares with the live
/// site by hard link is replaced, never written into) and deleting those no
/// longer made, then swaps the two folders with one `renameat2(RENAME_EXCHANGE)`.
/// The output path names a whole site at every instant, and a one-change
/// rebuild of 60,000 files touches a few hundred of them instead of
/// linking all 60,000 into a staging folder and removing the old tree.
///
/// Without a clean spare (the first rebuild, after a killed or failed
/// build, after the spare was changed or removed by hand) a build stages
/// as before (`StagedOutput`), and keeps the site it replaced as the spare.
public final class SpareOutput: BuildOutput, @unchecked Sendable {
    public let output: URL
    private let spare: SpareFolder
    /// The spare, patched in place as `portal serve` patches the output.
    private let site: LiveOutput
    /// Every path the build now in the output or the spare lists, once,
    /// and what is known of it (`PathSlot`): a kept file is one look-up,
    /// not three (the previous build's entry, the claimed set, the spare's
    /// position: 45,000 kept files at 10,000 reports).
    private let table: [String: Int]
    private var slots: [PathSlot]
    private let previousFinished: Double?
    private let lock = NSLock()
    /// Paths claimed that neither build lists (files new in this build).
    private var madeNew: Set<String> = []

    /// The spare brought up to date when there is a clean one, else a
    /// staging folder. `previous`: the build now in `output`, when known.
    public static func open(output: URL, previous: PreviousBuild?) throws -> any BuildOutput {
        let output = output.standardizedFileURL
        let spare = SpareFolder(beside: output)
        guard let held = spare.verified() else { return try StagedOutput(output: output, previous: previous) }
        StagedOutput.removeAbandonedStaging(beside: output)
        do {
            try spare.markDirty()
        } catch {
            throw Failure.wrap(error, step: "", path: spare.url.path, doing: "preparing the previous site to be rebuilt")
        }
        return SpareOutput(output: output, spare: spare, holding: held, previous: previous)
    }

    private init(output: URL, spare: SpareFolder, holding held: Manifest, previous: PreviousBuild?) {
        self.output = output
        self.spare = spare
        site = LiveOutput(output: spare.url, manifest: held, shownAs: output)
        (table, slots) = PathSlot.table(previous: previous?.manifest.entries ?? [], spare: site.listed)
        previousFinished = previous?.finished
    }

    public var manifest: Manifest { site.manifest }

    public var manifestDigest: String? { site.manifestDigest }

    public var totals: (files: Int, bytes: Int) {
        let manifest = site.manifest
        return (manifest.entries.count, manifest.totalSize)
    }

    /// Each path once: two parts of the site writing one file is a bug.
    private func claim(_ path: String) throws {
        try lock.withLock {
            let fresh: Bool
            if let slot = table[path] {
                fresh = !slots[slot].claimed
                slots[slot].claimed = true
            } else {
                fresh = madeNew.insert(path).inserted
            }
            guard fresh else { throw StagedOutput.WriteError.duplicatePath(path) }
        }
    }

    public func write(_ path: String, contents: Data) throws {
        try claim(path)
        try site.write(path, contents: contents)
    }

    public func stream(_ path: String) throws -> any OutputStreamFile {
        try claim(path)
        return try site.stream(path)
    }

    public func copy(_ source: URL, to path: String) throws {
        try write(path, contents: StagedOutput.contents(of: source))
    }

    /// The file as the build now in the output has it: already in the spare
    /// when the spare's manifest lists the same bytes; else copied from
    /// the output (a file that changed in the last build: few). Never
    /// linked, so the live site's files keep their own times.
    public func reuse(_ path: String) -> Bool {
        guard let previousFinished else { return false }
        // Found and claimed in one look-up.
        let found = lock.withLock { () -> PathSlot? in
            guard let slot = table[path], slots[slot].previous != nil, !slots[slot].claimed else { return nil }
            slots[slot].claimed = true
            return slots[slot]
        }
        guard let found, let entry = found.previous else { return false }
        if let position = found.spare, site.reuse(at: position, listedAs: entry) { return true }
        let source = output.appendingPathComponent(path, isDirectory: false).path
        if PreviousBuild.untouched(source, size: entry.size, since: previousFinished),
           let contents = FileManager.default.contents(atPath: source), contents.count == entry.size,
           (try? site.write(path, contents: contents, as: entry)) != nil {
            return true
        }
        lock.withLock { slots[table[path]!].claimed = false }
        return false
    }

    public func reusedContents(_ path: String) -> Data? {
        let claimed = lock.withLock { table[path].map { slots[$0].claimed } ?? madeNew.contains(path) }
        guard claimed, let url = try? site.destination(path) else { return nil }
        return try? Data(contentsOf: url)
    }

    /// Removes what the new site no longer makes, writes its manifest, and
    /// swaps the spare in; the site it replaces becomes the spare.
    public func swapIn() throws {
        try site.finish(covered: { _ in true })
        // Rewritten only when a file changed: its time still says when the site was built (`portal deploy` compares it with the sources').
        utimes(spare.url.appendingPathComponent(Manifest.fileName).path, nil)
        var info = stat()
        let exists = lstat(output.path, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFDIR {
            throw Failure(step: "", path: output.path, "the output path exists and is not a folder",
                          hint: "move the file away, or choose another --output")
        }
        let replaced: URL?
        do {
            replaced = try swap(exists: exists)
        } catch {
            throw Failure.wrap(error, step: "", path: output.path, doing: "moving the new site into place",
                               hint: "the previous site was left as it was")
        }
        if let replaced { spare.keep(replaced, finished: previousFinished) }
    }

    /// Puts the spare at the output path; returns where the site it
    /// replaced is now.
    private func swap(exists: Bool) throws -> URL? {
        let fm = FileManager.default
        guard exists else {
            try fm.moveItem(at: spare.url, to: output)
            return nil
        }
        if portal_exchange_paths(spare.url.path, output.path) == 0 { return spare.url }
        // No atomic exchange on this file system: the old site aside, then the new one in (as `StagedOutput` does).
        let aside = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())-old")
        try fm.moveItem(at: output, to: aside)
        do {
            try fm.moveItem(at: spare.url, to: output)
        } catch {
            try? fm.moveItem(at: aside, to: output)
            throw error
        }
        return aside
    }

    /// The spare stays dirty (the next build stages, and replaces it):
    /// removing it now would touch the files it shares with the live site.
    public func discard() {}
}

/// One path of a rebuild through the spare: how the build now in the
/// output lists it, where the spare's list has it, and whether this build
/// has claimed it.
struct PathSlot {
    var previous: Manifest.Entry?
    /// Its position among the spare's files (`LiveOutput.listed`).
    var spare: Int?
    var claimed = false

    /// Both lists, sorted by path, walked side by side (no hashing to
    /// match them): each path once, a path listed twice by its first line.
    static func table(previous: [Manifest.Entry], spare: [Manifest.Entry]) -> ([String: Int], [PathSlot]) {
        var table: [String: Int] = Dictionary(minimumCapacity: max(previous.count, spare.count))
        var slots: [PathSlot] = []
        slots.reserveCapacity(max(previous.count, spare.count))
        var old = 0, held = 0
        func add(_ path: String, _ slot: PathSlot) {
            guard table[path] == nil else { return }
            table[path] = slots.count
            slots.append(slot)
        }
        while old < previous.count || held < spare.count {
            if held == spare.count || (old < previous.count && previous[old].path < spare[held].path) {
                add(previous[old].path, PathSlot(previous: previous[old]))
                old += 1
            } else if old == previous.count || spare[held].path < previous[old].path {
                add(spare[held].path, PathSlot(spare: held))
                held += 1
            } else {
                add(spare[held].path, PathSlot(previous: previous[old], spare: held))
                old += 1
                held += 1
            }
        }
        return (table, slots)
    }
}
