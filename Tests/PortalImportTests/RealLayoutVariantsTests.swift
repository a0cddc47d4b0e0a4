import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// The layouts real published reports come in (Fixtures/VARIANTS.md), each
/// laid out with an invented 示例 agency's figures (Fixtures/variants/, made
/// by make-variants.py): every figure lands in its row and column, or the
/// import refuses with the row named.
final class RealLayoutVariantsTests: XCTestCase {
    /// The import of a file that must be refused: its first `import-cell` error.
    private func refusedCell(_ file: URL, testFile: StaticString = #filePath, line: UInt = #line) throws -> Diagnostic {
        let outcome = try ImportSite().importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .failed, file: testFile, line: line)
        return try XCTUnwrap(outcome.problems.first { $0.rule == "import-cell" }, "\(outcome.problems)", file: testFile, line: line)
    }

    private func replace(_ lines: inout [String], _ old: String, _ new: String) {
        guard let index = lines.firstIndex(where: { $0.contains(old) }) else { return XCTFail("no line with \(old)") }
        lines[index] = lines[index].replacingOccurrences(of: old, with: new)
    }

    // MARK: tables copied one cell a line

    func testATableCopiedOneCellALineWithBlankCellsAndRowPaddingImports() throws {
        // 规章 | / 1 | / | / … / || : a blank cell is `|`, a short row is padded with `||`.
        let outcome = try assertImports(variant("pipe-cell-per-line.txt"), blanked: true)
        XCTAssertEqual(outcome.blanksKept, 111)
        // A label broken before its `|` (行政规范性文件 / | / 12 |): the lone `|` is no figure of the row.
        let broken = try edited("pipe-cell-per-line.txt") { lines in
            for label in ["行政规范性文件 |", "二、上年结转政府信息公开申请数量 |", "2.其他法律行政法规禁止公开 |"] {
                let index = lines.firstIndex(of: label)!
                lines[index] = String(label.dropLast(2))
                lines.insert("|", at: index + 1)
            }
        }
        try assertImports(broken, blanked: true)
    }

    func testTheSameWithAnEmptyFirstColumnAndThePaddingAfterTheLastCell() throws {
        // | / 规章 | / 1 | / 0 | / 5 | ||| : padding one `|` short of a blank cell's own line.
        try assertImports(variant("pipe-cell-per-line-padded.txt"), blanked: true)
    }

    func testATableCopiedWithEachCellAfterTheFirstAsAPipeLineImports() throws {
        // 一、本年新收… / | 40 / | 3 / | / … / | : each row ends with a lone `|`; table 四's row starts bare (`1` / `| 0`).
        try assertImports(variant("pipe-before-cell.txt"), blanked: true)
    }

    func testATableCopiedAsPlainTextOneFigureALineImports() throws {
        try assertImports(variant("cell-per-line.txt"), blanked: false)
    }

    func testAMarkdownRowOfBlankCellsIsARowNotPadding() {
        XCTAssertEqual(TextExtractor.lines(of: "|  |  |  |\n").compactMap(\.cells), [["", "", ""]])
        XCTAssertEqual(TextExtractor.lines(of: "规章 |\n1 |\n|\n5 |\n||\n").compactMap(\.cells), [["规章", "1", "", "5"]])
    }

    func testInPlainTextABlankCellLeavesNoTraceSoAShortRowIsStillAnError() throws {
        let file = try edited("cell-per-line.txt") { lines in
            // 二、上年结转: its 商业企业 cell (a 0) left out, as a blank cell would be.
            let row = lines.firstIndex { $0 == "二、上年结转政府信息公开申请数量" }!
            lines.remove(at: row + 2)
        }
        let cell = try refusedCell(file)
        XCTAssertTrue(cell.message.contains("row 二 二、上年结转政府信息公开申请数量 has 7 columns"), cell.message)
        XCTAssertTrue(cell.message.contains("holds 6 cells"), cell.message)
    }

    func testAPageNumberAloneOnALineIsNotTakenForACell() {
        let lines = TextExtractor.lines(of: "行政许可\n236\n3\n\n正文第一段。\n4\n")
        XCTAssertEqual(lines.map(\.text), ["行政许可 236 3", "正文第一段。", "4"], "two figures after a label are its row; one after a sentence is not")
        XCTAssertEqual(TextExtractor.lines(of: "行政许可\n236\n").map(\.text), ["行政许可", "236"], "a single figure stays as it was")
        XCTAssertEqual(TextExtractor.lines(of: "规章\n/\n/\n0\n").map(\.text), ["规章 / / 0"], "marks for nothing are cells of the run")
    }

    func testBlankCellsAtBothEndsOfACopiedRowAreAnErrorNotAGuess() throws {
        // 8 cells for 7 columns, blank at both ends: a blank first cell and padding, or a blank last cell?
        let row = RegionLine(SourceLine(cells: ["1.属于国家秘密", "", "1", "", "", "", "", "1", ""], position: SourcePosition(line: 9)))
        guard case .failure(.ambiguous(9)) = row.cells(count: 7) else { return XCTFail("\(row.cells(count: 7))") }
        let padded = RegionLine(SourceLine(cells: ["（一）予以公开", "15", "1", "", "", "1", "", "17", ""], position: SourcePosition(line: 9)))
        XCTAssertEqual(try padded.cells(count: 7).get(), ["15", "1", "", "", "1", "", "17"], "a figure first: the blank after the last is padding")
        let merged = RegionLine(SourceLine(cells: ["", "规章", "", "1", "0", "5"], position: SourcePosition(line: 9)))
        XCTAssertEqual(try merged.cells(count: 3).get(), ["1", "0", "5"], "blank label cells on the left, as before")

    }

    /// The same row copied one `cell |` a line: it begins blank and ends in one `|`. Before round twelve, refused
    /// as fitting more than one way; the table's width tells it now — every row under a group label ends in one
    /// bar here, (二)'s row (one label) in two — so the bar is the padding (岳阳楼区's shape, VARIANTS.md).
    func testABlankFirstCellAndOneBarOfPaddingReadByTheTablesWidth() throws {
        let file = try edited("pipe-cell-per-line.txt") { lines in
            // 1.属于国家秘密: its 自然人 figure printed blank, so that its row begins and ends blank.
            let label = lines.firstIndex { $0 == "1.属于国家秘密 |" }!
            lines[label + 1] = "|"
            lines[label + 6] = "1 |"
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "applications")["withheldStateSecret"], ["", "", "", "", "", "1", "1"])
    }

    // MARK: tables as tables

    func testABrowsersCopyOfThePageImports() throws {
        try assertImports(variant("browser-copy.txt"), blanked: true)
    }

    func testATableBrokenInTwoAtAPageBreakWithItsHeaderRepeatedImports() throws {
        try assertImports(variant("split-table.html"), blanked: true)
        try assertImports(variant("split-table.docx"), blanked: true)
    }

    func testTheOfficialWordTemplateFilledInImports() throws {
        // Table 二 is one table four columns wide: 行政许可's one figure sits in a cell merged over three.
        try assertImports(variant("template-filled.docx"), blanked: false)
        try assertImports(variant("template-filled.html"), blanked: false)
    }

    func testThe2019TrialTemplateFilledInImports() throws {
        // 本年增/减 of 行政事业性收费 and 采购总金额 sit in cells merged over two columns.
        let outcome = try assertImports(variant("template-2019-filled.docx"), blanked: false, year: 2019)
        XCTAssertEqual(outcome.formID, "gov-info-2019")
    }

    /// Many agencies still attach old Word files: the filled-in templates
    /// saved as Word 97–2003 .doc (by LibreOffice, from the .docx variants)
    /// import through LibreOffice with the same figures, the original kept as source.doc.
    func testOldWordDocFilesImportLikeTheirDocx() throws {
        let outcome = try assertImports(variant("template-filled.doc"), blanked: false)
        XCTAssertEqual(outcome.format, .doc)
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(variant("template-filled.doc"), agency: "shifan").status, .written)
        XCTAssertEqual(try Data(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2022/source.doc")),
                       try Data(contentsOf: variant("template-filled.doc")))
        let old = try assertImports(variant("template-2019-filled.doc"), blanked: false, year: 2019)
        XCTAssertEqual(old.formID, "gov-info-2019")
    }

    /// Word's “save as .rtf” (made by LibreOffice from the .docx variant):
    /// before, read as text and refused as “no report found”.
    func testRichTextFilesImportLikeTheirDocx() throws {
        let outcome = try assertImports(variant("template-filled.rtf"), blanked: false)
        XCTAssertEqual(outcome.format, .rtf)
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(variant("template-filled.rtf"), agency: "shifan").status, .written)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/agencies/shifan/2022/source.rtf").path))
    }

    /// OpenDocument text (LibreOffice's, WPS's or 永中's .odt save; made by LibreOffice from
    /// the .doc variant): before, taken for a .docx and refused (“a zip archive without
    /// word/document.xml”). Told by its `mimetype` entry, not by its name.
    func testOpenDocumentTextFilesImportLikeTheirDocx() throws {
        let odt = variant("template-filled.odt")
        try assertSameReport(odt, as: variant("template-filled.docx"), format: .odt)
        try assertImports(odt, blanked: false)
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(odt, agency: "shifan").status, .written)
        XCTAssertEqual(try Data(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2022/source.odt")),
                       try Data(contentsOf: odt))
        // A spreadsheet or presentation package is no text: still refused as before.
        var spreadsheet = Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26))
        spreadsheet.append(Data("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8))
        XCTAssertEqual(SourceFormat.detect(spreadsheet), .docx)
        XCTAssertEqual(SourceFormat.detect(try Data(contentsOf: odt)), .odt)
    }

    /// Spreadsheets and presentations are zip packages too (made by make-office-packages.py):
    /// each refused as what it is, with nothing written. Before, the OpenDocument ones were
    /// called “a zip archive without word/document.xml: not a Word .docx file”.
    func testSpreadsheetAndPresentationPackagesAreRefusedAsWhatTheyAre() throws {
        let expected = ["spreadsheet.xlsx": "an Excel workbook", "presentation.pptx": "a PowerPoint presentation",
                        "spreadsheet.ods": "an OpenDocument spreadsheet (.ods)", "presentation.odp": "an OpenDocument presentation (.odp)"]
        for (name, kind) in expected.sorted(by: { $0.key < $1.key }) {
            let site = try ImportSite()
            let outcome = site.importFile(variant(name), agency: "shifan")
            XCTAssertEqual(outcome.status, .failed, name)
            let problem = try XCTUnwrap(outcome.problems.first, name)
            XCTAssertEqual(problem.rule, "import-unknown-format", name)
            XCTAssertTrue(problem.message.hasPrefix("\(kind), not a report"), "\(name): \(problem.message)")
            XCTAssertNil(site.report("shifan", 2022), name)
        }
    }

    func testAWordFileFramedInATableOfOneCellImports() throws {
        try assertImports(variant("framed.docx"), blanked: false)
    }

    func testAFigureMergedOverColumnsTheFormKeepsApartIsAnError() throws {
        // 规章's three figures printed as one cell over the three columns: which column is it?
        let file = try editedPage("template-filled.html", [("<td>规章</td><td>1</td><td>0</td><td>5</td>", "<td>规章</td><td colspan=\"3\">0</td>")])
        let cell = try refusedCell(file)
        XCTAssertTrue(cell.message.contains("row 第（一）项 规章 has 3 columns"), cell.message)
    }

    func testAFigureMergedDownOverTwoRowsIsAnError() throws {
        // 2.其他法律… and 3.危及… share one 自然人 cell (rowspan): neither row can take the figure.
        let file = try editedPage("template-filled.html", [
            ("<tr><td>2.其他法律行政法规禁止公开</td><td>0</td>", "<tr><td>2.其他法律行政法规禁止公开</td><td rowspan=\"2\">0</td>"),
            ("<tr><td>3.危及“三安全一稳定”</td><td>0</td>", "<tr><td>3.危及“三安全一稳定”</td>"),
        ])
        let cell = try refusedCell(file)
        XCTAssertTrue(cell.message.contains("row 三（三）3 3.危及“三安全一稳定” shares the figure 0 with the row above"), cell.message)
    }

    /// The 淮安 PDF's text (pdftotext -layout), changed, imported: table 三 as the PDF's.
    private func assertHuaianImports(changing changed: [String: [String]] = [:], _ edit: (inout [String]) -> Void,
                                     file testFile: StaticString = #filePath, line: UInt = #line) throws {
        let file = try huaianText(edit)
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "xiasha")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", file: testFile, line: line)
        XCTAssertEqual(cellTexts(try XCTUnwrap(site.report("xiasha", 2024)), table: "applications"),
                       HuaianPDFTests.applications.merging(changed) { $1 }, file: testFile, line: line)
    }

    func testAPDFsTableWithItsHeaderRepeatedAfterAPageBreakImports() throws {
        try assertHuaianImports { lines in
            let header = lines[lines.firstIndex { $0.contains("申请人情况") }!..<lines.firstIndex { $0.contains("一、本年新收政府信息公开申请数量") }!]
            lines.insert(contentsOf: header, at: lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "-4-" }! + 1)
        }
    }

    func testKangxiRadicalsFromAPDFAreTheCharactersTheyStandFor() throws {
        // ⼀ (U+2F00) for 一, ⼈ (U+2F08) for 人: what some PDFs give pdftotext.
        XCTAssertEqual(TextExtractor.withoutRadicals("⼀、总体情况：⼈民政府，２０２２"), "一、总体情况：人民政府，２０２２", "only the radicals change")
        // The supplement's radicals have no compatibility mapping: Chromium's PDFs print 人⺠ (U+2EA0).
        XCTAssertEqual(TextExtractor.withoutRadicals("杭州市钱塘区人⺠政府⻔户⽹站"), "杭州市钱塘区人民政府门户网站")
        let radicals: [Character: Character] = ["一": "\u{2F00}", "二": "\u{2F06}", "人": "\u{2F08}", "大": "\u{2F24}", "文": "\u{2F42}"]
        try assertHuaianImports { lines in
            lines = lines.map { String($0.map { radicals[$0] ?? $0 }) }
        }
    }

    func testSlashesForNothingEndARowOfPDFText() throws {
        // 3.要求提供公开出版物   /   /   /…: two or more marks end a row as figures do.
        try assertHuaianImports(changing: ["notProcessedPublications": Array(repeating: "/", count: 7)]) { lines in
            let row = lines.firstIndex { $0.contains("3.要求提供公开出版物") }!
            lines[row] = lines[row].split(separator: " ", omittingEmptySubsequences: false).map { $0 == "0" ? "/" : String($0) }.joined(separator: " ")
        }
        XCTAssertNil(RegionLine(SourceLine(text: "本年度行政复议 无", position: SourcePosition(line: 1))).cells, "a lone 无 is a word")
    }

    func testABarePageNumberAtAPageBreakInsideATableIsNoFigure() throws {
        // Word's default page number is a bare `4` above the form feed (or at the next page's top).
        try assertHuaianImports { lines in
            let mark = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "-4-" }!
            lines[mark] = lines[mark].replacingOccurrences(of: "-4-", with: "4")
        }
        XCTAssertEqual(TextExtractor.lines(of: "行政许可 236\n\u{0C}5\n行政处罚 58\n", layout: true).map(\.text), ["行政许可 236", "行政处罚 58"])
    }

    // MARK: words

    func testCellsWithTheirUnitOrADoubleDash() throws {
        XCTAssertEqual(CellText.value("12件"), .number(12))
        XCTAssertEqual(CellText.value("3 条"), .number(3))
        XCTAssertEqual(CellText.value("1.25万元"), .number(Decimal(string: "1.25")!))
        XCTAssertEqual(CellText.value("——"), .blank("-"))
        XCTAssertEqual(CellText.value("－－"), .blank("-"))
        XCTAssertNil(CellText.value("380元"), "元 in a column of 万元 would be read 10,000 times too large")
        XCTAssertNil(CellText.value("件"))
        let file = try edited("browser-copy.txt") { lines in
            for index in lines.indices where lines[index].contains("\t") {
                lines[index] = lines[index].components(separatedBy: "\t")
                    .map { $0 == "0" ? "0件" : $0 == "" ? "——" : $0 }.joined(separator: "\t")
            }
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "applications")["received"], ["40", "3", "-", "1", "2", "-", "46"])
        XCTAssertEqual(cellTexts(report, table: "proactive")["regulations"], ["1", "0", "5"])
    }

    func testHeadingsAndRowLabelsInOtherWordings() throws {
        let file = try edited("browser-copy.txt") { lines in
            replace(&lines, "一、总体情况", "一、工作基本情况")
            replace(&lines, "四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况")
            replace(&lines, "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进措施")
            replace(&lines, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情况，不计其他情形）")
            replace(&lines, "5.属于三类内部事务信息", "5.属于三类内容事务信息")
        }
        try assertImports(file, blanked: true)
    }

    func testAPageSavedInItsSitesTraditionalCharactersImports() throws {
        // 一、總體情況, 二、主動公開政府信息情況, 規章, 三、本年度辦理結果…: what a site's 繁體 button gives.
        XCTAssertEqual(LabelText("二、主動公開政府信息情況"), LabelText("二、主动公开政府信息情况"))
        XCTAssertEqual(LabelText("（二）部分公開（區分處理的，只計這一情形，不計其他情形）"), LabelText("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))
        // 復 and 複 are both 复: either will do to write the page.
        let traditional = Dictionary(LabelText.simplified.filter { !"衹祇".contains($0.key) }.map { ($1, $0) }) { first, _ in first }
        let file = try edited("browser-copy.txt") { lines in
            lines = lines.map { String($0.map { traditional[$0] ?? $0 }) }
        }
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("一、總體情況"))
        try assertImports(file, blanked: true)
        let title = ReportTitle([SourceLine(text: "關於示例市示範區人民政府2022年度政府信息公開情況的報告", position: SourcePosition(line: 1))][...])
        XCTAssertEqual(title.agencyName, "示例市示範區人民政府", "the name as printed, cut before the report's own words")
        XCTAssertEqual(title.year, 2022)
    }

    func testSectionHeadingsNumberedAsParts() throws {
        let file = try edited("browser-copy.txt") { lines in
            for (old, new) in [("一、总体情况", "第一部分 总体情况"), ("二、主动公开", "第二部分 主动公开"), ("三、收到和处理", "第三部分 收到和处理"),
                               ("四、政府信息公开行政复议", "第四部分 政府信息公开行政复议"), ("五、存在", "第五部分 存在"), ("六、其他", "第六部分 其他")] {
                let index = lines.firstIndex { $0.hasPrefix(old) }!
                lines[index] = lines[index].replacingOccurrences(of: old, with: new)
            }
        }
        try assertImports(file, blanked: true)
    }

    func testLinksToOtherYearsReportsAndATableOfContentsAreNotTheReport() throws {
        // A list of last years' reports above the article (no class names to tell it), a table of
        // contents of anchor links, and Word's named anchors around the headings.
        let toc = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                   "五、存在的主要问题及改进情况", "六、其他需要报告的事项"].enumerated().map { ##"<p><a href="#s\##($0)">\##($1)</a></p>"## }.joined()
        let file = try editedPage("template-filled.html", [
            ("<body>", #"<body><ul><li><a href="/2021.html">示例市示范区人民政府2021年政府信息公开工作年度报告</a></li></ul>"#),
            ("<p>本报告根据", toc + "<p>本报告根据"),
            ("<p>一、总体情况</p>", #"<p><a name="_Toc1">一、总体情况</a></p>"#),
        ])
        let outcome = try assertImports(file, blanked: false)
        XCTAssertEqual(outcome.year, 2022, "the report's own title, not the link to 2021's")
    }

    func testAnArticleInsideABlockWhoseClassSoundsLikeChromeIsRead() throws {
        // `news_info`, `print_area`: chrome words, but the block holds the report's tables.
        let file = try editedPage("template-filled.html", [("<body>", #"<body><div class="news_info">"#), ("</body>", "</div></body>")])
        try assertImports(file, blanked: false)
        let footer = try editedPage("template-filled.html", [("</body>", #"<div class="footer_info"><p>主办单位地址：示例路1号</p><p>示例市示范区2021年政府信息公开工作年度报告</p></div></body>"#)])
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(footer, agency: "shifan").status, .written)
        XCTAssertFalse(try XCTUnwrap(site.report("shifan", 2022)).narratives["other"]?.value.contains("示例路") ?? true, "a short block of chrome is still left out")
    }

    func testATableInsideANarrativeIsKeptAndAPagesChromeTableIsNot() throws {
        let file = try editedPage("template-filled.html", [
            ("<p>全年主动公开政府信息1200条。</p>", "<p>全年主动公开政府信息1200条。</p><table border=\"1\"><tr><td>类别</td><td>条数</td></tr>"
                + "<tr><td>政务动态</td><td>800</td></tr><tr><td colspan=\"2\">通知公告 400</td></tr></table>"),
            ("</body>", #"<table><tr><td><a href="/1">上一篇：示例</a></td><td><a href="/2">下一篇：示例</a></td></tr><tr><td>【打印本页】</td><td>【关闭窗口】</td></tr></table></body>"#),
        ])
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(file, agency: "shifan").status, .written)
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(report.narratives["overview"]?.value,
                       "2022年，示范区政府持续推进政务公开工作。\n\n### （一）主动公开\n\n全年主动公开政府信息1200条。\n\n类别 | 条数\\\n政务动态 | 800\\\n通知公告 400\n")
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n", "上一篇, 【打印本页】: the site's, not the report's")
    }

    func testTextCopiedWithLinksToOtherYearsReportsAsksForTheYear() throws {
        // Copied as text, a link is a line like any other: two titles of different years, no guess.
        let file = try edited("browser-copy.txt") { lines in
            lines.insert(contentsOf: ["相关阅读", "示例市示范区人民政府2021年政府信息公开工作年度报告"], at: 0)
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let year = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-year" }, "\(outcome.problems)")
        XCTAssertTrue(year.message.contains("report titles of several years (2021, 2022)"), year.message)
        XCTAssertEqual(site.importFile(file, agency: "shifan", year: 2022).status, .written)
    }

    func testTitlesInOtherWordingsGiveTheAgencyAndTheYear() {
        func title(_ lines: [String]) -> ReportTitle {
            ReportTitle(lines.enumerated().map { SourceLine(text: $1, position: SourcePosition(line: $0 + 1)) }[...])
        }
        for lines in [["关于示例市示范区人民政府2022年度政府信息公开情况的报告"],
                      ["示例市示范区人民政府政府信息公开工作2022年度报告"],
                      ["2022年示例市示范区人民政府政府信息公开工作年度报告"],
                      ["示例市示范区人民政府2022年度政府信息公开工作报告"],
                      ["示例市示范区人民政府2022年", "政府信息公开工作年度报告"],
                      ["示例市示范区人民政府", "2022年政府信息公开工作年度报告"]] {
            let found = title(lines + ["现将本机关2022年度政府信息公开工作情况报告如下："])
            XCTAssertEqual(found.agencyName, "示例市示范区人民政府", "\(lines)")
            XCTAssertEqual(found.year, 2022, "\(lines)")
        }
        XCTAssertNil(title(["现将本机关2022年度政府信息公开工作情况报告如下："]).line, "a sentence of the preamble is no title")
        XCTAssertEqual(title(["示例市示范区人民政府2022年政府信息公开工作年度报告", "对照2021年度报告，整改已完成"]).years, [2022],
                       "a sentence naming last year's report is no title of another year")
    }

    func testATitleInAnotherWordingImportsWithoutYearOrName() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines[0] = "关于示例市示范区人民政府2022年度政府信息公开情况的报告"
            lines.remove(at: 1)
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let agency = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/agency.yaml"), encoding: .utf8)
        XCTAssertTrue(agency.contains(#"name: "示例市示范区人民政府""#), agency)
    }
}
