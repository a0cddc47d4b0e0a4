import Foundation
import PortalChecks
import PortalLoader
import PortalModel
import PortalRender
import PortalWrite

/// The site `portal serve` keeps in memory between rebuilds: the loaded
/// model (per agency folder), the problems found (per agency), the theme
/// and the manifest of the site in the output folder. A change to one
/// report's files re-reads and re-checks that report's agency only, renders
/// what it reaches (`ChangeImpact`) and writes only the files whose bytes
/// differ, each replaced atomically (`LiveOutput`); the result is the site a
/// clean `portal build` gives. A change to the theme, site.yaml or a form
/// builds the whole site, as `portal build` does.
///
/// Not thread-safe: one caller (serve's rebuilder) at a time.
public final class LiveSite: @unchecked Sendable {
    public let builder: SiteBuilder
    /// One call at a time: serve's first build and a watcher's edit can
    /// both ask before the other ends, and every call reads and replaces
    /// the state below (the load, the checks, the output being patched).
    private let turn = NSLock()

    private var load: LoadResult?
    /// Problems of the per-agency checks, by the slug of the folder they point into.
    private var agencyChecks: [String: [Diagnostic]] = [:]
    private var portalWideChecks: [Diagnostic] = []
    private var themeProblems: [Diagnostic] = []
    private var theme: Theme?
    /// The theme, forms, site.yaml and program, hashed for the render cache.
    private var buildInputs = ""
    /// The site in the output folder, when a build has put one there, and
    /// the stamp of its manifest file then (a build by someone else changes it).
    private var manifest: Manifest?
    private var manifestStamp: [Int]?
    /// The output as the last patch left it, for the next patch (nil after
    /// a whole build or a failed patch: made again from `manifest`).
    private var live: LiveOutput?
    /// What changed since the output was last written (edits that failed
    /// their checks wait here until the content is good again).
    private var pending = ChangeImpact()
    /// The index the output was last rendered from: its reports' reader
    /// facts are kept for the agencies an edit does not reach.
    private var index: SiteIndex?
    /// Saves the render cache for the site the last patch left.
    private var unsavedKeys: (@Sendable () -> Void)?
    /// What the joined downloads and the search index took of every
    /// report a patch made, for the next patches (see `KeptFragments`, `KeptSearch`).
    private let kept = KeptBetweenPatches()

    public init(builder: SiteBuilder) {
        var builder = builder
        builder.output = builder.resolvedOutput
        builder.cache = builder.cache ?? LoadCache()
        self.builder = builder
    }

    public var output: URL { builder.output! }

    /// What a patch did, for the terminal and the reload.
    public struct Patch: Sendable {
        public var summary: SiteBuilder.Summary
        /// Output paths whose bytes changed (written or removed).
        public var changed: [String]
        /// The whole site was built (the theme, site.yaml or a form changed).
        public var wholeSite: Bool
    }

    /// Every problem of the content and theme as they are now.
    public var diagnostics: [Diagnostic] { turn.withLock { allDiagnostics } }

    private var allDiagnostics: [Diagnostic] {
        DiagnosticsError((load?.diagnostics ?? []) + agencyChecks.values.flatMap { $0 } + portalWideChecks + themeProblems).diagnostics
    }

    /// Reads, checks and builds the whole site (the render cache keeps what
    /// the previous build left unchanged). Throws `DiagnosticsError` when
    /// the gate stops it; the output then stays as it was.
    @discardableResult
    public func rebuild() throws -> Patch {
        try turn.withLock { try buildWhole() }
    }

    private func buildWhole() throws -> Patch {
        var timings: [(step: String, seconds: Double)] = []
        unsavedKeys = nil
        pending = ChangeImpact(everything: true)
        // A whole build may keep files of another build: pieces start over.
        kept.removeAll()
        live = nil
        try Pipeline.timed("load", &timings) {
            var loader = SiteLoader(root: builder.root, cache: builder.cache)
            loader.progress = builder.progress
            load = loader.load()
        }
        try Pipeline.timed("check", &timings) {
            agencyChecks = [:]
            portalWideChecks = []
            if let portal = load?.portal {
                agencyChecks = Self.byAgency(Checker().runPerAgency(portal), default: "")
                portalWideChecks = Checker().runPortalWide(portal)
            }
        }
        try Pipeline.timed("theme", &timings) { loadTheme() }
        var checked = Pipeline.Checked(site: builder)
        checked.portal = load?.portal
        checked.theme = theme
        checked.diagnostics = allDiagnostics
        index = nil
        let summary = try builder.write(checked, timings: timings, keepIndex: { [self] in index = $0 }, keeping: kept)
        manifest = summary.manifest
        manifestStamp = Self.stamp(output.appendingPathComponent(Manifest.fileName))
        pending = ChangeImpact()
        return Patch(summary: summary, changed: [], wholeSite: true)
    }

    private func loadTheme() {
        let (files, unreadable) = ThemeLoader.load(from: builder.themeFolder, displayPath: builder.themeDisplayPath)
        let (compiled, invalid) = Theme.compile(files)
        theme = unreadable.hasErrors ? nil : compiled
        themeProblems = unreadable + invalid
        buildInputs = RenderCache.buildInputs(root: builder.root)
    }

    /// Applies edits to the files at `paths` (relative to the site folder):
    /// re-reads and re-checks what they belong to, then, when the content
    /// is free of errors, writes the changed reports' pages first (and calls
    /// `pagesWritten` with their paths, so the browser can reload), then
    /// the rest of what the change reaches. Throws `DiagnosticsError` when
    /// the gate stops it; the output then stays as it was.
    @discardableResult
    public func apply(_ paths: Set<String>, pagesWritten: ([String]) -> Void = { _ in }) throws -> Patch {
        try turn.withLock { try patch(paths, pagesWritten: pagesWritten) }
    }

    private func patch(_ paths: Set<String>, pagesWritten: ([String]) -> Void) throws -> Patch {
        let change = ChangeImpact(paths: paths)
        guard !change.everything, !pending.everything, let previous = load, let portal = previous.portal else {
            return try buildWhole()
        }
        takeUnsavedKeys()?()
        var timings: [(step: String, seconds: Double)] = []
        let slugs = change.agencies
        let reloaded = try Pipeline.timed("load", &timings) {
            SiteLoader(root: builder.root).reload(previous, agencies: slugs)
        }
        load = reloaded
        try Pipeline.timed("check", &timings) {
            for slug in slugs { agencyChecks[slug] = nil }
            if let portal = reloaded.portal {
                for (slug, found) in Self.byAgency(Checker().runPerAgency(portal, agencies: slugs), default: slugs.sorted().first ?? "") {
                    agencyChecks[slug, default: []] += found
                }
                portalWideChecks = Checker().runPortalWide(portal)
            }
        }
        pending.add(ChangeImpact(before: portal, after: reloaded.portal, agencies: slugs))
        let problems = allDiagnostics
        guard let current = reloaded.portal, let theme, !builder.fails(problems) else { throw DiagnosticsError(problems) }

        // One build of an output at a time; a site replaced by another build is built whole.
        var lock: OutputLock? = try OutputLock(for: output, waiting: { [builder] in builder.waiting?(builder.output!) })
        defer { withExtendedLifetime(lock) {} }
        guard let manifest, manifestStamp != nil, Self.stamp(output.appendingPathComponent(Manifest.fileName)) == manifestStamp else {
            lock = nil
            return try buildWhole()
        }
        let index = try Pipeline.timed("index", &timings) {
            SiteIndex(current, diagnostics: problems, reusing: self.index.map { ($0, pending.agencies) })
        }
        let scope = pending.scope
        let sink = live ?? LiveOutput(output: output, manifest: manifest)
        sink.beginPatch()
        // A patch that fails half-way leaves files the table may not know of: the next starts from the manifest.
        live = nil
        var renderer = SiteRenderer(index: index, theme: theme, scope: scope)
        renderer.kept = kept
        // The edited reports' own pages first: the browser shows them while the rest follows.
        try Pipeline.timed("report pages", &timings) {
            for report in current.reports where pending.edited.contains(RenderScope.key(report.agencySlug, report.year)) {
                try renderer.reportPage(report, into: sink)
            }
        }
        pagesWritten(sink.changed)
        for step in SiteRenderer.steps {
            try Pipeline.timed(step.name, &timings) { try step.run(renderer, sink) }
        }
        let written = try Pipeline.timed("manifest", &timings) { try sink.finish(covered: scope.covers) }
        self.manifest = written
        live = sink
        self.index = index
        manifestStamp = Self.stamp(output.appendingPathComponent(Manifest.fileName))
        // The next `portal build` needs the render keys, not this patch: saved
        // by `saveRenderCache()` once the patch is reported. Until then the
        // saved keys name another manifest, so a build then renders in full.
        let stamp = manifestStamp
        unsavedKeys = { [root = builder.root, output, buildInputs] in
            // Saved off the patch path, maybe after later patches: only while the output is still this patch's.
            let manifestFile = output.appendingPathComponent(Manifest.fileName)
            guard Self.stamp(manifestFile) == stamp else { return }
            let keys = RenderReuse(previous: [:], buildInputs: buildInputs, portal: current).keys(for: index)
            guard Self.stamp(manifestFile) == stamp else { return }
            RenderCache(root: root, output: output).save(keys, manifest: written)
        }
        pending = ChangeImpact()
        let summary = SiteBuilder.Summary(output: output, manifest: written, agencies: current.agencies.count,
                                          reports: current.reports.count, warnings: problems, timings: timings)
        return Patch(summary: summary, changed: sink.changed, wholeSite: false)
    }

    /// Saves the render keys of the last patch (`.portal-cache/`), so that a
    /// `portal build` keeps what it wrote. Called after a patch is reported.
    public func saveRenderCache() {
        takeRenderCacheSave()?()
    }

    /// The render cache save the last patch owes, handed over to be run
    /// elsewhere (serve runs it on a queue of its own: at 50,000 reports it
    /// hashes every report, half a second the next edit need not wait for).
    /// It does nothing once a later patch or build has changed the output.
    public func takeRenderCacheSave() -> (@Sendable () -> Void)? {
        turn.withLock { takeUnsavedKeys() }
    }

    private func takeUnsavedKeys() -> (@Sendable () -> Void)? {
        defer { unsavedKeys = nil }
        return unsavedKeys
    }

    /// Inode, size and change time of a file: whether the output's manifest
    /// is still the one this site wrote (another build replaces it).
    static func stamp(_ file: URL) -> [Int]? {
        var info = stat()
        guard lstat(file.path, &info) == 0 else { return nil }
        return [Int(info.st_ino), Int(info.st_size), Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
    }

    /// Problems sorted into the agency folder they point into
    /// (`content/agencies/<slug>/…`); others go to `default`.
    static func byAgency(_ diagnostics: [Diagnostic], default fallback: String) -> [String: [Diagnostic]] {
        var found: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let parts = diagnostic.location.path.split(separator: "/", maxSplits: 3)
            let slug = parts.count >= 3 && parts[0] == "content" && parts[1] == "agencies" ? String(parts[2]) : fallback
            found[slug, default: []].append(diagnostic)
        }
        return found
    }
}
