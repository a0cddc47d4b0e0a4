import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-seven's readings on the reference report (下沙街道 2021: 四 all 0).
extension ReferenceMutationTests {
    /// 被申请行政复议1件，正在复议1件 while 四 is all 0: the second figure is the
    /// review still under way, compared with 行政复议 尚未审结 (an error), not a
    /// second count of the reviews (before: two warnings against 行政复议 总计).
    @Test func aReviewUnderWayIsComparedAsPending() throws {
        let found = try Self.withSentence("2021年，本街道因政府信息公开被申请行政复议1件，正在复议1件。")
        #expect(found.count == 2, "\(found)")
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.contains { $0.message.contains("states 1 for 行政复议 尚未审结, but table 四, 行政复议 尚未审结 is 0") }, "\(found)")
        #expect(found.contains { $0.message.contains("states 1 for 政府信息公开行政复议, but table 四, 行政复议 总计 is 0") }, "\(found)")
        #expect(try Self.withSentence("2021年，本街道因政府信息公开被申请行政复议0件，正在复议0件。").isEmpty)
    }
}
