import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

@Suite("Loading the example portal")
struct SiteLoaderTests {
    @Test func theExamplePortalLoadsWithoutProblems() throws {
        let result = SiteLoader(root: Repository.exampleSite).load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let portal = try #require(result.portal)
        #expect(portal.agencies.map(\.slug) == ["example-data", "example-district", "example-education", "example-info-office", "example-street", "xiasha"])
        #expect(portal.reports.map { "\($0.agencySlug)/\($0.year)" } == [
            "example-data/2021", "example-district/2020", "example-district/2021", "example-education/2020", "example-education/2021",
            "example-education/2022", "example-info-office/2020", "example-street/2021", "example-street/2022", "xiasha/2021",
        ])
        #expect(portal.years == [2022, 2021, 2020])
        #expect(Set(portal.reports.map(\.formID)) == ["gov-info-2019", "gov-info-2021"])
    }

    @Test func theReferenceAgencyIsTranscribedFaithfully() throws {
        let portal = try #require(SiteLoader(root: Repository.exampleSite).load().portal)
        let xiasha = try #require(portal.agency("xiasha"))
        #expect(xiasha.name == "杭州市钱塘区人民政府下沙街道办事处")
        #expect(xiasha.kind == .subdistrict)
        #expect(xiasha.contact == Agency.Contact(phone: "0571-86921701", address: "杭州市钱塘区海达南路555号下沙街道办事处", postcode: "310018"))
        let report = try #require(portal.reports(of: "xiasha").first)
        #expect(report.year == 2021 && report.formID == "gov-info-2021")
        for id in ["preamble", "overview", "problems", "other"] {
            #expect(report.narratives[id] != nil, "missing \(id)")
        }
        // Every narrative paragraph of the reference text appears in the Markdown.
        let markdown = report.narratives.values.map(\.value).joined(separator: "\n")
        let reference = Repository.referenceText
        // The narrative parts: before table 二 and after table 四; headings come from the form.
        let start = try #require(reference.range(of: "根据《中华人民共和国政府信息公开条例》"))
        let tables = try #require(reference.range(of: "二、主动公开政府信息情况"))
        let problems = try #require(reference.range(of: "五、存在的主要问题及改进情况"))
        let narrative = reference[start.lowerBound..<tables.lowerBound] + reference[problems.upperBound...]
        let headings: Set<String> = ["一、总体情况", "六、其他需要报告的事项", "[bookmark: _GoBack]"]
        let paragraphs = narrative.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !headings.contains($0) }
        #expect(paragraphs.count == 25)
        for paragraph in paragraphs {
            #expect(markdown.contains(paragraph), "not transcribed: \(paragraph)")
        }
    }
}
