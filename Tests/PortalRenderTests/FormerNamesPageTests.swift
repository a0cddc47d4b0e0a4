import Foundation
import PortalTestSupport
import Testing

/// A renamed agency (`formerNames:`): its page lists the names it had, a report of a year it had another name is titled
/// with that name as it was published, and its JSON gives them; other agencies' files do not change.
@Suite("Former names on pages and downloads")
struct FormerNamesPageTests {
    static let path = "content/agencies/example-data/agency.yaml"

    @Test func aRenamedAgencysPagesAndFiles() throws {
        let site = try TestSite()
        try site.edit(Self.path, replacing: "since: 2021", with: "since: 2021\nformerNames:\n  - name: 示例区数据中心\n    until: 2021\n  - 示例区信息中心\n")
        let before = try ExamplePortal.render()
        let after = try ExamplePortal.render(root: site.root)

        let page = after.text("agencies/example-data/index.html")
        #expect(page.contains("<dt>曾用名</dt><dd>示例区数据中心（至2021年）、示例区信息中心</dd>"), "\(page)")
        #expect(!before.text("agencies/example-data/index.html").contains("曾用名"))
        // Its list of reports says under which name each was published, where it was another.
        #expect(page.contains("2021年度报告</a> <span class=\"published-as\">（时名示例区数据中心）</span>"), "\(page)")
        // The 2021 report as published, under the name of its year; the link to the agency under its name today.
        let report = after.text("agencies/example-data/2021/index.html")
        #expect(report.contains("<h1>示例区数据中心2021年政府信息公开工作年度报告</h1>"), "\(report)")
        #expect(report.contains(">示例市示例区数据资源管理局</a></p>"))
        // The year's list names it so too.
        let year = after.text("years/2021/index.html")
        #expect(year.contains("agencies/example-data/2021/\">示例区数据中心</a>"), "\(year)")
        #expect(!year.contains("agencies/example-data/2021/\">示例市示例区数据资源管理局</a>"))
        #expect(before.text("years/2021/index.html").contains("agencies/example-data/2021/\">示例市示例区数据资源管理局</a>"))

        let file = try #require(after.files["agencies/example-data/agency.json"])
        let agency = try #require(try JSONSerialization.jsonObject(with: file) as? [String: Any])
        let names = try #require((agency["agency"] as? [String: Any])?["formerNames"] as? [[String: Any]])
        #expect(names.count == 2)
        #expect(names[0]["name"] as? String == "示例区数据中心" && names[0]["until"] as? Int == 2021)
        #expect(names[1]["name"] as? String == "示例区信息中心" && names[1]["until"] is NSNull)
        // Only the renamed agency's files say so: no other agency's JSON changes.
        for slug in ["example-district", "example-education", "xiasha"] {
            #expect(after.files["agencies/\(slug)/agency.json"] == before.files["agencies/\(slug)/agency.json"], "\(slug)")
        }
    }

    /// The search finds the renamed agency's reports by a former name, and titles a report as it was published.
    @Test func theSearchKnowsTheFormerNames() throws {
        let site = try TestSite()
        try site.edit(Self.path, replacing: "since: 2021", with: "since: 2021\nformerNames:\n  - name: 示例区数据中心\n    until: 2021\n  - 示例区信息中心\n")
        let files = try ExamplePortal.render(root: site.root).files
        let before = try ExamplePortal.render().files
        #expect(try SearchIndexTests.lists("息中", in: before).name.isEmpty && SearchIndexTests.lists("据中", in: before).name.isEmpty)
        for key in ["息中", "据中"] {
            let found = try SearchIndexTests.lists(key, in: files).name
            #expect(found.count == 1, "\(key)")
            let row = try SearchIndexTests.document(try #require(found.first), in: files)
            #expect(row[0] as? String == "example-data" && row[4] as? Int == 2021)
            // The name it was published under is the title's; the others are matched as the short name is.
            #expect(row[1] as? String == "示例区数据中心")
            #expect(row[2] as? String == "示例区数据局（示例） 示例市示例区数据资源管理局 示例区信息中心")
        }
    }
}
