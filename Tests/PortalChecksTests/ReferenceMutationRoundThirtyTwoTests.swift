import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-two's readings on the reference report (下沙街道 2021: 一 本年新收 2).
extension ReferenceMutationTests {
    /// 未收到申请人的意见 while 一 is 2: the applicant's reaction, nothing
    /// (before: an error, none (0) against 2, as 未收到申请人不满意评价 was);
    /// 未收到申请人提出的申请, its own 申请 after the applicant, still one error.
    @Test func aNoneWhoseOnlyApplicationIsTheApplicantIsNothing() throws {
        #expect(try Self.withSentence("2021年，本街道均按时答复，未收到申请人的意见。").isEmpty)
        #expect(try Self.withSentence("2021年，本街道未收到申请人的评价。").isEmpty)
        _ = try Self.theErrorOf("2021年，本街道未收到申请人提出的申请。", states: "none (0)", claim: "本年新收政府信息公开申请", tableIs: "2")
    }

    /// 收到自然人、法人或其他组织…申请0件 (卫子镇 2022) while 一 is 2: every kind
    /// of applicant listed is the total, one error, 0 against 2 (before: nothing).
    @Test func everyKindOfApplicantListedIsComparedAsTheTotal() throws {
        _ = try Self.theErrorOf("2021年收到自然人、法人或其他组织向本街道提交的政府信息公开申请0件。", states: "0", claim: "本年新收政府信息公开申请", tableIs: "2")
    }
}
