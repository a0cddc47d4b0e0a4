import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round fifteen's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 三（三） all 0, 三（四）1 本机关不掌握相关政府信息 3, nothing carried
/// forward, 四 all 0).
extension ReferenceMutationTests {
    /// The problems with `sentence` added to 一 of the reference report, its
    /// agency's kind edited to government.
    static func inAGovernmentsReport(_ sentence: String) throws -> [Diagnostic] {
        try narrativeFigures { site in
            try site.edit("content/agencies/xiasha/agency.yaml", replacing: "kind: subdistrict", with: "kind: government")
            try site.edit(overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
        }
    }

    /// 东城区政府 2023's sentence in a government's report that says nothing
    /// of its scope but names its level beside the region: the district's
    /// 800 and 39 and the level's 6 are each a warning (round seventeen:
    /// either side may be the tables', 河东区 2024).
    /// Without 本级 in the narrative a government's 全区 figure is its own (an error).
    @Test func aGovernmentNamingItsOwnLevelWarnsOfTheRegionsFigures() throws {
        let found = try Self.inAGovernmentsReport("全年全区共受理申请公开800件，结转下年度办理39件，区政府本级共受理206件，结转下年度办理6件。")
        #expect(found.count == 3 && found.allSatisfy { $0.severity == .warning }, "\(found)")
        #expect(found.contains { $0.message.contains("states 800 for 本年新收政府信息公开申请") }, "\(found)")
        #expect(found.contains { $0.message.contains("states 6 for 结转下年度继续办理") }, "\(found)")
        #expect(found.contains { $0.message.contains("states 39") }, "\(found)")
        // The level's own figure agreeing, in a sentence of its own: only the district's warning.
        let apart = try Self.inAGovernmentsReport("全区共收到政府信息公开申请961件。区政府本级共收到政府信息公开申请2件。")
        #expect(apart.count == 1 && apart.first?.severity == .warning, "\(apart)")
        let alone = try Self.inAGovernmentsReport("全区共收到政府信息公开申请961件。")
        #expect(alone.count == 1 && alone.first?.severity == .error, "\(alone)")
    }

    /// 收到政府信息公开申请5件、较上年增加3件 (大足区政府办 2024) while 一 总计
    /// is 2: the comparison is the next item of the list, the total an error.
    @Test func aComparisonInTheNextItemLeavesTheTotalRead() throws {
        let found = try Self.withSentence("2021年街道共收到政府信息公开申请5件、较上年增加3件。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 5 for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
        #expect(try Self.withSentence("2021年街道共收到政府信息公开申请2件、较上年增加3件。").isEmpty)
    }

    /// 因“属于国家秘密”等原因不予公开2件 (渭南市 2023) while 三（三） is all 0:
    /// one reason among others, an error naming 不予公开.
    @Test func aReasonAmongOthersIsTheRows() throws {
        let found = try Self.withSentence("处理结果中，因“属于国家秘密”等原因不予公开2件。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 2 for 不予公开") == true, "\(found)")
    }

    /// 经复议后起诉的行政诉讼1件 (钦北区 2023) while 四 is all 0: an error
    /// naming 复议后起诉 总计.
    @Test func aSuitAfterReviewIsItsColumnsTotal() throws {
        let found = try Self.withSentence("2021年因依申请公开工作引起的经复议后起诉的行政诉讼1件。")
        #expect(found.count == 1 && found.first?.severity == .error, "\(found)")
        #expect(found.first?.message.contains("states 1 for 行政诉讼 复议后起诉 总计") == true, "\(found)")
    }

    /// 其中2条属于本机关不掌握相关政府信息而无法提供 (东湖高新区发改局 2024)
    /// while the sub-row is 3: after 其中 a warning naming it; with 3, nothing.
    @Test func aReasonAfterThePartWordIsTheSubRows() throws {
        let found = try Self.withSentence("2021年街道共收到政府信息公开申请2条。其中2条属于本机关不掌握相关政府信息而无法提供。")
        #expect(found.count == 1 && found.first?.severity == .warning, "\(found)")
        #expect(found.first?.message.contains("states 2 for 本机关不掌握相关政府信息") == true, "\(found)")
        #expect(try Self.withSentence("2021年街道共收到政府信息公开申请2条。其中3条属于本机关不掌握相关政府信息而无法提供。").isEmpty)
    }
}
