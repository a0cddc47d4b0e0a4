import Foundation
import PortalModel

/// The overview pages: home, lists, downloads, search, 404.
extension PageContext {
    struct Home {
        struct Latest {
            var year: Int
            var url: String
            var reportCount: Int
            var figures: [KeyFigureTotal.Shown]
        }

        struct CoverageYear {
            var year: Int
        }

        /// How many reports a group of agencies published each year.
        struct CoverageRow {
            struct Cell {
                var year: Int
                var published: Int
                /// Every agency of the group that owed a report that year published it.
                var complete: Bool?
                /// Reports owed that year and not in the portal (未收录).
                var missing: Int?
            }

            var label: String
            var url: String?
            var agencyCount: Int
            var cells: [Cell]
        }

        struct Year {
            var year: Int
            var url: String
            var reportCount: Int
        }

        var latest: Latest?
        var coverageYears: [CoverageYear]
        var byKind: [CoverageRow]
        var byRegion: [CoverageRow]
        var agenciesURL: String
        var years: [Year]
        var reportCount: Int
        var agencyCount: Int
        var downloads: [Download]
    }

    /// Regions shown on the home page by name, the largest first; the rest share a line.
    static let homeRegions = 20

    /// A summary, whatever the size of the portal: the latest year, and
    /// coverage by kind and by region (a matrix of every agency and year
    /// was megabytes at 50,000 reports; the agencies list has it all).
    func home() -> Page<Home> {
        let root = "./"
        let latest = portal.years.first.map { year in
            let reports = index.reportsByYear[year] ?? []
            return Home.Latest(year: year, url: root + SitePaths.year(year), reportCount: reports.count,
                               figures: index.totals(ofYear: year).map(\.shown))
        }
        let years = portal.years.sorted()
        func row(_ label: String, url: String?, _ agencies: [Agency]) -> Home.CoverageRow {
            var published: [Int: Int] = [:]
            for agency in agencies {
                for report in index.reportsByAgency[agency.slug] ?? [] { published[report.year, default: 0] += 1 }
            }
            return Home.CoverageRow(label: label, url: url, agencyCount: agencies.count, cells: years.map { year in
                let count = published[year] ?? 0
                // Owed: agencies that existed that year (since…until); the rest are 未收录.
                let owed = agencies.reduce(0) { $0 + ($1.owesReport(for: year) ? 1 : 0) }
                let missing = max(0, owed - count)
                return Home.CoverageRow.Cell(year: year, published: count, complete: missing == 0 && count > 0 ? true : nil,
                                             missing: missing > 0 ? missing : nil)
            })
        }
        let byKind = Agency.Kind.allCases.compactMap { kind -> Home.CoverageRow? in
            let agencies = portal.agencies.filter { $0.kind == kind }
            return agencies.isEmpty ? nil : row(kind.label, url: nil, agencies)
        }
        // Regions are the tops of the parent tree. A portal of one city (one top) is shown by the
        // level below it (its 区, each with what is under it); the city's own agency and those
        // directly under it with nothing below share the city's line.
        var members: [String: [Agency]] = [:]
        var lone: [Agency] = []
        var tops = index.tree.regions
        let city = tops.count == 1 ? tops.first : nil
        var current: String?
        for entry in index.tree.entries {
            guard let region = entry.region else {
                lone.append(entry.agency)
                continue
            }
            guard let city else {
                members[region, default: []].append(entry.agency)
                continue
            }
            if entry.depth == 1 {
                let hasChildren = !(index.children[entry.agency.slug] ?? []).isEmpty
                current = hasChildren ? entry.agency.slug : nil
                if hasChildren { tops.append(entry.agency.slug) }
            }
            members[entry.depth == 0 ? city : current ?? city, default: []].append(entry.agency)
        }
        let regions = tops.enumerated()
            .sorted { (members[$1.element]?.count ?? 0, $0.offset) < (members[$0.element]?.count ?? 0, $1.offset) }
            .map(\.element)
        var byRegion = regions.prefix(Self.homeRegions).compactMap { slug in
            index.agenciesBySlug[slug].map { agency in
                row(agency.name + (slug == city && tops.count > 1 ? "（本级）" : ""), url: root + SitePaths.agency(agency.slug), members[slug] ?? [])
            }
        }
        let rest = regions.dropFirst(Self.homeRegions).flatMap { members[$0] ?? [] } + lone
        if !rest.isEmpty, !byRegion.isEmpty {
            byRegion.append(row(regions.count > Self.homeRegions ? "其他地区及机构" : "其他机构", url: nil, rest))
        }
        return page(folder: "", title: portal.site.title, Home(
            latest: latest,
            coverageYears: years.map(Home.CoverageYear.init),
            byKind: byKind,
            byRegion: byRegion,
            agenciesURL: root + SitePaths.agencies,
            years: portal.years.map { Home.Year(year: $0, url: root + SitePaths.year($0), reportCount: index.reportsByYear[$0]?.count ?? 0) },
            reportCount: portal.reports.count,
            agencyCount: portal.agencies.count,
            downloads: datasetDownloads(root: root)))
    }

    struct Agencies {
        struct Agency {
            var parent: AgencyLink?
            var reports: [YearLink]
            /// Steps below the region (0 for the region itself), for the indent.
            var depth: Int
        }

        /// A region with the agencies under it, or the agencies that have no parent or children.
        struct Group {
            var region: AgencyLink?
            /// The group began on an earlier page.
            var continued: Bool?
            var agencies: [AgencyEntry<Agency>]
        }

        var groups: [Group]
        var agencyCount: Int
        var pagination: Pagination?
        var downloads: [Download]
    }

    var agencyPageCount: Int { Pagination.pageCount(index.tree.entries.count) }

    /// Page `number` of the agencies list, in the order of the parent tree.
    func agencies(page number: Int = 1) -> Page<Agencies> {
        let folder = SitePaths.listPage(SitePaths.agencies, number)
        let root = SitePaths.root(from: folder)
        let entries = index.tree.entries
        let rows = Pagination.rows(of: number, total: entries.count)
        var groups: [Agencies.Group] = []
        var currentRegion: String??
        for position in rows {
            let entry = entries[position]
            if currentRegion != .some(entry.region) {
                currentRegion = .some(entry.region)
                let startsHere = position == 0 || entries[position - 1].region != entry.region
                groups.append(Agencies.Group(region: entry.region.flatMap { index.agenciesBySlug[$0] }.map { agencyLink($0, from: root) },
                                             continued: startsHere ? nil : true, agencies: []))
            }
            groups[groups.count - 1].agencies.append(AgencyEntry(agencyLink(entry.agency, from: root), Agencies.Agency(
                parent: parentLink(of: entry.agency, from: root),
                reports: (index.reportsByAgency[entry.agency.slug] ?? []).reversed().map { reportLink($0, from: root) },
                depth: min(entry.depth, 4))))
        }
        let paging = Pagination(number: number, count: agencyPageCount, list: SitePaths.agencies, root: root)
        return page(folder: folder, title: number == 1 ? "机构" : "机构（第 \(number) 页）",
                    trail: number == 1 ? [] : [("机构", SitePaths.agencies)], paging: paging,
                    Agencies(groups: groups, agencyCount: entries.count, pagination: paging,
                             downloads: number == 1 ? datasetDownloads(root: root) : []))
    }

    struct Years {
        struct Year {
            var year: Int
            var url: String
            var reportCount: Int
            var figures: [KeyFigureTotal.Shown]
        }

        var years: [Year]
        var figureColumns: [FigureColumn]
        var downloads: [Download]
    }

    func years() -> Page<Years> {
        let root = SitePaths.root(from: SitePaths.years)
        let years = portal.years.map { year in
            let reports = index.reportsByYear[year] ?? []
            return Years.Year(year: year, url: root + SitePaths.year(year), reportCount: reports.count,
                              figures: index.totals(ofYear: year).map(\.shown))
        }
        return page(folder: SitePaths.years, title: "年度", Years(
            years: years,
            figureColumns: portal.keyFigures(for: portal.reports).map { FigureColumn(label: $0.label) },
            downloads: datasetDownloads(root: root)))
    }

    struct Downloads {
        struct YearFiles {
            var year: Int
            var json: String
            var archive: String
            var csv: [Download]
        }

        struct CSVColumn {
            var name: String
        }

        var whole: [Download]
        var forms: [FormInfo]
        var years: [YearFiles]
        var searchManifest: String
        var searchFormat: String
        var csvColumns: [CSVColumn]
        var wideColumns: [CSVColumn]
        var qualityColumns: [CSVColumn]
        var reportFormat: String
        var cellsFormat: String
        var agencyFormat: String
        var yearFormat: String
        var portalFormat: String
    }

    func downloads() -> Page<Downloads> {
        let root = SitePaths.root(from: SitePaths.downloads)
        return page(folder: SitePaths.downloads, title: "数据下载", Downloads(
            whole: datasetDownloads(root: root),
            forms: portal.forms.values.sorted { $0.id > $1.id }.map { form in
                FormInfo(name: form.name, issuedBy: form.issuedBy, id: form.id, url: root + SitePaths.form(form.id))
            },
            years: portal.years.map { year in
                Downloads.YearFiles(year: year, json: root + SitePaths.yearJSON(year), archive: root + SitePaths.yearArchive(year),
                                    csv: wideCSVDownloads(index.reportsByYear[year] ?? [], root: root) { SitePaths.yearCSV(year, form: $0) })
            },
            searchManifest: root + SitePaths.searchManifest,
            searchFormat: SearchIndex.format,
            csvColumns: DataDocuments.cellCSVHeader.map(Downloads.CSVColumn.init),
            wideColumns: JoinedDocuments.reportColumns.map(Downloads.CSVColumn.init),
            qualityColumns: ReportFacts.qualityColumnNames.map(Downloads.CSVColumn.init),
            reportFormat: DataDocuments.reportFormat, cellsFormat: DataDocuments.cellsFormat, agencyFormat: JoinedDocuments.agencyFormat,
            yearFormat: JoinedDocuments.yearFormat, portalFormat: JoinedDocuments.portalFormat))
    }

    struct Search {
        struct Kind {
            var id: String
            var label: String
        }

        var manifestURL: String
        var scriptURL: String
        var agenciesURL: String
        var yearsURL: String
        var years: [YearLink]
        var kinds: [Kind]
    }

    /// The search box; without JavaScript, a pointer to the lists (every
    /// report on one page was megabytes at 50,000 reports).
    func search() -> Page<Search> {
        let root = SitePaths.root(from: SitePaths.search)
        let kinds = Set(portal.agencies.map(\.kind))
        return page(folder: SitePaths.search, title: "搜索", Search(
            manifestURL: root + SitePaths.searchManifest, scriptURL: root + SitePaths.searchScript,
            agenciesURL: root + SitePaths.agencies, yearsURL: root + SitePaths.years,
            years: portal.years.map { YearLink(year: $0, url: root + SitePaths.year($0)) },
            kinds: Agency.Kind.allCases.filter(kinds.contains).map { Search.Kind(id: $0.rawValue, label: $0.label) }))
    }

    struct Compare {
        var scriptURL: String
        /// Two reports of the example to compare, for the page's own hint.
        var exampleURL: String?
    }

    func compare() -> Page<Compare> {
        let root = SitePaths.root(from: SitePaths.compare)
        // A pair to try: the first agency with two years.
        let pair = portal.agencies.lazy.compactMap { agency -> (Report, Report)? in
            let reports = index.reportsByAgency[agency.slug] ?? []
            return reports.count > 1 ? (reports[reports.count - 2], reports[reports.count - 1]) : nil
        }.first
        return page(folder: SitePaths.compare, title: "报告对比", Compare(
            scriptURL: root + SitePaths.compareScript,
            exampleURL: pair.map { compareURL(SitePaths.report($0.0.agencySlug, $0.0.year), SitePaths.report($0.1.agencySlug, $0.1.year), root: root) }))
    }

    struct NotFound {}

    func notFound() -> Page<NotFound> {
        // Served for any missing path, so links must not be relative to it.
        var common = common(folder: "", title: "页面不存在")
        common.root = portal.site.baseURL ?? "/"
        common.isHome = false
        return Layered(common, NotFound())
    }
}
