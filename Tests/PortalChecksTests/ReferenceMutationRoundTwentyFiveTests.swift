import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty-five's readings on the reference report (下沙街道 2021: 二 行政规范性文件
/// 本年制发 0, 四 行政复议 总计 0).
extension ReferenceMutationTests {
    /// A none stated in 一 (二): nothing against the published table; with
    /// the table's `row` edited to `edited`, the one error on the sentence's line.
    static func noneAgainstEditedTable(_ sentence: String, row: String, edited: String) throws -> Diagnostic {
        #expect(try withSentence(sentence).isEmpty)
        let error = try theOneOnALine(withSentence(sentence, row: row, edited: edited))
        #expect(error.severity == .error)
        return error
    }

    /// The problems found with `sentence` added to 一 and the table's `row` edited to `edited`.
    static func withSentence(_ sentence: String, row: String, edited: String) throws -> [Diagnostic] {
        try narrativeFigures { site in
            try site.edit(overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
            try site.edit(report, replacing: row, with: edited)
        }
    }

    /// 未制定印发新的行政规范性文件 (兰州新区经济合作局 2023) against a table
    /// stating 1 made: an error naming the file, the line, the row, none (0) and
    /// 1; against the published 0, nothing.
    @Test func aNoneOfDocumentsMadeIsCompared() throws {
        let error = try Self.noneAgainstEditedTable("2021年，未制定印发新的行政规范性文件。", row: "normativeDocuments: [0, 0, 0]", edited: "normativeDocuments: [1, 0, 1]")
        #expect(error.message.contains("states none (0) for 本年制发行政规范性文件, but table 二, 第（一）项 行政规范性文件 本年制发件数 is 1"), "\(error.message)")
    }

    /// 没有被申请行政复议 (西乌珠穆沁旗人社局 2022) against 四 行政复议 总计 1: an
    /// error naming the file, the line, 行政复议 总计, none (0) and 1; as published, nothing.
    @Test func aNoneOfReviewsWithoutIsCompared() throws {
        let error = try Self.noneAgainstEditedTable("2021年，本街道没有被申请行政复议。", row: "cases: [0, 0, 0, 0, 0,", edited: "cases: [1, 0, 0, 0, 1,")
        #expect(error.message.contains("states none (0) for 政府信息公开行政复议, but table 四, 行政复议 总计 is 1"), "\(error.message)")
    }
}
