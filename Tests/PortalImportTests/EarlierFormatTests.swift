import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Reports in the format before the 2019 national tables (seven parts: 概述 …
/// 依申请公开 … 收费及减免 … 其他需要报告的事项), as 绥宁县 and 龙游大街乡 still
/// wrote theirs for 2019. An invented report in that layout.
final class EarlierFormatTests: XCTestCase {
    static func report(overview: String = "一、概述", year: Int = 2018) -> [String] {
        [
            "示例市示范区人民政府",
            "\(year)年政府信息公开工作年度报告",
            "本报告根据《中华人民共和国政府信息公开条例》要求编制。",
            overview,
            "\(year)年，示范区政府认真贯彻落实《条例》，政府信息公开工作有序开展。",
            "二、主动公开政府信息的情况",
            "全年主动公开政府信息860条，其中规范性文件12件。",
            "三、依申请公开政府信息和不予公开政府信息的情况",
            "全年共受理政府信息公开申请15件，均已按时答复。",
            "四、政府信息公开的收费及减免情况",
            "本年度未收取任何费用。",
            "五、因政府信息公开申请提起行政复议、行政诉讼的情况",
            "本年度无因政府信息公开申请提起的行政复议、行政诉讼。",
            "六、政府信息公开工作存在的主要问题及改进措施",
            "政策解读还不够深入，下一步将加强解读。",
            "七、其他需要报告的事项",
            "无。",
        ]
    }

    private func text(_ lines: [String]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("earlier-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    /// Before: refused as `import-section-missing` (“section 一、总体情况 not found”), or as no
    /// tables. Now one error saying what the report is, on the line of its first such part.
    func testAReportInTheFormatBefore2019IsSaidToBeSo() throws {
        for overview in ["一、概述", "一、本年度政府信息公开工作的基本情况", "一、政府信息公开工作的基本概况"] {
            for year in [2018, 2019] {
                let site = try ImportSite()
                let before = site.contentFiles()
                let outcome = site.importFile(try text(Self.report(overview: overview, year: year)), agency: "shifan")
                XCTAssertEqual(outcome.status, .failed)
                XCTAssertEqual(outcome.problems.map(\.rule), ["import-earlier-format"], "\(overview) \(year): \(outcome.problems)")
                let error = try XCTUnwrap(outcome.problems.first)
                XCTAssertTrue(error.message.contains("a report in the format used before 2019"), error.message)
                XCTAssertTrue(error.message.contains("“三、依申请公开政府信息和不予公开政府信息的情况”"), error.message)
                XCTAssertTrue(error.message.contains("gov-info-2019 (reports from 2019), gov-info-2021 (reports from 2021)"), error.message)
                XCTAssertEqual(error.location.line, 8)
                XCTAssertTrue(error.hint?.contains("ask the agency for the report in the national format") ?? false)
                XCTAssertEqual(site.contentFiles(), before)
            }
        }
    }

    /// Other wordings of its parts (泰州 2017's 一、主要工作概述, 南平 2012's 一、概述, found by search).
    func testOtherWordingsOfTheOldPartsAreTold() throws {
        var lines = Self.report(overview: "一、主要工作概述")
        lines[7] = "三、政府信息公开申请办理情况"
        lines[9] = "四、政府信息公开收费情况"
        lines.removeSubrange(15...16)
        let outcome = try ImportSite().importFile(try text(lines), agency: "shifan")
        XCTAssertEqual(outcome.problems.map(\.rule), ["import-earlier-format"], "\(outcome.problems)")
    }

    /// The same report as a Word file (paragraphs).
    func testTheSameAsAWordFile() throws {
        let body = Self.report().map(WordParagraphTablesTests.paragraph).joined()
        let xml = #"<w:document xmlns:w=""# + WordParagraphTablesTests.namespace + #""><w:body>"# + body + "</w:body></w:document>"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("earlier-\(UUID().uuidString).docx")
        try DocxArchive.single(documentXML: xml).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let outcome = try ImportSite().importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.problems.map(\.rule), ["import-earlier-format"], "\(outcome.problems)")
    }

    /// A report in the national format whose narrative names the old parts' words stays a report:
    /// its tables print the form's labels.
    func testANationalFormatReportMentioningTheOldPartsIsNotRefused() throws {
        let file = try edited("browser-copy.txt") { lines in
            let index = lines.firstIndex(of: "六、其他需要报告的事项")!
            lines.insert(contentsOf: ["三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况"], at: index + 1)
        }
        let outcome = try ImportSite().importFile(file, agency: "shifan")
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-earlier-format" }, "\(outcome.problems)")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
    }
}
