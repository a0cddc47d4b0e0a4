import Foundation
@testable import PortalChecks
import Testing

/// Round forty-two's readings on the reference report (下沙街道 2021: 二 总计 1,
/// 四 行政复议 总计 0).
extension ReferenceMutationTests {
    /// 不存在上年度结转政府信息公开申请 (新港街 2023) while 二 总计 is 1: a none
    /// written with 不, an error naming 二 总计, none (0) and 1 (before: nothing).
    @Test func aNoneOfLastYearsWrittenWithBuIsCompared() throws {
        let found = try Self.withSentence("2021年，本街道不存在上年度结转政府信息公开申请。")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states none (0) for 上年结转申请, but table 三, 二 总计 is 1") == true, "\(found.map(\.message))")
    }

    /// 也不涉及行政复议和行政诉讼 (榕城区医保局 2025) against 四 行政复议 总计 1: an
    /// error naming 行政复议 总计 (before: nothing); as published, nothing. 信息不存在
    /// before a review (以信息不存在为由提起的行政复议) is no none: nothing against 1.
    @Test func aNoneOfAppealsWrittenWithBuIsCompared() throws {
        let error = try Self.noneAgainstEditedTable("2021年，本街道也不涉及行政复议和行政诉讼。", row: "cases: [0, 0, 0, 0, 0,", edited: "cases: [1, 0, 0, 0, 1,")
        #expect(error.message.contains("states none (0) for 政府信息公开行政复议, but table 四, 行政复议 总计 is 1"), "\(error.message)")
        let otherSense = try Self.withSentence("申请人以信息不存在为由提起的行政复议已审结。", row: "cases: [0, 0, 0, 0, 0,", edited: "cases: [1, 0, 0, 0, 1,")
        #expect(otherSense.isEmpty, "\(otherSense.map(\.message))")
    }
}
