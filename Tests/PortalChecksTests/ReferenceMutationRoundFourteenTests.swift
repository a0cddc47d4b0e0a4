import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round fourteen's readings on the reference report (下沙街道 2021, a 街道:
/// 一 总计 2, 二 上年结转 1, 三（四） 本机关不掌握相关政府信息 3, 三（七） 总计 3,
/// nothing carried forward, 二 行政规范性文件 all 0, 四 all 0).
extension ReferenceMutationTests {
    /// 共收到依申公开事项5件 (哈尔滨市商务局 2023: 请 left out) while 一 总计
    /// is 2: an error naming 一 总计; agreeing, nothing.
    @Test func applicationsWithoutTheirPleaseAreRead() throws {
        let found = try Self.withSentence("2021年街道共收到依申公开事项5件。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 5 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
        #expect(try Self.withSentence("2021年街道共收到依申公开事项2件。").isEmpty)
    }

    /// 未收到任何形式的依申请公开信息、行政复议和行政诉讼 (海口市政府研究室 2023)
    /// while 一 总计 is 2: the applications' none, an error naming 一 总计 (the
    /// reviews' and suits' nones agree with 四); 未收到因…申请引起的行政复议
    /// states nothing of applications.
    @Test func aNoneListedBeforeOtherNonesIsRead() throws {
        let found = try Self.withSentence("街道本年度未收到任何形式的依申请公开信息、行政复议和行政诉讼。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states none (0) for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
        #expect(try Self.withSentence("街道本年度未收到因政府信息公开申请引起的行政复议。").isEmpty)
    }

    /// 制发件数2件，废止件数1件 after 出台行政规范性文件 (海南省生态环境厅 2023)
    /// while 二 行政规范性文件 is all 0: an error naming 本年制发件数, a warning
    /// naming 本年废止件数; about 规章, nothing.
    @Test func theTablesColumnWordsInProseAreRead() throws {
        let found = try Self.withSentence("2021年街道出台行政规范性文件：制发件数2件，废止件数1件。")
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.severity == .error && $0.message.contains("states 2 for 本年制发行政规范性文件") && $0.message.contains("本年制发件数") }, "\(found)")
        #expect(found.contains { $0.severity == .warning && $0.message.contains("states 1 for 本年废止行政规范性文件") && $0.message.contains("本年废止件数") }, "\(found)")
        #expect(try Self.withSentence("2021年街道规章：制发件数2件。").isEmpty)
    }

    /// 另有2件申请转结下年度继续办理 inside the bracket after 含 (长春市人民政府
    /// 办公厅 2025) while nothing is carried forward: an error naming
    /// 结转下年度继续办理; the total and last year's agree.
    @Test func carriedForwardInsideTheBracketIsRead() throws {
        let found = try Self.withSentence("2021年街道答复政府信息公开申请3件（含上年度转结申请1件，另有2件申请转结下年度继续办理）。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 2 for 结转下年度继续办理") == true, "\(found)")
    }

    /// 因本机关不掌握相关政府信息无法提供2件 (高平市政府办公室 2023) while the
    /// sub-row is 3: the reason before the figure names the sub-row, an error
    /// naming 本机关不掌握相关政府信息; agreeing, nothing.
    @Test func aReasonBeforeTheFigureNamesTheSubRow() throws {
        let found = try Self.withSentence("处理结果中，因本机关不掌握相关政府信息无法提供2件。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 2 for 本机关不掌握相关政府信息, but table 三") == true, "\(found)")
        #expect(try Self.withSentence("处理结果中，因本机关不掌握相关政府信息无法提供3件。").isEmpty)
    }

    /// 结转下年度办理1件 … 本级结转下年度办理0件 in one sentence (东城区政府 2023:
    /// the district's and the government's own) while nothing is carried
    /// forward: two figures of one quantity, each only probable — one warning
    /// naming 结转下年度继续办理, no error; the first alone is an error.
    @Test func twoFiguresOfOneQuantityInASentenceAreProbable() throws {
        let found = try Self.withSentence("2021年结转下年度办理1件，街道本级结转下年度办理0件。")
        #expect(found.count == 1 && found.first?.severity == .warning, "\(found)")
        #expect(found.first?.message.contains("states 1 for 结转下年度继续办理") == true, "\(found)")
        let alone = try Self.withSentence("2021年结转下年度办理1件。")
        #expect(alone.count == 1 && alone.first?.severity == .error, "\(alone)")
    }
}
