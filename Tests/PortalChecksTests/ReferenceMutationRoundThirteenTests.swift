import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round thirteen's readings on the reference report (下沙街道 2021, a 街道:
/// 一 总计 2, 三（四） 本机关不掌握相关政府信息 3, 四 all 0, nothing carried
/// forward).
extension ReferenceMutationTests {
    /// 收到政府信息公开申请信件5件 (六盘水市政府办公室 2024) while 一 总计 is 2:
    /// the applications' letters, perhaps one channel only, a warning naming
    /// 一 总计; agreeing, nothing; 网上来访信件 is another matter's, nothing.
    @Test func applicationLettersAreAProbableTotal() throws {
        let found = try Self.withSentence("2021年街道收到政府信息公开申请信件5件。")
        #expect(found.count == 1 && found.first?.severity == .warning, "\(found)")
        #expect(found.first?.message.contains("states 5 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
        #expect(try Self.withSentence("2021年街道共收到依申请公开信件2件。").isEmpty)
        #expect(try Self.withSentence("2021年街道共受理群众网上来访信件34件，办结34件。").isEmpty)
    }

    /// 2件因本机关不掌握相关政府信息而无法提供 (湖镇镇 2024) while the sub-row
    /// is 3: the reason after the figure's unit names the sub-row, an error
    /// naming 本机关不掌握相关政府信息 (a warning after 其中); agreeing, nothing.
    @Test func aReasonAfterTheFigureNamesTheSubRow() throws {
        let found = try Self.withSentence("2021年街道办结政府信息公开申请3件，2件因本机关不掌握相关政府信息而无法提供。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 2 for 本机关不掌握相关政府信息, but table 三") == true, "\(found)")
        let amongParts = try Self.withSentence("2021年街道收到政府信息公开申请2件。其中，2件因本机关不掌握相关政府信息而无法提供。")
        #expect(amongParts.count == 1 && amongParts.first?.severity == .warning, "\(amongParts)")
        #expect(try Self.withSentence("2021年街道办结政府信息公开申请3件，3件因本机关不掌握相关政府信息而无法提供。").isEmpty)
    }

    /// 撤销复议申请1件 (抚宁区政府办公室 2026) while 四 行政复议 is one upheld:
    /// the applicant's withdrawal, 其他结果, an error naming 行政复议 其他结果;
    /// with 其他结果 1, nothing. A review body's 收到行政复议申请 stays out.
    @Test func aWithdrawnReviewIsItsOtherOutcome() throws {
        let sentence = "受理的申请件已按规定在法定期限内予以处理。2021年因政府信息公开被申请行政复议1件，撤销复议申请1件。"
        let edit = { (cases: String) throws -> [Diagnostic] in
            try Self.narrativeFigures { site in
                try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "cases: [0, 0, 0, 0, 0,", with: cases)
                try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: sentence)
            }
        }
        let found = try edit("cases: [1, 0, 0, 0, 1,")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 1 for 行政复议 其他结果") == true, "\(found)")
        #expect(try edit("cases: [0, 0, 1, 0, 1,").isEmpty)
        #expect(try Self.withSentence("2021年，街道收到政府信息公开行政复议申请3件。").isEmpty)
    }

    /// 2件转至下年继续办理 (遂宁经开区 2025) while nothing is carried forward:
    /// an error naming 结转下年度继续办理.
    @Test func carriedToNextYearInOtherWordsIsRead() throws {
        let found = try Self.withSentence("2021年街道收到依申请公开2件，2件转至下年继续办理。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 2 for 结转下年度继续办理") == true, "\(found)")
    }
}
