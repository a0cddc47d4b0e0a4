import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Agencies paste screenshots of their tables into the Word file or page:
/// the narrative is text, the tables are not. The import says which section
/// holds a picture and no table text, never writes its table blank
/// (`make-picture-tables.py`: table 三 as a picture, 二 and 四 as tables).
final class TablePictureTests: XCTestCase {
    func testATablePastedAsAPictureIsAnErrorNamingItsSection() throws {
        var files = ["table-picture.html", "table-picture.docx"]
        if (try? ImportFixtures.requirePdftotext()) != nil { files.append("table-picture.pdf") }
        for file in files {
            let site = try ImportSite()
            let before = site.contentFiles()
            let outcome = site.importFile(ImportFixtures.own("variants/\(file)"), agency: "pictured")
            XCTAssertEqual(outcome.status, .failed, file)
            XCTAssertEqual(rules(outcome.problems.filter { $0.severity == .error }), ["import-no-tables"], "\(file): \(outcome.problems)")
            let error = try XCTUnwrap(outcome.problems.first)
            XCTAssertTrue(error.message.contains("section 三、收到和处理政府信息公开申请情况 holds a picture and no table text"), error.message)
            XCTAssertTrue(error.hint?.contains("appear to be images") ?? false)
            XCTAssertGreaterThan(error.location.line, 0, file)
            // Not also “printed no figures”, and nothing written.
            XCTAssertFalse(outcome.problems.contains { $0.rule == "import-table-absent" }, file)
            XCTAssertEqual(site.contentFiles(), before, file)
        }
    }

    /// Every table a picture: one error naming the three sections.
    func testAllTablesAsPicturesNameTheirSections() throws {
        let page = try String(contentsOf: ImportFixtures.own("variants/table-picture.html"), encoding: .utf8)
            .replacingOccurrences(of: #"<table[^>]*>.*?</table>"#, with: #"<p><img src="t.png"></p>"#, options: .regularExpression)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pictures-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let outcome = try ImportSite().importFile(file, agency: "pictured")
        let error = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-tables" }, "\(outcome.problems)")
        XCTAssertTrue(error.message.contains("none of the tables (二, 三, 四) is in the file as text"), error.message)
        XCTAssertTrue(error.message.contains("四、政府信息公开行政复议、行政诉讼情况"), error.message)
    }

    /// A text cut off after part 三, whose table the agency wrote as a sentence (建始县林业局 2023's page:
    /// `我单位2023年度,都是主动公开政府信息,无依申请公开政府信息。`): the section holds prose, so it is not said to hold
    /// nothing (its last line was left out of the look when no heading followed it); with nothing under it, it is.
    func testALastSectionsOwnLastLineIsItsText() throws {
        let opening = """
        建始县林业局2023年政府信息公开工作年度报告
        一、总体情况
        2023年度,无依申请公开政府信息,无涉及政府信息公开的行政复议、行政诉讼等情况。
        二、主动公开政府信息情况
        第二十条第(一)项 | |||
        信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
        规章 | 0 | 0 | 0 |
        行政规范性文件 | 0 | 0 | 4 |
        第二十条第(五)项 | |||
        信息内容 | 本年处理决定数量 | ||
        行政许可 | 2 | ||
        第二十条第(六)项 | |||
        信息内容 | 本年处理决定数量 | ||
        行政处罚 | 0 | ||
        行政强制 | 0 | ||
        第二十条第(八)项 | |||
        信息内容 | 本年收费金额(单位:万元) | ||
        行政事业性收费 | 0 | ||
        三、收到和处理政府信息公开申请情况

        """
        for (tail, saysNothing) in [("我单位2023年度,都是主动公开政府信息,无依申请公开政府信息。\n", false), ("", true)] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).txt")
            try Data((opening + tail).utf8).write(to: file)
            addTeardownBlock { try? FileManager.default.removeItem(at: file) }
            let outcome = try ImportSite().importFile(file, agency: "pictured")
            XCTAssertEqual(outcome.status, .failed)
            let nothing = outcome.problems.first { $0.message.contains("holds nothing under its heading") }
            XCTAssertEqual(nothing != nil, saysNothing, "\(outcome.problems)")
            if saysNothing { XCTAssertEqual(nothing?.location.line, 19) }
        }
    }

    func testPagesWithPicturesOfATablesSize() {
        let list = """
        page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
        --------------------------------------------------------------------------------------------
           2     0 image     340   440  icc     3   8  image  no        77  0    96    96 10.6K 2.4%
           3     1 image      16    16  rgb     3   8  image  no        80  0    96    96  100B  13%
           4     2 smask     340   440  gray    1   8  image  no        81  0    96    96  1K   1%
        """
        XCTAssertEqual(PDFExtractor.picturePages(list), [2])
    }
}
