import Foundation
import PortalChecks
import PortalLoader
import PortalModel
import PortalRender
import PortalWrite

/// The whole pipeline: load → check → render → write. Nothing is written
/// until every input has been read and found free of errors, and the
/// output is replaced only when the new site is complete.
public struct SiteBuilder: Sendable {
    /// The site folder: `content/` and `theme/` live here.
    public var root: URL
    /// Overrides `output` from site.yaml.
    public var output: URL?

    /// Treat warnings as errors.
    public var strict: Bool
    /// Set by long-running callers (serve) to reuse unchanged reports.
    public var cache: LoadCache?

    public init(root: URL, output: URL? = nil, strict: Bool = false, cache: LoadCache? = nil) {
        self.root = root.standardizedFileURL
        self.output = output?.standardizedFileURL
        self.strict = strict
        self.cache = cache
    }

    /// What a successful build did.
    public struct Summary: Sendable {
        public var output: URL
        public var manifest: Manifest
        public var agencies: Int
        public var reports: Int
        /// Warnings found on the way (they do not stop a build).
        public var warnings: [Diagnostic]
        /// Each named step with its wall time in seconds, in order.
        public var timings: [(step: String, seconds: Double)]
        /// Files (of reports, agencies, years, the portal) kept from the
        /// previous build because nothing they are made of changed.
        public var reusedFiles: Int = 0
    }

    /// Reads and checks the site without writing anything: every problem
    /// the loader found plus every problem of every check.
    public func check() -> LoadResult {
        var result = SiteLoader(root: root).load()
        if let portal = result.portal {
            result.diagnostics = DiagnosticsError(result.diagnostics + Checker().run(portal)).diagnostics
        }
        return result
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
        var timings: [(String, Double)] = []
        func timed<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
            let start = DispatchTime.now()
            defer { timings.append((name, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)) }
            return try work()
        }

        let loaded = timed("load") { SiteLoader(root: root, cache: cache).load() }
        let checked = timed("check") { loaded.portal.map { Checker().run($0) } ?? [] }
        let (theme, themeProblems) = timed("theme") { Theme.load(from: root.appendingPathComponent("theme")) }
        let diagnostics = DiagnosticsError(loaded.diagnostics + checked + themeProblems).diagnostics
        guard let portal = loaded.portal, let theme, !fails(diagnostics) else {
            throw DiagnosticsError(diagnostics)
        }
        let output = self.output ?? root.appendingPathComponent(portal.site.output).standardizedFileURL
        try OutputGuard.check(output, siteRoot: root)

        let renderCache = RenderCache(root: root, output: output)
        // What the previous build left (its keys and manifest) and the staging folder.
        let (staged, reuse) = try timed("prepare") {
            let previous = renderCache.previous()
            let staged = try StagedOutput(output: output, previous: previous?.build)
            let reuse = RenderReuse(previous: previous?.keys ?? [:], buildInputs: RenderCache.buildInputs(root: root), portal: portal)
            return (staged, reuse)
        }
        do {
            let renderer = SiteRenderer(portal: portal, theme: theme, reuse: reuse)
            for step in SiteRenderer.steps {
                try timed(step.name) { try step.run(renderer, staged) }
            }
            let manifest = try timed("swap") { try staged.commit() }
            renderCache.save(reuse.currentKeys, manifest: manifest)
            return Summary(output: output, manifest: manifest, agencies: portal.agencies.count,
                           reports: portal.reports.count, warnings: diagnostics, timings: timings,
                           reusedFiles: reuse.reused)
        } catch {
            staged.discard()
            throw error
        }
    }
}
