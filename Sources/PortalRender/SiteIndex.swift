import Foundation
import PortalModel

/// Lookups and derived facts computed once per build and shared by every
/// page and download (Zola's habit: shared work is never done per page).
public struct SiteIndex: Sendable {
    public let portal: Portal
    public let agenciesBySlug: [String: Agency]
    public let reportsByAgency: [String: [Report]]
    public let reportsByYear: [Int: [Report]]
    /// Agencies whose parent is the key, sorted by slug.
    public let children: [String: [Agency]]
    /// Agencies in the order of their parent tree.
    public let tree: AgencyTree
    /// Each form table's HTML layout, by form id and table id.
    let tableLayouts: [String: OfficialTable.Layout]
    /// Each report's timeliness, change since last year, repeated text and quality line.
    public let facts: ReaderFacts
    /// What the last build derived from each report, for the downloads.
    let derived: DerivedParts?
    /// Each year's key figures summed, once.
    let yearTotals: YearTotals
    /// Where the narratives are read again once the build let go of their
    /// text (after this index's reader facts read it); nil while held.
    public var narrativeSource: (any NarrativeSource)?

    /// `diagnostics` are the checks' findings, for the reports' quality lines.
    /// `reusing`: an index of the same site before the agencies of
    /// `changed` were edited, whose other reports' facts still hold.
    public init(_ portal: Portal, diagnostics: [Diagnostic] = [], reusing earlier: (index: SiteIndex, changed: Set<String>)? = nil) {
        self.init(portal, diagnostics: diagnostics, reusing: earlier, derived: nil)
    }

    /// `derived`: what the last build derived from each report (`DerivedParts`).
    /// `copied`: the reports' repeated text, measured as they loaded (`CopiedSections`).
    package init(_ portal: Portal, diagnostics: [Diagnostic], reusing earlier: (index: SiteIndex, changed: Set<String>)?,
                 derived: DerivedParts?, copied: CopiedSections? = nil) {
        self.portal = portal
        agenciesBySlug = Dictionary(portal.agencies.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        reportsByAgency = Dictionary(grouping: portal.reports, by: \.agencySlug)
        reportsByYear = Dictionary(grouping: portal.reports, by: \.year)
        var children: [String: [Agency]] = [:]
        for agency in portal.agencies {
            if let parent = agency.parent?.value { children[parent, default: []].append(agency) }
        }
        self.children = children
        tree = AgencyTree(agencies: portal.agencies, bySlug: agenciesBySlug, children: children)
        var layouts: [String: OfficialTable.Layout] = [:]
        for form in portal.forms.values {
            for table in form.tables { layouts[form.id + "/" + table.id] = OfficialTable.Layout(table) }
        }
        tableLayouts = layouts
        let facts = ReaderFacts(portal, reportsByAgency: reportsByAgency, diagnostics: diagnostics,
                                reusing: earlier.map { ($0.index.facts, $0.changed) }, derived: derived, copied: copied)
        self.derived = derived
        self.facts = facts
        if let earlier {
            yearTotals = YearTotals(carrying: earlier.index, changed: earlier.changed, portal: portal,
                                    reportsByAgency: reportsByAgency, reportsByYear: reportsByYear, facts: facts)
        } else {
            yearTotals = YearTotals()
        }
    }

    /// A form table filled with one report's cells.
    func tableHTML(_ table: FormTable, of form: FormDefinition, cells: TableCells) -> String {
        (tableLayouts[form.id + "/" + table.id] ?? OfficialTable.Layout(table)).html(cells: cells)
    }

    /// Agencies without a parent that have children: the regions whose
    /// reports year pages add up.
    public var regions: [Agency] {
        portal.agencies.filter { $0.parent == nil && !(children[$0.slug] ?? []).isEmpty }
    }

    /// An agency and everyone below it, by slug, in a stable order.
    public func subtree(of slug: String) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        var queue = [slug]
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            found.append(next)
            queue += (children[next] ?? []).map(\.slug).reversed()
        }
        return found
    }

    /// Agencies that owe a report for `year` (within `since`…`until`) and have none: 未收录.
    public func missingReports(_ year: Int) -> [Agency] {
        let published = Set((reportsByYear[year] ?? []).map(\.agencySlug))
        return portal.agencies.filter { $0.owesReport(for: year) && !published.contains($0.slug) }
    }

    /// A report's value of a figure, by id, as its own form defines it
    /// (summed once, in `facts`); nil when a cell it adds up is blank.
    public func figure(_ id: String, of report: Report) -> Decimal? {
        facts.figure(id, of: report)
    }

    /// This index reading `report`'s narratives from their files at most
    /// once, however many of its files are made from them.
    func readingOnce(_ report: Report) -> SiteIndex {
        guard let source = narrativeSource, !report.holdsNarratives else { return self }
        var index = self
        index.narrativeSource = ReadOnce(source)
        return index
    }

    /// A report's narratives by id: held, or read again from their files.
    public func narratives(of report: Report) -> [String: Located<String>] {
        report.narratives(from: narrativeSource)
    }

    public func agency(of report: Report) -> Agency {
        // The loader only admits reports inside an agency folder.
        agenciesBySlug[report.agencySlug]!
    }

    /// As published: a renamed agency's earlier reports under the name it had that year (`formerNames:` with `until:`).
    public func title(of report: Report) -> String {
        "\(agency(of: report).name(in: report.year))\(report.year)年政府信息公开工作年度报告"
    }
}

/// One report's narratives, read from `source` on the first call and kept
/// for the next (`SiteIndex.readingOnce(_:)`): held by one report's files only.
private final class ReadOnce: NarrativeSource, @unchecked Sendable {
    private let source: any NarrativeSource
    private let lock = NSLock()
    private var read: (files: NarrativeFiles, narratives: [String: Located<String>])?

    init(_ source: any NarrativeSource) {
        self.source = source
    }

    var failure: Failure? { source.failure }

    func narratives(of files: NarrativeFiles) -> [String: Located<String>] {
        lock.withLock {
            if let read, read.files == files { return read.narratives }
            let narratives = source.narratives(of: files)
            read = (files, narratives)
            return narratives
        }
    }
}
