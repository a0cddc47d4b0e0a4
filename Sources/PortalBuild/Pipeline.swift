import Foundation
import PortalChecks
import PortalLoader
import PortalModel
import PortalRender
import PortalWrite

/// The pipeline, declared once as named steps (Publish's habit):
///
///     load → check → theme  │ gate │  prepare → pages → downloads → … → assets → swap
///       (checking steps)               (writing steps)
///
/// `portal check` runs the checking steps; `portal build`, `portal serve`
/// and `portal deploy --build` run them all. The gate stops a run whose
/// checking steps found an error (or, when strict, any problem) before a
/// byte is written; a writing step that fails names itself, its file and a
/// hint, and leaves the previous output as it was.
public enum Pipeline {
    /// A named step over the state it reads and extends.
    public struct Step<State>: Sendable {
        public let name: String
        let run: @Sendable (inout State) throws -> Void

        init(_ name: String, _ run: @escaping @Sendable (inout State) throws -> Void) {
            self.name = name
            self.run = run
        }
    }

    /// What the checking steps find.
    public struct Checked: Sendable {
        let site: SiteBuilder
        public internal(set) var portal: Portal?
        public internal(set) var theme: Theme?
        /// Every problem found, sorted by location.
        public internal(set) var diagnostics: [Diagnostic] = []
        /// Agency folders whose problems came from the check cache.
        var unchangedFolders = 0
        /// Agency folders taken whole from their load snapshots (a build with the cache).
        var snapshotFolders = 0
        /// The load snapshots a build writes once it has succeeded.
        var snapshots: LoadSnapshots.Pending?
        /// A clean build checks each agency folder's narratives as it loads and
        /// lets go of their text (`CheckedWhileLoading`); nil: held for the check step.
        var whileLoading: CheckedWhileLoading?
        /// False for `portal check`: nothing is rendered, so the load takes
        /// no digests of the files it reads (`SiteLoader.digestsSources`).
        var rendering = true

        mutating func add(_ found: [Diagnostic]) {
            diagnostics = DiagnosticsError(diagnostics + found).diagnostics
        }
    }

    /// What the writing steps work on: a checked portal and the folder the
    /// new site is written in (`SpareOutput`).
    public struct Writing: Sendable {
        let portal: Portal
        let staged: any BuildOutput
        let renderer: SiteRenderer
    }

    /// Read and judge: nothing is written.
    public static let checking: [Step<Checked>] = [
        Step("load") { run in
            var loader = SiteLoader(root: run.site.root, cache: run.site.cache)
            loader.progress = run.site.progress
            if let found = run.whileLoading { loader.eachFolder = { FolderChecks(into: found) } }
            loader.digestsSources = run.rendering
            let loaded = loader.load()
            run.portal = loaded.portal
            run.add(loaded.diagnostics)
        },
        Step("check") { run in
            if let portal = run.portal { run.add(Checker().run(portal, narrativesChecked: run.whileLoading?.diagnostics)) }
        },
        Step("theme") { run in
            let (files, unreadable) = ThemeLoader.load(from: run.site.themeFolder, displayPath: run.site.themeDisplayPath)
            let (theme, invalid) = Theme.compile(files)
            run.theme = unreadable.hasErrors ? nil : theme
            run.add(unreadable + invalid)
        },
    ]

    /// Render and write, into the spare or the staging folder `prepare` chose, then swap it in.
    public static let writing: [Step<Writing>] =
        SiteRenderer.steps.map { step in
            Step(step.name) {
                try step.run($0.renderer, $0.staged)
                // A narrative edited or removed since the checks read it: nothing is swapped in.
                if let changed = $0.renderer.index.narrativeSource?.failure { throw changed }
            }
        }
        + [Step("swap") { try $0.staged.swapIn() }]

    /// Every step's name in the order a build runs them (`portal build -v`).
    public static var stepNames: [String] {
        checking.map(\.name) + ["prepare"] + writing.map(\.name)
    }

    /// Runs `steps` in order, timing each, and names the step in any
    /// failure that does not name one yet; `progress` hears each step start.
    static func run<State>(_ steps: [Step<State>], on state: inout State, timings: inout [(step: String, seconds: Double)],
                           progress: ProgressHandler? = nil) throws {
        for step in steps {
            progress?(ProgressEvent(step: step.name))
            try timed(step.name, &timings) { try step.run(&state) }
        }
    }

    static func timed<T>(_ name: String, _ timings: inout [(step: String, seconds: Double)], _ work: () throws -> T) throws -> T {
        let start = DispatchTime.now()
        defer { timings.append((name, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)) }
        do {
            return try work()
        } catch var failure as Failure where failure.step.isEmpty {
            failure.step = name
            throw failure
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw Failure.wrap(error, step: name)
        }
    }
}
