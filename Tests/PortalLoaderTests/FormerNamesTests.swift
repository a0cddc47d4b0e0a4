import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// `formerNames:` in agency.yaml: the names a renamed body had, each with the last year of it when known.
@Suite("Former names")
struct FormerNamesTests {
    static func load(_ site: TestSite) -> (Portal?, [Diagnostic]) {
        let loaded = SiteLoader(root: site.root).load()
        return (loaded.portal, loaded.diagnostics)
    }

    static let path = "content/agencies/example-data/agency.yaml"

    static func site(_ lines: String) throws -> TestSite {
        let site = try TestSite()
        try site.edit(path, replacing: "since: 2021", with: "since: 2021\n" + lines)
        return site
    }

    @Test func everyFormOfTheListIsRead() throws {
        let lists: [(String, [Agency.FormerName])] = [
            ("formerNames:\n  - 示例区信息中心\n  - name: 示例区信息化办公室\n    until: 2020\n",
             [Agency.FormerName("示例区信息中心"), Agency.FormerName("示例区信息化办公室", until: 2020)]),
            ("formerNames: [示例区信息中心, 示例区信息化办公室]\n", [Agency.FormerName("示例区信息中心"), Agency.FormerName("示例区信息化办公室")]),
            ("formerNames: 示例区信息中心\n", [Agency.FormerName("示例区信息中心")]),
            // Blanks, its own name and a name twice are left out.
            ("formerNames:\n  - \n  - 示例市示例区数据资源管理局\n  - 示例区信息中心\n  - 示例区信息中心\n", [Agency.FormerName("示例区信息中心")]),
            ("formerNames:\n", []),
        ]
        for (lines, expected) in lists {
            let (portal, diagnostics) = Self.load(try Self.site(lines))
            #expect(diagnostics.isEmpty, "\(lines): \(diagnostics)")
            let agency = try #require(portal?.agency("example-data"))
            #expect(agency.formerNames == expected, "\(lines)")
        }
        let example = try #require(Self.load(try TestSite()).0?.agency("example-data"))
        #expect(example.formerNames.isEmpty)
    }

    @Test func aReportIsTitledWithTheNameOfItsYear() {
        var agency = Agency(slug: "health", name: "某县卫生健康局", shortName: "卫健局", kind: .department, location: SourceLocation(path: "a"))
        agency.formerNames = [Agency.FormerName("某县卫生和计划生育局", until: 2018), Agency.FormerName("某县卫生局", until: 2013),
                              Agency.FormerName("某县卫生健康委员会")]
        #expect(agency.name(in: 2012) == "某县卫生局")
        #expect(agency.name(in: 2013) == "某县卫生局")
        #expect(agency.name(in: 2014) == "某县卫生和计划生育局")
        #expect(agency.name(in: 2018) == "某县卫生和计划生育局")
        // After the last until, and for a name of no known years: the name it has.
        #expect(agency.name(in: 2019) == "某县卫生健康局")
    }

    @Test(arguments: [
        ("formerNames:\n  - [示例区信息中心]\n", "yaml-type", 10, "each of “formerNames” must be a name, found a list"),
        ("formerNames:\n  - name: 示例区信息中心\n    until: 二〇二〇\n", "agency-years", 11, "“until” must be a year such as 2021, found “二〇二〇”"),
        ("formerNames:\n  - until: 2020\n", "missing-key", 10, "the required key “name” is missing"),
        ("formerNames:\n  - name: 示例区信息中心\n    untill: 2020\n", "unknown-key", 11, "unknown key “untill” in a former name"),
        ("formerNames:\n  key: 示例区信息中心\n", "missing-key", 10, "the required key “name” is missing"),
    ])
    func aListThatIsNotNamesIsAnError(lines: String, rule: String, line: Int, message: String) throws {
        let (_, diagnostics) = Self.load(try Self.site(lines))
        let problem = try #require(diagnostics.first { $0.rule == rule }, "\(lines): \(diagnostics)")
        #expect(problem.location.path == Self.path && problem.location.line == line, "\(problem)")
        #expect(problem.message == message, "\(problem)")
        #expect(problem.severity == .error)
    }
}
