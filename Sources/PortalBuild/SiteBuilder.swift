import Foundation
import PortalChecks
import PortalLoader
import PortalModel
import PortalRender
import PortalSupport
import PortalWrite

/// Runs the `Pipeline` over one site folder: `check()` its checking steps,
/// `build()` all of them. Nothing is written until every input has been
/// read and found free of errors, and the output is replaced only when the
/// new site is complete.
public struct SiteBuilder: Sendable {
    /// The site folder: `content/` and `theme/` live here.
    public var root: URL
    /// Overrides `output` from site.yaml.
    public var output: URL?

    /// Treat warnings as errors.
    public var strict: Bool
    /// Set by long-running callers (serve) to reuse unchanged reports.
    public var cache: LoadCache?
    /// `check()` takes unchanged agency folders' problems from
    /// `.portal-cache/check.cache` and updates it; `build()` takes their
    /// per-agency checks' problems from it, and the folders themselves, as
    /// loaded, from `.portal-cache/loads/` (`LoadSnapshots`).
    public var checkCache = false
    /// Seconds within which a changed folder is not cached (tests shorten it).
    var checkCacheSettle = 1.0
    /// Overrides the site's `theme/` folder (fixture sites share one theme).
    public var theme: URL?
    /// Hears each step start and the counts of the long ones (reports
    /// read, pages, downloads), throttled: `portal build` draws a progress line.
    public var progress: ProgressHandler?
    /// Called when another build of the same output is running and this
    /// one waits for it to finish.
    public var waiting: (@Sendable (URL) -> Void)?
    /// The process exits right after the build (`portal build`): what the
    /// build read and made is left for the exit to drop (`KeptUntilExit`),
    /// not freed piece by piece. Never for serve, which builds again.
    public var exitsAfterBuild = false

    public init(root: URL, output: URL? = nil, strict: Bool = false, cache: LoadCache? = nil, theme: URL? = nil) {
        self.root = root.standardizedFileURL
        self.output = output?.standardizedFileURL
        self.strict = strict
        self.cache = cache
        self.theme = theme?.standardizedFileURL
    }

    /// What a successful build did.
    public struct Summary: Sendable {
        public var output: URL
        /// The new site's files (its manifest's entries), and their bytes in all.
        public var files: Int
        public var totalSize: Int
        public var agencies: Int
        public var reports: Int
        /// Warnings found on the way (they do not stop a build).
        public var warnings: [Diagnostic]
        /// Each named step with its wall time in seconds, in order.
        public var timings: [(step: String, seconds: Double)]
        /// Files (of reports, agencies, years, the portal) kept from the
        /// previous build because nothing they are made of changed.
        public var reusedFiles: Int = 0
        /// Reports whose derived parts (reader facts, joined lines) came from the cache.
        public var derivedReports: Int = 0
        /// Makes the manifest when asked: a clean build writes it line by
        /// line from what it recorded and holds no list of entries.
        private let madeManifest: @Sendable () -> Manifest

        /// The new site's manifest, as written beside it. Made anew from the
        /// build's record on each read (45,000 entries at 10,000 reports):
        /// read it once and keep it.
        public var manifest: Manifest { madeManifest() }

        init(output: URL, manifest: Manifest, agencies: Int, reports: Int, warnings: [Diagnostic],
             timings: [(step: String, seconds: Double)]) {
            self.init(output: output, files: manifest.entries.count, totalSize: manifest.totalSize, agencies: agencies,
                      reports: reports, warnings: warnings, timings: timings, manifest: { manifest })
        }

        init(output: URL, files: Int, totalSize: Int, agencies: Int, reports: Int, warnings: [Diagnostic],
             timings: [(step: String, seconds: Double)], manifest: @escaping @Sendable () -> Manifest) {
            self.output = output
            self.files = files
            self.totalSize = totalSize
            self.agencies = agencies
            self.reports = reports
            self.warnings = warnings
            self.timings = timings
            madeManifest = manifest
        }
    }

    /// Runs the checking steps (load, check, theme) without writing
    /// anything: every problem of the content and of the theme.
    public func check() -> Pipeline.Checked {
        var timings: [(step: String, seconds: Double)] = []
        return checkCache ? cachedCheck(&timings) : checked(&timings, lettingGo: true, rendering: false)
    }

    /// `lettingGo`: each agency folder's narratives are checked as it loads and
    /// their text let go of (a build that keeps nothing of what it loaded);
    /// `rendering`: false when only the problems are asked for.
    func checked(_ timings: inout [(step: String, seconds: Double)], lettingGo: Bool = false, rendering: Bool = true) -> Pipeline.Checked {
        var state = Pipeline.Checked(site: self)
        state.rendering = rendering
        if lettingGo { state.whileLoading = CheckedWhileLoading(findsCopiedSections: rendering) }
        // Checking steps report problems as diagnostics; they do not throw.
        try? Pipeline.run(Pipeline.checking, on: &state, timings: &timings, progress: progress)
        return state
    }

    /// The theme folder: `theme/` in the site unless given.
    public var themeFolder: URL { theme ?? root.appendingPathComponent("theme") }

    /// How diagnostics name the theme folder.
    var themeDisplayPath: String {
        guard let theme else { return "theme" }
        return theme.path.hasPrefix(root.path + "/") ? String(theme.path.dropFirst(root.path.count + 1)) : theme.path
    }

    /// Only site.yaml (output folder, deploy targets), without reading the reports.
    public func siteConfig() -> SiteConfig? {
        SiteLoader(root: root).siteConfig()
    }

    /// The output folder: `--output`, else `output` from site.yaml, else `public`.
    public var resolvedOutput: URL {
        output ?? root.appendingPathComponent(siteConfig()?.output ?? "public").standardizedFileURL
    }

    /// Whether these diagnostics stop the build.
    public func fails(_ diagnostics: [Diagnostic]) -> Bool {
        strict ? !diagnostics.outstanding.isEmpty : diagnostics.hasErrors
    }

    @discardableResult
    public func build() throws -> Summary {
        var timings: [(step: String, seconds: Double)] = []
        // Without the caches nothing loaded is kept for a next build: the narratives' text is let go of as each folder is checked.
        let checked = checkCache ? cachedCheck(&timings, loadingEverything: true) : checked(&timings, lettingGo: cache == nil)
        return try write(checked, timings: timings)
    }

    /// The writing steps over what the checking steps found (they stop at
    /// the gate when it holds errors).
    /// `keepIndex` hears the site index the build rendered from (serve keeps it).
    func write(_ checked: Pipeline.Checked, timings: [(step: String, seconds: Double)],
               keepIndex: ((SiteIndex) -> Void)? = nil, keeping kept: KeptBetweenPatches? = nil) throws -> Summary {
        var timings = timings
        guard let portal = checked.portal, let theme = checked.theme, !fails(checked.diagnostics) else {
            throw DiagnosticsError(checked.diagnostics)
        }
        let output = self.output ?? root.appendingPathComponent(portal.site.output).standardizedFileURL
        try OutputGuard.check(output, siteRoot: root)

        let renderCache = RenderCache(root: root, output: output)
        // What the previous build left (its keys and manifest) and the folder the new site is written in (the spare, or a staging folder).
        progress?(ProgressEvent(step: "prepare"))
        // One build of an output at a time (serve's rebuilds included), held until the cache is saved.
        // A build with the caches keeps what it derives from each report beside the load snapshots.
        let derived = checked.snapshots.map { DerivedSnapshots(root: root, key: $0.snapshots.key, forms: portal.forms) }
        let (lock, staged, reuse, previousSize, parts) = try Pipeline.timed("prepare", &timings) {
            let lock = try OutputLock(for: output, waiting: { waiting?(output) })
            let previous = renderCache.previous()
            let staged = try SpareOutput.open(output: output, previous: previous?.build)
            let reuse = RenderReuse(previous: previous?.keys ?? [:], buildInputs: RenderCache.buildInputs(root: root), portal: portal)
            return (lock, staged, reuse, previous?.build.manifest.totalSize, derived?.parts(for: portal.agencies.map(\.slug)))
        }
        defer { withExtendedLifetime(lock) {} }
        var index = SiteIndex(portal, diagnostics: checked.diagnostics, reusing: nil, derived: parts, copied: checked.whileLoading?.copied)
        // The load let go of the narratives' text once their folder was checked and measured:
        // a page, report.json and the search index read each file again.
        if checked.whileLoading != nil { index.narrativeSource = NarrativeFileReader() }
        var renderer = SiteRenderer(index: index, theme: theme, reuse: reuse, progress: progress)
        renderer.kept = kept
        var writing = Pipeline.Writing(portal: portal, staged: staged, renderer: renderer)
        do {
            try Pipeline.run(Pipeline.writing, on: &writing, timings: &timings, progress: progress)
        } catch var failure as Failure {
            staged.discard()
            if failure.errno == ENOSPC, let previousSize {
                failure.hint = (failure.hint.map { $0 + "; " } ?? "") + "the previous build took \(previousSize / 1_048_576 + 1) MB"
            }
            throw failure
        } catch {
            staged.discard()
            throw error
        }
        renderCache.save(reuse.currentKeys, manifest: staged.manifest, digest: staged.manifestDigest)
        // Kept only now: a failed build leaves the previous snapshots.
        checked.snapshots?.save()
        derived?.finish(present: Set(portal.agencies.map(\.slug)), years: portal.years, root: root)
        keepIndex?(writing.renderer.index)
        if exitsAfterBuild { KeptUntilExit.keep((checked, writing, reuse, parts as Any, renderCache)) }
        let totals = staged.totals
        var summary = Summary(output: output, files: totals.files, totalSize: totals.bytes, agencies: portal.agencies.count,
                              reports: portal.reports.count, warnings: checked.diagnostics, timings: timings,
                              manifest: { staged.manifest })
        summary.reusedFiles = reuse.reused
        summary.derivedReports = parts?.reused ?? 0
        return summary
    }
}
