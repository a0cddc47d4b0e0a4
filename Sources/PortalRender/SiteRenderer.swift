import Foundation
import PortalModel
import PortalSupport

/// Turns the checked model into every page, download and asset of the site.
///
/// Steps are named (Publish's habit) so that the build can time them and
/// an error says which step failed.
public struct SiteRenderer: Sendable {
    public let index: SiteIndex
    public let theme: Theme
    /// What may be kept from the build being replaced.
    public let reuse: RenderReuse
    /// Told how many pages and how many reports' downloads are done.
    public let progress: ProgressHandler?
    /// What to render: everything, or what one change reaches (`portal serve`).
    public let scope: RenderScope
    /// What `portal serve` keeps between patches (joined-file fragments, the search index).
    public var kept: KeptBetweenPatches?
    /// The search index the downloads step feeds in a clean build (`SearchFeed`).
    let fedSearch = FedSearch()

    /// `diagnostics`: what the checks found (acknowledged problems and
    /// warnings), which the reports' quality lines count.
    public init(portal: Portal, theme: Theme, diagnostics: [Diagnostic] = [], reuse: RenderReuse? = nil, progress: ProgressHandler? = nil,
                scope: RenderScope = .everything) {
        self.init(index: SiteIndex(portal, diagnostics: diagnostics), theme: theme, reuse: reuse, progress: progress, scope: scope)
    }

    public init(index: SiteIndex, theme: Theme, reuse: RenderReuse? = nil, progress: ProgressHandler? = nil, scope: RenderScope = .everything) {
        self.index = index
        self.theme = theme
        self.reuse = reuse ?? .none(index.portal)
        self.progress = progress
        self.scope = scope
    }

    /// A counter of one step's work, when someone listens.
    func counter(_ step: String, total: Int) -> ProgressCounter? {
        progress.map { handler in ProgressCounter(total: total) { handler(ProgressEvent(step: step, done: $0, total: $1)) } }
    }

    public struct Step: Sendable {
        public let name: String
        public let run: @Sendable (SiteRenderer, OutputSink) throws -> Void
    }

    public static let steps: [Step] = [
        Step(name: "pages") { try $0.renderPages(into: $1) },
        Step(name: "downloads") { renderer, sink in
            let counter = renderer.counter("downloads", total: renderer.index.portal.reports.count)
            var downloads = Downloads(index: renderer.index, reuse: renderer.reuse, scope: renderer.scope, progress: counter,
                                      kept: renderer.kept?.fragments)
            if renderer.reportPagesWithDownloads {
                downloads.reportPage = { try renderer.reportPage($0, index: $1, into: $2) }
                // The search index from the same reading of each report's narratives.
                if renderer.index.derived == nil {
                    let feed = SearchFeed(SearchIndex(renderer.index, reuse: renderer.reuse))
                    renderer.fedSearch.start(feed)
                    downloads.searchFeed = feed
                }
            }
            try downloads.write(into: sink)
            counter?.finish()
            // Every file made of the cells is written (the later steps read the reader facts):
            // a clean build, which keeps nothing for the next, lets go of them (≈ 2 KB a report).
            if renderer.reportPagesWithDownloads, renderer.index.derived == nil {
                for report in renderer.index.portal.reports { report.letGoOfCells() }
            }
        },
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
        // Each is kept from the previous build when what it shows is: the
        // shared inputs (agencies, the list of reports, forms, site, theme),
        // and for the home and years pages the totals they print.
        let singles: [@Sendable () throws -> Void] = [
            {
                let shown = portal.years.first.map { totalsShown([$0]) } ?? ""
                guard !reuse.reuse(SitePaths.page(in: ""), page: .home, showing: shown, sink: sink) else { return }
                try page(SitePaths.page(in: ""), .home, pages.home(), sink)
            },
            {
                let path = SitePaths.page(in: SitePaths.agencies)
                guard !keepsList(path, sink), !reuse.reuse(path, page: .agencies, sink: sink) else { return }
                try page(path, .agencies, pages.agencies(), sink)
            },
            {
                guard !reuse.reuse(SitePaths.page(in: SitePaths.years), page: .years, showing: totalsShown(portal.years), sink: sink) else { return }
                try page(SitePaths.page(in: SitePaths.years), .years, pages.years(), sink)
            },
            { try single(SitePaths.page(in: SitePaths.downloads), .downloads, sink) { pages.downloads() } },
            { try single(SitePaths.page(in: SitePaths.search), .search, sink) { pages.search() } },
            { try single(SitePaths.page(in: SitePaths.compare), .compare, sink) { pages.compare() } },
            { try single(SitePaths.notFoundPage, .notFound, sink) { pages.notFound() } },
        ]
        let counter = counter("pages", total: singles.count + portal.agencies.count + portal.reports.count + yearPages.count
                                  + laterAgencyPages.count)
        defer { counter?.finish() }
        try forEachInParallel(Array(singles.indices)) { try singles[$0](); counter?.advance() }
        try forEachInParallel(portal.agencies.filter { scope.includes(agency: $0.slug) }) { agency in
            defer { counter?.advance() }
            let folder = SitePaths.agency(agency.slug)
            // The page rolls up the children's reports too.
            let reports = (index.reportsByAgency[agency.slug] ?? [])
                + (index.children[agency.slug] ?? []).flatMap { index.reportsByAgency[$0.slug] ?? [] }
            guard !reuse.reuse(SitePaths.page(in: folder), of: reports, folder: folder, sink: sink) else { return }
            try page(SitePaths.page(in: folder), .agency, pages.agency(agency), sink)
        }
        if reportPagesWithDownloads {
            counter?.advance(by: portal.reports.count)
        } else {
            try forEachInParallel(scope.reports == nil ? portal.reports : portal.reports.filter(scope.includes)) { report in
                defer { counter?.advance() }
                try reportPage(report, index: index, into: sink)
            }
        }
        try forEachInParallel(yearPages.filter { scope.includes(year: $0.year) }) { yearPage in
            let (year, number) = (yearPage.year, yearPage.number)
            defer { counter?.advance() }
            let folder = SitePaths.listPage(SitePaths.year(year), number)
            let reports = index.reportsByYear[year] ?? []
            // A later page holds only rows: those of its own reports (and the
            // list's shape: forms, columns, page count, all shared inputs).
            let rows = Array(reports[Pagination.rows(of: number, total: reports.count)])
            if number > 1, !rows.contains(where: scope.includes), keepsList(SitePaths.page(in: folder), sink) { return }
            guard !(number > 1 ? reuse.reuse(SitePaths.page(in: folder), of: rows, folder: folder, sink: sink)
                    : reuse.reuse(SitePaths.page(in: folder), of: reports, folder: folder, group: SitePaths.year(year), sink: sink)) else { return }
            try page(SitePaths.page(in: folder), .year, pages.year(year, page: number), sink)
        }
        // The agencies list's later pages (the first is with the singles).
        try forEachInParallel(laterAgencyPages) { number in
            defer { counter?.advance() }
            let path = SitePaths.page(in: SitePaths.listPage(SitePaths.agencies, number))
            guard !keepsList(path, sink) else { return }
            try page(path, .agencies, pages.agencies(page: number), sink)
        }
    }

    /// A page made of the shared inputs only, kept when they are unchanged.
    private func single(_ path: String, _ kind: PageKind, _ sink: OutputSink, _ context: () -> any TemplateObject) throws {
        guard !reuse.reuse(path, page: kind, sink: sink) else { return }
        try page(path, kind, context(), sink)
    }

    /// The key figures' totals of `years`, as the home and years pages print them.
    private func totalsShown(_ years: [Int]) -> String {
        years.map { year in
            "\(year):" + index.totals(ofYear: year).map { "\($0.shown.id)=\($0.shown.value)/\($0.shown.missing)" }.joined(separator: ",")
        }.joined(separator: "\n")
    }

    /// Whether the list page at `path` stays as the output has it: the
    /// edit changed no list (`RenderScope.listsChanged`) and the sink keeps it.
    private func keepsList(_ path: String, _ sink: OutputSink) -> Bool {
        !scope.listsChanged && sink.reuse(path)
    }

    /// Every page of every year: (year, page number).
    var yearPages: [YearPage] {
        index.portal.years.flatMap { year in (1...pages.yearPageCount(year)).map { YearPage(year: year, number: $0) } }
    }

    /// The agencies list's page numbers after the first.
    var laterAgencyPages: [Int] { Array(2..<max(2, pages.agencyPageCount + 1)) }

    struct YearPage: Sendable {
        let year: Int
        let number: Int
    }

    /// One report's page: `portal serve` writes it first, before the rest of a patch.
    /// A clean build, which let go of the narratives' text, makes each report's
    /// page in the downloads step, beside its report.json: both from one
    /// reading of its narratives' files (`SiteIndex.readingOnce(_:)`).
    var reportPagesWithDownloads: Bool { index.narrativeSource != nil && scope.isEverything && kept == nil }

    /// A report's page, unless the previous build's is kept; `index`: this
    /// renderer's, or the same reading the report's narratives once.
    func reportPage(_ report: Report, index: SiteIndex, into sink: OutputSink) throws {
        let folder = SitePaths.report(report.agencySlug, report.year)
        guard !reuse.reuse(SitePaths.page(in: folder), of: report, sink: sink) else { return }
        try page(SitePaths.page(in: folder), .report, PageContext(index: index).report(report), sink)
    }

    public func reportPage(_ report: Report, into sink: OutputSink) throws {
        try page(SitePaths.page(in: SitePaths.report(report.agencySlug, report.year)), .report, pages.report(report), sink)
    }

    private func page(_ path: String, _ kind: PageKind, _ context: any TemplateObject, _ sink: OutputSink) throws {
        try sink.write(path, text: theme.render(kind.template, context))
    }

    func renderDatasetExtras(into sink: OutputSink) throws {
        let portal = index.portal
        for form in portal.forms.values {
            try sink.write(SitePaths.form(form.id), text: DataDocuments.form(form).serialized())
            try sink.write(SitePaths.schema("wide-\(form.id)"), text: DataPackage.wideSchema(form).serialized())
        }
        try sink.write(SitePaths.schema("cells"), text: DataPackage.cellsSchema().serialized())
        // A year's quality lines read its reports, their previous years' and the agencies: the year's
        // scope, and the year's render key (kept with the year's other files when none changed).
        for year in portal.years where scope.includes(year: year) {
            let path = SitePaths.yearQualityCSV(year)
            guard !reuse.reuse(path, of: index.reportsByYear[year] ?? [], folder: SitePaths.year(year), sink: sink) else { continue }
            try sink.write(path, text: DataDocuments.qualityCSV(year, index: index).serialized())
        }
    }

    func renderDiscovery(into sink: OutputSink) throws {
        try sink.write(SitePaths.feed, text: Discovery.atom(index))
        // The sitemap lists pages: while the lists stand, a patch has the same pages.
        if !keepsList(SitePaths.sitemap, sink), let sitemap = Discovery.sitemap(index, pages: pageFolders) {
            try sink.write(SitePaths.sitemap, text: sitemap)
        }
        try sink.write(SitePaths.robots, text: Discovery.robots(index))
        try sink.write(SitePaths.dataPackage, text: DataPackage.document(index).serialized())
        if let fed = fedSearch.take() {
            try fed.search.write(into: sink, kept: kept?.search, scope: scope, fed: fed)
        } else {
            try SearchIndex(index, reuse: reuse).write(into: sink, kept: kept?.search, scope: scope)
        }
    }

    /// The folder of every HTML page (404 aside), for the sitemap.
    var pageFolders: [String] {
        let portal = index.portal
        return PageKind.allCases.compactMap(SitePaths.folder(of:))
            + portal.agencies.map { SitePaths.agency($0.slug) }
            + portal.reports.map { SitePaths.report($0.agencySlug, $0.year) }
            + yearPages.map { SitePaths.listPage(SitePaths.year($0.year), $0.number) }
            + laterAgencyPages.map { SitePaths.listPage(SitePaths.agencies, $0) }
    }

    /// The theme's assets, and the published originals of imported reports (their 原文 download).
    func copyAssets(into sink: OutputSink) throws {
        for asset in theme.assets {
            try sink.copy(theme.assetsFolder.appendingPathComponent(asset), to: "assets/" + asset)
        }
        for report in index.portal.reports where scope.includes(report) {
            guard let source = report.source, let location = source.location else { continue }
            try sink.copy(location, to: SitePaths.report(report.agencySlug, report.year) + source.file)
        }
    }
}
