import Foundation
@testable import PortalChecks
import Testing

/// Round sixty's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 二 总计 1, 三（七）总计 3).
extension ReferenceMutationTests {
    /// 答复3件（含上年结转1件），超期答复件 0 件 (大连高新区 2024's words): the late replies
    /// are not compared with 三（七）总计 3, and the 3 beside them stays certain: nothing
    /// raised (before: a warning naming 本年办结申请, a false one).
    @Test func theLateRepliesAreNotComparedWithTheClosedTotal() throws {
        let found = try Self.withSentence("2021年，共收到政府信息公开申请2件，答复3件（含上年结转1件），超期答复件 0 件。")
        #expect(found.isEmpty, "\(found.map(\.message))")
        // A wrong total beside them is still an error.
        let wrong = try Self.withSentence("2021年，共收到政府信息公开申请2件，答复4件（含上年结转1件），超期答复件 0 件。")
        #expect(wrong.count == 1, "\(wrong.map(\.message))")
        #expect(wrong.first?.severity == .error)
        #expect(wrong.first?.message.contains("states 4 for 本年办结申请") == true, "\(wrong.map(\.message))")
    }
}
