import Foundation
@testable import PortalImport
import Testing

/// A government's office signs its government's report (本报告由某市人民政府办公室编制, the office's name under 六): the report is
/// the government's. But a report the text publishes under the office's own name is the office's: 银川市人民政府办公室 2022 as a
/// Word file (round forty-one's `header` layout: the office named in the page header, which is never read, and in the
/// signature; the title `2022年政府信息公开工作年度报告` names no one) was written as 银川市人民政府.
@Suite struct OfficePublishedAsItselfTests {
    static func lines(publishing published: String) -> [SourceLine] {
        TextExtractor.lines(of: """
            2022年政府信息公开工作年度报告
            根据《中华人民共和国政府信息公开条例》规定要求，\(published)，本报告统计数据从2022年1月1日至12月31日。
            一、总体情况
            2022年，持续推动政务公开各项工作有序开展。
            六、其他需要报告的事项
            无。
            银川市人民政府办公室
            2023年1月20日

            """)
    }

    @Test func theOfficesReportPublishedUnderItsOwnNameIsTheOffices() throws {
        let lines = Self.lines(publishing: "现发布《银川市人民政府办公室2022年政府信息公开工作年度报告》")
        let start = try #require(lines.firstIndex { $0.text.hasPrefix("一、") })
        #expect(SignedAgency.name(in: lines, reportStart: start) == "银川市人民政府办公室")
    }

    @Test(arguments: ["现发布《银川市人民政府2022年政府信息公开工作年度报告》", "现予发布"])
    func anOfficeSigningOtherwiseStandsForItsGovernment(published: String) throws {
        let lines = Self.lines(publishing: published)
        let start = try #require(lines.firstIndex { $0.text.hasPrefix("一、") })
        #expect(SignedAgency.name(in: lines, reportStart: start) == "银川市人民政府")
    }

    /// 同心县人民政府办公室 2020 (round fifty-two, a 繁體 mirror): the report published under the office's name, compiled by a unit
    /// of the same government (本报告由同心县人民政府政务公开办公室…编制): the office's, as the title it publishes says. Before: the
    /// unit's (in simplified characters; the traditional copy's compiler sentence was not read until session 38).
    @Test(arguments: [("《同心县人民政府办公室2020年政府信息公开工作年度报告》已经同心县人民政府办公室同意，现予公布。",
                       "本报告由同心县人民政府政务公开办公室根据本单位2020年度政府信息公开工作情况编制。", "同心县人民政府办公室"),
                      ("《同心縣人民政府辦公室2020年政府信息公開工作年度報告》已經同心縣人民政府辦公室同意,現予公布。",
                       "本報告由同心縣人民政府政務公開辦公室根據本單位2020年度政府信息公開工作情況編制。", "同心縣人民政府辦公室")])
    func aUnitCompilingTheOfficesPublishedReportIsNotItsPublisher(published: String, compiled: String, publisher: String) throws {
        let lines = TextExtractor.lines(of: "\(published)\n\(compiled)\n一、总体情况\n2020年，持续推动政务公开。\n")
        let start = try #require(lines.firstIndex { $0.text.hasPrefix("一、") })
        #expect(SignedAgency.name(in: lines, reportStart: start) == publisher)
    }
}
