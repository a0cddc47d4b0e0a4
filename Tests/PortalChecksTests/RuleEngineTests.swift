import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// The engine on reports edited in place: one changed cell, one finding.
@Suite("Rule engine")
struct RuleEngineTests {
    static let report = "content/agencies/xiasha/2021/report.yaml"

    func check(_ edit: (TestSite) throws -> Void) throws -> [Diagnostic] {
        let site = try TestSite()
        try edit(site)
        let result = SiteLoader(root: site.root).load()
        let portal = try #require(result.portal)
        // The example portal's one acknowledged problem is not a finding here.
        return Checker().run(portal).outstanding
    }

    @Test func theReferenceReportIsConsistent() throws {
        #expect(try check { _ in }.isEmpty)
    }

    /// Changing 四 结转下年度 in one column breaks exactly that column's balance
    /// and that row's applicant total; nothing else.
    @Test func oneWrongCellGivesExactlyItsFindings() throws {
        let found = try check { site in
            try site.edit(Self.report, replacing: "  carriedForward:             [0, 0, 0, 0, 0, 0, 0]", with: "  carriedForward:             [0, 0, 1, 0, 0, 0, 0]")
        }
        #expect(found.map(\.rule) == ["balance", "applicant-total"])
        #expect(found.first?.message == "科研机构: 一 (0) + 二 (0) = 0, but 三（七） (0) + 四 (1) = 1")
        #expect(found.last?.message == "四: 总计 = 0, but 自然人 (0) + 商业企业 (0) + 科研机构 (1) + 社会公益组织 (0) + 法律服务机构 (0) + 其他 (0) = 1")
    }

    @Test func blankCellsSkipTheIdentitiesTheyAreIn() throws {
        let found = try check { site in
            try site.edit(Self.report, replacing: "  closedTotal:                [3,", with: "  closedTotal:                [\"-\",")
        }
        // 三（七） 自然人 is in balance, outcomes-total and applicant-total: none can be verified,
        // and as a total printed blank over parts that are not zero it is a warning of its own.
        #expect(found.map(\.rule) == ["blank-cell", "blank-total"])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    /// `blankCells: zero` in site.yaml: blanks are read as zeros, so a typo
    /// beside them is found, and the blanks themselves are not warned about;
    /// a report may say otherwise for itself.
    @Test func aSiteThatPrintsBlanksForZerosChecksEveryIdentity() throws {
        let found = try check { site in
            try site.edit("content/site.yaml", replacing: "\ntitle:", with: "\nblankCells: zero\ntitle:")
            try site.edit(Self.report, replacing: "  carriedForward:             [0, 0, 0, 0, 0, 0, 0]",
                          with: "  carriedForward:             [\"\", \"\", 1, \"\", \"\", \"\", \"\"]")
        }
        #expect(found.map(\.rule) == ["balance", "applicant-total"])
        let unknown = try check { site in
            try site.edit("content/site.yaml", replacing: "\ntitle:", with: "\nblankCells: zero\ntitle:")
            try site.edit(Self.report, replacing: "year: 2021", with: "year: 2021\nblankCells: unknown")
            try site.edit(Self.report, replacing: "  carriedForward:             [0, 0, 0, 0, 0, 0, 0]",
                          with: "  carriedForward:             [\"\", \"\", 0, \"\", \"\", \"\", \"\"]")
        }
        #expect(unknown.map(\.rule) == ["blank-cell"])
    }

    @Test func carryOverMatchesColumnsAcrossFormats() throws {
        let found = try check { site in
            // 2020 is in the 2019 format, 2021 in the 2021 format.
            try site.edit("content/agencies/example-district/2021/report.yaml", replacing: "  carriedOver:                [2,", with: "  carriedOver:                [5,")
        }
        #expect(found.map(\.rule).contains("carry-over"))
        #expect(found.first { $0.rule == "carry-over" }?.message
            == "自然人: 二、上年结转政府信息公开申请数量 is 5, but the 2020 report's 四、结转下年度继续办理 is 2")
    }

    @Test func aGapYearIsNotCompared() throws {
        let found = try check { site in
            try FileManager.default.moveItem(at: site.url("content/agencies/example-district/2021"),
                                             to: site.url("content/agencies/example-district/2022"))
            try site.edit("content/agencies/example-district/2022/report.yaml", replacing: "year: 2021", with: "year: 2022")
        }
        #expect(!found.map(\.rule).contains("carry-over"))
    }

    @Test func valueKinds() {
        #expect(ValueCheck.problem(-1, kind: .count) == "a count cannot be negative")
        #expect(ValueCheck.problem(Decimal(string: "0.5")!, kind: .count) == "a count is a whole number")
        #expect(ValueCheck.problem(-8, kind: .signedCount) == nil)
        #expect(ValueCheck.problem(Decimal(string: "0.5")!, kind: .signedCount) == "a count is a whole number")
        #expect(ValueCheck.problem(Decimal(string: "18.6")!, kind: .amount) == nil)
        #expect(ValueCheck.problem(Decimal(string: "-0.1")!, kind: .amount) == "an amount cannot be negative")
    }
}
