import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// What a PDF prints on every page (VARIANTS.md, "PDF"): running headers and footers
/// beside each page break, in tables and narratives alike, and a table whose header
/// ends one page and its rows start the next. The 淮安 report's text, edited.
final class PDFPageFurnitureTests: XCTestCase {
    /// The report imported from the unedited text and from the edited one: the same cells and narratives.
    private func assertSameImport(_ edit: (inout [String]) -> Void, file testFile: StaticString = #filePath, line: UInt = #line) throws {
        let plain = try ImportSite()
        XCTAssertEqual(plain.importFile(try huaianText { _ in }, agency: "xiasha").status, .written, file: testFile, line: line)
        let site = try ImportSite()
        let outcome = site.importFile(try huaianText(edit), agency: "xiasha")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", file: testFile, line: line)
        let expected = try XCTUnwrap(plain.report("xiasha", 2024)), imported = try XCTUnwrap(site.report("xiasha", 2024))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(imported, table: table), cellTexts(expected, table: table), table, file: testFile, line: line)
        }
        for id in ["preamble", "overview", "problems", "other"] {
            XCTAssertEqual(imported.narratives[id]?.value, expected.narratives[id]?.value, id, file: testFile, line: line)
        }
    }

    /// The page marks `-N-` of the text, with the line that holds the form feed after each.
    private func pageMarks(_ lines: [String]) -> [Int] {
        lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).range(of: #"^-\d-$"#, options: .regularExpression) != nil }
    }

    func testARunningFooterWithThePageNumberIsLeftOut() throws {
        try assertSameImport { lines in
            for mark in pageMarks(lines) {
                let number = lines[mark].filter(\.isNumber)
                lines[mark] = "淮安市人民政府2024年政府信息公开工作年度报告            第 \(number) 页 共 7 页"
            }
        }
    }

    func testARunningHeaderAtTheTopOfEveryPageIsLeftOut() throws {
        // 淮安市人民政府政府信息公开工作年度报告 / （2024年度） on top of every page after the first.
        try assertSameImport { lines in
            for mark in pageMarks(lines).reversed() {
                guard let feed = lines[(mark + 1)...].firstIndex(where: { $0.contains("\u{0C}") }) else { continue }
                lines[feed] = lines[feed].replacingOccurrences(of: "\u{0C}", with: "")
                lines.insert("\u{0C}              政府信息公开工作年度报告（2024年度）", at: feed)
            }
        }
    }

    func testATableHeaderAloneAtThePageEndAndItsRowsOnTheNextImport() throws {
        try assertSameImport { lines in
            let mark = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "-4-" }!
            lines.remove(at: mark)
            let first = lines.firstIndex { $0.contains("一、本年新收政府信息公开申请数量") }!
            lines.insert("                         -4-", at: first)
            lines[first + 1] = "\u{0C}" + lines[first + 1]
        }
    }

    func testRowsOfTwoTablesPrintedSideBySideAreTwoRows() throws {
        // 第（五）项's 行政许可 printed beside 第（六）项's 行政处罚 on one line: each table's row in its place.
        try assertSameImport { lines in
            let licensing = lines.firstIndex { $0.hasPrefix("行政许可") }!, penalties = lines.firstIndex { $0.hasPrefix("行政处罚") }!
            lines[licensing] += "              " + lines[penalties].trimmingCharacters(in: .whitespaces)
            lines.remove(at: penalties)
        }
        // 第（一）项's table with 第（五）项's beside it: 规章's line holds 行政许可's row, which
        // follows 行政规范性文件's, the left table's last.
        try assertSameImport { lines in
            let rules = lines.firstIndex { $0.hasPrefix("规章") }!, licensing = lines.firstIndex { $0.hasPrefix("行政许可") }!
            lines[rules] += "           " + lines[licensing].trimmingCharacters(in: .whitespaces)
            lines.remove(at: licensing)
        }
        XCTAssertEqual(TextExtractor.sideBySide("规章            1          0        11           行政许可          447228")?.1, "行政许可          447228")
        XCTAssertNil(TextExtractor.sideBySide("      （一）予以公开                   1288        21       0        0    50       3   1362"), "one label: one row")
        XCTAssertNil(TextExtractor.sideBySide("本            2.其他法律行政法规禁止公开     30          1        0        0        0    0    31"), "a group label beside a row's")
        XCTAssertNil(TextExtractor.sideBySide("全年共办理 120 件，   其中   答复 20 件"), "prose")
    }

    /// The filled-in template dressed as a 公文 (`make-furniture.py`, LibreOffice's PDF): a red header
    /// 示例市示范区人民政府文件 and its number above the title, a watermark in every page's header,
    /// `— 3 —` page numbers, the signature. None of it becomes the agency, the preamble or a table's part.
    func testARedHeaderAWatermarkAndPageNumbersStayOutOfTheReport() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, report) = try assertSameReport(pdf: ImportFixtures.own("variants/furniture.pdf"), word: ImportFixtures.own("variants/furniture.docx"),
                                                     year: 2022, sameNarratives: ["preamble", "overview", "problems", "other"])
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府")
        XCTAssertEqual(outcome.cellsFilled, 200)
        let preamble = try XCTUnwrap(report.narratives["preamble"]?.value)
        XCTAssertFalse(preamble.contains("文件") || preamble.contains("示政发"), preamble)
        XCTAssertFalse(report.narratives.values.contains { $0.value.contains("—") }, "a page number in a narrative")
    }

    func testPageNumbersBesideAPageBreak() {
        let text = "一、总体情况\n本年度公开工作有序推进，\n示例年度报告    第 1 页 共 2 页\n\u{0C}示例年度报告（2022年度）\n全年主动公开信息1200条。\n示例年度报告    第 2 页 共 2 页\n\u{0C}示例年度报告（2022年度）\n结束。\n"
        XCTAssertEqual(TextExtractor.lines(of: text, layout: true).map(\.text), ["一、总体情况", "本年度公开工作有序推进，", "全年主动公开信息1200条。", "结束。"])
    }
}
