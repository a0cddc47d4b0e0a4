import Foundation
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round eleven's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 二 总计 1, 三（七） 总计 3, 四 结转下年度 0).
extension ReferenceMutationTests {
    /// 今年以来我街道未收到政府信息公开申请 while 一 总计 is 2: the year so
    /// far (以来 inside 今年以来 spans no years), an error naming 一 总计.
    @Test func aNoneOfTheYearSoFarIsThisYears() throws {
        let found = try Self.withSentence("今年以来我街道未收到政府信息公开申请。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states none (0) for 本年新收政府信息公开申请, but table 三, 一 总计 is 2") == true, "\(found)")
        #expect(try Self.withSentence("今年以来，我街道共收到政府信息公开申请2件。").isEmpty)
        // A span of years is still not the year's: nothing.
        #expect(try Self.withSentence("自2019年以来，我街道累计收到政府信息公开申请5件。").isEmpty)
        #expect(try Self.withSentence("截至2021年12月31日，我街道累计共受理政府信息公开申请5件。").isEmpty)
    }

    /// 上年结转政府信息公开申请办件2件 while 二 总计 is 1: 办件 inside 申请办件
    /// is the applications' own, an error naming 二 总计; a hotline's 办件 still
    /// puts the figure out.
    @Test func applicationFilesCarriedOverAreCarriedOver() throws {
        let found = try Self.withSentence("上年结转政府信息公开申请办件2件。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states 2 for 上年结转申请, but table 三, 二 总计 is 1") == true, "\(found)")
        #expect(try Self.withSentence("上年结转政府信息公开申请办件1件。").isEmpty)
        #expect(try Self.withSentence("全年办结热线办件12件。").isEmpty)
    }

    /// 全年共办理依申请公开事项5件 while 三（七） 总计 is 3: those closed (or
    /// handled), a warning naming 三（七） 总计, never an error naming 一 总计.
    @Test func applicationsHandledAreProbablyThoseClosed() throws {
        let found = try Self.withSentence("全年共办理依申请公开事项5件。")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("states 5 for 本年办结申请, but table 三, 三（七） 总计 is 3") == true, "\(found)")
        #expect(try Self.withSentence("全年共办理依申请公开事项3件。").isEmpty)
    }

    /// A hotline's cases on a page in traditional characters (板栗树乡 2022):
    /// 熱線 folds to 热线, another matter, so 辦結12件 is not table 三's.
    @Test func aHotlinesCasesInTraditionalCharactersAreNotApplications() throws {
        #expect(try Self.withSentence("全年縣長熱線辦理群眾來電事項12件，辦結12件，辦結率100%。").isEmpty)
        // Without the hotline, 辦結12件 is the table's: an error naming 三（七） 总计.
        let found = try Self.withSentence("全年辦結12件。")
        #expect(found.count == 1 && found.first?.severity == .error)
        #expect(found.first?.message.contains("states 12 for 本年办结申请, but table 三, 三（七） 总计 is 3") == true, "\(found)")
    }

    /// 无结转至下一年度办理的申请 while 四 结转下年度 is 1: a none, an error
    /// naming 结转下年度继续办理.
    @Test func noneCarriedToTheNextYearInOtherWordsIsANone() throws {
        let found = try Self.narrativeFigures { site in
            try site.edit("content/agencies/xiasha/2021/report.yaml",
                          replacing: "carriedForward:             [0, 0, 0, 0, 0, 0, 0]",
                          with: "carriedForward:             [1, 0, 0, 0, 0, 0, 1]")
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。",
                          with: "受理的申请件已按规定在法定期限内予以处理，无结转至下一年度办理的申请。")
        }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("states none (0) for 结转下年度继续办理, but table 三, 四 总计 is 1") == true, "\(found)")
    }
}
