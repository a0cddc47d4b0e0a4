import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// The reference report (下沙街道 2021) with one narrative figure changed so
/// that it contradicts the table: the check must name the sentence, the
/// cell and both figures. As published, it raises nothing.
@Suite("Reference report, mutated")
struct ReferenceMutationTests {
    static let overview = "content/agencies/xiasha/2021/overview.md"

    static func narrativeFigures(after edit: (TestSite) throws -> Void) throws -> [Diagnostic] {
        let site = try TestSite()
        try edit(site)
        return SiteBuilder(root: site.root).check().diagnostics.filter { $0.rule == "narrative-figure" && $0.location.path.hasPrefix("content/agencies/xiasha/") }
    }

    @Test func asPublishedItRaisesNothing() throws {
        #expect(try Self.narrativeFigures { _ in }.isEmpty)
    }

    /// 其中公民个人申请1件 while 一 自然人 is 2: the applicant's column, an error.
    @Test func anApplicantColumnThatContradictsTheTableIsAnError() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "其中公民个人申请2件", with: "其中公民个人申请1件")
        }
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.severity == .error)
        #expect(problem.location.path == Self.overview)
        #expect(problem.message.contains("states 1 for 本年新收政府信息公开申请（自然人）, but table 三, 一 自然人 is 2"))
        #expect(problem.hint?.contains("correct table 三, 一 自然人 to 1") == true)
    }

    /// The reference report with a 2020 report of the same agency beside it
    /// (the example district's tables: 一 总计 46) and a sentence comparing
    /// the two years; the narrative-figure and narrative-change problems found.
    static func againstLastYear(_ sentence: String, withLastYear: Bool = true) throws -> [Diagnostic] {
        let site = try TestSite()
        if withLastYear {
            try FileManager.default.copyItem(at: site.url("content/agencies/example-district/2020"), to: site.url("content/agencies/xiasha/2020"))
        }
        try site.edit(overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
        return SiteBuilder(root: site.root).check().diagnostics.filter {
            ["narrative-figure", "narrative-change"].contains($0.rule) && $0.location.path.hasPrefix("content/agencies/xiasha/")
        }
    }

    /// 申请量较上年的46件减少44件 agrees with both years' tables: nothing.
    @Test func aChangeFromLastYearThatAgreesRaisesNothing() throws {
        #expect(try Self.againstLastYear("申请量较上年的46件减少44件。").isEmpty)
    }

    /// 较上年的45件 while the 2020 report's 一 总计 is 46: a warning naming
    /// that cell; the change (减少43件 from 46 to 2 is −44) another.
    @Test func lastYearsFigureThatContradictsLastYearsTableIsAWarning() throws {
        let found = try Self.againstLastYear("申请量较上年的45件减少43件。")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.rule == "narrative-change" && $0.severity == .warning && $0.location.path == Self.overview })
        #expect(found.first?.message.contains("states 45 for 本年新收政府信息公开申请 in 2020, but the 2020 report's table 三, 一 总计 is 46") == true)
        #expect(found.last?.message.contains("states a fall of 43 in 本年新收政府信息公开申请 from 2020, but the tables give 46 (2020) → 2 (2021): -44") == true)
    }

    /// Without last year's report the statement cannot be checked: nothing, never an error.
    @Test func withoutLastYearsReportNothingIsRaised() throws {
        #expect(try Self.againstLastYear("申请量较上年的45件减少43件。", withLastYear: false).isEmpty)
    }

    /// A figure of part of the year (1月至11月) that differs from the year's
    /// table is no contradiction: nothing raised.
    @Test func aFigureOfPartOfTheYearIsNotTheYears() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "全年共收到依申请公开2件", with: "1月至11月共收到依申请公开1件")
        }
        #expect(found.isEmpty)
        // … while the same figure for the whole year is an error naming 一 总计.
        let year = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "全年共收到依申请公开2件", with: "全年共收到依申请公开1件")
        }
        #expect(year.contains { $0.severity == .error && $0.message.contains("table 三, 一 总计 is 2") })
    }

    /// One channel's count (全年在线收到依申请公开1件) is not the total: no
    /// error though 一 总计 is 2.
    @Test func oneChannelsCountIsNotTheTotal() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "全年共收到依申请公开2件", with: "全年在线收到依申请公开1件")
        }
        #expect(found.isEmpty)
    }

    /// 本年累计办结…2件 while 三（七） 总计 is 3: the year's total closed, an error.
    @Test func theYearsCumulativeClosedIsTheTotal() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "本年累计办结政府信息公开申请2件。")
        }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states 2 for 本年办结申请, but table 三, 三（七） 总计 is 3") == true)
    }
}
