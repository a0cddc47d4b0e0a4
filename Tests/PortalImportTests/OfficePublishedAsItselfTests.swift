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
}
