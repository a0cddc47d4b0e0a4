import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// `deadlines:` in site.yaml and `since:`/`until:` in agency.yaml.
@Suite("Deadlines and agency years")
struct ReaderSettingsTests {
    static func load(_ site: TestSite) -> (Portal?, [Diagnostic]) {
        let loaded = SiteLoader(root: site.root).load()
        return (loaded.portal, loaded.diagnostics)
    }

    static func dropDeadlines(_ site: TestSite) throws {
        let text = try site.read("content/site.yaml")
        try site.write("content/site.yaml", String(text[..<text.range(of: "# When reports are due")!.lowerBound]))
    }

    @Test func withoutDeadlinesTheStatutoryOnesApply() throws {
        let site = try TestSite()
        try Self.dropDeadlines(site)
        let (portal, diagnostics) = Self.load(site)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let deadlines = try #require(portal).site.deadlines
        #expect(deadlines[.government] == Deadline(month: 3, day: 31))
        #expect(deadlines[.department] == Deadline(month: 1, day: 31))
        #expect(deadlines[.subdistrict] == Deadline(month: 1, day: 31))
    }

    @Test func aSiteOverridesOneKindAndKeepsTheOthers() throws {
        let site = try TestSite()
        try Self.dropDeadlines(site)
        try site.write("content/site.yaml", try site.read("content/site.yaml") + "deadlines: { department: \"02-15\" }\n")
        let (portal, diagnostics) = Self.load(site)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let deadlines = try #require(portal).site.deadlines
        #expect(deadlines[.department] == Deadline(month: 2, day: 15))
        #expect(deadlines[.government] == Deadline(month: 3, day: 31))
    }

    @Test(arguments: [
        ("deadlines: [\"03-31\"]\n", "deadlines must map agency kinds to days, found a list"),
        ("deadlines:\n  goverment: \"03-31\"\n", "“goverment” in deadlines is not an agency kind"),
        ("deadlines:\n  department: \"31-01\"\n", "the deadline of department must be a day written MM-DD, found “31-01”"),
        ("deadlines:\n  department: \"02-30\"\n", "the deadline of department must be a day written MM-DD, found “02-30”"),
        ("deadlines:\n  department: 1-31\n", "the deadline of department must be a day written MM-DD, found “1-31”"),
    ])
    func aWrongDeadlineIsAnErrorAtItsLine(yaml: String, message: String) throws {
        let site = try TestSite()
        try Self.dropDeadlines(site)
        let before = try site.read("content/site.yaml")
        try site.write("content/site.yaml", before + yaml)
        let (_, diagnostics) = Self.load(site)
        let problem = try #require(diagnostics.first { $0.rule == "deadlines" }, "\(diagnostics)")
        #expect(problem.message == message)
        #expect(problem.location.path == "content/site.yaml")
        let firstLine = before.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(problem.location.line >= firstLine && problem.location.line <= firstLine + 1, "\(problem)")
        #expect(problem.severity == .error)
    }

    @Test func sinceAndUntilAreRead() throws {
        let (portal, diagnostics) = Self.load(try TestSite())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let data = try #require(portal?.agency("example-data"))
        #expect(data.since == 2021 && data.until == nil)
        #expect(!data.owesReport(for: 2020) && data.owesReport(for: 2021) && data.owesReport(for: 2030))
        let office = try #require(portal?.agency("example-info-office"))
        #expect(office.until == 2020 && office.owesReport(for: 2020) && !office.owesReport(for: 2021))
        #expect(try #require(portal?.agency("xiasha")).owesReport(for: 1999))
    }

    @Test func sinceAfterUntilIsAnError() throws {
        let site = try TestSite()
        try site.edit("content/agencies/example-data/agency.yaml", replacing: "since: 2021", with: "since: 2021\nuntil: 2019")
        let (_, diagnostics) = Self.load(site)
        let problem = try #require(diagnostics.first { $0.rule == "agency-years" })
        #expect(problem.description.hasPrefix("content/agencies/example-data/agency.yaml:9:8: error[agency-years]: until: 2019 is before since: 2021"))
    }

    @Test func aSinceThatIsNotAYearIsAnError() throws {
        let site = try TestSite()
        try site.edit("content/agencies/example-data/agency.yaml", replacing: "since: 2021", with: "since: 二〇二一")
        let (_, diagnostics) = Self.load(site)
        let problem = try #require(diagnostics.first { $0.rule == "agency-years" })
        #expect(problem.description.hasPrefix("content/agencies/example-data/agency.yaml:8:8: error[agency-years]: “since” must be a year such as 2021, found “二〇二一”"))
    }
}
