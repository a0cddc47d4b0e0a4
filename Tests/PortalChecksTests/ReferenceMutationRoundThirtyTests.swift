import Foundation
@testable import PortalChecks
import Testing

/// Round thirty's readings on the reference report (下沙街道 2021: 一 本年新收 2).
extension ReferenceMutationTests {
    /// 接到3项政府信息公开的申请 (as 沌口街道 2024) while 一 is 2: an error
    /// (nothing before); 接到2项 raises nothing.
    @Test func applicationsNamedWithDeAreCompared() throws {
        _ = try Self.theErrorOf("2021年，本街道接到3项政府信息公开的申请。", states: "3", claim: "本年新收政府信息公开申请", tableIs: "2")
        #expect(try Self.withSentence("2021年，本街道接到2项政府信息公开的申请。").isEmpty)
    }

    /// 收到3条政府信息公开相关申请 (as 东宝区财政局 2024) while 一 is 2: an error; 2 nothing.
    @Test func applicationsNamedWithXiangguanAreCompared() throws {
        _ = try Self.theErrorOf("2021年度收到3条政府信息公开相关申请。", states: "3", claim: "本年新收政府信息公开申请", tableIs: "2")
        #expect(try Self.withSentence("2021年度收到2条政府信息公开相关申请。").isEmpty)
    }
}
