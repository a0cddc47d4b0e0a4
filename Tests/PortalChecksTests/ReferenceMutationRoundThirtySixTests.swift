import Foundation
@testable import PortalChecks
import Testing

/// Round thirty-six's readings on the reference report (下沙街道 2021: 三（七） 总计 3,
/// 二 行政规范性文件 本年制发件数 0).
extension ReferenceMutationTests {
    /// 受理12388来件30件，办结30件 while 三（七） is 3: the reports to the 12388
    /// line, nothing (before: an error, 30 against 3); 办结政府信息公开申请30件
    /// is still one.
    @Test func anotherServiceNumberIsNotComparedAsClosed() throws {
        #expect(try Self.withSentence("2021年，本街道受理12388来件30件，办结30件。").isEmpty)
        #expect(try Self.withSentence("2021年，本街道办结“12328”回复150条。").isEmpty)
        _ = try Self.theErrorOf("2021年，本街道办结政府信息公开申请30件。", states: "30", claim: "本年办结申请", tableIs: "3")
    }

    /// 共制作行政规范性文件2件 while 本年制发件数 is 0: the trial form's column
    /// word, probably the documents issued, a warning naming the cell (before:
    /// nothing); 制作…0件, as the table, nothing.
    @Test func normativeDocumentsMadeAreComparedAsIssued() throws {
        let warning = try Self.theOneOnALine(Self.withSentence("2021年，本街道共制作行政规范性文件2件。"))
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("states 2 for 本年制发行政规范性文件, but table 二, 第（一）项 行政规范性文件 本年制发件数 is 0"), "\(warning.message)")
        #expect(try Self.withSentence("2021年，本街道共制作行政规范性文件0件。").isEmpty)
    }
}
