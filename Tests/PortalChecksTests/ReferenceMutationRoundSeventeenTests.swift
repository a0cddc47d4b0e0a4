import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round seventeen's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 三 总计 2, nothing carried forward).
extension ReferenceMutationTests {
    /// A level's word of another matter in a government's 一 (乌拉特前旗 2021:
    /// 对旗本级有关信息进行收集) no longer makes the report the level's: a
    /// region's figure against the tables is an error, as in a report naming
    /// no level. The level's applications (区政府本级共受理206件) still make it a warning.
    @Test func aLevelsWordOfAnotherMatterLeavesTheRegionsFigureAnError() throws {
        let other = "重点强化了对区本级有关信息进行收集、录入、更新，推动了全区政府信息工作按上级要求深入开展。"
        let figure = "全区共收到政府信息公开申请5件。"
        let found = try Self.inAGovernmentsReport(other + figure, preamble: nil)
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 5 for 本年新收政府信息公开申请") == true, "\(found)")
        let level = try Self.inAGovernmentsReport("区政府本级共受理政府信息公开申请2件。" + figure, preamble: nil)
        #expect(level.count == 1 && level.first?.severity == .warning, "\(level)")
    }

    /// An office's figure after its government's level (苏州市人民政府办公室 2023:
    /// 全年办理市政府本级依申请公开答复263件) in a department's report: a
    /// warning, not an error; the same figure without the level's word an error.
    @Test func aDepartmentsFigureOfItsGovernmentsLevelIsAWarning() throws {
        let level = try Self.withSentence("全年办理市政府本级依申请公开答复263件。")
        #expect(level.count == 1 && level.first?.severity == .warning, "\(level)")
        #expect(level.first?.message.contains("states 263") == true, "\(level)")
        let own = try Self.withSentence("全年办理依申请公开答复263件。")
        #expect(own.count == 1 && own.first?.severity == .error, "\(own)")
    }

    /// 长春市退役军人事务局 2023's sentence (共受理政府信息公开申请2件 against its
    /// table's 3: Fixtures/narrative-figure/real/21-…): against the reference
    /// report's 一 总计 2 nothing, against another total an error naming 一.
    @Test func theChangchunSentenceIsReadForCertain() throws {
        let sentence = "本年度，共受理政府信息公开申请2件，都在法定期限内予以答复。"
        #expect(try Self.withSentence(sentence).isEmpty)
        let other = try Self.withSentence(sentence.replacingOccurrences(of: "2件", with: "3件"))
        #expect(other.count == 1 && other.first?.severity == .error, "\(other)")
        #expect(other.first?.message.contains("states 3 for 本年新收政府信息公开申请") == true, "\(other)")
    }
}
