import Foundation
import PortalModel

/// Builds the values templates see, one typed value per kind of page
/// (`Pages.swift`, `ReportPages.swift`), each read together with the
/// `PageCommon` every page has.
struct PageContext {
    let index: SiteIndex

    var portal: Portal { index.portal }

    /// A page: what every page has, under the page's own values.
    typealias Page<Values> = Layered<PageCommon, Values>

    func page<Values>(folder: String, title: String, trail: [(String, String)] = [], paging: Pagination? = nil,
                      _ values: Values) -> Page<Values> {
        var common = common(folder: folder, title: title, trail: trail)
        common.previousURL = paging?.previousURL
        common.nextURL = paging?.nextURL
        return Layered(common, values)
    }

    func common(folder: String, title: String, trail: [(String, String)] = []) -> PageCommon {
        let root = SitePaths.root(from: folder)
        let site = portal.site
        let crumbs = [PageCommon.Crumb(title: "首页", url: root)]
            + trail.map { PageCommon.Crumb(title: $0.0, url: root + $0.1) }
            + [PageCommon.Crumb(title: title, current: true)]
        return PageCommon(
            site: .init(title: site.title, language: site.language, description: site.description, publisher: site.publisher),
            root: root, pageTitle: title, breadcrumbs: folder.isEmpty ? [] : crumbs, isHome: folder.isEmpty,
            canonical: site.baseURL.map { $0 + folder })
    }

    /// `year`: a link standing for the agency's report of that year, named as the report was published (a renamed
    /// agency's former name, `Agency.name(in:)`).
    func agencyLink(_ agency: Agency, from root: String, year: Int? = nil) -> AgencyLink {
        AgencyLink(name: year.map(agency.name(in:)) ?? agency.name, shortName: agency.shortName, url: root + SitePaths.agency(agency.slug),
                   kind: agency.kind.label, slug: agency.slug)
    }

    func parentLink(of agency: Agency, from root: String) -> AgencyLink? {
        agency.parent.flatMap { index.agenciesBySlug[$0.value] }.map { agencyLink($0, from: root) }
    }

    func reportLink(_ report: Report, from root: String) -> YearLink {
        YearLink(year: report.year, url: root + SitePaths.report(report.agencySlug, report.year))
    }

    func figures(_ report: Report) -> [FigureValue] {
        portal.form(of: report).keyFigures.map { figure in
            FigureValue(id: figure.id, label: figure.label, value: index.figure(figure.id, of: report)?.plainText ?? "—")
        }
    }

    /// Key figures of one report, aligned to `columns` (which may come from
    /// several forms).
    func figures(_ report: Report, columns: [KeyFigure]) -> [FigureValue] {
        columns.map { figure in FigureValue(value: index.figure(figure.id, of: report)?.plainText ?? "—") }
    }

    func download(_ label: String, _ path: String, root: String, format: String) -> Download {
        Download(label: label, url: root + path, format: format)
    }

    /// The whole dataset, linked from the overview pages.
    func datasetDownloads(root: String) -> [Download] {
        [
            download("全部机构、全部年度报告一览（JSON）", SitePaths.portalJSON, root: root, format: "JSON"),
        ] + wideCSVDownloads(portal.reports, root: root) { SitePaths.portalCSV(form: $0) } + [
            download("各报告主要指标，每份报告一行（CSV）", SitePaths.keyFiguresCSV, root: root, format: "CSV"),
            download("数据包说明（Frictionless Data Package）", SitePaths.dataPackage, root: root, format: "JSON"),
        ]
    }

    /// The wide CSVs of a set of reports: one per form among them, newest form first.
    func wideCSVDownloads(_ reports: [Report], root: String, path: (String) -> String) -> [Download] {
        Set(reports.map(\.formID)).sorted(by: >).compactMap { portal.forms[$0] }.map { form in
            download("表格数据，每份报告一行（\(form.issuedBy)格式）", path(form.id), root: root, format: "CSV")
        }
    }
}
