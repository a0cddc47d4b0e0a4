import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-nine's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 二 总计 1, 三（七） 总计 3).
extension ReferenceMutationTests {
    /// 收到…申请2件，办理完成2件 while 三（七） 总计 is 3: 办理完成 is 办结, an error
    /// naming 三（七） 总计 (before: nothing); 办理完成3件, nothing.
    @Test func handlingCompletedIsComparedWithClosed() throws {
        let found = try Self.withSentence("2021年，本街道收到政府信息公开申请2件，办理完成2件。")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states 2 for 本年办结申请, but table 三, 三（七） 总计 is 3") == true, "\(found.map(\.message))")
        #expect(try Self.withSentence("2021年，本街道收到政府信息公开申请2件，办理完成3件。").isEmpty)
    }
}
