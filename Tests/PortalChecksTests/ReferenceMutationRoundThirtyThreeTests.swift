import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-three's readings on the reference report (下沙街道 2021: 三（七） 总计 3).
extension ReferenceMutationTests {
    /// 累计办理公民、法人或其他组织通过…等途径依申请公开信息合计9件 while 三（七）
    /// 总计 is 3: those handled, probable, a warning naming the cell (before:
    /// nothing); 合计3件, as the table, nothing.
    @Test func handledOnApplicationInAllIsComparedAsClosed() throws {
        let found = try Self.withSentence("2021年，本街道累计办理公民、法人或其他组织通过门户网站、邮寄等途径依申请公开信息合计9件，已全部按期限答复办结。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 9 for 本年办结申请, but table 三, 三（七） 总计 is 3") == true, "\(found)")
        #expect(try Self.withSentence("2021年，本街道累计办理公民、法人或其他组织通过门户网站、邮寄等途径依申请公开信息合计3件，已全部按期限答复办结。").isEmpty)
    }
}
