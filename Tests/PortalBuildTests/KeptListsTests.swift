import Foundation
import PortalBuild
import PortalTestSupport
import Testing

/// Pages and files that list many reports are kept by what they show:
/// the one-of-a-kind pages by the shared inputs (and the totals the home
/// and years pages print), a year's later pages by their own rows, a
/// year's quality.csv by its year's reports, the search files listing
/// every document by the documents' order and counts of text parts. Each
/// rebuild here must equal a clean build.
@Suite("Lists kept by what they show")
struct KeptListsTests {
    /// A cached rebuild, checked against a clean build; its count of kept files.
    static func rebuild(_ site: TestSite, _ comment: Comment, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let rebuilt = try SiteBuilder(root: site.root).build()
        try? FileManager.default.removeItem(at: site.url("clean"))
        let clean = try SiteBuilder(root: site.root, output: site.url("clean")).build()
        #expect(rebuilt.manifest == clean.manifest, comment, sourceLocation: sourceLocation)
        #expect(try snapshotFolder(site.url("public")) == snapshotFolder(site.url("clean")), comment, sourceLocation: sourceLocation)
        return rebuilt.reusedFiles
    }

    @Test func theHomeAndYearsPagesAreRenderedWhenTheTotalsTheyPrintChange() throws {
        let site = try TestSite()
        try SiteBuilder(root: site.root).build()
        let street = "content/agencies/example-street/2022"
        try site.edit("\(street)/overview.md", replacing: "。", with: "。（已更新）")
        let narrative = try Self.rebuild(site, "a narrative of the latest year")
        let home = try site.read("public/index.html")
        // 行政复议: a key figure.
        try site.edit("\(street)/report.yaml", replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [12, 0, 0, 0, 12,")
        let figures = try Self.rebuild(site, "a figure of the latest year")
        #expect(figures == narrative - 2, "the home and years pages print the year's totals")
        #expect(try site.read("public/index.html") != home)
        // Last year's figures: the years page only.
        let lastYearReport = "content/agencies/example-street/2021/report.yaml"
        try site.write(lastYearReport, try site.read(lastYearReport) + "\n# 一行注释\n")
        let unchanged = try Self.rebuild(site, "a comment in last year's report")
        try site.edit(lastYearReport, replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [12, 0, 0, 0, 12,")
        let lastYear = try Self.rebuild(site, "a figure of last year")
        #expect(lastYear == unchanged - 1, "the years page prints every year's totals")
    }

    /// 205 agencies' 2022 reports besides the example's: two pages of the year.
    @Test func aYearsLaterPageIsRenderedOnlyWhenOneOfItsRowsChanges() throws {
        let site = try TestSite()
        let slugs = (0..<205).map { String(format: "copy-%03d", $0) }
        for (number, slug) in slugs.enumerated() {
            try FileManager.default.copyItem(at: site.url("content/agencies/example-street"), to: site.url("content/agencies/\(slug)"))
            try site.remove("content/agencies/\(slug)/2021")
            try site.edit("content/agencies/\(slug)/agency.yaml", replacing: "示例街道办事处", with: "第\(number)街道办事处")
        }
        try SiteBuilder(root: site.root).build()
        let second = try site.read("public/years/2022/page/2/index.html")
        let onSecond = try #require(slugs.first { second.contains("agencies/\($0)/2022/") })
        let onFirst = try #require(slugs.first { !second.contains("agencies/\($0)/2022/") })
        try site.edit("content/agencies/\(onFirst)/2022/overview.md", replacing: "。", with: "。（已更新）")
        let first = try Self.rebuild(site, "a report on the first page")
        try site.edit("content/agencies/\(onSecond)/2022/overview.md", replacing: "。", with: "。（已更新）")
        let later = try Self.rebuild(site, "a report on the second page")
        #expect(first == later + 1, "the second page is kept while none of its rows changed")
        #expect(try site.read("public/years/2022/page/2/index.html") == second, "a narrative is not a row")
    }
}
