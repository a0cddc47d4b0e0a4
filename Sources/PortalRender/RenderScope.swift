import PortalModel

/// Which reports, agencies and years a render covers. A full build covers
/// everything; `portal serve` patches a site by rendering only what one
/// change can reach (see `LiveSite`). Site-wide files (home, lists, feeds,
/// search index, whole-portal downloads, assets) are always rendered.
///
/// The renderer's steps honour it at their entity loops: a report's page
/// and downloads only when `includes(report)`, an agency's when
/// `includes(agency:)`, a year's when `includes(year:)`. A file left out is
/// not written: the one already in the output stands.
public struct RenderScope: Sendable, Equatable {
    /// Report keys (`slug/year`, see `key(_:_:)`); nil: every report.
    public var reports: Set<String>? {
        didSet { reportAgencies = Self.agencies(of: reports) }
    }
    /// The agencies of `reports`: most files of a site are not theirs,
    /// which `covers` tells without making a report key.
    private var reportAgencies: Set<String>?
    /// Agency slugs; nil: every agency.
    public var agencies: Set<String>?
    /// Nil: every year.
    public var years: Set<Int>?
    /// Whether what the portal's lists show may have changed: which
    /// agencies there are, their details, which reports each has in which
    /// form. When not (an edit inside existing reports), the agencies list's
    /// pages stay as they are, and so do a year's later pages that show no
    /// report in `reports` (their rows are those reports' figures).
    public var listsChanged: Bool

    public init(reports: Set<String>? = nil, agencies: Set<String>? = nil, years: Set<Int>? = nil, listsChanged: Bool = true) {
        self.reports = reports
        reportAgencies = Self.agencies(of: reports)
        self.agencies = agencies
        self.years = years
        self.listsChanged = listsChanged
    }

    public static let everything = RenderScope()

    public var isEverything: Bool { reports == nil && agencies == nil && years == nil && listsChanged }

    public static func key(_ slug: String, _ year: Int) -> String { "\(slug)/\(year)" }

    private static func agencies(of reports: Set<String>?) -> Set<String>? {
        reports.map { Set($0.map { String($0.prefix { $0 != "/" }) }) }
    }

    public func includes(_ report: Report) -> Bool { includes(report: report.agencySlug, report.year) }
    public func includes(report slug: String, _ year: Int) -> Bool { reports?.contains(Self.key(slug, year)) ?? true }
    public func includes(agency slug: String) -> Bool { agencies?.contains(slug) ?? true }
    public func includes(year: Int) -> Bool { years?.contains(year) ?? true }

    /// Whether the output file at `path` is made by a render of this scope:
    /// `agencies/<slug>/<year>/…` are its report's, `agencies/<slug>/<file>`
    /// its agency's, `years/<year>/…` its year's, anything else (the
    /// agencies list's pages `agencies/page/<n>/` among them) is
    /// site-wide. A patch deletes a covered file that it did not write.
    public func covers(_ path: String) -> Bool {
        // A patch asks this of every file of the site (190,000 at 50,000
        // reports): read in place, without splitting the path.
        guard reports != nil || agencies != nil || years != nil else { return true }
        let bytes = path.utf8
        let slash = UInt8(ascii: "/")
        if path.hasPrefix("agencies/") {
            let slugStart = bytes.index(bytes.startIndex, offsetBy: 9)
            guard let slugEnd = bytes[slugStart...].firstIndex(of: slash) else { return true }
            let slug = String(path[slugStart..<slugEnd])
            let rest = bytes[bytes.index(after: slugEnd)...]
            // agencies/<slug>/<file>: the agency's own.
            guard let segmentEnd = rest.firstIndex(of: slash) else { return includes(agency: slug) }
            // agencies/<slug>/<year>/…: the report's; anything else (the list's pages) is site-wide.
            guard rest.distance(from: rest.startIndex, to: segmentEnd) == 4, let year = Int(path[rest.startIndex..<segmentEnd]) else { return true }
            return reportAgencies?.contains(slug) != false && includes(report: slug, year)
        }
        // A year's files and its table's later pages (years/<year>/page/<n>/).
        if path.hasPrefix("years/") {
            let yearStart = bytes.index(bytes.startIndex, offsetBy: 6)
            guard let yearEnd = bytes[yearStart...].firstIndex(of: slash), let year = Int(path[yearStart..<yearEnd]) else { return true }
            return includes(year: year)
        }
        return true
    }
}
