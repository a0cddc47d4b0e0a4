import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twelve's readings on the reference report (下沙街道 2021, a 街道:
/// 一 总计 2, 三（一） 予以公开 0, 三（四） 无法提供 3, 三（七） 总计 3, 四 all 0).
extension ReferenceMutationTests {
    static let applications = "全年共收到依申请公开2件，其中公民个人申请2件，"

    /// 累计收到…3件 right after a sentence naming 2021年 (钱江经开区 2022) while
    /// 一 总计 is 2: the year's, probable, a warning naming 一 总计; after a
    /// sentence that states the year's applications already, nothing (累计
    /// may count since the start).
    @Test func aCumulativeFigureAfterTheYearsSentenceIsAWarning() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: Self.applications, with: "累计收到政府信息公开申请3件，")
        }
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 3 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
        #expect(try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: Self.applications, with: "累计收到政府信息公开申请2件，")
        }.isEmpty)
        #expect(try Self.withSentence("累计收到政府信息公开申请30件。").isEmpty)
    }

    /// 1件予以公开 (湖镇镇 2024) while 三（一） is 0: the outcome after its
    /// figure, an error naming 予以公开; after 其中, a warning.
    @Test func anOutcomeAfterItsFigureIsRead() throws {
        let found = try Self.withSentence("2021年街道办结政府信息公开申请3件，1件予以公开，2件无法提供。")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.first?.message.contains("states 1 for 予以公开, but table 三") == true, "\(found)")
        #expect(found.last?.message.contains("states 2 for 无法提供, but table 三") == true, "\(found)")
        let amongParts = try Self.withSentence("2021年街道收到政府信息公开申请2件。其中，1件予以公开，3件无法提供。")
        #expect(amongParts.count == 1 && amongParts.first?.severity == .warning, "\(amongParts)")
        #expect(try Self.withSentence("2021年街道办结政府信息公开申请3件，3件无法提供。").isEmpty)
    }

    /// 行政复议1件，为其他结果 (桐梓县 2022) while 四 行政复议 is one upheld:
    /// the review's whole outcome, an error naming 行政复议 其他结果.
    @Test func aReviewsOutcomeInTheNextClauseIsItsWhole() throws {
        let sentence = "受理的申请件已按规定在法定期限内予以处理。2021年因政府信息公开被申请行政复议1件，为其他结果。"
        let found = try Self.narrativeFigures { site in
            try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [1, 0, 0, 0, 1,")
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: sentence)
        }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states 1 for 行政复议 其他结果") == true, "\(found)")
        #expect(try Self.narrativeFigures { site in
            try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [0, 0, 1, 0, 1,")
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: sentence)
        }.isEmpty)
    }

    /// 接收网络方式提交政府信息公开5件 (沧州市卫健委 2023): one channel's
    /// count, nothing; without the channel the words are 一's, an error.
    @Test func oneChannelsCountWithoutApplicationsIsNotTheTotal() throws {
        #expect(try Self.withSentence("2021年街道接收网络方式提交政府信息公开5件。").isEmpty)
        let found = try Self.withSentence("2021年街道接收政府信息公开5件。")
        #expect(found.count == 1 && found.first?.severity == .error)
        #expect(found.first?.message.contains("states 5 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
    }

    /// 全区…申请量同比增长50% in the 街道's report, with last year's report
    /// (一 总计 46 → 2): the district's change, as the figure rule reads the
    /// district's figure (a warning) one step less certain, so no change
    /// warning; in a government's report both rules read it as its own.
    @Test func aRegionsChangeInAStreetsReportIsNotCompared() throws {
        let sentence = "2021年，全区共收到政府信息公开申请130件，申请量同比增长50%。"
        let street = try Self.againstLastYear(sentence)
        #expect(street.filter { $0.rule == "narrative-change" }.isEmpty, "\(street)")
        #expect(street.filter { $0.rule == "narrative-figure" }.map(\.severity) == [.warning], "\(street)")
        let site = try TestSite()
        try FileManager.default.copyItem(at: site.url("content/agencies/example-district/2020"), to: site.url("content/agencies/xiasha/2020"))
        try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: government")
        try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
        let government = SiteBuilder(root: site.root).check().diagnostics.filter { $0.location.path.hasPrefix("content/agencies/xiasha/") }
        let change = government.filter { $0.rule == "narrative-change" }
        #expect(change.count == 1 && change.first?.severity == .warning, "\(government)")
        #expect(change.first?.message.contains("states a rise of 50% in 本年新收政府信息公开申请 from 2020") == true, "\(change)")
        #expect(government.filter { $0.rule == "narrative-figure" }.map(\.severity) == [.error], "\(government)")
    }
}
