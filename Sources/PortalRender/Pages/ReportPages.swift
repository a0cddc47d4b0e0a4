import Foundation
import PortalModel

/// The pages of one agency, one report and one year.
extension PageContext {
    struct AgencyPage {
        struct Details {
            /// The earlier official names, 、-separated (曾用名), when it was renamed.
            var formerNames: String?
            var parent: AgencyLink?
            var children: [AgencyLink]
            var phone: String?
            var address: String?
            var postcode: String?
            var email: String?
            var website: String?
        }

        struct Row {
            var year: Int
            /// The agency's name that year, when it was another (a renamed agency's report, as published).
            var publishedAs: String?
            var url: String
            var form: String
            var figures: [FigureValue]
            /// The report carries 数据核对说明 (acknowledged problems).
            var acknowledged: Bool
            var json: String
            var csv: String
        }

        var agency: AgencyEntry<Details>
        var figureColumns: [FigureColumn]
        var reports: [Row]
        var trendChartSVG: String?
        var trendLabel: String?
        /// The children's figures added up by the portal, when it has children.
        var rollUp: AgencyRollUp?
        var downloads: [Download]
    }

    func agency(_ agency: Agency) -> Page<AgencyPage> {
        let folder = SitePaths.agency(agency.slug)
        let root = SitePaths.root(from: folder)
        let reports = Array((index.reportsByAgency[agency.slug] ?? []).reversed())
        let columns = portal.keyFigures(for: reports)
        let details = AgencyPage.Details(
            formerNames: agency.formerNames.isEmpty ? nil : agency.formerNames.map { former in
                former.name + (former.until.map { "（至\($0)年）" } ?? "")
            }.joined(separator: "、"),
            parent: parentLink(of: agency, from: root),
            children: (index.children[agency.slug] ?? []).map { agencyLink($0, from: root) },
            phone: agency.contact.phone, address: agency.contact.address, postcode: agency.contact.postcode,
            email: agency.contact.email, website: agency.website)
        var values = AgencyPage(
            agency: AgencyEntry(agencyLink(agency, from: root), details),
            figureColumns: columns.map { FigureColumn(label: $0.label) },
            reports: reports.map { report in
                AgencyPage.Row(year: report.year, publishedAs: agency.name(in: report.year) == agency.name ? nil : agency.name(in: report.year),
                               url: root + SitePaths.report(agency.slug, report.year),
                               form: portal.form(of: report).name, figures: figures(report, columns: columns),
                               acknowledged: !report.acknowledgements.isEmpty,
                               json: root + SitePaths.reportJSON(agency.slug, report.year),
                               csv: root + SitePaths.reportCSV(agency.slug, report.year))
            },
            downloads: [
                download("本机构各年度报告一览（JSON）", SitePaths.agencyJSON(agency.slug), root: root, format: "JSON"),
            ] + wideCSVDownloads(reports, root: root) { SitePaths.agencyCSV(agency.slug, form: $0) })
        if let received = columns.first, reports.count > 1 {
            let bars = reports.reversed().map { report in
                Chart.Bar(label: "\(report.year)", value: index.figure(received.id, of: report) ?? 0)
            }
            values.trendChartSVG = Chart.columns(bars, title: "\(agency.shortName)历年\(received.label)（件）")
            values.trendLabel = received.label
        }
        values.rollUp = rollUp(agency, root: root)
        return page(folder: folder, title: agency.name, trail: [("机构", SitePaths.agencies)], values)
    }

    struct ReportPage {
        struct Section {
            var number: String
            var title: String
            var heading: String
            var anchor: String
            var isTable: Bool?
            var bodyHTML: String?
            /// 数据核对说明 beside this table or narrative.
            var notes: [AcknowledgementNotes.Shown] = []
        }

        var agency: AgencyLink
        var year: Int
        var yearURL: String
        var form: FormInfo
        var published: String?
        var figures: [FigureValue]
        var preambleHTML: String?
        /// How many problems the editor acknowledged, when any.
        var acknowledgedCount: Int?
        var corrections: [CorrectionHistory.Shown]
        var preambleNotes: [AcknowledgementNotes.Shown]
        var sections: [Section]
        var otherYears: [YearLink]
        /// Timeliness, change since last year, repeated text, quality line.
        var facts: ReportFactsShown
        var downloads: [Download]
    }

    func report(_ report: Report) -> Page<ReportPage> {
        let agency = index.agency(of: report)
        let form = portal.form(of: report)
        let folder = SitePaths.report(agency.slug, report.year)
        let root = SitePaths.root(from: folder)
        // Published as published: what the editor acknowledged, beside it.
        let notes = AcknowledgementNotes(report: report, form: form)
        let narratives = index.narratives(of: report)
        let sections = form.sections.map { section in
            var item = ReportPage.Section(number: section.number, title: section.title, heading: section.heading, anchor: "")
            switch section.content {
            case .narrative(let id):
                item.notes = notes.shown(for: id)
                item.anchor = id
                item.bodyHTML = Markdown.html(narratives[id]?.value ?? "")
            case .table(let id):
                item.notes = notes.shown(for: id)
                item.anchor = id
                item.isTable = true
                item.bodyHTML = form.table(id).map { index.tableHTML($0, of: form, cells: report.table(id) ?? .empty) }
            }
            return item
        }
        let values = ReportPage(
            agency: agencyLink(agency, from: root),
            year: report.year,
            yearURL: root + SitePaths.year(report.year),
            form: FormInfo(name: form.name, issuedBy: form.issuedBy, id: form.id),
            published: report.published,
            figures: figures(report),
            preambleHTML: narratives["preamble"].map { Markdown.html($0.value) },
            acknowledgedCount: report.acknowledgements.isEmpty ? nil : report.acknowledgements.count,
            corrections: CorrectionHistory(report: report, form: form).shown,
            preambleNotes: notes.shown(for: "preamble"),
            sections: sections,
            otherYears: (index.reportsByAgency[agency.slug] ?? []).filter { $0.year != report.year }.reversed()
                .map { YearLink(year: $0.year, url: SitePaths.sameAgencyReport($0.year)) },
            facts: readerFacts(report, agency: agency, root: root),
            // The report's own files are beside its page: linked by their names.
            downloads: original(of: report) + [
                download("本报告数据（JSON）", SitePaths.reportJSONName, root: "", format: "JSON"),
                download("本报告表格数据（CSV）", SitePaths.reportCSVName, root: "", format: "CSV"),
            ])
        return page(folder: folder, title: index.title(of: report),
                    trail: [("机构", SitePaths.agencies), (agency.shortName, SitePaths.agency(agency.slug))], values)
    }

    /// An imported report links the file the agency published, to compare with (原文).
    private func original(of report: Report) -> [Download] {
        guard let source = report.source else { return [] }
        let label = switch source.format {
        case "picture-ocr": "原文（所发布的图片，合为一个 PDF；本页文字和数字由文字识别（OCR）录入，以原文为准）"
        case _ where source.readByOCR: "原文（所发布的扫描件 PDF；本页文字和数字由文字识别（OCR）录入，以原文为准）"
        default: "原文（所发布的\(source.formatLabel)文件）"
        }
        return [download(label, source.file, root: "", format: source.formatLabel)]
    }

    struct YearPage {
        struct Row {
            var agency: AgencyLink
            var url: String
            var form: String
            var figures: [FigureValue]
            var acknowledged: Bool
        }

        struct Rank {
            var rank: Int
            var agency: AgencyLink
            var url: String
            var value: String
        }

        var year: Int
        var figureColumns: [FigureColumn]
        var reports: [Row]
        var totals: [KeyFigureTotal.Shown]
        var rankingLabel: String?
        var ranking: [Rank]?
        var rankingChartSVG: String?
        var breakdown: [KeyFigureTotal.Shown]?
        var breakdownChartSVG: String?
        var incomplete: Bool
        var reportCount: Int
        var forms: [FormInfo]
        /// Late and missing reports, regional totals (on the first page).
        var readers: YearReaders?
        var downloads: [Download]
        /// The agency table's pages; the other sections are on the first.
        var pagination: Pagination?
        var laterPage: Bool?
    }

    /// Agencies in a year's ranking (the chart and its table); every
    /// agency's figures are in the year's CSV and the paged table.
    static let rankingSize = 20

    func yearPageCount(_ year: Int) -> Int { Pagination.pageCount(index.reportsByYear[year]?.count ?? 0) }

    /// Page `number` of a year: the first has everything, the others the
    /// next rows of the agency table.
    func year(_ year: Int, page number: Int = 1) -> Page<YearPage> {
        let folder = SitePaths.listPage(SitePaths.year(year), number)
        let root = SitePaths.root(from: folder)
        let reports = index.reportsByYear[year] ?? []
        let columns = portal.keyFigures(for: reports)
        let paging = Pagination(number: number, count: yearPageCount(year), list: SitePaths.year(year), root: root)
        let shown = reports[Pagination.rows(of: number, total: reports.count)]
        let rows = shown.map { report in
            let agency = index.agency(of: report)
            return YearPage.Row(agency: agencyLink(agency, from: root, year: year), url: root + SitePaths.report(agency.slug, report.year),
                                form: portal.form(of: report).name, figures: figures(report, columns: columns),
                                acknowledged: !report.acknowledgements.isEmpty)
        }
        let forms = Set(reports.map(\.formID)).sorted().compactMap { portal.forms[$0] }.map { FormInfo(name: $0.name, issuedBy: $0.issuedBy) }
        guard number == 1 else {
            return page(folder: folder, title: "\(year)年度报告（第 \(number) 页）",
                        trail: [("年度", SitePaths.years), ("\(year)年度", SitePaths.year(year))], paging: paging, YearPage(
                            year: year, figureColumns: columns.map { FigureColumn(label: $0.label) }, reports: rows, totals: [],
                            incomplete: false, reportCount: reports.count, forms: forms, downloads: [],
                            pagination: paging, laterPage: true))
        }
        let totals = index.totals(ofYear: year)
        var values = YearPage(
            year: year,
            figureColumns: columns.map { FigureColumn(label: $0.label) },
            reports: rows,
            totals: totals.map(\.shown),
            incomplete: totals.contains { $0.missing > 0 },
            reportCount: reports.count,
            forms: forms,
            readers: yearReaders(year, root: root),
            downloads: [
                download("\(year)年各报告一览（JSON）", SitePaths.yearJSON(year), root: root, format: "JSON"),
                download("\(year)年全部报告全文（JSON Lines，gzip 压缩）", SitePaths.yearArchive(year), root: root, format: "JSONL.GZ"),
            ] + wideCSVDownloads(reports, root: root) { SitePaths.yearCSV(year, form: $0) } + [
                download("\(year)年各报告质量信息：是否按时、核对、空白、与上年重复，及未收录的机构（CSV）",
                         SitePaths.yearQualityCSV(year), root: root, format: "CSV"),
            ],
            pagination: paging)
        if let received = columns.first {
            let ranked = reports.map { report -> (Report, Decimal?) in
                (report, index.figure(received.id, of: report))
            }.sorted { ($0.1 ?? -1, $1.0.agencySlug) > ($1.1 ?? -1, $0.0.agencySlug) }
            values.rankingLabel = received.label
            values.ranking = ranked.prefix(Self.rankingSize).enumerated().map { position, item in
                let agency = index.agency(of: item.0)
                return YearPage.Rank(rank: position + 1, agency: agencyLink(agency, from: root, year: year),
                                     url: root + SitePaths.report(agency.slug, year), value: item.1?.plainText ?? "—")
            }
            let bars = ranked.prefix(Self.rankingSize).compactMap { item in item.1.map { Chart.Bar(label: index.agency(of: item.0).shortName, value: $0) } }
            values.rankingChartSVG = Chart.horizontal(bars, title: "\(year)年各机构\(received.label)（件）")
        }
        let breakdown = KeyFigureTotal.totals(reports, figures: portal.outcomeBreakdown(for: reports), index: index)
        if !breakdown.isEmpty {
            values.breakdown = breakdown.map(\.shown)
            values.breakdownChartSVG = Chart.horizontal(breakdown.map { Chart.Bar(label: $0.figure.label, value: $0.total) },
                                                        title: "\(year)年办理结果分布（件，各机构合计）")
        }
        return page(folder: folder, title: "\(year)年度报告", trail: [("年度", SitePaths.years)], paging: paging, values)
    }
}
