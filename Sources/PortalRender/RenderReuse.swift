import Crypto
import Foundation
import PortalModel
import PortalSupport

/// Lets a rebuild keep a report's page and downloads from the build it
/// replaces when nothing they are made of has changed.
///
/// A report's files depend on its own folder (`Report.sourceDigest`) and on
/// what every page shares: the theme, site settings, forms, the portal
/// program itself (`buildInputs`, from the build stage), every agency's
/// agency.yaml (`Agency.sourceDigest`) and the list of reports (navigation,
/// other years). The key is
/// SHA-256 of all of it; a changed key renders the files anew.
public final class RenderReuse: @unchecked Sendable {
    /// Keys of the build being replaced, by output folder (a report's, an
    /// agency's or a year's).
    public let previous: [String: String]
    private let shared: String
    /// Each report's previous year's digest: a report's page and data show
    /// the change since last year and the text repeated from it.
    private let previousDigests: [ReportID: String]
    /// Each report's key and whether the previous build left its folder
    /// under it, made once: every file of a report asks (60,000 files at
    /// 10,000 reports; a look-up and a write of the folder's key under the
    /// lock for each was a twentieth of a one-change rebuild); and its line
    /// in its groups' keys (each report is in an agency's, a year's and the
    /// portal's group: 30,000 lines at 10,000 reports).
    /// Their folders' keys are made into text only when saved
    /// (`currentKeys`): 10,000 folder paths and hex keys held through a
    /// build were ≈ 2.6 MB at its peak.
    private let reportKeys: [ReportID: ReportKey]
    private let lock = NSLock()
    /// Keys recorded as files asked: agencies', years', the portal's pages,
    /// and a report's when it was not known at the start.
    private var keys: [String: String] = [:]
    /// The key of each set of reports hashed so far, by the folder or group that asked.
    private var groupKeys: [String: String] = [:]
    private var keptFiles = 0
    /// False for `none`: nothing is kept and no key is recorded, so none is
    /// computed (a patch of `portal serve` renders year pages of thousands of reports).
    private let recording: Bool

    public init(previous: [String: String], buildInputs: String, portal: Portal) {
        self.previous = previous
        recording = true
        var hasher = SHA256()
        func add(_ text: String) { hasher.update(data: Data((text + "\u{0}").utf8)) }
        add("portal-render-3")
        add(buildInputs)
        for agency in portal.agencies {
            // Agencies made in code (tests) have no digest: their fields stand in.
            add(agency.slug + ":" + (agency.sourceDigest.isEmpty ? String(describing: agency) : agency.sourceDigest))
        }
        for report in portal.reports { add("\(report.agencySlug)/\(report.year)/\(report.formID)") }
        shared = hasher.finalize().lowercaseHex
        var digests: [ReportID: String] = [:]
        for report in portal.reports { digests[ReportID(report)] = report.sourceDigest }
        var lastYears: [ReportID: String] = [:]
        for report in portal.reports {
            if let digest = digests[ReportID(report.agencySlug, report.year - 1)] { lastYears[ReportID(report)] = digest }
        }
        previousDigests = lastYears
        var reportKeys: [ReportID: ReportKey] = [:]
        reportKeys.reserveCapacity(portal.reports.count)
        // Every report's files are made in a build: its folder's key is known at once.
        for report in portal.reports {
            let key = Self.key(of: report, shared: shared, previous: lastYears)
            // A clean build has no previous keys: no folder path or hex made to compare.
            let kept = !previous.isEmpty && !report.sourceDigest.isEmpty
                && previous[SitePaths.report(report.agencySlug, report.year)] == key.lowercaseHex
            reportKeys[ReportID(report)] = ReportKey(digest: report.sourceDigest, key: key, line: Self.line(of: report, previous: lastYears), kept: kept)
        }
        self.reportKeys = reportKeys
    }

    /// A build with nothing to reuse.
    public static func none(_ portal: Portal) -> RenderReuse {
        RenderReuse()
    }

    private init() {
        previous = [:]
        shared = ""
        previousDigests = [:]
        reportKeys = [:]
        recording = false
    }

    /// Every folder's key in this build, to be saved for the next: the
    /// reports' known from the start, then those recorded as files asked.
    public var currentKeys: [String: String] {
        let recorded = lock.withLock { keys }
        var all: [String: String] = [:]
        all.reserveCapacity(reportKeys.count + recorded.count)
        for (id, known) in reportKeys { all[SitePaths.report(id.agency, id.year)] = known.key.lowercaseHex }
        // Filled in place, not merged into a copy: this runs at the build's end, where its resident peak is.
        for (folder, key) in recorded { all[folder] = key }
        return all
    }
    /// Files taken from the previous build so far.
    public var reused: Int { lock.withLock { keptFiles } }

    /// A report's files depend on its own folder, its previous year's and the shared inputs.
    func key(of report: Report) -> String {
        if let known = reportKeys[ReportID(report)], known.digest == report.sourceDigest { return known.key.lowercaseHex }
        return Self.key(of: report, shared: shared, previous: previousDigests).lowercaseHex
    }

    /// SHA-256 of the shared inputs' key, the report's digest and its previous
    /// year's: 32 bytes held per report, where the three joined were 194.
    private static func key(of report: Report, shared: String, previous: [ReportID: String]) -> SHA256.Digest {
        SHA256.hash(data: Data((shared + ":" + report.sourceDigest + ":" + (previous[ReportID(report)] ?? "")).utf8))
    }

    /// An agency's or a year's files depend on all of its reports (and
    /// their previous years'); an agency's page on its children's too.
    func key(of reports: [Report]) -> String {
        var hasher = SHA256()
        for report in reports {
            let line = reportKeys[ReportID(report)].flatMap { $0.digest == report.sourceDigest ? $0.line : nil }
                ?? Self.line(of: report, previous: previousDigests)
            line.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        return shared + ":" + hasher.finalize().lowercaseHex
    }

    /// A report's line in the key of a group holding it, as its SHA-256 (32
    /// bytes held per report, not the line's ≈ 150). A report's data holds its
    /// change since last year: last year's report counts too.
    private static func line(of report: Report, previous: [ReportID: String]) -> SHA256.Digest {
        SHA256.hash(data: Data((report.agencySlug + "/\(report.year):" + report.sourceDigest + ":" + (previous[ReportID(report)] ?? "") + "\n").utf8))
    }

    /// The key of every folder a full build of `index` records: each
    /// report's, agency's and year's, and the whole-portal downloads'. A site
    /// patched in place (`portal serve`) saves these, so the next build
    /// keeps what the patch left.
    public func keys(for index: SiteIndex) -> [String: String] {
        var keys: [String: String] = [:]
        for report in index.portal.reports { keys[SitePaths.report(report.agencySlug, report.year)] = key(of: report) }
        for agency in index.portal.agencies {
            // As the pages step asks first: the agency's reports and its children's.
            let reports = (index.reportsByAgency[agency.slug] ?? []) + (index.children[agency.slug] ?? []).flatMap { index.reportsByAgency[$0.slug] ?? [] }
            keys[SitePaths.agency(agency.slug)] = key(of: reports)
        }
        for year in index.portal.years { keys[SitePaths.year(year)] = key(of: index.reportsByYear[year] ?? []) }
        keys[SitePaths.downloads] = key(of: index.portal.reports)
        let search = SearchIndex(index)
        for (path, ids) in search.textFiles { keys["search:" + path] = key(of: ids.map { search.documents[$0] }) }
        return keys
    }

    /// Whether files of `folder` may come from the previous build; records its key.
    private func unchanged(_ folder: String, key: String, known: Bool) -> Bool {
        lock.withLock {
            keys[folder] = key
            return known && previous[folder] == key
        }
    }

    /// Links a file of a report's folder from the previous build when allowed and possible.
    func reuse(_ path: String, of report: Report, sink: OutputSink) -> Bool {
        guard recording else { return false }
        // Its key was recorded and compared when the build started.
        if let known = reportKeys[ReportID(report)], known.digest == report.sourceDigest {
            let reused = known.kept && sink.reuse(path)
            if reused { lock.withLock { keptFiles += 1 } }
            return reused
        }
        return reuse(path, folder: SitePaths.report(report.agencySlug, report.year), key: key(of: report),
                     known: !report.sourceDigest.isEmpty, sink: sink)
    }

    /// Links an agency's or a year's file from the previous build when none
    /// of its reports changed. The key is hashed once per `group` (the
    /// folder unless given: a year's pages list the same reports),
    /// whichever of its files (page, JSON, CSV) asks first.
    func reuse(_ path: String, of reports: [Report], folder: String, group: String? = nil, sink: OutputSink) -> Bool {
        guard recording else { return false }
        let group = group ?? folder
        let key: String
        if let known = lock.withLock({ groupKeys[group] }) {
            key = known
        } else {
            key = self.key(of: reports)
            lock.withLock { groupKeys[group] = key }
        }
        return reuse(path, folder: folder, key: key, known: reports.allSatisfy { !$0.sourceDigest.isEmpty }, sink: sink)
    }

    /// Links a file of the portal's (a one-of-a-kind page: home, lists,
    /// downloads, search, compare, 404; a search file listing every
    /// report) from the previous build when the shared inputs and `shown`
    /// (whatever else it prints, e.g. the home page's totals) are unchanged.
    /// `name` stands for the file among the render keys.
    func reuse(_ path: String, named name: String, showing shown: String = "", sink: OutputSink) -> Bool {
        guard recording else { return false }
        let key = shared + ":" + SHA256.hash(data: Data(shown.utf8)).lowercaseHex
        return reuse(path, folder: name, key: key, known: true, sink: sink)
    }

    func reuse(_ path: String, page kind: PageKind, showing shown: String = "", sink: OutputSink) -> Bool {
        reuse(path, named: "page:" + kind.rawValue, showing: shown, sink: sink)
    }

    private func reuse(_ path: String, folder: String, key: String, known: Bool, sink: OutputSink) -> Bool {
        let reused = unchanged(folder, key: key, known: known) && sink.reuse(path)
        if reused { lock.withLock { keptFiles += 1 } }
        return reused
    }
}

/// What a build knows of a report from its start (`RenderReuse.reportKeys`).
private struct ReportKey {
    let digest: String
    /// Its folder's key (`RenderReuse.key(of:shared:previous:)`).
    let key: SHA256.Digest
    /// Its line in the key of a group holding it (`RenderReuse.line`).
    let line: SHA256.Digest
    /// The previous build's key of the folder is this one.
    let kept: Bool
}

/// A report by its folder, without building the folder's path.
private struct ReportID: Hashable {
    let agency: String
    let year: Int

    init(_ report: Report) {
        self.init(report.agencySlug, report.year)
    }

    init(_ agency: String, _ year: Int) {
        self.agency = agency
        self.year = year
    }
}
