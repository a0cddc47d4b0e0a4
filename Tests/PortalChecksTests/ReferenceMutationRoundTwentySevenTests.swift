import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty-seven's readings on the reference report (下沙街道 2021: 一 本年新收 2,
/// 四 all 0).
extension ReferenceMutationTests {
    /// 未因…收到被申请行政复议、提起诉讼 (宣州区医保局 2022) against 四 with one
    /// lawsuit filed directly: an error naming the file, the line, none (0) and 1;
    /// as published, nothing.
    @Test func aNoneOfSuitsWithTiqiIsCompared() throws {
        let error = try Self.noneAgainstEditedTable("2021年，本街道未因政府信息公开工作收到被申请行政复议、提起诉讼的情况。",
                                                    row: "cases: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0,", edited: "cases: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1,")
        #expect(error.message.contains("states none (0) for 政府信息公开行政诉讼"), "\(error.message)")
        #expect(error.message.contains("is 1"), "\(error.message)")
    }

    /// 行政执法工作均无被申请行政复议 (清远市教育局 2024) against 四 with one review: a warning here (the enforcement's
    /// appeals may not be disclosure's), no longer an error; since round ninety-one nothing at all (they are not).
    @Test func aNoneOfEnforcementsReviewsIsNotCompared() throws {
        #expect(try Self.withSentence("2021年度行政执法工作均无被申请行政复议。").isEmpty)
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。2021年度行政执法工作均无被申请行政复议。")
            try site.edit(Self.report, replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [1, 0, 0, 0, 1,")
        }
        #expect(found.isEmpty, "\(found)")
    }
}
