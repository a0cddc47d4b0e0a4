import Foundation
@testable import PortalChecks
import Testing

/// Round forty-six's readings on the reference report (下沙街道 2021: 二 行政规范性文件
/// 0, 0, 0).
extension ReferenceMutationTests {
    /// 行政规范性文件发布0条，废止数量0条，现行有效数量0条 (武山县城关镇 2025) while 二
    /// states 1 made and 1 in force: a warning naming 本年制发件数 and one naming
    /// 现行有效件数, none an error (发布 may be publishing); before: nothing. As
    /// published, nothing.
    @Test func publishingBesideTheTablesColumnsIsComparedWithIssued() throws {
        let sentence = "2021年，本街道行政规范性文件发布0条，废止数量0条，现行有效数量0条。"
        #expect(try Self.withSentence(sentence).isEmpty)
        let found = try Self.withSentence(sentence, row: "normativeDocuments: [0, 0, 0]", edited: "normativeDocuments: [1, 0, 1]")
        #expect(found.count == 2, "\(found.map(\.message))")
        #expect(found.allSatisfy { $0.severity == .warning }, "\(found.map(\.message))")
        #expect(found.contains { $0.message.contains("states 0 for 本年制发行政规范性文件") && $0.message.contains("本年制发件数 is 1") }, "\(found.map(\.message))")
        #expect(found.contains { $0.message.contains("states 0 for 行政规范性文件现行有效件数") && $0.message.contains("现行有效件数 is 1") }, "\(found.map(\.message))")
    }
}
