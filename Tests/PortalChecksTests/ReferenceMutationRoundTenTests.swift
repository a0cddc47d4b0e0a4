import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round ten's readings on the reference report (下沙街道 2021, a 街道:
/// 一 总计 2, 三（四）1 本机关不掌握 3, 四 all 0).
extension ReferenceMutationTests {
    /// 全区共收到政府信息公开申请3件 in a 街道's report while 一 总计 is 2: the
    /// district's figure, a warning naming 一 总计; in a government's report
    /// (the agency's kind edited to government) its own, an error.
    @Test func aRegionsApplicationsInAStreetsReportAreAWarning() throws {
        let sentence = "2021年，全区共收到政府信息公开申请3件。"
        let street = try Self.withSentence(sentence)
        #expect(street.count == 1)
        #expect(street.first?.severity == .warning)
        #expect(street.first?.message.contains("states 3 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(street)")
        let government = try Self.narrativeFigures { site in
            try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: government")
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
        }
        #expect(government.count == 1)
        #expect(government.first?.severity == .error, "\(government)")
        // The 街道's own words (全街道) are its own figure: an error.
        let own = try Self.withSentence("2021年，全街道共收到政府信息公开申请3件。")
        #expect(own.count == 1 && own.first?.severity == .error, "\(own)")
    }

    /// 涉及复议0件 right after the sentence about applications (依申请) while
    /// 四 行政复议 总计 is 1: a warning naming 行政复议 总计 (the disclosure
    /// words are in the sentence before, so probable).
    @Test func aBareReviewZeroAfterTheApplicationsSentenceIsAWarning() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [1, 0, 0, 0, 1,")
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。涉及复议0件，诉讼0件。")
        }
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 0 for 政府信息公开行政复议, but table 四, 行政复议 总计 is 1") == true, "\(found)")
    }

    /// 无法提供3件，其中本机关不掌握相关政府信息2件 while 三（四）1 is 3: the
    /// sub-row after 其中, a warning naming it; with 3, nothing.
    @Test func aSubRowAfterQizhongIsAWarning() throws {
        let found = try Self.withSentence("2021年无法提供3件，其中本机关不掌握相关政府信息2件。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 2 for 本机关不掌握相关政府信息, but table 三") == true, "\(found)")
        #expect(try Self.withSentence("2021年无法提供3件，其中本机关不掌握相关政府信息3件。").isEmpty)
    }

    /// 申请量由上年的46件减少到2021年的1件 while 一 总计 is 2: the level
    /// reached, this year named before it, a warning naming 一 总计.
    @Test func theLevelReachedWithThisYearNamedIsThisYearsFigure() throws {
        let found = try Self.againstLastYear("申请量由上年的46件减少到2021年的1件。", withLastYear: false)
        #expect(found.count == 1)
        #expect(found.first?.rule == "narrative-figure" && found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 1 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
        #expect(try Self.againstLastYear("申请量由上年的46件减少到2021年的2件。").isEmpty)
    }
}
