import Foundation
import PortalModel

/// Turns the checked model into every page, download and asset of the site.
///
/// Steps are named (Publish's habit) so that the build can time them and
/// an error says which step failed.
public struct SiteRenderer: Sendable {
    public let index: SiteIndex
    public let theme: Theme

    /// Each report's JSON, serialized once and embedded in the report,
    /// agency, year and whole-portal downloads.
    private let reportJSON: [ReportKey: String]

    public init(portal: Portal, theme: Theme) {
        let index = SiteIndex(portal)
        self.index = index
        self.theme = theme
        var json: [ReportKey: String] = [:]
        for report in portal.reports {
            json[ReportKey(report)] = DataDocuments.report(report, index: index).fragment()
        }
        reportJSON = json
    }

    private struct ReportKey: Hashable, Sendable {
        let agency: String
        let year: Int
        init(_ report: Report) { agency = report.agencySlug; year = report.year }
    }

    private func json(_ report: Report) -> JSONValue {
        .raw(reportJSON[ReportKey(report)] ?? "null")
    }

    public struct Step: Sendable {
        public let name: String
        public let run: @Sendable (SiteRenderer, OutputSink) throws -> Void
    }

    public static let steps: [Step] = [
        Step(name: "pages") { try $0.renderPages(into: $1) },
        Step(name: "report downloads") { try $0.renderReportData(into: $1) },
        Step(name: "agency and year downloads") { try $0.renderGroupData(into: $1) },
        Step(name: "dataset downloads") { try $0.renderDataset(into: $1) },
        Step(name: "feeds, sitemap and search index") { try $0.renderDiscovery(into: $1) },
        Step(name: "assets") { try $0.copyAssets(into: $1) },
    ]

    /// Runs every step in order.
    public func render(into sink: OutputSink) throws {
        for step in Self.steps { try step.run(self, sink) }
    }

    private var pages: PageContext { PageContext(index: index) }

    func renderPages(into sink: OutputSink) throws {
        let portal = index.portal
        try page("index.html", "home", pages.home(), sink)
        try page(SitePaths.agencies + "index.html", "agencies", pages.agencies(), sink)
        try forEachInParallel(portal.agencies) { agency in
            try page(SitePaths.agency(agency.slug) + "index.html", "agency", pages.agency(agency), sink)
        }
        try forEachInParallel(portal.reports) { report in
            try page(SitePaths.report(report.agencySlug, report.year) + "index.html", "report", pages.report(report), sink)
        }
        try page(SitePaths.years + "index.html", "years", pages.years(), sink)
        try forEachInParallel(portal.years) { year in
            try page(SitePaths.year(year) + "index.html", "year", pages.year(year), sink)
        }
        try page(SitePaths.downloads + "index.html", "downloads", pages.downloads(), sink)
        try page(SitePaths.search + "index.html", "search", pages.search(), sink)
        try page("404.html", "404", pages.notFound(), sink)
    }

    private func page(_ path: String, _ template: String, _ context: [String: Any], _ sink: OutputSink) throws {
        try sink.write(path, text: theme.render(template, context))
    }

    func renderReportData(into sink: OutputSink) throws {
        try forEachInParallel(index.portal.reports) { report in
            let folder = SitePaths.report(report.agencySlug, report.year)
            try sink.write(folder + "report.json", text: json(report).serialized())
            var csv = CSVTable(header: DataDocuments.cellCSVHeader)
            DataDocuments.appendCells(of: report, index: index, to: &csv)
            try sink.write(folder + "report.csv", text: csv.serialized())
        }
    }

    func renderGroupData(into sink: OutputSink) throws {
        let portal = index.portal
        try forEachInParallel(portal.agencies) { agency in
            let reports = index.reportsByAgency[agency.slug] ?? []
            let document = JSONValue.object([
                ("format", .string("transparency-portal/agency@1")),
                ("agency", DataDocuments.agencySummary(agency)),
                ("reports", .array(reports.map(json))),
            ])
            try sink.write(SitePaths.agency(agency.slug) + "agency.json", text: document.serialized())
            try sink.write(SitePaths.agency(agency.slug) + "agency.csv", text: cellCSV(reports).serialized())
        }
        try forEachInParallel(portal.years) { year in
            let reports = index.reportsByYear[year] ?? []
            let totals = KeyFigureTotal.totals(reports, portal: portal).map { total -> JSONValue in
                .object([("id", .string(total.figure.id)), ("label", .string(total.figure.label)),
                         ("value", .number(total.total.plainText)), ("reportsCounted", .int(total.counted)),
                         ("reportsMissingFigure", .int(total.missing))])
            }
            let document = JSONValue.object([
                ("format", .string("transparency-portal/year@1")),
                ("year", .int(year)),
                ("totals", .array(totals)),
                ("reports", .array(reports.map(json))),
            ])
            try sink.write(SitePaths.year(year) + "year.json", text: document.serialized())
            try sink.write(SitePaths.year(year) + "year.csv", text: cellCSV(reports).serialized())
        }
    }

    func renderDataset(into sink: OutputSink) throws {
        let portal = index.portal
        let site = portal.site
        let document = JSONValue.object([
            ("format", .string("transparency-portal/portal@1")),
            ("site", .object([("title", .string(site.title)), ("baseURL", .optional(site.baseURL)),
                              ("language", .string(site.language))])),
            ("forms", .array(portal.forms.keys.sorted().compactMap { portal.forms[$0] }.map(DataDocuments.formSummary))),
            ("agencies", .array(portal.agencies.map(DataDocuments.agencySummary))),
            ("reports", .array(portal.reports.map(json))),
        ])
        try sink.write("data/portal.json", text: document.serialized())
        try sink.write("data/portal.csv", text: cellCSV(portal.reports).serialized())
        try sink.write("data/key-figures.csv", text: DataDocuments.keyFigureCSV(portal.reports, index: index).serialized())
        for form in portal.forms.values {
            try sink.write("data/forms/\(form.id).json", text: DataDocuments.form(form).serialized())
        }
    }

    func renderDiscovery(into sink: OutputSink) throws {
        try sink.write("feed.xml", text: Discovery.atom(index))
        if let sitemap = Discovery.sitemap(index, pages: pageFolders) { try sink.write("sitemap.xml", text: sitemap) }
        try sink.write("robots.txt", text: Discovery.robots(index))
        try sink.write("data/datapackage.json", text: Discovery.dataPackage(index).serialized())
        try sink.write(SitePaths.search + "index.json", text: Discovery.searchIndex(index).serialized())
    }

    /// The folder of every HTML page (404 aside), for the sitemap.
    var pageFolders: [String] {
        let portal = index.portal
        return ["", SitePaths.agencies, SitePaths.years, SitePaths.downloads, SitePaths.search]
            + portal.agencies.map { SitePaths.agency($0.slug) }
            + portal.reports.map { SitePaths.report($0.agencySlug, $0.year) }
            + portal.years.map(SitePaths.year)
    }

    func copyAssets(into sink: OutputSink) throws {
        for asset in theme.assets {
            try sink.copy(theme.assetsFolder.appendingPathComponent(asset), to: "assets/" + asset)
        }
    }

    private func cellCSV(_ reports: [Report]) -> CSVTable {
        var csv = CSVTable(header: DataDocuments.cellCSVHeader)
        for report in reports { DataDocuments.appendCells(of: report, index: index, to: &csv) }
        return csv
    }
}
