import Foundation
@testable import PortalChecks
import Testing

/// Round fifty-six's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 二 总计 1, 三（七）总计 3).
extension ReferenceMutationTests {
    /// 按时办结2件，办理上年结转1件 (万源市 2025's words): the 2 are the year's own
    /// closed, the table's 总计 3 holds last year's too, nothing raised (before: an
    /// error naming 三（七）总计, a false one); 办结2件 alone is still that error.
    @Test func theYearsOwnClosedBesideLastYearsIsNotTheClosedTotal() throws {
        #expect(try Self.withSentence("2021年，共受理政府信息公开申请2件，按时办结2件，办理上年结转1件。").isEmpty)
        let alone = try Self.withSentence("2021年，共受理政府信息公开申请2件，按时办结2件。")
        #expect(alone.count == 1, "\(alone.map(\.message))")
        #expect(alone.first?.severity == .error)
        #expect(alone.first?.message.contains("states 2 for 本年办结申请") == true, "\(alone.map(\.message))")
    }

    /// 因…等情形依规答复2件 (崇川区数据局 2025's words): the replies for one reason,
    /// not compared with 三（七）总计 3 (before: an error, a false one).
    @Test func theRepliesForOneReasonAreNotTheClosedTotal() throws {
        let found = try Self.withSentence("2021年，因经检索无对应信息等情形依规答复2件。")
        #expect(found.isEmpty, "\(found.map(\.message))")
    }
}
