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
        try againstLastYear(replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)", withLastYear: withLastYear)
    }

    /// The same with `old` in 一 replaced by `new`.
    static func againstLastYear(replacing old: String, with new: String, withLastYear: Bool = true) throws -> [Diagnostic] {
        let site = try TestSite()
        if withLastYear {
            try FileManager.default.copyItem(at: site.url("content/agencies/example-district/2020"), to: site.url("content/agencies/xiasha/2020"))
        }
        try site.edit(overview, replacing: old, with: new)
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

    // Round eight

    /// 较上年（45件） while the 2020 report's 一 总计 is 46: last year's
    /// figure in brackets is read as 较上年的45件 is.
    @Test func lastYearsFigureInBracketsIsReadToo() throws {
        let found = try Self.againstLastYear("申请量较上年（45件）减少43件。")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.rule == "narrative-change" && $0.severity == .warning })
        #expect(found.first?.message.contains("states 45 for 本年新收政府信息公开申请 in 2020, but the 2020 report's table 三, 一 总计 is 46") == true)
        #expect(try Self.againstLastYear("申请量较上年（46件）减少44件。").isEmpty)
    }

    /// 减少44件，下降了90%: the percentage restates the change (46 → 2 is −95.65%).
    @Test func aPercentageAfterTheChangeIsTheSameChange() throws {
        #expect(try Self.againstLastYear("申请量较上年减少44件，下降了95.65%。").isEmpty)
        let found = try Self.againstLastYear("申请量较上年减少44件，下降了90%。")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("states a fall of 90% in 本年新收政府信息公开申请 from 2020, but the tables give 46 (2020) → 2 (2021): -95.65%") == true)
    }

    /// 其中公民个人申请2件，同比减少35件 while 一 自然人 went 38 → 2: the
    /// change of the applicant's column, a warning naming both years' cells.
    @Test func aChangeByApplicantIsThatColumns() throws {
        let found = try Self.againstLastYear(replacing: "其中公民个人申请2件，", with: "其中公民个人申请2件，同比减少35件，")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states a fall of 35 in 本年新收政府信息公开申请（自然人） from 2020, but the tables give 38 (2020) → 2 (2021): -36") == true)
        // … and one that agrees raises nothing.
        #expect(try Self.againstLastYear(replacing: "其中公民个人申请2件，", with: "其中公民个人申请2件，同比减少36件，").isEmpty)
    }

    /// 制发行政规范性文件0件，废止2件 while 二 本年废止件数 is 0: 废止 alone
    /// after 规范性文件 is probable, a warning naming the cell.
    @Test func aBareRepealedCountAfterNormativeDocumentsIsAWarning() throws {
        let found = try Self.withSentence("2021年，街道制发行政规范性文件0件，废止2件，现行有效0件。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 2 for 本年废止行政规范性文件, but table 二, 第（一）项 行政规范性文件 本年废止件数 is 0") == true, "\(found)")
    }

    /// The narrative-figure problems with `sentence` added to 一 (二) of the reference report.
    static func withSentence(_ sentence: String) throws -> [Diagnostic] {
        try narrativeFigures { site in
            try site.edit(overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
        }
    }

    /// 被申请行政复议1件、被提起行政诉讼0件，其中维持1件 while 四 is all 0:
    /// the outcome is the review's (the suits are none), an error naming 结果维持.
    @Test func anOutcomeAfterAZeroOfTheOtherKindIsThatKinds() throws {
        let found = try Self.withSentence("2021年因政府信息公开被申请行政复议1件、被提起行政诉讼0件，其中维持1件。")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.contains { $0.message.contains("states 1 for 行政复议 结果维持, but table 四, 行政复议 结果维持 is 0") }, "\(found)")
    }

    /// 共受理3件，结转上年后新收到2件: the 3 counts last year's 1 too, nothing
    /// raised; alone, 共受理3件 is an error naming 一 总计.
    @Test func aTotalWithLastYearsStatedAfterIsNotTheNewOnes() throws {
        #expect(try Self.withSentence("2021年共受理依申请公开事项3件，结转上年后新收到依申请公开事项2件。").isEmpty)
        let alone = try Self.withSentence("2021年共受理依申请公开事项3件。")
        #expect(alone.count == 1)
        #expect(alone.first?.message.contains("states 3 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true)
    }

    /// 没有接到…的申请 while 一 总计 is 2: none stated, an error.
    @Test func noneReceivedWithMeiyouJiedaoIsRead() throws {
        let found = try Self.withSentence("2021年街道没有接到群众要求公开政府信息的申请。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states none (0) for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true)
    }

    /// 申请量由上年的46件减少到1件 while 一 总计 is 2: the level reached is
    /// this year's figure, a warning naming 一 总计, with or without last year's report.
    @Test func theLevelAChangeReachedIsThisYearsFigure() throws {
        for withLastYear in [true, false] {
            let found = try Self.againstLastYear("申请量由上年的46件减少到1件。", withLastYear: withLastYear)
            #expect(found.count == 1)
            #expect(found.first?.rule == "narrative-figure" && found.first?.severity == .warning)
            #expect(found.first?.message.contains("states 1 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
        }
        #expect(try Self.againstLastYear("申请量由上年的46件减少到2件。").isEmpty)
    }

    // Round nine

    /// 依申请公开信息数3条，不予公开信息数2条 counts documents by their
    /// disclosure attribute: nothing, though 一 总计 is 2 and 不予公开 0;
    /// 不予公开2件 alone is an error naming the withheld rows.
    @Test func documentsCountedByAttributeAreNoApplications() throws {
        #expect(try Self.withSentence("2021年度共制作信息10条，其中主动公开信息数5条，依申请公开信息数3条，不予公开信息数2条。").isEmpty)
        let alone = try Self.withSentence("2021年收到政府信息公开申请2件，不予公开2件。")
        #expect(alone.count == 1)
        #expect(alone.first?.severity == .error)
        #expect(alone.first?.message.contains("states 2 for 不予公开, but table 三") == true, "\(alone)")
    }

    /// 办结5件，其中结转下年度继续办理2件: those handled, not closed (三（七）
    /// 总计 is 3): nothing; 办结5件 alone is an error naming 三（七） 总计.
    @Test func closedWithTheCarriedForwardAmongThemIsNotClosed() throws {
        #expect(try Self.withSentence("2021年共办结政府信息公开申请5件，其中结转下年度继续办理2件。").isEmpty)
        let alone = try Self.withSentence("2021年共办结政府信息公开申请5件。")
        #expect(alone.count == 1)
        #expect(alone.first?.message.contains("states 5 for 本年办结申请, but table 三, 三（七） 总计 is 3") == true, "\(alone)")
    }

    /// 通过政府门户网站…答复…1件、纸质申请2件，顺延至下一年答复1件: the
    /// channel's count is not read; the postponed one is 四 结转下年度 (0), an error.
    @Test func aPostponementIsCarriedForwardNotClosed() throws {
        let found = try Self.withSentence("2021年通过政府门户网站共办理并答复信息公开申请1件、纸质申请2件，顺延至下一年答复1件。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states 1 for 结转下年度继续办理, but table 三") == true, "\(found)")
    }

    /// 办结上年度结转的2件 while 二 总计 is 1: those closed, not 二; 上年结转申请2件 is an error naming 二 总计.
    @Test func thoseClosedOfLastYearsAreNotCarriedOver() throws {
        #expect(try Self.withSentence("2021年办结上年度结转的2件。").isEmpty)
        let carried = try Self.withSentence("2021年上年结转申请2件。")
        #expect(carried.count == 1)
        #expect(carried.first?.message.contains("states 2 for 上年结转申请, but table 三, 二 总计 is 1") == true, "\(carried)")
    }

    /// 全区共发生政府信息公开行政复议5件 while 四 is 0: the region's caseload,
    /// a warning (not an error) naming 行政复议 总计.
    @Test func aRegionsCaseloadIsAWarning() throws {
        let found = try Self.withSentence("2021年全区共发生政府信息公开行政复议5件。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 5 for 政府信息公开行政复议, but table 四, 行政复议 总计 is 0") == true, "\(found)")
    }

    /// 未发生…行政诉讼，被申请行政复议1件，其中维持1件 while 四 is 0: the
    /// none in words tells the outcome's kind, an error naming 行政复议 结果维持.
    @Test func anOutcomeAfterANoneInWordsIsTheOtherKinds() throws {
        let found = try Self.withSentence("2021年未发生因政府信息公开引起的行政诉讼，被申请行政复议1件，其中维持1件。")
        #expect(found.count == 2)
        #expect(found.contains { $0.severity == .error && $0.message.contains("states 1 for 行政复议 结果维持, but table 四, 行政复议 结果维持 is 0") }, "\(found)")
    }

    /// 未引起行政复议 while 四 行政复议 总计 is 1: none stated, an error.
    @Test func noneWithWeiYinqiIsRead() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [1, 0, 0, 0, 1,")
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理，未引起因政府信息公开的行政复议。")
        }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states none (0) for 政府信息公开行政复议, but table 四, 行政复议 总计 is 1") == true, "\(found)")
    }

    /// 收到要求公开政府信息的申请3件 while 一 总计 is 2: an error.
    @Test func anApplicationInOtherWordsIsRead() throws {
        let found = try Self.withSentence("2021年收到要求公开政府信息的申请3件。")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("states 3 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
    }

    /// 行政复议1件、行政诉讼0件，其中维持2件，尚未审结1件: the outcomes are
    /// the review's and add up to more than it (rule narrative-consistency).
    @Test func outcomesAfterAZeroAddUpAgainstTheOtherKind() throws {
        let site = try TestSite()
        try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。",
                      with: "受理的申请件已按规定在法定期限内予以处理。2021年因政府信息公开被申请行政复议1件、被提起行政诉讼0件，其中维持2件，尚未审结1件。")
        let found = SiteBuilder(root: site.root).check().diagnostics.filter { $0.rule == "narrative-consistency" && $0.location.path == Self.overview }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("add up to") == true, "\(found)")
    }

    /// 收到自然人依申请公开事项1件 while 一 自然人 is 2: one kind's figure with
    /// no total before it, a warning naming 一 自然人.
    @Test func oneKindsFigureWithoutATotalIsItsColumn() throws {
        let found = try Self.withSentence("2021年收到自然人依申请公开事项1件。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 1 for 本年新收政府信息公开申请（自然人）, but table 三, 一 自然人 is 2") == true, "\(found)")
        #expect(try Self.withSentence("2021年收到自然人依申请公开事项2件。").isEmpty)
    }
}
