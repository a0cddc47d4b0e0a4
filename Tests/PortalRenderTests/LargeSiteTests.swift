import Foundation
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

/// A generated portal of 2,001 reports (667 agencies in regions of 30,
/// some lone, three years each): its lists are paged, every report is
/// reachable by links from the home page, and the search files stay small.
@Suite("A large portal")
struct LargeSiteTests {
    static let agencyCount = 667

    /// The example's 示例区教育局 reports (2020–2022), copied for every generated agency.
    static func portal() throws -> Portal {
        let example = try #require(SiteLoader(root: Repository.exampleSite).load().portal)
        let template = example.reports.filter { $0.agencySlug == "example-education" }
        var agencies: [Agency] = []
        var reports: [Report] = []
        for number in 0..<agencyCount {
            let slug = String(format: "gen-%04d", number)
            let region = number / 30
            let root = String(format: "gen-%04d", region * 30)
            let lone = number >= 640
            let isRoot = number % 30 == 0 && !lone
            let location = SourceLocation(path: "content/agencies/\(slug)/agency.yaml")
            agencies.append(Agency(
                slug: slug,
                name: lone ? "示例机构第\(number)号" : isRoot ? "示例省第\(region)示例市人民政府" : "示例省第\(region)示例市第\(number)号示例局",
                shortName: "示例\(number)", kind: lone ? .other : isRoot ? .government : .department,
                parent: lone || isRoot ? nil : Located(root, at: location), location: location))
            for report in template {
                var copy = report
                copy.agencySlug = slug
                reports.append(copy)
            }
        }
        return Portal(site: example.site, forms: example.forms, agencies: agencies, reports: reports)
    }

    /// Pages and search files only (the downloads are not what this is about).
    static let files: [String: Data] = {
        let sink = MemorySink()
        do {
            let root = Repository.exampleSite
            let theme = try #require(Theme.compile(ThemeLoader.load(from: root.appendingPathComponent("theme")).0).theme)
            let renderer = SiteRenderer(portal: try portal(), theme: theme)
            for step in SiteRenderer.steps where ["pages", "feeds, sitemap and search index"].contains(step.name) {
                try step.run(renderer, sink)
            }
        } catch {
            Issue.record(error)
        }
        return sink.files
    }()

    /// The folder a relative link from a page in `folder` leads to.
    static func resolve(_ link: String, from folder: String) -> String? {
        // A page's address without its query (the compare page takes two reports in it).
        let link = String(link.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        guard !link.contains(":"), !link.hasPrefix("#"), link.hasSuffix("/") || link == "./" else { return nil }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in link.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    @Test func everyReportIsReachableByLinksFromTheHomePage() throws {
        let files = Self.files
        var seen: Set<String> = [""]
        var queue = [""]
        while let folder = queue.popLast() {
            guard let page = files[folder + "index.html"] else { continue }
            let html = String(decoding: page, as: UTF8.self)
            for match in html.matches(of: /href="([^"]+)"/) {
                if let target = Self.resolve(String(match.1), from: folder), seen.insert(target).inserted { queue.append(target) }
            }
        }
        let reports = try Self.portal().reports.map { SitePaths.report($0.agencySlug, $0.year) }
        #expect(reports.count == 2_001)
        let unreachable = reports.filter { !seen.contains($0) }
        #expect(unreachable.isEmpty, "\(unreachable.count) reports not linked, e.g. \(unreachable.prefix(3))")
        // Every page the crawl found exists: no link leads nowhere.
        let missing = seen.filter { files[$0 + "index.html"] == nil }
        #expect(missing.isEmpty, "\(missing.sorted().prefix(5))")
    }

    @Test func longListsArePagedWithStableLinkedURLs() throws {
        let files = Self.files
        // 667 agencies, 200 a page: four pages.
        #expect(files["agencies/page/4/index.html"] != nil && files["agencies/page/5/index.html"] == nil)
        let second = String(decoding: try #require(files["agencies/page/2/index.html"]), as: UTF8.self)
        #expect(second.contains("<link rel=\"prev\" href=\"../../../agencies/\">"))
        #expect(second.contains("<link rel=\"next\" href=\"../../../agencies/page/3/\">"))
        // A region cut by the page break goes on, marked as continued.
        #expect(second.contains("（续）"))
        // Regions before the lone agencies, each region's agencies under it.
        let last = String(decoding: try #require(files["agencies/page/4/index.html"]), as: UTF8.self)
        #expect(last.contains("<h2>其他机构</h2>") && !last.contains("rel=\"next\""))
        // A year's 667 reports: four pages; the ranking keeps its top 20.
        let year = String(decoding: try #require(files["years/2021/index.html"]), as: UTF8.self)
        #expect(files["years/2021/page/4/index.html"] != nil && files["years/2021/page/5/index.html"] == nil)
        #expect(year.components(separatedBy: "<td class=\"num\">20</td><th scope=\"row\">").count == 2)
        #expect(!year.contains("<td class=\"num\">21</td><th scope=\"row\">"))
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.contains("/agencies/page/4/</loc>") && sitemap.contains("/years/2021/page/4/</loc>"))
        // The home page summarises: no row per agency.
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(home.utf8.count < 40_000)
        #expect(home.contains("示例省第0示例市人民政府") && home.contains("其他地区及机构"))
    }

    @Test func searchFilesStayWithinTheirLimits() throws {
        let files = Self.files
        let search = files.filter { $0.key.hasPrefix("search/") && $0.key != "search/index.html" }
        let manifest = try #require(search["search/manifest.json"])
        #expect(manifest.count < 16_000)
        for (path, data) in search where path.hasPrefix("search/shards/") {
            // Over the limit only when one key's lists are that large by themselves.
            var offset = 0
            let bytes = [UInt8](data)
            var keys = 0
            while offset < bytes.count, let length = PostingList.readVarint(bytes, at: &offset) {
                offset += Int(length)
                _ = PostingList.decode(bytes, at: &offset)
                _ = PostingList.decode(bytes, at: &offset)
                keys += 1
            }
            #expect(offset == bytes.count, "\(path) reads to its end")
            #expect(data.count <= SearchIndex.shardBytes || keys == 1, "\(path): \(data.count) bytes")
        }
        for (path, data) in search where path.hasPrefix("search/docs/") { #expect(data.count < 12_000, "\(path)") }
        // Four documents a text file, each part at most 4 KB.
        for (path, data) in search where path.hasPrefix("search/text/") {
            let texts = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]], "\(path)")
            #expect(texts.count <= SearchIndex.documentsPerText && texts.allSatisfy { $0.allSatisfy { $0.utf8.count <= SearchIndex.partBytes } }, "\(path)")
        }
        // 公开, in every report: the manifest, its shard, the first documents' rows and texts (20 results).
        let lists = try SearchIndexTests.lists("公开", in: files)
        #expect(lists.text.count == 2_001)
        let firsts = try SearchIndexTests.json("search/manifest.json", in: files, as: [String: Any].self)["shards"] as? [String]
        let shard = try #require(firsts?.lastIndex { !SearchTerms.precedes("公开", $0) })
        var fetched = manifest.count + (search[SitePaths.searchShard(shard)]?.count ?? 0)
        fetched += search[SitePaths.searchDocuments(0)]?.count ?? 0
        for file in Set(lists.text.prefix(20).map { Int($0) / SearchIndex.documentsPerText }) {
            fetched += search[SitePaths.searchText(file)]?.count ?? 0
        }
        #expect(fetched < 300_000, "\(fetched) bytes for 公开")
        // Every page is far below 500 KB.
        let largest = files.filter { $0.key.hasSuffix(".html") }.map(\.value.count).max() ?? 0
        #expect(largest < 500_000)
    }

    /// A portal of one city: the home page's regions are its 区, the city's own line holding it
    /// and the departments directly under it.
    @Test func oneCityIsSummarisedByItsDistricts() throws {
        let example = try #require(SiteLoader(root: Repository.exampleSite).load().portal)
        func agency(_ slug: String, _ name: String, _ kind: Agency.Kind, parent: String?) -> Agency {
            let location = SourceLocation(path: "content/agencies/\(slug)/agency.yaml")
            return Agency(slug: slug, name: name, shortName: name, kind: kind, parent: parent.map { Located($0, at: location) }, location: location)
        }
        var agencies = [agency("city", "示例市人民政府", .government, parent: nil),
                        agency("city-finance", "示例市财政局", .department, parent: "city")]
        for district in ["east", "west"] {
            agencies.append(agency(district, "示例市\(district)区人民政府", .government, parent: "city"))
            agencies.append(agency("\(district)-street", "示例市\(district)区示例街道办事处", .subdistrict, parent: district))
        }
        agencies.append(agency("lone", "示例机构", .other, parent: nil))
        let portal = Portal(site: example.site, forms: example.forms, agencies: agencies, reports: [])
        let home = PageContext(index: SiteIndex(portal)).home().extra
        #expect(home.byRegion.map(\.label) == ["示例市人民政府（本级）", "示例市east区人民政府", "示例市west区人民政府", "其他机构"])
        #expect(home.byRegion.map(\.agencyCount) == [2, 2, 2, 1])
        #expect(home.byKind.map(\.label) == ["人民政府", "政府部门", "街道办事处", "其他机构"])
    }
}
