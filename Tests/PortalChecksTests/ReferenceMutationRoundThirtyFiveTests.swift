import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-five's readings on the reference report (下沙街道 2021: 一 本年新收 2, 三（七） 总计 3).
extension ReferenceMutationTests {
    /// 受理12315投诉举报320件，办结318件 while 三（七） is 3: the hotline's cases,
    /// nothing (before: an error, 318 against 3); 办结政府信息公开申请318件 is still one.
    @Test func aServiceHotlineNamedByItsNumberIsNotComparedAsClosed() throws {
        #expect(try Self.withSentence("2021年，本街道受理12315投诉举报320件，办结318件。").isEmpty)
        #expect(try Self.withSentence("2021年，本街道办结“12369”回复150条。").isEmpty)
        _ = try Self.theErrorOf("2021年，本街道办结政府信息公开申请318件。", states: "318", claim: "本年办结申请", tableIs: "3")
    }

    /// A licence item's 申请量0件，受理量0件，办结量0件 while 一 is 2 and 三（七） 3:
    /// nothing (before: errors for both); 政府信息公开申请量0件 is still one.
    @Test func aLicenceItemsApplicationsAreNotCompared() throws {
        #expect(try Self.withSentence("2021年，本街道行使的行政许可事项为1项，即某项审核，全年申请量0件，受理量0件，办结量0件。").isEmpty)
        _ = try Self.theErrorOf("2021年，本街道政府信息公开申请量0件。", states: "0", claim: "本年新收政府信息公开申请", tableIs: "2")
    }
}
