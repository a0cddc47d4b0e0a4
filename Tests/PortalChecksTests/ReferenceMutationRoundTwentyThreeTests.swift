import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty-three's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 二 总计 1, 三（七）总计 3).
extension ReferenceMutationTests {
    /// 共受理…申请3件，其中新收到2件，结转上年度办理1件 states 一 + 二 as published:
    /// nothing is raised (round twenty-two read 3 as 一 and raised an error
    /// against 2). Stating 4 with 3 new ones is an error naming the file, the
    /// line, 一 + 二, 4 and 3.
    @Test func aTotalWithTheYearsNewOnesInsideIsComparedAsBothYears() throws {
        #expect(try Self.withSentence("2021年本街道共受理政府信息公开申请3件，其中新收到2件，结转上年度办理1件，办结3件。").isEmpty)
        let error = try Self.theOneOnALine(Self.withSentence("2021年本街道共受理政府信息公开申请4件，其中新收到3件，结转上年度办理1件。"))
        #expect(error.severity == .error)
        #expect(error.message.contains("states 4 for"), "\(error.message)")
        #expect(error.message.contains("but table 三") && error.message.hasSuffix("is 3"), "\(error.message)")
    }

    /// 上年无结转申请 while 二、上年结转 is 1: an error naming the file, the
    /// line, 二 总计, none (0) and 1; with the table's 二 edited to 0, nothing.
    @Test func aNoneOfLastYearsIsCompared() throws {
        let sentence = "全年共收到政府信息公开申请2件，上年无结转申请。"
        let error = try Self.theOneOnALine(Self.withSentence(sentence))
        #expect(error.severity == .error)
        #expect(error.message.contains("states none (0) for 上年结转申请, but table 三, 二"), "\(error.message)")
        #expect(error.message.hasSuffix("is 1"), "\(error.message)")
        let agreeing = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
            try site.edit(Self.report, replacing: "carriedOver:                [1, 0, 0, 0, 0, 0, 1]", with: "carriedOver:                [0, 0, 0, 0, 0, 0, 0]")
        }
        #expect(agreeing.isEmpty, "\(agreeing)")
    }
}
