import Foundation
import PortalModel
import PortalRender
import PortalSupport

/// What `portal build` derived from each report besides its own files (its
/// reader facts and its lines in the joined downloads: `DerivedParts`),
/// kept for the next build in `.portal-cache/derived/<slug>.parts`, one
/// file per agency folder. Each report's parts carry the `DerivationKey`
/// they were derived under and are taken only under the same key (so does
/// each archive piece, in `<year>.pieces`, one file per year, read only
/// when that year's archive is written); the file
/// as a whole belongs to the load snapshots' key (the program, where the
/// site is, site.yaml, every form), which is everything else they read.
///
/// Each file holds the checksum of its body. A file that is missing,
/// damaged, truncated, of another format or for another key is a miss (its
/// reports' parts are derived again); one that cannot be written costs the
/// next build time, never correctness.
struct DerivedSnapshots: Sendable {
    /// `@3`: a report's facts name their form (`FigureOrder.formID`). `@4`, and
    /// the pieces' `@3` and search state's `@3`: the body's checksum is XXH64 (`SnapshotFile.digest`);
    /// a report's facts hold their quality line as made (not made again when read back).
    static let format = "transparency-portal/derived-parts@4"
    /// `@2`: a run of records, the year's pieces then those made anew (`ArchivePiecesFile`).
    static let piecesFormat = "transparency-portal/archive-pieces@3"
    /// The search index's shards as written (`@1` held every key's lists).
    static let searchFormat = "transparency-portal/search-state@3"

    let folder: URL
    let key: String
    /// The portal's forms' figure orders, by form id, for the facts read back.
    let orders: [String: FigureOrder]

    init(root: URL, key: String, forms: [String: FormDefinition] = [:]) {
        folder = root.appendingPathComponent(RenderCache.folderName).appendingPathComponent("derived")
        self.key = key
        orders = forms.mapValues(FigureOrder.init)
    }

    private func file(_ slug: String) -> URL {
        folder.appendingPathComponent(slug + ".parts", isDirectory: false)
    }

    /// The parts kept for the agency folder `slug`, by year; nil when none are.
    func read(_ slug: String) -> [Int: DerivedParts.Parts]? {
        var buffer: [UInt8] = []
        return read(slug, buffer: &buffer)
    }

    /// As `read(_:)`, reading the file into `buffer`.
    func read(_ slug: String, buffer: inout [UInt8]) -> [Int: DerivedParts.Parts]? {
        guard var reader = SnapshotFile.open(file(slug), under: [Self.format, key], buffer: &buffer) else { return nil }
        do {
            var parts: [Int: DerivedParts.Parts] = [:]
            for _ in 0..<(try reader.count()) {
                let year = try reader.int()
                parts[year] = try DerivedCoding.decode(&reader, orders: orders)
            }
            return reader.atEnd ? parts : nil
        } catch {
            return nil
        }
    }

    /// Keeps an agency's parts, replacing its file at once.
    func write(_ agency: DerivedParts.Agency) {
        var body = SnapshotWriter()
        body.int(agency.reports.count)
        for (year, parts) in agency.reports {
            body.int(year)
            DerivedCoding.encode(parts, into: &body)
        }
        SnapshotFile.write(body.bytes, under: [Self.format, key], to: file(agency.slug))
    }

    /// The parts kept for the folders of `slugs`, by report folder
    /// (`slug/year`), read on every core, and how many each folder's file holds.
    func read(_ slugs: [String]) -> (parts: [String: DerivedParts.Parts], counts: [String: Int]) {
        let slots = ResultSlots<[Int: DerivedParts.Parts]>(count: slugs.count)
        SnapshotFile.readInParallel(slugs.count) { index, buffer in
            if let parts = read(slugs[index], buffer: &buffer) { slots[index] = parts }
        }
        var found: [String: DerivedParts.Parts] = [:]
        var counts: [String: Int] = [:]
        let byFolder = slots.values
        // Made at its size: grown on the way, its table was made anew at each doubling (14 times at 10,000 reports).
        found.reserveCapacity(byFolder.reduce(0) { $0 + ($1?.count ?? 0) })
        counts.reserveCapacity(slugs.count)
        for (slug, parts) in zip(slugs, byFolder) {
            guard let parts else { continue }
            counts[slug] = parts.count
            for (year, kept) in parts { found["\(slug)/\(year)"] = kept }
        }
        return (found, counts)
    }

    private func piecesFile(_ year: Int) -> ArchivePiecesFile {
        ArchivePiecesFile(url: folder.appendingPathComponent("\(year).pieces"), head: [Self.piecesFormat, key])
    }

    /// The archive pieces kept for `year`; nil when none are.
    func readPieces(_ year: Int) -> DerivedParts.YearPieces? {
        piecesFile(year).read(year: year)
    }

    /// Keeps a year's pieces (`all`), appending `fresh` to its file when given.
    func writePieces(_ all: DerivedParts.YearPieces, fresh: DerivedParts.YearPieces?) {
        piecesFile(all.year).write(all, fresh: fresh)
    }

    /// The search index's state (`SearchState`), in `search.state` beside
    /// the agencies' files, under the same key.
    private var searchFile: URL { folder.appendingPathComponent("search.state") }

    func readSearch() -> SearchState? {
        guard let reader = SnapshotFile.open(searchFile, under: [Self.searchFormat, key]) else { return nil }
        return SearchState(decoding: Array(reader.rest))
    }

    func writeSearch(_ state: SearchState) {
        SnapshotFile.write(state.encoded(), under: [Self.searchFormat, key], to: searchFile)
    }

    /// Makes the folder (and `.portal-cache/`'s .gitignore) before writing.
    func prepare() {
        SnapshotFile.prepare(folder)
    }
}

extension DerivedSnapshots {
    /// What a build takes from the kept parts and hands back to keep: an
    /// agency's file is written when any of its reports' parts were derived
    /// anew or it holds another number of reports.
    func parts(for slugs: [String]) -> DerivedParts {
        let (previous, counts) = read(slugs)
        let search = readSearch()
        prepare()
        let snapshots = self
        return DerivedParts(previous: previous, search: search, finished: { agency in
            guard !agency.unchanged || counts[agency.slug] != agency.reports.count else { return }
            snapshots.write(agency)
        }, searchFinished: { snapshots.writeSearch($0) },
        readPieces: { snapshots.readPieces($0) }, piecesFinished: { snapshots.writePieces($0, fresh: $1) })
    }

    /// After a build: files of folders and years gone are removed; when site.yaml or
    /// a form changed during the build, what it kept may not match the key,
    /// and everything goes.
    func finish(present: Set<String>, years: [Int], root: URL) {
        if CheckCache.key(root: root) != key {
            try? FileManager.default.removeItem(at: folder)
        } else {
            SnapshotFile.removeAll(in: folder, suffix: ".parts", except: present)
            SnapshotFile.removeAll(in: folder, suffix: ".pieces", except: Set(years.map(String.init)))
        }
    }
}
