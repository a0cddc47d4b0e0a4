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

    public init(_ portal: Portal) {
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
    }

    /// A form table filled with one report's cells.
    func tableHTML(_ table: FormTable, of form: FormDefinition, cells: [String: CellRow]) -> String {
        (tableLayouts[form.id + "/" + table.id] ?? OfficialTable.Layout(table)).html(cells: cells)
    }

    public func agency(of report: Report) -> Agency {
        // The loader only admits reports inside an agency folder.
        agenciesBySlug[report.agencySlug]!
    }

    public func title(of report: Report) -> String {
        "\(agency(of: report).name)\(report.year)年政府信息公开工作年度报告"
    }
}
