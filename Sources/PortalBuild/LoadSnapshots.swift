import Crypto
import Foundation
import PortalLoader
import PortalModel
import PortalSupport

/// What `portal build` keeps of each agency folder it read, for the next
/// build: the folder as loaded (`FolderSnapshot`), in
/// `.portal-cache/loads/<slug>.snapshot`, under the folder's signature
/// (`FolderSignature`) and the check cache's key (the program, where the
/// site is, site.yaml, every form). A build takes a folder whose signature
/// and key match from here instead of parsing its YAML and Markdown
/// (Cargo's fingerprints, applied to the loader).
///
/// One file per folder: a one-report change rewrites one small file, not
/// the whole portal's. Each file holds the checksum of its body. A file
/// that is missing, damaged, truncated, of
/// another format or for another signature or key is a miss (the folder is
/// read); one that cannot be written costs the next build time, never
/// correctness.
struct LoadSnapshots {
    /// `@2`: cells as the arrays a report holds them in (`PackedCells`), not cell by cell.
    /// `@3`: the body's checksum is XXH64, not SHA-256 (`SnapshotFile.digest`).
    static let format = "transparency-portal/load-snapshot@3"

    let folder: URL
    let key: String
    let forms: [String: FormDefinition]

    init(root: URL, key: String, forms: [String: FormDefinition]) {
        folder = root.appendingPathComponent(RenderCache.folderName).appendingPathComponent("loads")
        self.key = key
        self.forms = forms
    }

    private func file(_ slug: String) -> URL {
        // Said to be a file: else Foundation asks the file system (a `stat` for each of 2,500 folders).
        folder.appendingPathComponent(slug + ".snapshot", isDirectory: false)
    }

    /// The folder `slug` as loaded when its signature was `signature`; nil when not kept.
    func read(_ slug: String, signature: String) -> AgencyLoad? {
        var buffer: [UInt8] = []
        return read(slug, signature: signature, buffer: &buffer)
    }

    /// As `read(_:signature:)`, reading the file into `buffer`.
    func read(_ slug: String, signature: String, buffer: inout [UInt8]) -> AgencyLoad? {
        guard var reader = SnapshotFile.open(file(slug), under: [Self.format, key, signature], buffer: &buffer) else { return nil }
        return try? FolderSnapshot.decode(&reader, slug: slug, forms: forms)
    }

    /// Keeps `load` under `signature`, replacing the file at once (a reader
    /// sees the old file or the new one).
    func write(_ load: AgencyLoad, signature: String) {
        guard let body = FolderSnapshot.encode(load, forms: forms) else {
            try? FileManager.default.removeItem(at: file(load.slug))
            return
        }
        SnapshotFile.write(body, under: [Self.format, key, signature], to: file(load.slug))
    }

    /// Makes the folder (and `.portal-cache/`'s .gitignore) before writing.
    func prepare() {
        SnapshotFile.prepare(folder)
    }

    /// Removes the files of folders no longer in the site.
    func removeAll(except slugs: Set<String>) {
        SnapshotFile.removeAll(in: folder, suffix: ".snapshot", except: slugs)
    }
}

extension LoadSnapshots {
    /// The snapshots of the folders of `slugs` whose signature may be kept
    /// and matches their file's, read on every core.
    func read(_ signatures: [String: FolderSignature], from slugs: [String]) -> [String: AgencyLoad] {
        let wanted = slugs.filter { signatures[$0]?.keepable == true }
        let slots = ResultSlots<AgencyLoad>(count: wanted.count)
        SnapshotFile.readInParallel(wanted.count) { index, buffer in
            if let load = read(wanted[index], signature: signatures[wanted[index]]!.digest, buffer: &buffer) { slots[index] = load }
        }
        var found: [String: AgencyLoad] = [:]
        for (slug, load) in zip(wanted, slots.values) { if let load { found[slug] = load } }
        return found
    }

    /// What a build read, to be kept once it has succeeded.
    struct Pending: Sendable {
        let snapshots: LoadSnapshots
        let fresh: [(load: AgencyLoad, signature: String)]
        /// Every agency folder of the build: other folders' files are removed.
        let present: Set<String>
        let root: URL

        /// Writes the fresh folders' snapshots, unless site.yaml or a form
        /// changed during the build (what was read may not match the key).
        func save() {
            guard CheckCache.key(root: root) == snapshots.key else { return }
            snapshots.prepare()
            let fresh = fresh
            DispatchQueue.concurrentPerform(iterations: fresh.count) { index in
                snapshots.write(fresh[index].load, signature: fresh[index].signature)
            }
            snapshots.removeAll(except: present)
        }
    }
}
