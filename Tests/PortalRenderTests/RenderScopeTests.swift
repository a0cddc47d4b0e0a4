import PortalRender
import Testing

/// Which output files a patch's scope makes: `LiveOutput.finish` deletes the
/// covered files a patch did not write, so a wrong answer here deletes a
/// page of another agency or leaves a removed report's files behind.
@Suite("What a render scope covers")
struct RenderScopeTests {
    let scope = RenderScope(reports: ["agency-a/2021"], agencies: ["agency-a"], years: [2021], listsChanged: false)

    @Test(arguments: [
        // The scoped report's files, its agency's, its year's.
        ("agencies/agency-a/2021/index.html", true),
        ("agencies/agency-a/2021/report.json", true),
        ("agencies/agency-a/index.html", true),
        ("agencies/agency-a/agency.json", true),
        ("years/2021/index.html", true),
        ("years/2021/page/3/index.html", true),
        // Another year of the same agency, other agencies, other years.
        ("agencies/agency-a/2020/index.html", false),
        ("agencies/agency-b/2021/index.html", false),
        ("agencies/agency-b/index.html", false),
        ("agencies/agency-ab/2021/report.csv", false),
        ("years/2020/year.json", false),
        // Search text files hold two reports each: site-wide (a patch keeps those it leaves alone),
        // and so are the one-report files of search@1, which a patch removes.
        ("search/text/3.json", true),
        ("search/text/agency-b/2021-0.txt", true),
        // Site-wide: lists, search, data, the years index, odd names.
        ("agencies/index.html", true),
        ("agencies/page/2/index.html", true),
        ("years/index.html", true),
        ("search/shards/3.bin", true),
        ("data/portal.json", true),
        ("index.html", true),
        ("agencies/agency-b/notes/x.txt", true),
        ("years/draft/index.html", true),
    ])
    func coversItsOwnFilesAndTheSiteWideOnes(path: String, covered: Bool) {
        #expect(scope.covers(path) == covered, "\(path)")
    }

    @Test func everythingCoversEverything() {
        for path in ["agencies/agency-b/2020/index.html", "years/2020/year.json", "agencies/agency-b/index.html"] {
            #expect(RenderScope.everything.covers(path))
        }
    }

    @Test func anAgencyScopeWithoutReportsCoversItsPagesNotItsReports() {
        let agencyOnly = RenderScope(reports: [], agencies: ["agency-a"], years: [], listsChanged: true)
        #expect(agencyOnly.covers("agencies/agency-a/index.html"))
        #expect(!agencyOnly.covers("agencies/agency-a/2021/index.html"))
        #expect(!agencyOnly.covers("years/2021/index.html"))
    }
}
