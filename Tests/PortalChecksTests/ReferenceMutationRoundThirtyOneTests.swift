import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-one's readings on the reference report (下沙街道 2021: 一 本年新收 2, 四 all 0).
extension ReferenceMutationTests {
    /// 无政府信息依申请公开办理情况 (朋普镇 2024) while 一 is 2: an error, none (0)
    /// against 2 (nothing before); 无依申请公开收费情况, a none of fees, raises nothing.
    @Test func aNoneOfApplicationsAsNoCasesIsCompared() throws {
        _ = try Self.theErrorOf("2021年本街道无政府信息依申请公开办理情况。", states: "none (0)", claim: "本年新收政府信息公开申请", tableIs: "2")
        #expect(try Self.withSentence("2021年本街道无依申请公开收费情况。").isEmpty)
    }

    /// 未收到申请人不满意评价 (柳州市统计局 2022) while 一 is 2: the applicant's reaction,
    /// nothing (before: an error, none (0) against 2); 未收到申请人提出的…申请 is still compared.
    @Test func anApplicantsReactionIsNoNoneOfApplications() throws {
        #expect(try Self.withSentence("2021年，本街道均按时答复，未收到申请人不满意评价。").isEmpty)
        _ = try Self.theErrorOf("2021年，本街道未收到申请人提出的依申请公开申请。", states: "none (0)", claim: "本年新收政府信息公开申请", tableIs: "2")
    }

    /// 没有出现一起投诉、复议和诉讼案件 (驻马店市政府办 2022) against 四 with one review:
    /// exactly one error, the reviews' none (0) against 1 (before: nothing); as published, nothing.
    @Test func aNoneOfReviewsWithoutXingzhengIsCompared() throws {
        let error = try Self.noneAgainstEditedTable("2021年，本街道没有出现一起投诉、复议和诉讼案件。",
                                                    row: "cases: [0, 0, 0, 0, 0,", edited: "cases: [1, 0, 0, 0, 1,")
        #expect(error.message.contains("states none (0) for 政府信息公开行政复议"), "\(error.message)")
        #expect(error.message.contains("is 1"), "\(error.message)")
    }
}
