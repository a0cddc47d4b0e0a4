import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The site a build replaced, kept beside the output (`.public.spare`) so
/// the next build can bring it up to date by writing only what differs and
/// swap it in, instead of staging a folder of 60,000 hard links and
/// removing the old tree (`SpareOutput`).
///
/// Its state file (`.portal-spare`, in the folder) holds a mark: every
/// file of the spare not modified after it, and every folder not changed
/// after it, is as the spare's own manifest lists. A build deletes the
/// state file before it touches the spare (dirty) and writes it only once
/// the spare holds a whole site again; a spare without one is never used.
struct SpareFolder {
    let url: URL
    static let stateName = ".portal-spare"
    private static let format = "transparency-portal/spare@1"

    init(beside output: URL) {
        url = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare")
    }

    var exists: Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    private var stateFile: String { url.appendingPathComponent(Self.stateName).path }

    /// The spare's manifest, when it is clean and holds exactly what the
    /// manifest lists (`TreeCheck`); nil when it is missing, dirty, or was
    /// changed by hand.
    func verified() -> Manifest? {
        guard let state = try? String(contentsOfFile: stateFile, encoding: .utf8) else { return nil }
        let parts = state.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard parts.count == 2, parts[0] == Self.format, let mark = Int64(parts[1]),
              let data = try? Data(contentsOf: url.appendingPathComponent(Manifest.fileName)),
              let manifest = Manifest.parse(data) else { return nil }
        return TreeCheck(root: url.path, manifest: manifest).holds(unchangedAfter: mark) ? manifest : nil
    }

    /// Called before the first change to the spare: a build killed from
    /// here on leaves a spare the next build will not trust.
    func markDirty() throws {
        guard unlink(stateFile) == 0 || errno == ENOENT else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Called once the folder holds a whole site that was not modified
    /// after `mark` (nanoseconds since 1970). Best effort: a spare that
    /// cannot be marked is merely not used.
    func markClean(unchangedAfter mark: Int64) {
        let temporary = stateFile + ".\(getpid())"
        guard (try? FileWriter.write(Data("\(Self.format) \(mark)\n".utf8), to: temporary)) != nil,
              rename(temporary, stateFile) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// Takes `old` (the site a swap just replaced, at a path of its own)
    /// as the spare when what it holds is known (`finished`: when the build
    /// that made it ended); else removes it. A spare already there (one not
    /// to be trusted) goes first: only now, once the new site is in place,
    /// since removing it touches the files it shares with the live site.
    func keep(_ old: URL, finished: Double?) {
        if old.standardizedFileURL.path != url.standardizedFileURL.path {
            if exists { TreeRemover.remove(url) }
            guard finished != nil, rename(old.path, url.path) == 0 else {
                TreeRemover.remove(old)
                return
            }
        }
        guard let finished else {
            TreeRemover.remove(url)
            return
        }
        markClean(unchangedAfter: Int64(finished * 1e9))
    }
}
