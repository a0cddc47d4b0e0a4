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

    /// The same page printed by Chromium (`make-furniture.py`): the watermark drawn across every page
    /// as slanted text, which pdftotext reads as characters on lines of their own (政府 / 民 / 人 …),
    /// after a line's text, and between a table row's label and its figures; a drawn seal over the signature.
    func testADiagonalWatermarkStaysOutOfNarrativesAndTables() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, report) = try assertSameReport(pdf: ImportFixtures.own("variants/furniture-chromium.pdf"), word: ImportFixtures.own("variants/furniture.html"),
                                                     year: 2022, sameNarratives: ["preamble", "overview", "problems", "other"])
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府")
        XCTAssertEqual(outcome.published, "2023-01-20")
        XCTAssertEqual(report.narratives["overview"]?.value.components(separatedBy: "\n\n").count, 3)
    }

    func testWordsInASlantedRowAreDiagonalText() {
        func word(_ text: String, _ x: Double, _ y: Double, height: Double = 14, width: Double = 12) -> PDFWordBoxes.Word {
            PDFWordBoxes.Word(text: text, left: x - width / 2, centre: x, middle: y, height: height)
        }
        // 示例区人民政府 drawn rising to the right; 政府 read as one word, centred between its two characters.
        let watermark = [word("示", 155, 498, height: 146, width: 46), word("例", 201, 466, height: 146, width: 46), word("区", 247, 434, height: 146, width: 46),
                         word("人", 293, 402, height: 146, width: 46), word("民", 339, 370, height: 146, width: 46), word("政府", 408, 322, height: 146, width: 46)]
        let page = [word("行", 40, 100), word("政", 40, 114), word("复", 40, 128), word("议", 40, 142),  // a heading a character a line
                    word("结", 80, 100), word("果", 94, 100), word("1", 300, 500), word("0", 330, 515), word("2", 360, 530), word("3", 390, 545)]
        XCTAssertEqual(DiagonalText.chains(page + watermark), Set(page.count..<(page.count + watermark.count)))
        XCTAssertEqual(DiagonalText.chains(page), [])
        XCTAssertEqual(DiagonalText.chains(Array(watermark.prefix(3))), [], "three characters are no row")
        // Table 四's headings wrapped a character a line, columns 31 pt and lines 15 pt apart: 议 结 他 审 stand on a slant.
        let grid = [word("议", 72, 663), word("结", 103, 678), word("他", 134, 693), word("审", 166, 708)]
        XCTAssertEqual(DiagonalText.chains(grid), [])
    }

    func testPageNumbersBesideAPageBreak() {
        let text = "一、总体情况\n本年度公开工作有序推进，\n示例年度报告    第 1 页 共 2 页\n\u{0C}示例年度报告（2022年度）\n全年主动公开信息1200条。\n示例年度报告    第 2 页 共 2 页\n\u{0C}示例年度报告（2022年度）\n结束。\n"
        XCTAssertEqual(TextExtractor.lines(of: text, layout: true).map(\.text), ["一、总体情况", "本年度公开工作有序推进，", "全年主动公开信息1200条。", "结束。"])
    }

    /// A page number printed `- 3 -` read by OCR with one dash lost, between two rows of table 二 at a page's foot (淮安
    /// 2024's pictures): the page's, not a row's figures; a row's figure and dash a column apart stay the row's.
    func testAPageNumberThatLostADashBesideAPageBreak() {
        let rows = "规章                    1        0        11\n"
        let text = "第（一）项\n" + rows + "                         3 -\n\u{0C}行政规范性文件          8       26        66\n"
        XCTAssertEqual(TextExtractor.lines(of: text, layout: true).map(\.text).filter { $0.contains("3") && !$0.contains("规") && !$0.contains("行") }, [])
        let row = "第（一）项\n" + rows + "                         3        -\n\u{0C}行政规范性文件          8       26        66\n"
        XCTAssertEqual(TextExtractor.lines(of: row, layout: true).map(\.text).filter { $0.contains("3") && !$0.contains("规") && !$0.contains("行") }.count, 1)
        let lost = "- 4\n\u{0C}结束。\n"
        XCTAssertEqual(TextExtractor.lines(of: "开头。\n" + lost, layout: true).map(\.text), ["开头。", "结束。"])
    }
}
