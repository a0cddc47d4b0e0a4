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

        struct Coverage {
            var year: Int
            var published: Bool
            var url: String?
            /// No report, but one is owed (within since…until): 未收录.
            var owed: Bool = false
        }

        struct CoverageYear {
            var year: Int
        }

        struct Agency {
            var coverage: [Coverage]
        }

        struct Year {
            var year: Int
            var url: String
            var reportCount: Int
        }

        var latest: Latest?
        var coverageYears: [CoverageYear]
        var agencies: [AgencyEntry<Agency>]
        var years: [Year]
        var reportCount: Int
        var agencyCount: Int
        var downloads: [Download]
    }

    func home() -> Page<Home> {
        let root = "./"
        let latest = portal.years.first.map { year in
            let reports = index.reportsByYear[year] ?? []
            return Home.Latest(year: year, url: root + SitePaths.year(year), reportCount: reports.count,
                               figures: KeyFigureTotal.totals(reports, portal: portal).map(\.shown))
        }
        let years = portal.years.sorted()
        let agencies = portal.agencies.map { agency in
            let published = Set((index.reportsByAgency[agency.slug] ?? []).map(\.year))
            let coverage = years.map { year in
                published.contains(year)
                    ? Home.Coverage(year: year, published: true, url: root + SitePaths.report(agency.slug, year))
                    : Home.Coverage(year: year, published: false, owed: agency.owesReport(for: year))
            }
            return AgencyEntry(agencyLink(agency, from: root), Home.Agency(coverage: coverage))
        }
        return page(folder: "", title: portal.site.title, Home(
            latest: latest,
            coverageYears: years.map(Home.CoverageYear.init),
            agencies: agencies,
            years: portal.years.map { Home.Year(year: $0, url: root + SitePaths.year($0), reportCount: index.reportsByYear[$0]?.count ?? 0) },
            reportCount: portal.reports.count,
            agencyCount: portal.agencies.count,
            downloads: datasetDownloads(root: root)))
    }

    struct Agencies {
        struct Agency {
            var parent: AgencyLink?
            var reports: [YearLink]
        }

        var agencies: [AgencyEntry<Agency>]
        var downloads: [Download]
    }

    func agencies() -> Page<Agencies> {
        let root = SitePaths.root(from: SitePaths.agencies)
        let agencies = portal.agencies.map { agency in
            AgencyEntry(agencyLink(agency, from: root), Agencies.Agency(
                parent: parentLink(of: agency, from: root),
                reports: (index.reportsByAgency[agency.slug] ?? []).reversed().map { reportLink($0, from: root) }))
        }
        return page(folder: SitePaths.agencies, title: "机构", Agencies(agencies: agencies, downloads: datasetDownloads(root: root)))
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
                              figures: KeyFigureTotal.totals(reports, portal: portal).map(\.shown))
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
        var csvColumns: [CSVColumn]
        var wideColumns: [CSVColumn]
        var qualityColumns: [CSVColumn]
        var reportFormat: String
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
            csvColumns: DataDocuments.cellCSVHeader.map(Downloads.CSVColumn.init),
            wideColumns: JoinedDocuments.reportColumns.map(Downloads.CSVColumn.init),
            qualityColumns: ReportFacts.qualityColumnNames.map(Downloads.CSVColumn.init),
            reportFormat: DataDocuments.reportFormat, agencyFormat: JoinedDocuments.agencyFormat,
            yearFormat: JoinedDocuments.yearFormat, portalFormat: JoinedDocuments.portalFormat))
    }

    struct Search {
        struct Entry {
            var title: String
            var url: String
            var agency: String
            var year: Int
        }

        var reports: [Entry]
        var indexURL: String
        var scriptURL: String
    }

    func search() -> Page<Search> {
        let root = SitePaths.root(from: SitePaths.search)
        let reports = Discovery.newestFirst(portal.reports).map { report in
            let agency = index.agency(of: report)
            return Search.Entry(title: index.title(of: report), url: root + SitePaths.report(agency.slug, report.year),
                                agency: agency.name, year: report.year)
        }
        return page(folder: SitePaths.search, title: "搜索",
                    Search(reports: reports, indexURL: root + SitePaths.searchIndex, scriptURL: root + SitePaths.searchScript))
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
