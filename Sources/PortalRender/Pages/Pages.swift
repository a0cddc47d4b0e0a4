import Foundation
import PortalModel

/// One context builder per kind of page.
extension PageContext {
    func home() -> [String: Any] {
        var context = base(folder: "", title: portal.site.title)
        let root = "./"
        if let latest = portal.years.first {
            let reports = index.reportsByYear[latest] ?? []
            context["latest"] = [
                "year": latest,
                "url": root + SitePaths.year(latest),
                "reportCount": reports.count,
                "figures": KeyFigureTotal.totals(reports, portal: portal).map(\.context),
            ] as [String: Any]
        }
        let years = portal.years.sorted()
        context["coverageYears"] = years.map { ["year": $0] }
        context["agencies"] = portal.agencies.map { agency -> [String: Any] in
            let published = Set((index.reportsByAgency[agency.slug] ?? []).map(\.year))
            var link = agencyLink(agency, from: root)
            link["coverage"] = years.map { year -> [String: Any] in
                published.contains(year)
                    ? ["year": year, "published": true, "url": root + SitePaths.report(agency.slug, year)]
                    : ["year": year, "published": false]
            }
            return link
        }
        context["years"] = portal.years.map { year in
            ["year": year, "url": root + SitePaths.year(year), "reportCount": index.reportsByYear[year]?.count ?? 0]
        }
        context["reportCount"] = portal.reports.count
        context["agencyCount"] = portal.agencies.count
        context["downloads"] = datasetDownloads(root: root)
        return context
    }

    func agencies() -> [String: Any] {
        let folder = SitePaths.agencies
        var context = base(folder: folder, title: "机构")
        let root = SitePaths.root(from: folder)
        context["agencies"] = portal.agencies.map { agency -> [String: Any] in
            var link = agencyLink(agency, from: root)
            if let parent = agency.parent.flatMap({ index.agenciesBySlug[$0.value] }) {
                link["parent"] = agencyLink(parent, from: root)
            }
            link["reports"] = (index.reportsByAgency[agency.slug] ?? []).reversed().map { report in
                ["year": report.year, "url": root + SitePaths.report(agency.slug, report.year)]
            }
            return link
        }
        context["downloads"] = datasetDownloads(root: root)
        return context
    }

    func agency(_ agency: Agency) -> [String: Any] {
        let folder = SitePaths.agency(agency.slug)
        var context = base(folder: folder, title: agency.name, trail: [("机构", SitePaths.agencies)])
        let root = SitePaths.root(from: folder)
        let reports = Array((index.reportsByAgency[agency.slug] ?? []).reversed())
        let columns = portal.keyFigures(for: reports)
        var details = agencyLink(agency, from: root)
        if let parent = agency.parent.flatMap({ index.agenciesBySlug[$0.value] }) {
            details["parent"] = agencyLink(parent, from: root)
        }
        details["children"] = (index.children[agency.slug] ?? []).map { agencyLink($0, from: root) }
        // Absent values stay absent: Mustache treats "" as true.
        details["phone"] = agency.contact.phone
        details["address"] = agency.contact.address
        details["postcode"] = agency.contact.postcode
        details["email"] = agency.contact.email
        details["website"] = agency.website
        context["agency"] = details
        context["figureColumns"] = columns.map { ["label": $0.label] }
        context["reports"] = reports.map { report -> [String: Any] in
            let path = SitePaths.report(agency.slug, report.year)
            return [
                "year": report.year,
                "url": root + path,
                "form": portal.form(of: report).name,
                "figures": figures(report, columns: columns),
                "acknowledged": !report.acknowledgements.isEmpty,
                "json": root + path + "report.json",
                "csv": root + path + "report.csv",
            ]
        }
        if let received = columns.first, reports.count > 1 {
            let bars = reports.reversed().map { report in
                Chart.Bar(label: "\(report.year)", value: portal.figure(received.id, of: report) ?? 0)
            }
            context["trendChartSVG"] = Chart.columns(bars, title: "\(agency.shortName)历年\(received.label)（件）")
            context["trendLabel"] = received.label
        }
        context["downloads"] = [
            download("本机构全部年度报告（JSON）", folder + "agency.json", root: root, format: "JSON"),
            download("本机构全部表格数据（CSV）", folder + "agency.csv", root: root, format: "CSV"),
        ]
        return context
    }

    func report(_ report: Report) -> [String: Any] {
        let agency = index.agency(of: report)
        let form = portal.form(of: report)
        let folder = SitePaths.report(agency.slug, report.year)
        let title = index.title(of: report)
        var context = base(folder: folder, title: title,
                           trail: [("机构", SitePaths.agencies), (agency.shortName, SitePaths.agency(agency.slug))])
        let root = SitePaths.root(from: folder)
        context["agency"] = agencyLink(agency, from: root)
        context["year"] = report.year
        context["yearURL"] = root + SitePaths.year(report.year)
        context["form"] = ["name": form.name, "issuedBy": form.issuedBy, "id": form.id]
        context["published"] = report.published
        context["figures"] = figures(report)
        if let preamble = report.narratives["preamble"] {
            context["preambleHTML"] = Markdown.html(preamble.value)
        }
        // Published as published: what the editor acknowledged, beside it.
        let notes = AcknowledgementNotes(report: report, form: form)
        context["acknowledgedCount"] = report.acknowledgements.isEmpty ? nil : report.acknowledgements.count
        context["corrections"] = CorrectionHistory(report: report, form: form).context
        context["preambleNotes"] = notes.context(for: "preamble")
        context["sections"] = form.sections.map { section -> [String: Any] in
            var item: [String: Any] = ["number": section.number, "title": section.title, "heading": section.heading]
            switch section.content {
            case .narrative(let id):
                item["notes"] = notes.context(for: id)
                item["anchor"] = id
                item["bodyHTML"] = Markdown.html(report.narratives[id]?.value ?? "")
            case .table(let id):
                item["notes"] = notes.context(for: id)
                item["anchor"] = id
                item["isTable"] = true
                if let table = form.table(id) {
                    item["bodyHTML"] = index.tableHTML(table, of: form, cells: report.tables[id] ?? [:])
                }
            }
            return item
        }
        let siblings = index.reportsByAgency[agency.slug] ?? []
        context["otherYears"] = siblings.filter { $0.year != report.year }.reversed().map {
            ["year": $0.year, "url": root + SitePaths.report(agency.slug, $0.year)]
        }
        context["downloads"] = [
            download("本报告数据（JSON）", folder + "report.json", root: root, format: "JSON"),
            download("本报告表格数据（CSV）", folder + "report.csv", root: root, format: "CSV"),
        ]
        return context
    }

    func years() -> [String: Any] {
        let folder = SitePaths.years
        var context = base(folder: folder, title: "年度")
        let root = SitePaths.root(from: folder)
        context["years"] = portal.years.map { year -> [String: Any] in
            let reports = index.reportsByYear[year] ?? []
            return ["year": year, "url": root + SitePaths.year(year), "reportCount": reports.count,
                    "figures": KeyFigureTotal.totals(reports, portal: portal).map(\.context)]
        }
        context["figureColumns"] = portal.keyFigures(for: portal.reports).map { ["label": $0.label] }
        context["downloads"] = datasetDownloads(root: root)
        return context
    }

    func year(_ year: Int) -> [String: Any] {
        let folder = SitePaths.year(year)
        var context = base(folder: folder, title: "\(year)年度报告", trail: [("年度", SitePaths.years)])
        let root = SitePaths.root(from: folder)
        let reports = index.reportsByYear[year] ?? []
        let columns = portal.keyFigures(for: reports)
        context["year"] = year
        context["figureColumns"] = columns.map { ["label": $0.label] }
        context["reports"] = reports.map { report -> [String: Any] in
            let agency = index.agency(of: report)
            return [
                "agency": agencyLink(agency, from: root),
                "url": root + SitePaths.report(agency.slug, report.year),
                "form": portal.form(of: report).name,
                "figures": figures(report, columns: columns),
                "acknowledged": !report.acknowledgements.isEmpty,
            ]
        }
        let totals = KeyFigureTotal.totals(reports, portal: portal)
        context["totals"] = totals.map(\.context)
        if let received = columns.first {
            let ranked = reports.map { report -> (Report, Decimal?) in
                (report, portal.figure(received.id, of: report))
            }.sorted { ($0.1 ?? -1, $1.0.agencySlug) > ($1.1 ?? -1, $0.0.agencySlug) }
            context["rankingLabel"] = received.label
            context["ranking"] = ranked.enumerated().map { position, item -> [String: Any] in
                let agency = index.agency(of: item.0)
                return ["rank": position + 1, "agency": agencyLink(agency, from: root),
                        "url": root + SitePaths.report(agency.slug, year), "value": item.1?.plainText ?? "—"]
            }
            let bars = ranked.prefix(20).compactMap { item in item.1.map { Chart.Bar(label: index.agency(of: item.0).shortName, value: $0) } }
            context["rankingChartSVG"] = Chart.horizontal(bars, title: "\(year)年各机构\(received.label)（件）")
        }
        let breakdown = KeyFigureTotal.totals(reports, figures: portal.outcomeBreakdown(for: reports), portal: portal)
        if !breakdown.isEmpty {
            context["breakdown"] = breakdown.map(\.context)
            context["breakdownChartSVG"] = Chart.horizontal(breakdown.map { Chart.Bar(label: $0.figure.label, value: $0.total) },
                                                            title: "\(year)年办理结果分布（件，各机构合计）")
        }
        context["incomplete"] = totals.contains { $0.missing > 0 }
        context["reportCount"] = reports.count
        context["forms"] = Set(reports.map(\.formID)).sorted().compactMap { portal.forms[$0] }.map { ["name": $0.name, "issuedBy": $0.issuedBy] }
        let published = Set(reports.map(\.agencySlug))
        context["missing"] = portal.agencies.filter { !published.contains($0.slug) }.map { agencyLink($0, from: root) }
        context["downloads"] = [
            download("\(year)年全部报告（JSON）", folder + "year.json", root: root, format: "JSON"),
            download("\(year)年全部表格数据（CSV）", folder + "year.csv", root: root, format: "CSV"),
        ]
        return context
    }

    func downloads() -> [String: Any] {
        let folder = SitePaths.downloads
        var context = base(folder: folder, title: "数据下载")
        let root = SitePaths.root(from: folder)
        context["whole"] = datasetDownloads(root: root)
        context["forms"] = portal.forms.values.sorted { $0.id > $1.id }.map { form in
            ["name": form.name, "issuedBy": form.issuedBy, "id": form.id, "url": root + "data/forms/\(form.id).json"]
        }
        context["years"] = portal.years.map { year in
            ["year": year, "json": root + SitePaths.year(year) + "year.json", "csv": root + SitePaths.year(year) + "year.csv"]
        }
        context["agencies"] = portal.agencies.map { agency -> [String: Any] in
            var link = agencyLink(agency, from: root)
            link["json"] = root + SitePaths.agency(agency.slug) + "agency.json"
            link["csv"] = root + SitePaths.agency(agency.slug) + "agency.csv"
            return link
        }
        context["csvColumns"] = DataDocuments.cellCSVHeader.map { ["name": $0] }
        context["reportFormat"] = DataDocuments.reportFormat
        return context
    }

    /// The whole dataset, linked from the overview pages.
    func datasetDownloads(root: String) -> [[String: Any]] {
        [
            download("全部机构、全部年度报告（JSON）", "data/portal.json", root: root, format: "JSON"),
            download("全部表格数据，每个单元格一行（CSV）", "data/portal.csv", root: root, format: "CSV"),
            download("各报告主要指标，每份报告一行（CSV）", "data/key-figures.csv", root: root, format: "CSV"),
            download("数据包说明（Frictionless Data Package）", "data/datapackage.json", root: root, format: "JSON"),
        ]
    }

    func search() -> [String: Any] {
        let folder = SitePaths.search
        var context = base(folder: folder, title: "搜索")
        let root = SitePaths.root(from: folder)
        context["reports"] = Discovery.newestFirst(portal.reports).map { report -> [String: Any] in
            let agency = index.agency(of: report)
            return ["title": index.title(of: report), "url": root + SitePaths.report(agency.slug, report.year),
                    "agency": agency.name, "year": report.year]
        }
        context["indexURL"] = root + SitePaths.search + "index.json"
        context["scriptURL"] = root + "assets/search.js"
        return context
    }

    func notFound() -> [String: Any] {
        // Served for any missing path, so links must not be relative to it.
        var context = base(folder: "", title: "页面不存在")
        context["root"] = portal.site.baseURL ?? "/"
        context["isHome"] = false
        return context
    }
}
