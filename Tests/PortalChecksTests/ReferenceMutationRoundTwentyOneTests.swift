import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty-one's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 四 all 0).
extension ReferenceMutationTests {
    /// 共收到依申请公开信件3件，均为网络申请，未发生…行政复议 while 一 总计 is 2:
    /// 复议 in a later clause no longer puts the letters' total out (only
    /// another way in does, `probableUnless`), so it is compared — a warning
    /// naming the file, the line, 一 总计, 3 and 2. Stating 2 raises nothing.
    @Test func aLaterNoneOfReviewsLeavesTheLettersTotalCompared() throws {
        let warning = try Self.theOneOnALine(Self.withSentence("2021年共收到依申请公开信件3件，均为网络申请，未发生因政府信息公开被申请行政复议的情况。"))
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("states 3 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2"), "\(warning.message)")
        #expect(try Self.withSentence("2021年共收到依申请公开信件2件，均为网络申请，未发生因政府信息公开被申请行政复议的情况。").isEmpty)
    }

    /// 本街道收到…申请3件 while 一 总计 is 2: the agency's own figure, an error
    /// naming the file, the line, 一 总计, 3 and 2 (本 before a part's word is
    /// not a part); 部门收到…3件 opening a clause is a part's figure, a warning.
    @Test func aPartsClauseMakesItsSentenceProbable() throws {
        let error = try Self.theOneOnALine(Self.withSentence("2021年本街道收到政府信息公开申请3件。"))
        #expect(error.severity == .error)
        #expect(error.message.contains("states 3 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2"), "\(error.message)")
        let found = try Self.withSentence("2021年街道收到政府信息公开申请2件；部门收到政府信息公开申请3件。")
        #expect(found.count == 1 && found.first?.severity == .warning, "\(found)")
        #expect(found.first?.message.contains("states 3 for") == true, "\(found)")
    }
}
