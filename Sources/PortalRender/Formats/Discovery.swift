import Foundation
import PortalModel
import PortalSupport

/// Files for feed readers, search engines and data tools: feed.xml,
/// sitemap.xml, robots.txt, data/datapackage.json.
enum Discovery {
    /// Reports newest first: by year, then publication date, then agency.
    static func newestFirst(_ reports: [Report]) -> [Report] {
        // Positions are sorted, not reports: a report is costly to move about.
        let keys = reports.indices.map { (year: reports[$0].year, published: reports[$0].published ?? "", slug: reports[$0].agencySlug) }
        return reports.indices.sorted { first, second in
            (keys[second].year, keys[second].published, keys[first].slug) < (keys[first].year, keys[first].published, keys[second].slug)
        }.map { reports[$0] }
    }

    /// An Atom feed of reports. A report without a publication date is
    /// dated 31 December of its year, so the feed stays deterministic.
    static func atom(_ index: SiteIndex) -> String {
        let site = index.portal.site
        let base = site.baseURL ?? ""
        let reports = newestFirst(index.portal.reports).prefix(100)
        func date(_ report: Report) -> String { "\(report.published ?? "\(report.year)-12-31")T00:00:00Z" }
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTML.escape(site.language))">
        <title>\(HTML.escape(site.title))</title>
        <id>\(HTML.escape(base.isEmpty ? "urn:transparency-portal:\(site.title)" : base))</id>
        <link rel="alternate" href="\(HTML.escape(base.isEmpty ? "./" : base))"/>
        <link rel="self" href="\(HTML.escape(base + SitePaths.feed))"/>
        <updated>\(reports.first.map(date) ?? "1970-01-01T00:00:00Z")</updated>
        <author><name>\(HTML.escape(site.publisher ?? site.title))</name></author>

        """
        for report in reports {
            let agency = index.agency(of: report)
            let url = base + SitePaths.report(report.agencySlug, report.year)
            xml += """
            <entry>
            <title>\(HTML.escape(index.title(of: report)))</title>
            <id>\(HTML.escape(base.isEmpty ? "urn:transparency-portal:\(report.agencySlug):\(report.year)" : url))</id>
            <link rel="alternate" type="text/html" href="\(HTML.escape(url))"/>
            <updated>\(date(report))</updated>
            <author><name>\(HTML.escape(agency.name))</name></author>
            <summary>\(HTML.escape(summary(report, index: index)))</summary>
            </entry>

            """
        }
        return xml + "</feed>\n"
    }

    static func summary(_ report: Report, index: SiteIndex) -> String {
        index.portal.form(of: report).keyFigures.compactMap { figure in
            index.figure(figure.id, of: report).map { "\(figure.label) \($0.plainText)" }
        }.joined(separator: "，")
    }

    /// Every page, with absolute URLs; only possible when baseURL is known.
    static func sitemap(_ index: SiteIndex, pages: [String]) -> String? {
        guard let base = index.portal.site.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() { xml += "<url><loc>\(HTML.escape(base + page))</loc></url>\n" }
        return xml + "</urlset>\n"
    }

    static func robots(_ index: SiteIndex) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = index.portal.site.baseURL { text += "Sitemap: \(base)\(SitePaths.sitemap)\n" }
        return text
    }
}
