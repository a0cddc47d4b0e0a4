import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-four's readings on the reference report (下沙街道 2021: 一 本年新收 2, 三（七） 总计 3).
extension ReferenceMutationTests {
    /// 本街道无依申请公开政府信息 while 一 is 2: nothing disclosed on application,
    /// probably none received, one warning naming the cell (before: nothing);
    /// the fees' none (…收费及减免情况) nothing.
    @Test func nothingDisclosedOnApplicationIsComparedAsProbablyNone() throws {
        let warning = try Self.theOneOnALine(Self.withSentence("2021年，本街道无依申请公开政府信息。"))
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("states none (0) for 本年新收政府信息公开申请, but table 三, 一 总计 is 2"), "\(warning.message)")
        #expect(try Self.withSentence("2021年，本街道无依申请公开政府信息收费及减免情况。").isEmpty)
    }

    /// 办结“12345”回复150条 while 三（七） is 3: the hotline's replies, nothing
    /// (before: an error, 150 against 3); 办结政府信息公开申请150条 is still one.
    @Test func aHotlineNamedByItsNumberIsNotComparedAsClosed() throws {
        #expect(try Self.withSentence("2021年，本街道办结“12345”回复150条。").isEmpty)
        _ = try Self.theErrorOf("2021年，本街道办结政府信息公开申请150条。", states: "150", claim: "本年办结申请", tableIs: "3")
    }
}
