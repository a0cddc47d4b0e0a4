import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty-six's readings on the reference report (下沙街道 2021: 一 本年新收 2,
/// 四 all 0).
extension ReferenceMutationTests {
    /// 没有被申请行政复议、提起行政诉讼 (西乌珠穆沁旗人社局 2022) against 四 with one
    /// lawsuit filed directly: an error naming the file, the line, none (0) and 1;
    /// as published, nothing.
    @Test func aNoneOfLawsuitsAfterReviewsIsCompared() throws {
        let error = try Self.noneAgainstEditedTable("2021年，本街道没有被申请行政复议、提起行政诉讼的情况。",
                                                    row: "cases: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0,", edited: "cases: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1,")
        #expect(error.message.contains("states none (0) for 政府信息公开行政诉讼"), "\(error.message)")
        #expect(error.message.contains("is 1"), "\(error.message)")
    }

    /// 未收到依申请公开信件 (瑶海区医保局 2020) against 一 本年新收 2: a warning
    /// (the letters may be one way in), no longer an error.
    @Test func aNoneOfLettersIsAWarning() throws {
        let found = try Self.withSentence("2021年度，本街道未收到依申请公开信件。")
        let one = try #require(found.count == 1 ? found.first : nil, "\(found)")
        #expect(one.severity == .warning)
        #expect(one.message.contains("本年新收政府信息公开申请"), "\(one.message)")
    }
}
