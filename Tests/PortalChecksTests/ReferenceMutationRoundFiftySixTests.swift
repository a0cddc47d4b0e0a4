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

    /// 新收到…2件，结转上年度办理1件。其中，答复…2件 (硚口区政府办 2025's words) against
    /// 三（七）总计 3: the 2 may be the year's new ones answered, a warning naming
    /// 本年办结申请, no error (before: an error, a false one).
    @Test func closedRightAfterAPartWordAloneIsComparedProbably() throws {
        let found = try Self.withSentence("2021年，新收到依申请公开政府信息2件，结转上年度办理1件。其中，答复依申请公开政府信息2件，均在法定期限内予以答复。")
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 2 for 本年办结申请") == true, "\(found.map(\.message))")
    }

    /// 因…等情形依规答复2件 (崇川区数据局 2025's words): the replies for one reason,
    /// not compared with 三（七）总计 3 (before: an error, a false one).
    @Test func theRepliesForOneReasonAreNotTheClosedTotal() throws {
        let found = try Self.withSentence("2021年，因经检索无对应信息等情形依规答复2件。")
        #expect(found.isEmpty, "\(found.map(\.message))")
    }
}
