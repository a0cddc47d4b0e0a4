import Foundation
import PortalBuild
@testable import PortalChecks
import PortalModel
import PortalTestSupport
import Testing

/// Round twenty-two's readings on the reference report (下沙街道 2021: 一 总计 2,
/// 四 结转下年度 0, 四 all 0, 行政规范性文件 制发 0).
extension ReferenceMutationTests {
    static let report = "content/agencies/xiasha/2021/report.yaml"

    /// 制发2份规范性文件 while 行政规范性文件 本年制发件数 is 0: the figure before
    /// the noun is compared, an error naming the file, the line, the row, 2 and
    /// 0. Stating 0 raises nothing.
    @Test func aNormativeDocumentsFigureBeforeItsNounIsCompared() throws {
        let error = try Self.theOneOnALine(Self.withSentence("2021年制发2份规范性文件。"))
        #expect(error.severity == .error)
        #expect(error.message.contains("states 2 for 本年制发行政规范性文件, but table 二"), "\(error.message)")
        #expect(error.message.contains("is 0"), "\(error.message)")
        #expect(try Self.withSentence("2021年制发0份规范性文件。").isEmpty)
    }

    /// 除1件转结2022年办理以外 while 四、结转下年度继续办理 is 0: an error naming the
    /// file, the line, 四 总计, 1 and 0.
    @Test func aFigureCarriedForwardOutsideTheRestIsCompared() throws {
        let error = try Self.theOneOnALine(Self.withSentence("除1件转结2022年办理以外，均依法依规完成答复。"))
        #expect(error.severity == .error)
        #expect(error.message.contains("states 1 for 结转下年度继续办理, but table 三"), "\(error.message)")
    }

    /// 年内未出台新的行政规范性文件 against a table stating 1 made: an error
    /// naming the file, the line, the row, 0 and 1; against the published 0
    /// nothing. 我團未收到網絡依申請公開，沒有因…行政復議敗訴 (十六团新开岭镇 2021)
    /// names neither applications' total nor reviews' (a review upheld stays
    /// unraised).
    @Test func aNoneOfNewDocumentsIsCompared() throws {
        let sentence = "年内未出台新的行政规范性文件。"
        #expect(try Self.withSentence(sentence).isEmpty)
        let found = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。", with: "受理的申请件已按规定在法定期限内予以处理。\(sentence)")
            try site.edit(Self.report, replacing: "normativeDocuments: [0, 0, 0]", with: "normativeDocuments: [1, 0, 1]")
        }
        let error = try Self.theOneOnALine(found)
        #expect(error.severity == .error)
        #expect(error.message.contains("states none (0) for 本年制发行政规范性文件, but table 二, 第（一）项 行政规范性文件 本年制发件数 is 1"), "\(error.message)")
        let lost = try Self.narrativeFigures { site in
            try site.edit(Self.overview, replacing: "受理的申请件已按规定在法定期限内予以处理。",
                          with: "受理的申请件已按规定在法定期限内予以处理。2021年度，我團未收到網絡依申請公開，沒有因信息公開案件引起的行政訴訟、行政復議敗訴。")
            try site.edit(Self.report, replacing: "cases: [0, 0, 0, 0, 0,", with: "cases: [1, 0, 0, 0, 1,")
        }
        #expect(lost.isEmpty, "\(lost)")
    }
}
