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
        var layouts: [String: OfficialTable.Layout] = [:]
        for form in portal.forms.values {
            for table in form.tables { layouts[form.id + "/" + table.id] = OfficialTable.Layout(table) }
        }
        tableLayouts = layouts
    }

    /// A form table filled with one report's cells.
    func tableHTML(_ table: FormTable, of form: FormDefinition, cells: [String: [Located<CellValue>]]) -> String {
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

/// Where things live in the output. Folder URLs end in `/` and are served
/// from `index.html`; links between pages are relative, so the site works
/// under any base path and from a plain folder.
public enum SitePaths {
    public static func agency(_ slug: String) -> String { "agencies/\(slug)/" }
    public static func report(_ slug: String, _ year: Int) -> String { "agencies/\(slug)/\(year)/" }
    public static func year(_ year: Int) -> String { "years/\(year)/" }
    public static let agencies = "agencies/"
    public static let years = "years/"
    public static let downloads = "data/"
    public static let search = "search/"

    /// The prefix that leads from a page in `folder` back to the site root.
    public static func root(from folder: String) -> String {
        let depth = folder.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}
