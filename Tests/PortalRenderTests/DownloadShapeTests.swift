import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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
            #expect(report["format"] as? String == "transparency-portal/report@1")
            #expect(report["year"] as? Int == year)
            #expect((report["form"] as? [String: Any])?["id"] as? String == form)
            let sections = try #require(report["sections"] as? [[String: Any]])
            #expect(sections.map { $0["number"] as? String } == ["一", "二", "三", "四", "五", "六"])
            let blocks = sections.compactMap { $0["blocks"] as? [[String: Any]] }.joined()
            var cellCount = 0
            for block in blocks {
                let columns = try #require(block["columns"] as? [[String: Any]])
                #expect(columns.allSatisfy { $0["label"] is String && $0["id"] is String && $0["header"] is [String] })
                for row in try #require(block["rows"] as? [[String: Any]]) {
                    #expect(row["label"] is String && row["ref"] is String)
                    let values = try #require(row["values"] as? [Any])
                    #expect(values.count == columns.count)
                    cellCount += values.count
                }
            }
            #expect(cellCount == cellsPerForm[form])
            let lines = try csvLines("agencies/\(slug)/\(year)/report.csv")
            #expect(lines.first == "agency_slug,year,form,table,row_id,row_ref,column_id,value,published_mark")
            #expect(lines.contains { $0.hasPrefix("\(slug),\(year),\(form),appeals,cases,行政复议、行政诉讼,reviewTotal,") })
            #expect(lines.count == 1 + cellsPerForm[form]!)
        }
    }

    @Test func agencyYearAndPortalFilesHoldTheirReports() throws {
        let agency = try json("agencies/example-district/agency.json")
        #expect(agency["format"] as? String == "transparency-portal/agency@1")
        #expect((agency["reports"] as? [[String: Any]])?.map { $0["year"] as? Int } == [2020, 2021])

        let year = try json("years/2021/year.json")
        let reports = try #require(year["reports"] as? [[String: Any]])
        #expect(reports.compactMap { ($0["agency"] as? [String: Any])?["slug"] as? String }
            == ["example-district", "example-education", "example-street", "xiasha"])
        let totals = try #require(year["totals"] as? [[String: Any]])
        let received = try #require(totals.first { $0["id"] as? String == "received" })
        // 58 + 10 + 3 + 2 applications received in 2021 across the four agencies.
        #expect(received["value"] as? Int == 73)
        #expect(received["reportsCounted"] as? Int == 4)

        let portal = try json("data/portal.json")
        #expect((portal["reports"] as? [Any])?.count == 8)
        #expect((portal["agencies"] as? [Any])?.count == 4)
        #expect(try csvLines("data/portal.csv").count == 1 + 200 * 6 + 198 * 2)
        #expect(try csvLines("years/2021/year.csv").count == 1 + 200 * 4)
        #expect(try csvLines("agencies/xiasha/agency.csv").count == 1 + 200)
        let figures = try csvLines("data/key-figures.csv")
        #expect(figures.count == 9)
        #expect(figures.contains("xiasha,杭州市钱塘区人民政府下沙街道办事处,2021,gov-info-2021,2,1,3,0,0,0,0"))
    }

    @Test func everyPageAndDownloadIsThere() {
        var expected = ["index.html", "404.html", "agencies/index.html", "years/index.html", "data/index.html",
                        "data/portal.json", "data/portal.csv", "data/key-figures.csv",
                        "data/forms/gov-info-2019.json", "data/forms/gov-info-2021.json", "assets/style.css",
                        "assets/search.js", "assets/favicon.svg", "feed.xml", "sitemap.xml", "robots.txt",
                        "data/datapackage.json", "search/index.html", "search/manifest.json", "search/shards/0.bin",
                        "search/docs/0.json", "search/kinds/department.bin", "search/kinds/government.bin",
                        "search/kinds/subdistrict.bin", "search/text/xiasha/2021-1.txt"]
        for slug in ["example-district", "example-education", "example-street", "xiasha"] {
            expected += ["agencies/\(slug)/index.html", "agencies/\(slug)/agency.json", "agencies/\(slug)/agency.csv"]
        }
        for (slug, year) in [("example-district", 2020), ("example-district", 2021), ("example-education", 2020),
                             ("example-education", 2021), ("example-education", 2022), ("example-street", 2021), ("example-street", 2022), ("xiasha", 2021)] {
            expected += ["agencies/\(slug)/\(year)/index.html", "agencies/\(slug)/\(year)/report.json", "agencies/\(slug)/\(year)/report.csv",
                         "search/text/\(slug)/\(year)-0.txt"]
        }
        for year in [2020, 2021, 2022] {
            expected += ["years/\(year)/index.html", "years/\(year)/year.json", "years/\(year)/year.csv"]
        }
        #expect(files.keys.sorted() == expected.sorted())
    }

    @Test func feedSitemapAndRobotsDescribeTheSite() throws {
        let feed = String(decoding: try #require(files["feed.xml"]), as: UTF8.self)
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 8)
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://portal.example.org/agencies/xiasha/2021/\"/>"))
        #expect(feed.contains("<updated>2021-12-31T00:00:00Z</updated>"), "a report without a date is dated at its year's end")
        // Newest first: the 2022 report leads.
        #expect(feed.range(of: "example-street/2022")!.lowerBound < feed.range(of: "xiasha/2021")!.lowerBound)
        let parsed = XMLParser(data: try #require(files["feed.xml"]))
        #expect(parsed.parse(), "feed.xml is well-formed XML")
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 5 + 4 + 8 + 3)
        #expect(sitemap.contains("<loc>https://portal.example.org/search/</loc>"))
        #expect(XMLParser(data: try #require(files["sitemap.xml"])).parse())
        #expect(String(decoding: try #require(files["robots.txt"]), as: UTF8.self) == "User-agent: *\nAllow: /\nSitemap: https://portal.example.org/sitemap.xml\n")
    }

    @Test func dataPackageDescribesTheCSVColumns() throws {
        let package = try json("data/datapackage.json")
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.map { $0["path"] as? String } == ["portal.csv", "key-figures.csv"])
        let fields = try #require((resources[0]["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        let header = try csvLines("data/portal.csv")[0].components(separatedBy: ",")
        #expect(fields.compactMap { $0["name"] as? String } == header)
        let figureFields = try #require((resources[1]["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        #expect(figureFields.compactMap { $0["name"] as? String } == (try csvLines("data/key-figures.csv"))[0].components(separatedBy: ","))
    }

    /// Every relative link and asset reference on every page resolves to a
    /// rendered file.
    @Test func internalLinksResolve() throws {
        let pattern = try NSRegularExpression(pattern: ##"(?:href|src)="([^"#:]*)(?:#[^"]*)?""##)
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            let folder = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let link = String(html[Range(match.range(at: 1), in: html)!])
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
        let rows = (proactive["blocks"] as? [[String: Any]] ?? []).flatMap { $0["rows"] as? [[String: Any]] ?? [] }
        let licensing = try #require(rows.first { $0["id"] as? String == "licensing" })
        #expect((licensing["values"] as? [Any])?.first is NSNull)
        #expect((licensing["published"] as? [String: String]) == ["decisions": "-"])
        let csvData = try #require(files["agencies/xiasha/2021/report.csv"])
        let csv = String(decoding: csvData, as: UTF8.self)
        #expect(csv.contains("xiasha,2021,gov-info-2021,proactive,licensing,第（五）项 行政许可,decisions,,-\r\n"))
    }
}
