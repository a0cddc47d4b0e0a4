import Foundation
import PortalModel

/// Turns the checked model into every page, download and asset of the site.
///
/// Steps are named (Publish's habit) so that the build can time them and
/// an error says which step failed.
public struct SiteRenderer: Sendable {
    public let index: SiteIndex
    public let theme: Theme
    /// What may be kept from the build being replaced.
    public let reuse: RenderReuse

    public init(portal: Portal, theme: Theme, reuse: RenderReuse? = nil) {
        index = SiteIndex(portal)
        self.theme = theme
        self.reuse = reuse ?? .none(portal)
    }

    public struct Step: Sendable {
        public let name: String
        public let run: @Sendable (SiteRenderer, OutputSink) throws -> Void
    }

    public static let steps: [Step] = [
        Step(name: "pages") { try $0.renderPages(into: $1) },
        Step(name: "downloads") { try Downloads(index: $0.index, reuse: $0.reuse).write(into: $1) },
        Step(name: "key figures and forms") { try $0.renderDatasetExtras(into: $1) },
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
        // The one-of-a-kind pages list every agency or report (the home
        // page's matrix, search without JavaScript): side by side.
        let singles: [@Sendable () throws -> Void] = [
            { try page("index.html", "home", pages.home(), sink) },
            { try page(SitePaths.agencies + "index.html", "agencies", pages.agencies(), sink) },
            { try page(SitePaths.years + "index.html", "years", pages.years(), sink) },
            { try page(SitePaths.downloads + "index.html", "downloads", pages.downloads(), sink) },
            { try page(SitePaths.search + "index.html", "search", pages.search(), sink) },
            { try page("404.html", "404", pages.notFound(), sink) },
        ]
        try forEachInParallel(Array(singles.indices)) { try singles[$0]() }
        try forEachInParallel(portal.agencies) { agency in
            let folder = SitePaths.agency(agency.slug)
            let reports = index.reportsByAgency[agency.slug] ?? []
            guard !reuse.reuse(folder + "index.html", of: reports, folder: folder, sink: sink) else { return }
            try page(folder + "index.html", "agency", pages.agency(agency), sink)
        }
        try forEachInParallel(portal.reports) { report in
            let folder = SitePaths.report(report.agencySlug, report.year)
            guard !reuse.reuse(folder + "index.html", of: report, folder: folder, sink: sink) else { return }
            try page(folder + "index.html", "report", pages.report(report), sink)
        }
        try forEachInParallel(portal.years) { year in
            let folder = SitePaths.year(year)
            guard !reuse.reuse(folder + "index.html", of: index.reportsByYear[year] ?? [], folder: folder, sink: sink) else { return }
            try page(folder + "index.html", "year", pages.year(year), sink)
        }
    }

    private func page(_ path: String, _ template: String, _ context: [String: Any], _ sink: OutputSink) throws {
        try sink.write(path, text: theme.render(template, context))
    }

    func renderDatasetExtras(into sink: OutputSink) throws {
        let portal = index.portal
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
        try Discovery.writeSearchIndex(index, to: sink.stream(SitePaths.search + "index.json"))
    }

    /// The folder of every HTML page (404 aside), for the sitemap.
    var pageFolders: [String] {
        let portal = index.portal
        return ["", SitePaths.agencies, SitePaths.years, SitePaths.downloads, SitePaths.search]
            + portal.agencies.map { SitePaths.agency($0.slug) }
            + portal.reports.map { SitePaths.report($0.agencySlug, $0.year) }
            + portal.years.map(SitePaths.year)
    }

    /// The theme's assets, and the published originals of imported reports (their 原文 download).
    func copyAssets(into sink: OutputSink) throws {
        for asset in theme.assets {
            try sink.copy(theme.assetsFolder.appendingPathComponent(asset), to: "assets/" + asset)
        }
        for report in index.portal.reports {
            guard let source = report.source, let location = source.location else { continue }
            try sink.copy(location, to: SitePaths.report(report.agencySlug, report.year) + source.file)
        }
    }
}
