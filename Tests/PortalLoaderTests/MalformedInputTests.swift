import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// Bad input never crashes: each kind gives a diagnostic with its file,
/// line and column, and no model.
@Suite("Malformed input")
struct MalformedInputTests {
    static let report = "content/agencies/xiasha/2021/report.yaml"

    /// Loads the site and returns its diagnostics, one string each.
    func problems(_ site: TestSite) -> [String] {
        SiteLoader(root: site.root).load().diagnostics.map(\.description)
    }

    @Test func invalidYAML() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  received:                   [2, 0, 0, 0, 0, 0, 2]", with: "  received:                   [2, 0, 0, 0, 0, 0, 2")
        let line = try site.line(of: "  received:", in: Self.report)
        let found = problems(site)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(Self.report):\(line + 1):3: error[yaml-syntax]: invalid YAML: did not find expected ',' or ']'") == true, "\(found)")
    }

    @Test func duplicateKey() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  carriedOver:", with: "  received:                   [2, 0, 0, 0, 0, 0, 2]\n  carriedOver:")
        let found = problems(site)
        #expect(found.count == 1)
        #expect(found.first?.contains("error[yaml-duplicate-key]: the key “received” appears more than once") == true, "\(found)")
    }

    @Test func unknownKeySuggestsTheNearestOne() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  carriedOver:", with: "  carriedOvr:")
        let line = try site.line(of: "  carriedOvr:", in: Self.report)
        let applications = try site.line(of: "applications:", in: Self.report)
        #expect(problems(site) == [
            "\(Self.report):\(applications + 2):3: error[missing-row]: row 二 二、上年结转政府信息公开申请数量 (“carriedOver”) is missing from table 三\n  hint: add “carriedOver: [0, 0, 0, 0, 0, 0, 0]” with the cells as published (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计)",
            "\(Self.report):\(line):3: error[unknown-key]: unknown key “carriedOvr” in table 三 (“applications”)\n  hint: did you mean “carriedOver”?",
        ])
    }

    @Test func textInANumberCell() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  received:                   [2,", with: "  received:                   [两,")
        let line = try site.line(of: "  received:", in: Self.report)
        #expect(problems(site) == [
            "\(Self.report):\(line):32: error[cell-value]: the cell 一 自然人 holds “两”, which is not a number\n  hint: write the number as published; a blank cell as \"\" or \"-\"",
        ])
    }

    /// Numbers are recognised by hand (no regular expression, no YAML
    /// typing): everything that is not exactly [+-]digits[.digits] is refused.
    @Test(arguments: ["1.", ".5", "1.2.3", "+", "1e3", "0x10", "1,000", "一"])
    func textThatOnlyLooksLikeANumber(cell: String) throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  received:                   [2,", with: "  received:                   [\"\(cell)\",")
        #expect(problems(site).first?.contains("holds “\(cell)”, which is not a number") == true, "\(problems(site))")
    }

    /// Plain nulls (`~`, `null`, `NULL`) are blank cells, kept apart from 0;
    /// a quoted "null" is text.
    @Test func nullCellsAreBlankAndQuotedNullIsText() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  received:                   [2, 0, 0, 0, 0, 0, 2]",
                      with: "  received:                   [~, null, NULL, -0, +0, 007, \"null\"]")
        let found = problems(site)
        #expect(found.contains { $0.contains("error[cell-value]: the cell 一 总计 holds “null”, which is not a number") }, "\(found)")
        #expect(!found.contains { $0.contains("自然人 holds") || $0.contains("商业企业 holds") || $0.contains("科研机构 holds") }, "\(found)")
    }

    @Test func numberTooLarge() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  received:                   [2,", with: "  received:                   [2000000000000000,")
        let line = try site.line(of: "  received:", in: Self.report)
        #expect(problems(site) == [
            "\(Self.report):\(line):32: error[cell-value]: the cell 一 自然人 holds 2000000000000000, which is too large to be a real figure\n  hint: check for a missing separator or a pasted row",
        ])
    }

    @Test func wrongNumberOfCells() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  received:                   [2, 0, 0, 0, 0, 0, 2]", with: "  received:                   [2, 0, 0, 0, 0, 2]")
        let line = try site.line(of: "  received:", in: Self.report)
        #expect(problems(site) == [
            "\(Self.report):\(line):31: error[cell-count]: row 一 一、本年新收政府信息公开申请数量 has 6 cells, the form has 7 columns (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计)\n  hint: write a blank cell as \"\" or \"-\" rather than leaving it out",
        ])
    }

    @Test func unknownForm() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "form: gov-info-2021", with: "form: gov_info_2021")
        let line = try site.line(of: "form:", in: Self.report)
        #expect(problems(site) == [
            "\(Self.report):\(line):7: error[unknown-form]: unknown form “gov_info_2021”\n  hint: did you mean “gov-info-2021”?",
        ])
    }

    @Test func yearDisagreesWithFolder() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "year: 2021", with: "year: 2022")
        let line = try site.line(of: "year:", in: Self.report)
        #expect(problems(site) == [
            "\(Self.report):\(line):7: error[year-mismatch]: the data file says year 2022 but its folder is 2021\n  hint: move the folder to content/agencies/xiasha/2022 or correct “year”",
        ])
    }

    @Test func notUTF8() throws {
        let site = try TestSite()
        var bytes = Data("name: ".utf8)
        bytes += Data([0xCF, 0xC2, 0xC9, 0xB3]) // 下沙 in GBK
        try bytes.write(to: site.url("content/agencies/xiasha/agency.yaml"))
        #expect(problems(site) == [
            "content/agencies/xiasha/agency.yaml:1: error[encoding]: the file is not valid UTF-8\n  hint: save it as UTF-8 (in many editors: “Save with encoding” → UTF-8); GBK files must be converted",
        ])
    }

    @Test func missingFilesAndFolders() throws {
        let site = try TestSite()
        try site.remove("content/agencies/xiasha/2021/problems.md")
        try site.remove("content/agencies/example-street/agency.yaml")
        try site.remove("content/agencies/example-district/2021/report.yaml")
        #expect(problems(site) == [
            "content/agencies/example-district/2021/report.yaml: error[io]: the report folder has no report.yaml\n  hint: every report folder holds report.yaml with the table cells",
            "content/agencies/example-street/agency.yaml: error[io]: the agency has no agency.yaml\n  hint: create it with at least “name:” (full official name) and “kind:”",
            "content/agencies/xiasha/2021/problems.md: error[missing-narrative]: section 五、存在的主要问题及改进情况 has no text\n  hint: create problems.md; if there is nothing to report, write 无",
        ].map { $0 } + [])
    }

    @Test func missingContentFolder() throws {
        let site = try TestSite()
        try site.remove("content")
        #expect(problems(site).first?.hasPrefix("content: error[io]: no content folder in ") == true)
    }

    @Test func wrongTypes() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  received:                   [2, 0, 0, 0, 0, 0, 2]", with: "  received:                   2")
        try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: subdistrct")
        let line = try site.line(of: "  received:", in: Self.report)
        #expect(problems(site) == [
            "\(Self.report):\(line):31: error[yaml-type]: row 一 must be a list of 7 cells, found the value “2”\n  hint: write it as [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]",
            "content/agencies/xiasha/agency.yaml:4:7: error[agency-kind]: unknown agency kind “subdistrct”\n  hint: did you mean “subdistrict”?",
        ])
    }

    @Test func unknownParentAndBadSlug() throws {
        let site = try TestSite()
        try site.edit("content/agencies/example-street/agency.yaml", replacing: "parent: example-district", with: "parent: example-distric")
        try FileManager.default.moveItem(at: site.url("content/agencies/xiasha"), to: site.url("content/agencies/Xia Sha"))
        #expect(problems(site) == [
            "content/agencies/Xia Sha: error[slug]: agency folder “Xia Sha” is not a valid slug\n  hint: use lower-case letters, digits and hyphens (it becomes the URL /agencies/Xia Sha/)",
            "content/agencies/example-street/agency.yaml:5:9: error[unknown-parent]: parent agency “example-distric” does not exist\n  hint: did you mean “example-district”?",
        ])
    }

    @Test func everyProblemOfARunIsReported() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  received:                   [2,", with: "  received:                   [x,")
        try site.edit(Self.report, replacing: "  carriedOver:                [1,", with: "  carriedOver:                [y,")
        try site.edit("content/agencies/example-street/2021/report.yaml", replacing: "year: 2021", with: "year: 2020")
        #expect(problems(site).count == 3)
    }
}
