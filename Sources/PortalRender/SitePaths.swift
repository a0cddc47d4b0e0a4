/// Every page kind and every file of the built site, named once: the
/// renderer writes these paths, pages link to them, the theme must have a
/// template for each page kind, and the sitemap lists the pages.
public enum PageKind: String, CaseIterable, Sendable {
    case home, agencies, agency, report, years, year, downloads, search, compare
    case notFound = "404"

    /// The theme's template for this kind of page.
    public var template: String { rawValue }
}

/// Paths inside the output folder, relative to its root. Folders end in `/`.
public enum SitePaths {
    public static func agency(_ slug: String) -> String { "agencies/\(slug)/" }
    public static func report(_ slug: String, _ year: Int) -> String { "agencies/\(slug)/\(year)/" }
    /// Another year's report of the same agency, from a report's page: its
    /// folder's sibling (`../2020/`, 28 bytes shorter than from the root).
    public static func sameAgencyReport(_ year: Int) -> String { "../\(year)/" }
    public static func year(_ year: Int) -> String { "years/\(year)/" }
    public static let agencies = "agencies/"
    public static let years = "years/"
    public static let downloads = "data/"
    public static let search = "search/"
    /// Two reports side by side, chosen in the URL (`?a=…&b=…`).
    public static let compare = "compare/"
    public static let compareScript = "assets/compare.js"

    /// Page `number` of the list whose first page is `folder` (agencies/, years/2021/).
    public static func listPage(_ folder: String, _ number: Int) -> String { number <= 1 ? folder : folder + "page/\(number)/" }
    /// The HTML file of a page whose folder is `folder`.
    public static func page(in folder: String) -> String { folder + "index.html" }
    /// The folder of each one-of-a-kind page.
    public static func folder(of kind: PageKind) -> String? {
        switch kind {
        case .home: ""
        case .agencies: agencies
        case .years: years
        case .downloads: downloads
        case .search: search
        case .compare: compare
        case .agency, .report, .year, .notFound: nil
        }
    }
    public static let notFoundPage = "404.html"

    // Downloads, beside the page they belong to.
    public static let reportJSONName = "report.json"
    public static let reportCSVName = "report.csv"
    public static func reportJSON(_ slug: String, _ year: Int) -> String { report(slug, year) + reportJSONName }
    public static func reportCSV(_ slug: String, _ year: Int) -> String { report(slug, year) + reportCSVName }
    public static func agencyJSON(_ slug: String) -> String { agency(slug) + "agency.json" }
    /// Joined CSVs are wide (a column per cell), so there is one per form.
    public static func agencyCSV(_ slug: String, form: String) -> String { agency(slug) + "agency-\(form).csv" }
    public static func yearJSON(_ year: Int) -> String { self.year(year) + "year.json" }
    public static func yearCSV(_ year: Int, form: String) -> String { self.year(year) + "year-\(form).csv" }
    /// Every report of a year in full, one JSON document per line, gzip'd.
    public static func yearArchive(_ year: Int) -> String { self.year(year) + "reports.jsonl.gz" }
    /// One line per report owed that year: its quality line, or 未收录.
    public static func yearQualityCSV(_ year: Int) -> String { self.year(year) + "quality.csv" }
    public static let portalJSON = downloads + "portal.json"
    public static func portalCSV(form: String) -> String { downloads + "portal-\(form).csv" }
    public static let keyFiguresCSV = downloads + "key-figures.csv"
    /// At the site root, where Data Package tools look, so that it can
    /// describe files in every folder (its paths may not climb with `..`).
    public static let dataPackage = "datapackage.json"
    /// Table schemas of the CSV shapes, referred to by the data package.
    public static func schema(_ name: String) -> String { downloads + "schemas/\(name).json" }
    public static func form(_ id: String) -> String { downloads + "forms/\(id).json" }
    // Search (`SearchIndex`): a manifest, then pieces fetched as a query needs them.
    public static let searchManifest = search + "manifest.json"
    public static func searchShard(_ number: Int) -> String { search + "shards/\(number).bin" }
    public static func searchDocuments(_ chunk: Int) -> String { search + "docs/\(chunk).json" }
    public static func searchKind(_ kind: String) -> String { search + "kinds/\(kind).bin" }
    /// The text parts of documents `SearchIndex.documentsPerText × number` onwards.
    public static func searchText(_ number: Int) -> String { search + "text/\(number).json" }
    public static let searchScript = "assets/search.js"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"

    /// The prefix that leads from a page in `folder` back to the site root.
    public static func root(from folder: String) -> String {
        let depth = folder.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}
