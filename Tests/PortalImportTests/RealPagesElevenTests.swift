import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round eleven (VARIANTS.md): shapes real reports found by search arrived in, laid out with the
/// invented report of `variants/browser-copy.txt` (blank cells empty, every other cell a figure).
final class RealPagesElevenTests: XCTestCase {
    /// The browser copy with each table row (a line of a table's section holding tabs, or a caption
    /// such as 第二十条第（一）项) printed by `render` from its cells.
    private func reshaped(_ edit: (inout [String]) -> Void = { _ in }, _ render: ([String]) -> [String]) throws -> URL {
        try edited("browser-copy.txt") { lines in
            edit(&lines)
            var out: [String] = []
            var inTables = false
            for line in lines {
                if line.hasPrefix("二、主动公开") { inTables = true }
                if line.hasPrefix("五、") { inTables = false }
                let heading = !line.contains("\t") && line.range(of: #"^[一二三四五六]、"#, options: .regularExpression) != nil
                if inTables, !heading, !line.isEmpty { out += render(line.components(separatedBy: "\t")) } else { out.append(line) }
            }
            lines = out
        }
    }

    private func tika(_ name: String) throws -> [String] {
        try String(contentsOf: ImportFixtures.own("tika/\(name)"), encoding: .utf8).components(separatedBy: "\n")
    }

    private func written(_ lines: [String], _ suffix: String = "txt") throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("real-eleven-\(UUID().uuidString).\(suffix)")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    // MARK: tables copied a cell a line

    /// A 镇's page of 2023 as the store keeps it: each cell on a line, a `|` alone on the line under it,
    /// a blank cell a `|` under a `|`. Before: refused, every row “holds 2 cells: 0”.
    func testCellsEachOverABarOfTheirOwn() throws {
        let file = try reshaped { cells in cells.flatMap { $0.isEmpty ? ["|"] : [$0, "|"] } }
        try assertImports(file, blanked: true)
    }

    /// A 高新区 bureau's page: `cell |` a line, a row's padding after its last cell (`3 | ||`), so a
    /// blank last cell is `| ||`. Before: refused (`import-cell`: 行政许可's cell “reads 行政许可”).
    func testABlankLastCellBeforeItsRowsPadding() throws {
        let file = try reshaped({ lines in
            lines[try! XCTUnwrap(lines.firstIndex(of: "行政许可\t236"))] = "行政许可\t"
        }) { cells in
            cells.dropLast().map { $0.isEmpty ? "|" : "\($0) |" } + [cells.last!.isEmpty ? "| ||" : "\(cells.last!) | ||"]
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        var expected = try XCTUnwrap(VariantFixtures.figures).blanked
        expected["licensing"] = [""]
        var imported: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { $1 } }
        XCTAssertEqual(imported, expected)
    }

    /// A 重庆 town's page: each row opened by a line `| `, each cell on a line of its own ending `  | `.
    /// Read right before this round (its zeros); here with the figures and none blank.
    func testRowsOpenedByABarEachCellALine() throws {
        let file = try reshaped({ lines in
            // Table 三's empty cells as 0, as the page prints them.
            lines = lines.map { line in
                let cells = line.components(separatedBy: "\t")
                guard cells.count > 2, let last = cells.last, !last.isEmpty, CellText.value(last) != nil else { return line }
                return cells.map { $0.isEmpty ? "0" : $0 }.joined(separator: "\t")
            }
        }) { cells in ["| "] + cells.map { " \($0)  | " } }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "proactive")["licensing"], ["236"])
        XCTAssertEqual(cellTexts(report, table: "applications")["received"], ["40", "3", "0", "1", "2", "0", "46"])
        XCTAssertEqual(cellTexts(report, table: "appeals")["cases"], try XCTUnwrap(VariantFixtures.figures).figures["cases"])
    }

    // MARK: formats

    /// 底张街道 2023, 丰收乡 2022: the 2019 trial template's table 二 beside the 2021 format's table 三.
    /// Before: refused as rows unplaced (三（六）'s 3.其他) beside a warning that said the national rows were imported.
    func testTheTrialFormatsTableTwoBesideTheNewFormatsTableThreeIsRefusedNamingBoth() throws {
        let trial = try tika("template-2019-filled.docx.txt").map { $0.replacingOccurrences(of: "2019", with: "2023") }
        let current = try tika("template-filled.docx.txt")
        let three = try XCTUnwrap(trial.firstIndex(of: "三、收到和处理政府信息公开申请情况"))
        let file = try written(Array(trial[..<three]) + current[try XCTUnwrap(current.firstIndex(of: "三、收到和处理政府信息公开申请情况"))...])
        let message = try assertRefused(file, ["import-mixed-formats"])
        XCTAssertTrue(message.contains("table 二 in gov-info-2019's") && message.contains("table 三 in gov-info-2021's"), message)
        XCTAssertTrue(message.contains("本年新制作数量"), message)
    }

    /// 螅镇 2022 prints the whole 2019 trial template for a later year: read by that form (the checks warn).
    func testAReportWhollyInTheTrialFormatForALaterYearIsReadByThatForm() throws {
        let file = try written(try tika("template-2019-filled.docx.txt").map { $0.replacingOccurrences(of: "2019", with: "2023") })
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.formID, "gov-info-2019")
        let report = try XCTUnwrap(site.report("shifan", 2023))
        try assertFigures(report, year: 2019)
    }

    /// Round ten's leftover: a report refused for another error said its extra row's “national rows are imported”.
    func testAnExtraRowsWarningInARefusedReportSaysNothingIsImported() throws {
        let file = try edited("browser-copy.txt") { lines in
            let index = lines.firstIndex { $0.hasPrefix("行政规范性文件\t") }!
            lines.insert("\(ExtraRowTests.extra)\t2\t0\t9", at: index + 1)
            lines.removeAll { $0.hasPrefix("行政强制\t") }
        }
        let outcome = try ImportSite().importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-row-extra" }, "\(outcome.problems)")
        XCTAssertFalse(warning.message.contains("the national rows are imported,"), warning.message)
        XCTAssertTrue(warning.message.contains("once the errors are settled"), warning.message)
        XCTAssertTrue(rules(outcome.problems).contains("import-incomplete-table"), "\(outcome.problems)")
    }

    // MARK: headings and labels

    /// 临潼 开发区 2021: 一、总体情况, then 一、主动公开政府信息情况 over table 二; 二、上年结转政府信息公开数量
    /// (申请 left out). Before: section 二 missing, and row 二 not found (the line an extra row).
    func testAPartNumberedAsAnotherAndRowTwoWithoutItsApplications() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines[lines.firstIndex(of: "二、主动公开政府信息情况")!] = "一、主动公开政府信息情况"
            let two = lines.firstIndex { $0.hasPrefix("二、上年结转政府信息公开申请数量") }!
            lines[two] = lines[two].replacingOccurrences(of: "公开申请数量", with: "公开数量")
        }
        try assertImports(file, blanked: true)
    }

    /// 西咸新区正阳街道: parts numbered `1、 总体情况` … `6、 其他需要报告的事项`.
    func testPartsNumberedInFiguresWithASpace() throws {
        let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
        let file = try edited("browser-copy.txt") { lines in
            for (number, heading) in headings.enumerated() {
                lines[lines.firstIndex(of: heading)!] = "\(number + 1)、 " + heading.dropFirst(2)
            }
        }
        try assertImports(file, blanked: true)
    }

    /// A Taiwan-phrase conversion (OpenCC's s2twp: 政府資訊 for 政府信息, 規範性檔案 for 规范性文件), the
    /// 武汉 mirror's. Before: refused (`import-section-missing` × 3).
    func testTaiwanPhrasesReadAsTheMainlandWords() throws {
        let file = try written(try String(contentsOf: variant("browser-copy-traditional.txt"), encoding: .utf8)
            .replacingOccurrences(of: "信息", with: "資訊").replacingOccurrences(of: "文件", with: "檔案").components(separatedBy: "\n"))
        let outcome = try assertImports(file, blanked: true)
        XCTAssertEqual(outcome.format, .text)
    }

    // MARK: narratives

    /// 海棠新城 2021: the title printed again under itself, indented by `?`s (a site's non-breaking spaces
    /// lost to GBK). Before: both lines opened the preamble.
    func testATitleCopyIndentedByQuestionMarksIsNoPreamble() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.insert(contentsOf: ["????????示例市示范区人民政府", "???????????2022年政府信息公开工作年度报告"], at: 2)
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let preamble = try XCTUnwrap(site.report("shifan", 2022)?.narratives["preamble"]?.value)
        XCTAssertTrue(preamble.hasPrefix("本报告根据《中华人民共和国政府信息公开条例》编制。"), preamble)
        XCTAssertEqual(LostSpaces.removed("??示例"), "  示例")
        XCTAssertEqual(LostSpaces.removed("??? 为什么"), "??? 为什么", "not before a Chinese character")
        XCTAssertEqual(LostSpaces.removed("?示例"), "?示例", "one is the text's")
    }

    /// 平阴 卫健局 2024: the catalogue's particulars without their labels (an index number, the publisher,
    /// a date), the title again, 字号:, 打印整页 打印内容 分享. Before: all of it opened the preamble.
    func testParticularsWithoutLabelsThenTheTitleAgainAreNoPreamble() throws {
        let title = "示例市示范区人民政府2022年政府信息公开工作年度报告"
        let file = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...1, with: [title, "000000000/2023-0000001", "示范区政府办公室", "2023-01-20", "", title, "",
                                                "字号:", "", "打印整页 打印内容 分享", ""])
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let preamble = try XCTUnwrap(site.report("shifan", 2022)?.narratives["preamble"]?.value)
        XCTAssertTrue(preamble.hasPrefix("本报告根据《中华人民共和国政府信息公开条例》编制。"), preamble)
    }

    /// Round ten's leftover: a narrative typed in a `<pre>` in a page whose tables are tables was
    /// read a line a paragraph. Now its lines join as a text's do.
    func testAPreformattedNarrativeBesideTablesIsReadInParagraphs() throws {
        let file = try editedPage("template-filled.html", [("<p>公开内容的解读还不够深入，下一步将加强政策解读。</p>",
            "<pre>\n一是公开内容的解读还不够深入，下一步将\n加强政策解读，做好重点领域的信息公开\n工作。\n\n二是平台建设仍需加强。\n</pre>")])
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        try assertFigures(report)
        XCTAssertEqual(report.narratives["problems"]?.value.trimmingCharacters(in: .whitespacesAndNewlines),
                       "一是公开内容的解读还不够深入，下一步将加强政策解读，做好重点领域的信息公开工作。\n\n二是平台建设仍需加强。")
    }
}
