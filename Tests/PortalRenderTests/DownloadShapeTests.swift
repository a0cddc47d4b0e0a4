import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PortalRender
import PortalTestSupport
import Testing

@Suite("Download shapes")
struct DownloadShapeTests {
    let files: [String: Data]

    init() throws {
        files = try ExamplePortal.render().files
    }

    func json(_ path: String) throws -> [String: Any] {
        let data = try #require(files[path], "\(path) missing")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func csvLines(_ path: String) throws -> [String] {
        let data = try #require(files[path], "\(path) missing")
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "\(path) must start with a UTF-8 BOM")
        return String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func everyReportHasJSONAndCSVWithEveryCell() throws {
        let cellsPerForm = ["gov-info-2021": 200, "gov-info-2019": 198]
        for (slug, year, form) in [("xiasha", 2021, "gov-info-2021"), ("example-district", 2020, "gov-info-2019"),
                                   ("example-street", 2022, "gov-info-2021")] {
            let report = try json("agencies/\(slug)/\(year)/report.json")
            #expect(report["format"] as? String == "transparency-portal/report@4")
            #expect(report["year"] as? Int == year)
            #expect((report["form"] as? [String: Any])?["id"] as? String == form)
            let sections = try #require(report["sections"] as? [[String: Any]])
            #expect(sections.map { $0["number"] as? String } == ["一", "二", "三", "四", "五", "六"])
            #expect((report["form"] as? [String: Any])?["definition"] as? String == "data/forms/\(form).json")
            let definition = try json("data/forms/\(form).json")
            for section in sections {
                for block in section["blocks"] as? [[String: Any]] ?? [] {
                    // A block's columns are its column ids, in the order of the form file's block: the labels are there.
                    let columns = try #require(block["columns"] as? [String])
                    let defined = ((definition["tables"] as? [[String: Any]])?.first { $0["id"] as? String == section["id"] as? String }?["blocks"] as? [[String: Any]])?
                        .first { $0["id"] as? String == block["id"] as? String }?["columns"] as? [[String: Any]]
                    #expect(columns == defined?.compactMap { $0["id"] as? String }, "\(slug)/\(year) \(block["id"] ?? "")")
                    #expect(defined?.allSatisfy { $0["label"] is String } == true)
                    // Rows are trees: a group names its label once, above its leaves.
                    for row in ReportDocumentCells.leaves(try #require(block["rows"] as? [[String: Any]]), children: "rows") {
                        // report@4: the official reference is the form file's, not repeated in every report.
                        #expect(row["label"] is String && row["ref"] == nil && row["group"] == nil)
                        #expect((row["values"] as? [Any])?.count == columns.count)
                    }
                }
            }
            let cells = ReportDocumentCells.cells(report)
            #expect(cells.count == cellsPerForm[form])
            #expect(Set(cells.map { "\($0.table).\($0.row).\($0.column)" }).count == cells.count, "each cell once")

            // report.csv: the same cells, a line each in the same order, with the same values;
            // each line's row and column ids name one cell of the form file, its table and its row's ref.
            let formCells = try FormFileCells(json("data/forms/\(form).json"))
            #expect(formCells.cells.count == cellsPerForm[form])
            let lines = try csvLines("agencies/\(slug)/\(year)/report.csv")
            #expect(lines.first == "row_id,row_ref,column_id,value,published_mark")
            #expect(lines.count == 1 + formCells.cells.count, "a line per cell of the form")
            for (line, cell) in zip(lines.dropFirst(), cells) {
                let fields = line.components(separatedBy: ",")
                #expect(fields.count == 5, "\(line)")
                #expect([fields[0], fields[2]] == [cell.row, cell.column])
                let resolved = formCells.cell(row: fields[0], column: fields[2])
                #expect(resolved?.table == cell.table, "\(line) resolves in data/forms/\(form).json to its table")
                #expect(resolved?.ref == fields[1], "\(line)")
                #expect(fields[3] == (cell.value.map { "\($0)" } ?? ""), "\(slug)/\(year) \(line)")
                #expect(fields[4] == (cell.published ?? ""), "\(slug)/\(year) \(line)")
            }
            #expect(lines.contains { $0.hasPrefix("cases,行政复议、行政诉讼,reviewTotal,") })
        }
        // The grouped rows of table 三 are nested once, not repeated on every row.
        let xiasha = try json("agencies/xiasha/2021/report.json")
        let applications = try #require((xiasha["sections"] as? [[String: Any]])?.first { $0["id"] as? String == "applications" })
        let rows = try #require(((applications["blocks"] as? [[String: Any]])?.first?["rows"]) as? [[String: Any]])
        let results = try #require(rows.first { $0["label"] as? String == "三、本年度办理结果" })
        #expect(results["values"] == nil)
        #expect((results["rows"] as? [[String: Any]])?.first?["label"] as? String == "（一）予以公开")
        #expect(String(decoding: try #require(files["agencies/xiasha/2021/report.json"]), as: UTF8.self)
            .components(separatedBy: "三、本年度办理结果").count == 2, "the group's label is written once")
    }

    /// The cells a form file (`data/forms/<form>.json`) defines, by row and
    /// column id: what a report.csv line's ids resolve to.
    struct FormFileCells {
        struct Cell: Equatable {
            var table: String
            var ref: String
        }
        /// "row column" → the cell's table and its row's official reference.
        var cells: [String: Cell] = [:]

        init(_ form: [String: Any]) throws {
            for table in form["tables"] as? [[String: Any]] ?? [] {
                let tableID = try #require(table["id"] as? String)
                for block in table["blocks"] as? [[String: Any]] ?? [] {
                    let columns = (block["columns"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    for row in ReportDocumentCells.leaves(block["rows"] as? [[String: Any]] ?? [], children: "rows") {
                        let rowID = try #require(row["id"] as? String)
                        for column in columns {
                            #expect(cells.updateValue(Cell(table: tableID, ref: row["ref"] as? String ?? ""), forKey: "\(rowID) \(column)") == nil,
                                    "row and column ids name one cell of the form")
                        }
                    }
                }
            }
        }

        func cell(row: String, column: String) -> Cell? { cells["\(row) \(column)"] }
    }

    /// (slug, year) of every report of the example portal.
    static let reports = [("example-data", 2021), ("example-district", 2020), ("example-district", 2021),
                          ("example-education", 2020), ("example-education", 2021), ("example-education", 2022),
                          ("example-info-office", 2020), ("example-street", 2021), ("example-street", 2022), ("xiasha", 2021)]

    /// Rows of a wide CSV as dictionaries by column name.
    func wideRows(_ path: String) throws -> (header: [String], rows: [[String: String]]) {
        let lines = try csvLines(path)
        let header = lines[0].components(separatedBy: ",")
        return (header, lines.dropFirst().map { line in
            // The example's names have no commas, so a plain split reads them.
            Dictionary(uniqueKeysWithValues: zip(header, line.components(separatedBy: ",")))
        })
    }

    @Test func joinedJSONListsEveryReportOnceWithLinksToItsFiles() throws {
        let agency = try json("agencies/example-district/agency.json")
        #expect(agency["format"] as? String == "transparency-portal/agency@3")
        let agencyReports = try #require(agency["reports"] as? [[String: Any]])
        #expect(agencyReports.map { $0["year"] as? Int } == [2020, 2021])
        let first = agencyReports[0]
        #expect(first["form"] as? String == "gov-info-2019")
        #expect((first["keyFigures"] as? [String: Int])?["received"] == 46)
        #expect((first["checks"] as? [String: Any])?["status"] as? String == "consistent")
        #expect((first["files"] as? [String: String]) == ["json": "agencies/example-district/2020/report.json",
                                                          "csv": "agencies/example-district/2020/report.csv"])
        #expect(first["sections"] == nil, "a joined file lists reports, it does not copy them")
        #expect(((agency["files"] as? [String: Any])?["csv"] as? [String: String])
            == ["gov-info-2019": "agencies/example-district/agency-gov-info-2019.csv",
                "gov-info-2021": "agencies/example-district/agency-gov-info-2021.csv"])

        let year = try json("years/2021/year.json")
        #expect(year["format"] as? String == "transparency-portal/year@3")
        let reports = try #require(year["reports"] as? [[String: Any]])
        #expect(reports.compactMap { $0["agency"] as? String }
            == ["example-data", "example-district", "example-education", "example-street", "xiasha"])
        let totals = try #require(year["totals"] as? [[String: Any]])
        let received = try #require(totals.first { $0["id"] as? String == "received" })
        // 3 + 58 + 10 + 3 + 2 applications received in 2021 across the five agencies.
        #expect(received["value"] as? Int == 76)
        #expect(received["reportsCounted"] as? Int == 5)
        let acknowledged = try json("years/2022/year.json")["reports"] as? [[String: Any]]
        #expect(acknowledged?.compactMap { ($0["checks"] as? [String: Any])?["status"] as? String } == ["acknowledged", "consistent"])

        let portal = try json("data/portal.json")
        #expect(portal["format"] as? String == "transparency-portal/portal@3")
        #expect((portal["agencies"] as? [Any])?.count == 6)
        #expect((portal["years"] as? [[String: Any]])?.compactMap { $0["archive"] as? String }
            == ["years/2022/reports.jsonl.gz", "years/2021/reports.jsonl.gz", "years/2020/reports.jsonl.gz"])

        // Every report exactly once in its agency's, its year's and the portal's JSON.
        let portalReports = try #require(portal["reports"] as? [[String: Any]])
        func keys(_ entries: [[String: Any]]) -> [String] { entries.map { "\($0["agency"] ?? "")/\($0["year"] ?? "")" } }
        #expect(keys(portalReports) == Self.reports.map { "\($0.0)/\($0.1)" })
        for (slug, year) in Self.reports {
            let inAgency = keys(try json("agencies/\(slug)/agency.json")["reports"] as? [[String: Any]] ?? [])
            let inYear = keys(try json("years/\(year)/year.json")["reports"] as? [[String: Any]] ?? [])
            #expect(inAgency.filter { $0 == "\(slug)/\(year)" }.count == 1)
            #expect(inYear.filter { $0 == "\(slug)/\(year)" }.count == 1)
        }
        for entry in portalReports {
            for path in (entry["files"] as? [String: String] ?? [:]).values { #expect(files[path] != nil, "\(path) is listed but missing") }
        }
        // Each entry's quality line: its values in the order of the document's `qualityColumns`,
        // the same as the report's `facts.quality` (the names of quality.csv's columns).
        for document in [agency, year, portal] {
            let names = try #require(document["qualityColumns"] as? [String])
            #expect(names == ReportFacts.qualityColumnNames)
            for entry in try #require(document["reports"] as? [[String: Any]]) {
                let values = try #require(entry["quality"] as? [String])
                let report = try json(try #require((entry["files"] as? [String: String])?["json"]))
                let facts = try #require((report["facts"] as? [String: Any])?["quality"] as? [String: String])
                #expect(Dictionary(uniqueKeysWithValues: zip(names, values)) == facts && values.count == names.count)
            }
        }
    }

    /// The wide CSV's header is the identity columns, then every cell of the
    /// form by table, row and column id, in the order the form file lists them.
    @Test func wideCSVHeaderIsTheFormsCellIds() throws {
        for form in ["gov-info-2019", "gov-info-2021"] {
            let definition = try json("data/forms/\(form).json")
            var cells: [String] = []
            func leaves(_ rows: [[String: Any]]) -> [String] {
                rows.flatMap { row in (row["rows"] as? [[String: Any]]).map(leaves) ?? [row["id"] as! String] }
            }
            for table in definition["tables"] as? [[String: Any]] ?? [] {
                for block in table["blocks"] as? [[String: Any]] ?? [] {
                    let columns = (block["columns"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    for row in leaves(block["rows"] as? [[String: Any]] ?? []) {
                        cells += columns.map { "\(table["id"]!).\(row).\($0)" }
                    }
                }
            }
            #expect(cells.count == (form == "gov-info-2021" ? 200 : 198))
            #expect(Set(cells).count == cells.count, "cell column names are unique")
            let expected = ["agency_slug", "agency_name", "agency_kind", "parent", "year", "form", "checks", "url"]
                + ["published", "deadline", "timeliness", "days_late", "check_problems", "acknowledged_problems", "blank_cells",
                   "copied_overview_percent", "copied_problems_percent", "copied_other_percent", "previous_year", "large_changes"]
                + cells
            #expect(try wideRows("data/portal-\(form).csv").header == expected)
            let schema = try json("data/schemas/wide-\(form).json")
            #expect((schema["fields"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == expected)
        }
    }

    @Test func wideCSVsHoldEveryReportOnceWithItsCells() throws {
        let portal2021 = try wideRows("data/portal-gov-info-2021.csv").rows
        let portal2019 = try wideRows("data/portal-gov-info-2019.csv").rows
        #expect((portal2019 + portal2021).map { "\($0["agency_slug"]!)/\($0["year"]!)" }.sorted()
            == Self.reports.map { "\($0.0)/\($0.1)" }.sorted())
        let xiasha = try #require(portal2021.first { $0["agency_slug"] == "xiasha" })
        // 下沙: 2 new applications from natural persons, 1 carried over, as published.
        #expect(xiasha["applications.received.naturalPersons"] == "2")
        #expect(xiasha["applications.carriedOver.total"] == "1")
        #expect(xiasha["checks"] == "consistent" && xiasha["url"] == "agencies/xiasha/2021/")
        for (slug, year) in Self.reports {
            let form = year == 2020 ? "gov-info-2019" : "gov-info-2021"
            let inAgency = try wideRows("agencies/\(slug)/agency-\(form).csv").rows.filter { $0["year"] == String(year) }
            let inPortal = try wideRows("data/portal-\(form).csv").rows.filter { $0["agency_slug"] == slug && $0["year"] == String(year) }
            let inYear = try wideRows("years/\(year)/year-\(form).csv").rows.filter { $0["agency_slug"] == slug }
            #expect(inAgency.count == 1 && inPortal.count == 1 && inYear.count == 1,
                    "\(slug)/\(year) once in its agency's, the portal's and its year's CSV")
            #expect(inAgency == inYear && inPortal == inYear)
        }
        #expect(files["years/2021/year-gov-info-2019.csv"] == nil, "no file for a form the year does not use")
        let figures = try csvLines("data/key-figures.csv")
        #expect(figures.count == 11)
        #expect(figures.contains("xiasha,杭州市钱塘区人民政府下沙街道办事处,2021,gov-info-2021,2,1,3,0,0,0,0"))
    }

    /// Each year's archive is its reports' report.json files, a line each, in portal order.
    @Test func yearArchivesDecompressToTheReportDocuments() throws {
        for year in [2020, 2021, 2022] {
            let archive = try #require(files["years/\(year)/reports.jsonl.gz"])
            #expect(archive.starts(with: [0x1F, 0x8B]))
            let text = String(decoding: try #require(Gzip.decompress(archive)), as: UTF8.self)
            let expected = Self.reports.filter { $0.1 == year }.map { files["agencies/\($0.0)/\($0.1)/report.json"]! }
            #expect(text == expected.map { String(decoding: $0, as: UTF8.self) }.joined())
        }
    }

    @Test func everyPageAndDownloadIsThere() {
        var expected = ["index.html", "404.html", "agencies/index.html", "years/index.html", "data/index.html",
                        "data/portal.json", "data/portal-gov-info-2019.csv", "data/portal-gov-info-2021.csv", "data/key-figures.csv",
                        "data/schemas/cells.json", "data/schemas/wide-gov-info-2019.json", "data/schemas/wide-gov-info-2021.json",
                        "data/forms/gov-info-2019.json", "data/forms/gov-info-2021.json", "assets/style.css",
                        "assets/search.js", "assets/favicon.svg", "feed.xml", "sitemap.xml", "robots.txt",
                        "datapackage.json", "search/index.html",
                        "compare/index.html", "assets/compare.js"]
        for (slug, forms) in [("example-data", ["2021"]), ("example-district", ["2019", "2021"]), ("example-education", ["2019", "2021"]),
                              ("example-info-office", ["2019"]), ("example-street", ["2021"]), ("xiasha", ["2021"])] {
            expected += ["agencies/\(slug)/index.html", "agencies/\(slug)/agency.json"]
            expected += forms.map { "agencies/\(slug)/agency-gov-info-\($0).csv" }
        }
        for (slug, year) in Self.reports {
            expected += ["agencies/\(slug)/\(year)/index.html", "agencies/\(slug)/\(year)/report.json", "agencies/\(slug)/\(year)/report.csv"]
        }
        for year in [2020, 2021, 2022] {
            expected += ["years/\(year)/index.html", "years/\(year)/year.json", "years/\(year)/reports.jsonl.gz",
                         "years/\(year)/year-gov-info-\(year == 2020 ? 2019 : 2021).csv", "years/\(year)/quality.csv"]
        }
        // The search index's files (manifest, shards, documents, kinds, text parts) are SearchIndexTests' to count.
        let search = files.keys.filter { $0.hasPrefix("search/") && $0 != "search/index.html" }
        #expect(search.contains("search/manifest.json") && search.contains { $0.hasPrefix("search/shards/") })
        #expect(files.keys.filter { !search.contains($0) }.sorted() == expected.sorted())
    }

    @Test func feedSitemapAndRobotsDescribeTheSite() throws {
        let feed = String(decoding: try #require(files["feed.xml"]), as: UTF8.self)
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 10)
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://portal.example.org/agencies/xiasha/2021/\"/>"))
        #expect(feed.contains("<updated>2021-12-31T00:00:00Z</updated>"), "a report without a date is dated at its year's end")
        // Newest first: the 2022 report leads.
        #expect(feed.range(of: "example-street/2022")!.lowerBound < feed.range(of: "xiasha/2021")!.lowerBound)
        let parsed = XMLParser(data: try #require(files["feed.xml"]))
        #expect(parsed.parse(), "feed.xml is well-formed XML")
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 6 + 6 + 10 + 3)
        #expect(sitemap.contains("<loc>https://portal.example.org/search/</loc>"))
        #expect(XMLParser(data: try #require(files["sitemap.xml"])).parse())
        #expect(String(decoding: try #require(files["robots.txt"]), as: UTF8.self) == "User-agent: *\nAllow: /\nSitemap: https://portal.example.org/sitemap.xml\n")
    }

    @Test func dataPackageDescribesEveryPortalAndYearFile() throws {
        let package = try json("datapackage.json")
        let resources = try #require(package["resources"] as? [[String: Any]])
        let paths = resources.compactMap { $0["path"] as? String }
        #expect(paths == ["data/portal-gov-info-2021.csv", "data/portal-gov-info-2019.csv", "data/key-figures.csv",
                          "years/2022/year-gov-info-2021.csv", "years/2022/quality.csv", "years/2022/reports.jsonl.gz",
                          "years/2021/year-gov-info-2021.csv", "years/2021/quality.csv", "years/2021/reports.jsonl.gz",
                          "years/2020/year-gov-info-2019.csv", "years/2020/quality.csv", "years/2020/reports.jsonl.gz"])
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            #expect(files[path] != nil, "\(path) is described but missing")
            guard resource["format"] as? String == "csv" else { continue }
            let header = try csvLines(path)[0].components(separatedBy: ",")
            let schema: [String: Any] = if let inline = resource["schema"] as? [String: Any] { inline } else {
                try json(try #require(resource["schema"] as? String))
            }
            #expect((schema["fields"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == header, "\(path)")
        }
        let cells = try json("data/schemas/cells.json")
        #expect(cells["format"] as? String == "transparency-portal/cells@3")
        #expect((cells["fields"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            == (try csvLines("agencies/xiasha/2021/report.csv"))[0].components(separatedBy: ","))
    }

    /// Every relative link and asset reference on every page resolves to a
    /// rendered file; a link to the compare page names two reports whose data exists.
    @Test func internalLinksResolve() throws {
        let pattern = try NSRegularExpression(pattern: ##"(?:href|src)="([^"#:?]*)(?:\?([^"#]*))?(?:#[^"]*)?""##)
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            let folder = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let link = String(html[Range(match.range(at: 1), in: html)!])
                if let query = Range(match.range(at: 2), in: html).map({ String(html[$0]) }) {
                    for item in query.components(separatedBy: "&amp;") {
                        let report = item.drop { $0 != "=" }.dropFirst()
                        #expect(files[report + "report.json"] != nil, "\(path) compares \(report), which does not exist")
                    }
                }
                if link.isEmpty { continue }
                var target = URL(fileURLWithPath: link, relativeTo: folder).standardizedFileURL.path + "/"
                #expect(target.hasPrefix("/site/"), "\(path) links outside the site: \(link)")
                target = String(target.dropFirst("/site/".count).dropLast())
                if link.hasSuffix("/") || target.isEmpty { target += target.isEmpty ? "index.html" : "/index.html" }
                #expect(files[target] != nil, "\(path) links to \(link), which does not exist")
            }
        }
    }
}

@Suite("Blank cells in downloads")
struct BlankDownloadTests {
    @Test func aBlankCellIsNullWithItsPrintedMark() throws {
        let site = try TestSite()
        try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  licensing:          [0]", with: "  licensing:          [\"-\"]")
        let files = try ExamplePortal.render(root: site.root).files
        let data = try #require(files["agencies/xiasha/2021/report.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let proactive = try #require((json["sections"] as? [[String: Any]])?.first { $0["id"] as? String == "proactive" })
        let rows = (proactive["blocks"] as? [[String: Any]] ?? [])
            .flatMap { ReportDocumentCells.leaves($0["rows"] as? [[String: Any]] ?? [], children: "rows") }
        let licensing = try #require(rows.first { $0["id"] as? String == "licensing" })
        #expect((licensing["values"] as? [Any])?.first is NSNull)
        #expect((licensing["published"] as? [String: String]) == ["decisions": "-"])
        let csvData = try #require(files["agencies/xiasha/2021/report.csv"])
        let csv = String(decoding: csvData, as: UTF8.self)
        #expect(csv.contains("\r\nlicensing,第（五）项 行政许可,decisions,,-\r\n"))
    }
}
