import Foundation
import PortalChecks
import PortalLoader
import PortalModel
import PortalSupport

/// `portal check` with the check cache (`CheckCache`): the checking steps,
/// where an agency folder whose signature matches the cache's is neither
/// read nor checked; its problems come from the cache. The portal-wide
/// checks and the theme run every time (they are cheap); they see cached
/// folders' agencies and report outlines. What is printed is what an
/// uncached run prints, byte for byte.
struct CachedCheck {
    var checked: Pipeline.Checked
    let cache: CheckCache
    /// Seconds within which a changed folder is not kept (`FolderSignature`).
    let settle: Double
    var signatures: [String: FolderSignature] = [:]
    var stored: [String: CheckCache.Folder] = [:]
    /// Folders taken from the cache.
    var hits: Set<String> = []
    var loaded: LoadResult?
    /// The per-agency checks' problems, by agency folder.
    var found: [String: [Diagnostic]] = [:]
    /// False when a run cannot tell every problem's folder: nothing is saved.
    var savable = true
    /// `portal build`: every report is loaded whole (pages need them all),
    /// unchanged folders' from their snapshots (`LoadSnapshots`), the rest
    /// read; the per-agency checks of unchanged folders come from the cache.
    var loadEverything = false
    /// Where a build keeps each folder as loaded; nil for `portal check`.
    var snapshots: LoadSnapshots?
    /// Folders taken whole from their snapshots: nothing of them was read.
    var snapshotHits: Set<String> = []

    static let steps: [Pipeline.Step<CachedCheck>] = [
        Pipeline.Step("load") { $0.load() },
        Pipeline.Step("check") { $0.check() },
        Pipeline.Step("theme") { run in try Pipeline.checking.first { $0.name == "theme" }?.run(&run.checked) },
    ]

    private mutating func load() {
        var loader = SiteLoader(root: checked.site.root)
        loader.progress = checked.site.progress
        // Only a build renders, and compares the files' digests to reuse pages.
        loader.digestsSources = loadEverything
        let slugs = loader.agencySlugs()
        let agencies = loader.contentFolder.appendingPathComponent("agencies").path
        // Taken before any file is read: a change made meanwhile shows at the next run.
        let now = FolderSignature.now()
        let slots = ResultSlots<FolderSignature>(count: slugs.count)
        let settle = settle
        DispatchQueue.concurrentPerform(iterations: slugs.count) { index in
            slots[index] = FolderSignature.of(agencies + "/" + slugs[index], now: now, settle: settle)
        }
        for (slug, signature) in zip(slugs, slots.values) { signatures[slug] = signature }
        stored = cache.read()
        var kept: [String: AgencyLoad] = [:]
        for (slug, signature) in signatures where signature.keepable {
            guard let entry = stored[slug], entry.signature == signature.digest else { continue }
            // A build loads every folder whole (below): the outlines would go unused.
            if loadEverything {
                hits.insert(slug)
            } else if let load = Self.load(entry, slug: slug) {
                kept[slug] = load
            }
        }
        hits.formUnion(kept.keys)
        var whole: [String: AgencyLoad] = [:]
        if loadEverything, let snapshots {
            whole = snapshots.read(signatures, from: slugs)
            // A folder with a check result and no snapshot is read, and its checks come from the cache.
            snapshotHits = Set(whole.keys)
        }
        let result = loader.load(keeping: loadEverything ? whole : kept)
        // A folder gone since it was listed has no problems any more.
        hits.formIntersection(result.agencyLoads.keys)
        if loadEverything {
            // A folder changed while it was read is checked as read, not as cached, and its snapshot is not kept.
            let read = slugs.filter { result.agencyLoads[$0] != nil && !snapshotHits.contains($0) }
            let after = ResultSlots<FolderSignature>(count: read.count)
            DispatchQueue.concurrentPerform(iterations: read.count) { index in
                after[index] = FolderSignature.of(agencies + "/" + read[index], now: now, settle: settle)
            }
            for (slug, signature) in zip(read, after.values) where signature != signatures[slug] {
                hits.remove(slug)
                signatures[slug] = nil
            }
        }
        loaded = result
        checked.portal = result.portal
        checked.add(result.diagnostics)
    }

    /// A cached folder as the loader would have given it (its reports as outlines).
    private static func load(_ entry: CheckCache.Folder, slug: String) -> AgencyLoad? {
        let reports = entry.reports.compactMap { $0.report(of: slug) }
        guard reports.count == entry.reports.count else { return nil }
        return AgencyLoad(slug: slug, agency: entry.agency, reports: reports, diagnostics: entry.loaded)
    }

    private mutating func check() {
        guard let portal = checked.portal, let loaded else {
            savable = false
            return
        }
        var fresh = portal
        fresh.reports = portal.reports.filter { !hits.contains($0.agencySlug) }
        let freshSlugs = Set(loaded.agencyLoads.keys).subtracting(hits)
        for (slug, problems) in LiveSite.byAgency(Checker().runPerAgency(fresh), default: "") {
            // A problem outside the folders just read cannot be kept per folder.
            if !freshSlugs.contains(slug) { savable = false }
            found[slug] = problems
        }
        var problems = found.values.flatMap { $0 }
        for slug in hits { problems += stored[slug]?.checked ?? [] }
        checked.add(problems + Checker().runPortalWide(portal))
    }

    /// Saves every folder this run can vouch for: those taken from the
    /// cache, and those read whose signature may be kept.
    func save() {
        guard savable, let loaded else { return }
        var folders: [String: CheckCache.Folder] = [:]
        for (slug, load) in loaded.agencyLoads {
            if hits.contains(slug) {
                folders[slug] = stored[slug]
            } else if let signature = signatures[slug], signature.keepable {
                folders[slug] = CheckCache.Folder(signature: signature.digest, loaded: load.diagnostics, checked: found[slug] ?? [],
                                                  agency: load.agency, reports: load.reports.map(StoredReport.init))
            }
        }
        // Nothing to change: the file stays as it is (writing it is a tenth of a cached run).
        if hits.count == folders.count, Set(folders.keys) == Set(stored.keys) { return }
        // site.yaml or a form edited during the run: what was read may not match the key.
        guard CheckCache.key(root: checked.site.root) == cache.key else { return }
        cache.write(folders)
    }

    /// The folders this build read whose snapshot may be kept (their
    /// signature was taken before and after reading them, and matched),
    /// to be written once the build has succeeded.
    func pendingSnapshots() -> LoadSnapshots.Pending? {
        guard let snapshots, let loaded else { return nil }
        var fresh: [(load: AgencyLoad, signature: String)] = []
        for slug in loaded.agencyLoads.keys.sorted() where !snapshotHits.contains(slug) {
            guard let signature = signatures[slug], signature.keepable else { continue }
            fresh.append((loaded.agencyLoads[slug]!, signature.digest))
        }
        return LoadSnapshots.Pending(snapshots: snapshots, fresh: fresh, present: Set(loaded.agencyLoads.keys),
                                     root: checked.site.root)
    }
}

extension SiteBuilder {
    /// The checking steps with the check cache (`checkCache`), which they
    /// then update. Unless `loadingEverything` (a build), the checked
    /// portal's reports of unchanged folders are outlines without cells.
    func cachedCheck(_ timings: inout [(step: String, seconds: Double)], loadingEverything: Bool = false) -> Pipeline.Checked {
        let cache = CheckCache(root: root)
        var run = CachedCheck(checked: Pipeline.Checked(site: self), cache: cache, settle: checkCacheSettle)
        run.loadEverything = loadingEverything
        if loadingEverything {
            run.snapshots = LoadSnapshots(root: root, key: cache.key, forms: SiteLoader(root: root).forms())
        }
        // Checking steps report problems as diagnostics; they do not throw.
        try? Pipeline.run(CachedCheck.steps, on: &run, timings: &timings, progress: progress)
        run.save()
        run.checked.unchangedFolders = run.hits.count
        run.checked.snapshots = run.pendingSnapshots()
        run.checked.snapshotFolders = run.snapshotHits.count
        return run.checked
    }
}
