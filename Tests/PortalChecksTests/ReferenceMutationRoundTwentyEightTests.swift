import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty-eight's readings on the reference report (下沙街道 2021: 一 本年新收 2,
/// 二 行政规范性文件 制发 0, 四 all 0).
extension ReferenceMutationTests {
    /// 没有行政复议和行政诉讼案件 (亳州高新区 2022) against 四 with one review:
    /// an error naming the file, the line, none (0) and 1; as published, nothing.
    @Test func aNoneWithMeiyouIsCompared() throws {
        let error = try Self.noneAgainstEditedTable("2021年，本街道政府信息公开工作没有行政复议和行政诉讼案件。",
                                                    row: "cases: [0, 0, 0, 0, 0,", edited: "cases: [1, 0, 0, 0, 1,")
        #expect(error.message.contains("states none (0) for 政府信息公开行政复议"), "\(error.message)")
        #expect(error.message.contains("is 1"), "\(error.message)")
    }

    /// 收到1件要求公开政府信息的申请 (本溪市卫健委 2021) while 一 本年新收 is 2: the
    /// figure before the words is compared, an error; stating 2 raises nothing.
    @Test func aFigureBeforeTheRequestIsCompared() throws {
        _ = try Self.theErrorOf("2021年，本街道收到1件要求公开政府信息的申请。", states: "1", claim: "本年新收政府信息公开申请", tableIs: "2")
        #expect(try Self.withSentence("2021年，本街道收到2件要求公开政府信息的申请。").isEmpty)
    }

    /// 以区政府和区政府办公室名义印发的行政规范性文件2件 (as 龙游县政府办公室 2023)
    /// while 二 制发 is 0: a warning (the documents may be another body's), not an error.
    @Test func documentsInABodysNameAreAWarning() throws {
        let found = try Self.withSentence("2021年，以区政府和区政府办公室名义印发的行政规范性文件2件。")
        let one = try #require(found.count == 1 ? found.first : nil, "\(found)")
        #expect(one.severity == .warning)
        #expect(one.message.contains("本年制发行政规范性文件"), "\(one.message)")
    }
}
