import Foundation
@testable import PortalChecks
import Testing

/// Round fifty-three's readings on the reference report (下沙街道 2021: 二 总计 1,
/// 四 行政复议 总计 0).
extension ReferenceMutationTests {
    /// 被申请行政复议3件（含上一年度结转2件） (上海市普陀区 2025's words) while 四 states
    /// 3 reviews: the 2 are the reviews' own, nothing against 二 总计 1 (before: an
    /// error naming 二 总计, a false one).
    @Test func lastYearsCasesInAnAppealsBracketAreNotComparedWithTheApplications() throws {
        let sentence = "2021年，因政府信息公开被申请行政复议3件（含上一年度结转2件）。"
        let found = try Self.withSentence(sentence, row: "cases: [0, 0, 0, 0, 0,", edited: "cases: [3, 0, 0, 0, 3,")
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    /// The same words while 四 states 2 reviews: the 3 counts a case of last
    /// year's, which the table may not, so a warning naming 行政复议 总计, no
    /// error (before: an error).
    @Test func anAppealsFigureHoldingLastYearsIsComparedProbably() throws {
        let sentence = "2021年，因政府信息公开被申请行政复议3件（含上一年度结转1件）。"
        let found = try Self.withSentence(sentence, row: "cases: [0, 0, 0, 0, 0,", edited: "cases: [2, 0, 0, 0, 2,")
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 3 for 政府信息公开行政复议, but table 四, 行政复议 总计 is 2") == true, "\(found.map(\.message))")
    }
}
