import Foundation
import PortalModel
import PortalSupport

/// What a load produced: every diagnostic (errors and warnings), and the
/// model of everything that could be read — also when other files had
/// errors, so that checks can still run over the rest and one run shows
/// every problem. `portal` is nil only when the site itself is unreadable.
public struct LoadResult: Sendable {
    public var portal: Portal?
    public var diagnostics: [Diagnostic]
    /// What each agency folder gave, by slug, and the site's settings and
    /// forms with their own problems: what `SiteLoader.reload` starts from.
    public internal(set) var agencyLoads: [String: AgencyLoad] = [:]
    var base: (site: SiteConfig, forms: [String: FormDefinition])?
    var siteDiagnostics: [Diagnostic] = []

    /// Diagnostics are kept sorted by location, whatever order they were found in.
    public init(portal: Portal?, diagnostics: [Diagnostic]) {
        self.portal = portal
        self.diagnostics = DiagnosticsError(diagnostics).diagnostics
    }
}

/// One agency folder as read: agency.yaml, the reports kept (none when
/// agency.yaml failed) and every problem found in the folder.
public struct AgencyLoad: Sendable {
    public var slug: String
    public var agency: Agency?
    public var reports: [Report]
    public var diagnostics: [Diagnostic]

    public init(slug: String, agency: Agency?, reports: [Report], diagnostics: [Diagnostic]) {
        self.slug = slug
        self.agency = agency
        self.reports = reports
        self.diagnostics = diagnostics
    }
}

/// Reads a site folder (`content/` beside `theme/`) into a `Portal`.
///
/// Every file is read once; every problem is collected, so one run shows
/// them all. Paths in diagnostics are relative to the site root, as a user
/// would type them.
public struct SiteLoader: Sendable {
    public let root: URL
    /// Reuses unchanged report folders across loads (see `LoadCache`).
    public let cache: LoadCache?
    /// Told how many report folders have been read, of how many.
    public var progress: ProgressHandler?
    /// Work done on each agency folder's reports as soon as they are read
    /// (one worker per thread, made by this): a clean build checks their
    /// narratives there and lets go of the text. Not called for a folder
    /// whose agency.yaml failed, nor when site.yaml did.
    public var eachFolder: (@Sendable () -> any FolderWork)?
    /// False when nothing will be rendered (`portal check`): the SHA-256 of
    /// every file read, which only a rebuild compares to reuse pages, is not
    /// taken (≈ 3 % of a cold check's CPU), and `sourceDigest` stays empty.
    public var digestsSources = true

    public init(root: URL, cache: LoadCache? = nil) {
        self.root = root.standardizedFileURL
        self.cache = cache
    }

    public var contentFolder: URL { root.appendingPathComponent("content") }

    /// Only `content/site.yaml`, for callers that need the settings (the
    /// output folder, deploy targets) without reading every report.
    public func siteConfig() -> SiteConfig? {
        SiteConfigReader.read(contentFolder.appendingPathComponent("site.yaml"), path: "content/site.yaml", log: DiagnosticLog())
    }

    /// The forms reports of this site may use: the built-in ones and the
    /// site's own `content/forms/*.yaml`, keyed by id.
    public func forms() -> [String: FormDefinition] {
        forms(log: DiagnosticLog())
    }

    private func forms(log: DiagnosticLog) -> [String: FormDefinition] {
        let (builtIn, formProblems) = FormLoader.builtInForms()
        formProblems.forEach(log.add)
        var forms = builtIn
        let siteForms = contentFolder.appendingPathComponent("forms")
        if isDirectory(siteForms) {
            for (id, form) in FormLoader.loadFolder(siteForms, displayPrefix: "content/forms", log: log) {
                if forms[id] != nil {
                    log.error(.duplicateForm, at: form.location, "form id “\(id)” is already built in",
                              hint: "give the site's own form another id")
                } else {
                    forms[id] = form
                }
            }
        }
        return forms
    }

    public func load() -> LoadResult {
        load(keeping: [:])
    }

    /// The agency folders' slugs (visible subfolders of content/agencies, sorted).
    public func agencySlugs() -> [String] {
        subfolders(of: agenciesFolder)
    }

    /// The site read with the agency folders of `kept` taken as given
    /// instead of read: the check cache's unchanged folders (`portal check`).
    /// A kept slug whose folder is gone is dropped.
    public func load(keeping kept: [String: AgencyLoad]) -> LoadResult {
        let log = DiagnosticLog()
        let forms = forms(log: log)
        let siteForms = contentFolder.appendingPathComponent("forms")

        guard isDirectory(contentFolder) else {
            log.error(.io, at: SourceLocation(path: "content"), "no content folder in \(root.path)",
                      hint: "run portal in the site's folder, or pass it with --site")
            return LoadResult(portal: nil, diagnostics: log.diagnostics)
        }
        let site = SiteConfigReader.read(contentFolder.appendingPathComponent("site.yaml"), path: "content/site.yaml", log: log)
        // A cached report is only valid for the forms it was read with.
        // (A site without its own forms has a signature too: a folder that cannot be listed.)
        let formsSignature = "forms|" + FolderSignature.of(siteForms.path, settle: 0).digest
        let slugs = subfolders(of: agenciesFolder)
        var loads = Dictionary(loadAgencies(slugs.filter { kept[$0] == nil }, forms: forms, formsSignature: formsSignature, progress: progress,
                                            site: site)
            .map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for slug in slugs { if let load = kept[slug] { loads[slug] = load } }
        return assemble(site: site, forms: forms, siteDiagnostics: log.diagnostics, agencies: loads)
    }

    /// The previous load with the folders of `slugs` read again (an agency
    /// whose folder is gone is dropped, a new one added); everything else,
    /// site.yaml and the forms included, is taken as it was. `portal serve`
    /// reads one edited agency this way instead of the whole site.
    public func reload(_ previous: LoadResult, agencies slugs: Set<String>) -> LoadResult {
        guard let base = previous.base else { return load() }
        var agencies = previous.agencyLoads
        let present = slugs.filter { !$0.hasPrefix(".") && isDirectory(agenciesFolder.appendingPathComponent($0, isDirectory: true)) }
        for slug in slugs { agencies[slug] = nil }
        for load in loadAgencies(present.sorted(), forms: base.forms, formsSignature: "", progress: nil) {
            agencies[load.slug] = load
        }
        return assemble(site: base.site, forms: base.forms, siteDiagnostics: previous.siteDiagnostics, agencies: agencies)
    }

    private var agenciesFolder: URL { contentFolder.appendingPathComponent("agencies", isDirectory: true) }

    /// The portal made of each agency's load, with the problems of the
    /// whole (no agency, unknown parents).
    private func assemble(site: SiteConfig?, forms: [String: FormDefinition], siteDiagnostics: [Diagnostic],
                          agencies loads: [String: AgencyLoad]) -> LoadResult {
        let log = DiagnosticLog()
        siteDiagnostics.forEach(log.add)
        let ordered = loads.keys.sorted().map { loads[$0]! }
        for load in ordered { load.diagnostics.forEach(log.add) }
        let agencies = ordered.compactMap(\.agency)
        if agencies.isEmpty, !log.hasErrors {
            log.warning(.emptySite, at: SourceLocation(path: "content/agencies"), "the portal has no agencies yet",
                        hint: "add a folder content/agencies/<slug>/ with an agency.yaml")
        }
        validateParents(agencies, log: log)
        guard let site else { return LoadResult(portal: nil, diagnostics: log.diagnostics) }
        let portal = Portal(site: site, forms: forms, agencies: agencies, reports: ordered.flatMap(\.reports))
        var result = LoadResult(portal: portal, diagnostics: log.diagnostics)
        result.base = (site, forms)
        result.siteDiagnostics = siteDiagnostics
        result.agencyLoads = loads
        return result
    }

    /// Reads the folders of `slugs`: each agency.yaml and its list of
    /// report folders, then every report folder, on every core, taken back
    /// in folder order so the outcome never depends on timing.
    private func loadAgencies(_ slugs: [String], forms: [String: FormDefinition], formsSignature: String,
                              progress: ProgressHandler?, site: SiteConfig? = nil) -> [AgencyLoad] {
        let folders = ResultSlots<(AgencyLoad, [(name: String, year: Int)])>(count: slugs.count)
        DispatchQueue.concurrentPerform(iterations: slugs.count) { index in
            folders[index] = agencyFolder(slugs[index], forms: forms)
        }
        var loads: [AgencyLoad] = []
        var jobs: [ReportJob] = []
        for (load, years) in folders.values.compactMap({ $0 }) {
            let folder = agenciesFolder.appendingPathComponent(load.slug, isDirectory: true)
            for (name, year) in years {
                jobs.append(ReportJob(folder: folder.appendingPathComponent(name, isDirectory: true), agency: loads.count, year: year,
                                      displayPath: "content/agencies/\(load.slug)/\(name)", keep: load.agency != nil))
            }
            loads.append(load)
        }
        let (allJobs, slugsByIndex) = (jobs, loads.map(\.slug))
        let shapes = forms.mapValues(ReportFileShape.init)
        let counter = progress.map { handler in
            ProgressCounter(total: allJobs.count) { handler(ProgressEvent(step: "load", done: $0, total: $1)) }
        }
        if let eachFolder, let site {
            return loadByFolder(loads, jobs: allJobs, work: eachFolder, site: site, forms: forms, shapes: shapes,
                                formsSignature: formsSignature, counter: counter)
        }
        let results = ResultSlots<(Report?, [Diagnostic])>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: allJobs.count) { index in
            let job = allJobs[index]
            results[index] = readReport(in: job.folder, agency: slugsByIndex[job.agency], year: job.year, displayPath: job.displayPath,
                                        forms: forms, shapes: shapes, formsSignature: formsSignature)
            counter?.advance()
        }
        counter?.finish()
        for (job, result) in zip(jobs, results.values) {
            guard let (report, problems) = result else { continue }
            loads[job.agency].diagnostics += problems
            if let report, job.keep { loads[job.agency].reports.append(report) }
        }
        return loads
    }

    /// The report folders of `jobs` read agency by agency, each agency's
    /// handed to `work` as soon as they are read: the loads are cut into
    /// runs of whole agencies, one thread and one worker per run.
    private func loadByFolder(_ loads: [AgencyLoad], jobs: [ReportJob], work: @Sendable () -> any FolderWork, site: SiteConfig,
                              forms: [String: FormDefinition], shapes: [String: ReportFileShape], formsSignature: String,
                              counter: ProgressCounter?) -> [AgencyLoad] {
        let jobsByAgency = Dictionary(grouping: jobs, by: \.agency)
        let target = max(1, loads.count / max(1, 4 * ProcessInfo.processInfo.activeProcessorCount))
        let runs = stride(from: 0, to: loads.count, by: target).map { $0..<min($0 + target, loads.count) }
        let done = ResultSlots<[AgencyLoad]>(count: runs.count)
        DispatchQueue.concurrentPerform(iterations: runs.count) { run in
            let worker = work()
            done[run] = runs[run].map { position in
                var load = loads[position]
                for job in jobsByAgency[position] ?? [] {
                    let (report, problems) = readReport(in: job.folder, agency: load.slug, year: job.year, displayPath: job.displayPath,
                                                        forms: forms, shapes: shapes, formsSignature: formsSignature)
                    counter?.advance()
                    load.diagnostics += problems
                    if let report, job.keep { load.reports.append(report) }
                }
                if let agency = load.agency { worker.read(&load, in: Portal(site: site, forms: forms, agencies: [agency], reports: load.reports)) }
                return load
            }
        }
        counter?.finish()
        return done.values.flatMap { $0 ?? [] }
    }

    /// One agency folder's agency.yaml and the years of its report folders.
    private func agencyFolder(_ slug: String, forms: [String: FormDefinition]) -> (AgencyLoad, [(name: String, year: Int)]) {
        let folder = agenciesFolder.appendingPathComponent(slug, isDirectory: true)
        let display = "content/agencies/\(slug)"
        let log = DiagnosticLog()
        // A broken agency.yaml still has its reports read, so one run
        // shows every problem; they are not kept.
        var reader = AgencyReader(forms: forms, log: log)
        reader.digests = digestsSources
        let agency = reader.agency(in: folder, slug: slug, displayPath: display)
        var years: [(name: String, year: Int)] = []
        for name in subfolders(of: folder) {
            guard let year = Int(name), name.count == 4 else {
                log.warning(.unknownFolder, at: SourceLocation(path: "\(display)/\(name)"),
                            "folder “\(name)” is not a report year and is ignored",
                            hint: "report folders are named by year, e.g. \(display)/2021")
                continue
            }
            years.append((name, year))
        }
        return (AgencyLoad(slug: slug, agency: agency, reports: [], diagnostics: log.diagnostics), years)
    }

    private struct ReportJob: Sendable {
        var folder: URL
        /// Position of its agency in the loads being made.
        var agency: Int
        var year: Int
        var displayPath: String
        /// False when the agency itself failed to load: report checked, not kept.
        var keep: Bool
    }

    /// One report folder, from the cache when its files have not changed.
    private func readReport(in folder: URL, agency: String, year: Int, displayPath: String,
                            forms: [String: FormDefinition], shapes: [String: ReportFileShape],
                            formsSignature: String) -> (Report?, [Diagnostic]) {
        let signature = cache?.signature(of: folder, context: formsSignature)
        if let cache, let signature, let entry = cache.lookup(folder.path, signature: signature) {
            return (entry.report, entry.diagnostics)
        }
        let log = DiagnosticLog()
        let report = ReportReader(forms: forms, shapes: shapes, log: log, digests: digestsSources)
            .report(in: folder, agency: agency, year: year, displayPath: displayPath)
        if let signature { cache?.store(folder.path, LoadCache.Entry(signature: signature, report: report, diagnostics: log.diagnostics)) }
        return (report, log.diagnostics)
    }

    private func validateParents(_ agencies: [Agency], log: DiagnosticLog) {
        let slugs = Set(agencies.map(\.slug))
        for agency in agencies {
            guard let parent = agency.parent, !slugs.contains(parent.value) else { continue }
            let hint = Spelling.closest(to: parent.value, among: slugs.sorted()).map { "did you mean “\($0)”?" }
                ?? "a parent is the slug (folder name) of another agency in content/agencies/"
            log.error(.unknownParent, at: parent.location, "parent agency “\(parent.value)” does not exist", hint: hint)
        }
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Visible subfolders, sorted, so that load order never depends on the file system.
    /// Folder and file paths are made with `isDirectory` given: else Foundation
    /// asks the file system which it is (one `stat` each, a second one here).
    private func subfolders(of url: URL) -> [String] {
        if let names = FolderListing.subfolders(of: url.path) { return names }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && isDirectory(url.appendingPathComponent($0, isDirectory: true)) }.sorted()
    }
}


/// What a load does with each agency folder's reports once read
/// (`SiteLoader.eachFolder`): used by one thread, folder after folder.
public protocol FolderWork: AnyObject {
    /// `load` is the folder as read; `portal` holds the site's settings,
    /// the forms, the agency and its reports only.
    func read(_ load: inout AgencyLoad, in portal: Portal)
}
