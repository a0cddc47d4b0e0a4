import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twelve (VARIANTS.md): shapes real reports found by search arrived in, laid out with the
/// invented report of `variants/browser-copy.txt` (blank cells empty, every other cell a figure).
final class RealPagesTwelveTests: XCTestCase {
    /// The browser copy with each table line (a line of a table's section that is no part's heading)
    /// printed by `render` from its cells, as `table` (二, 三 or 四) lays it out.
    private func reshaped(_ render: (_ cells: [String], _ table: String) -> [String]) throws -> URL {
        try edited("browser-copy.txt") { lines in
            var out: [String] = []
            var table: String?
            for line in lines {
                if let number = ["二", "三", "四", "五"].first(where: { line.hasPrefix($0 + "、") }) { table = number == "五" ? nil : number }
                let heading = !line.contains("\t") && line.range(of: #"^[一二三四五六]、"#, options: .regularExpression) != nil
                if let table, !heading, !line.isEmpty { out += render(line.components(separatedBy: "\t"), table) } else { out.append(line) }
            }
            lines = out
        }
    }

    private func tika(_ name: String) throws -> [String] {
        try String(contentsOf: ImportFixtures.own("tika/\(name)"), encoding: .utf8).components(separatedBy: "\n")
    }

    private func written(_ lines: [String]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("real-twelve-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    // MARK: blank cells in text

    /// 衡南县卫生健康局 2020: a cell a line, a blank line after each, and a blank cell (`&nbsp;`) copied
    /// as a line of spaces (其他对外管理服务事项's three); spacing paragraphs of `&nbsp;` between paragraphs
    /// and after a table. Before: refused (“row … has no cells”; 三's rows “hold 5 cells”).
    func testBlankCellsCopiedAsSpacesBetweenBlankLines() throws {
        let file = try reshaped { cells, _ in cells.flatMap { [$0.isEmpty ? "\u{A0}" : $0, ""] } }
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "1.25\n\n", with: "1.25\n\n \n\n")
            .replacingOccurrences(of: "（一）主动公开\n", with: "\u{A0}\n\n（一）主动公开\n")
        try Data(text.utf8).write(to: file)
        try assertImports(file, blanked: true)
    }

    /// The same with a row's last cell blank before a spacing paragraph: the row ends at its width.
    func testASpacingParagraphAfterARowEndingInABlank() throws {
        let file = try reshaped { cells, _ in cells.flatMap { [$0.isEmpty ? " " : $0, ""] } }
        var text = try String(contentsOf: file, encoding: .utf8)
        // 四、结转下年度继续办理's row is 3, four blanks, 1, 4; its 4 made blank, then a spacing paragraph.
        let row = "四、结转下年度继续办理\n\n3\n\n \n\n \n\n \n\n \n\n1\n\n4\n\n"
        XCTAssertTrue(text.contains(row))
        text = text.replacingOccurrences(of: row, with: "四、结转下年度继续办理\n\n3\n\n \n\n \n\n \n\n \n\n1\n\n \n\n \n\n")
        try Data(text.utf8).write(to: file)
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "applications")["carriedForward"], ["3", "", "", "", "", "1", ""])
    }

    /// 岳阳楼区 街道 2023, a 区统计局 2023: `cell |` a line, a blank cell `|`, each row padded to the table's
    /// width (table 三's header: two cells and eight bars), so a row under a group label (two labels) ends
    /// in one `|`, which reads as a blank cell. Before: refused (`import-cell`: fits more than one way).
    func testOneBarOfPaddingAfterARowUnderAGroupLabel() throws {
        let widths = ["二": 4, "三": 10, "四": 15]
        let file = try reshaped { cells, table in
            let padding = widths[table]! - cells.count
            return cells.map { $0.isEmpty ? "|" : "\($0) |" } + (padding > 0 ? [String(repeating: "|", count: padding)] : [])
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("17 |\n|\n（二）部分公开"), "the shape: 予以公开's row ends in one bar")
        try assertImports(file, blanked: true)
    }

    // MARK: titles and headings

    /// 新疆 自治区人民政府办公厅 2022: the title broken after a bare year, a blank line between
    /// (…办公厅2022 / 政府信息公开工作年度报告). Before: refused (`import-no-year`: “the title prints no year”).
    func testATitleBrokenAfterABareYear() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...1, with: ["示例市示范区人民政府2022", "", "政府信息公开工作年度报告"])
        }
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.year, 2022)
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府")
        let preamble = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2022)?.narratives["preamble"]?.value)
        XCTAssertTrue(preamble.hasPrefix("本报告根据"), preamble)
    }

    /// 西藏自治区审计厅 2025, 国资委 2023: the catalogue's particulars as lines of text, the first
    /// `标      题 <the title>`, then the title again, broken. Before: **silent**, the agency “标题西藏自治区审计厅”,
    /// and the particulars and the title's copy in the preamble.
    func testTheParticularsTitleLineIsNoPartOfTheName() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...1, with: ["标      题 示例市示范区人民政府2022年政府信息公开工作年度报告",
                                                "索引号 000014349/2023-00021 文      号", "发布机构 发布日期 2023-01-16 18:22:45", "", "背景色:", "",
                                                "示例市示范区人民政府2022年政府信息", "", "公开工作年度报告"])
        }
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府")
        let preamble = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2022)?.narratives["preamble"]?.value)
        XCTAssertTrue(preamble.hasPrefix("本报告根据"), preamble)
    }

    /// 会同县林业局 2020: a title without a year (…林业局信息公开工作年度报告), the year in the preamble's
    /// period. Before: refused (`import-no-agency`: “the report prints no agency name”).
    func testATitleWithoutItsYearStillNamesTheAgency() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...1, with: ["发布时间:2023-01-15 10:00 信息来源:示例市示范区人民政府", "示例市示范区人民政府信息公开工作年度报告"])
        }
        let outcome = try ImportSite().importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.year, 2022)
        XCTAssertEqual(outcome.newAgency?.name, "示例市示范区人民政府")
    }

    /// A 乡 of 2023 (zjwy): 一、2023年政务公开总体情况 — the year inside the heading, 政务公开 for the report's words.
    /// Before: refused (`import-section-missing` 一).
    func testAHeadingPrintingTheYear() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines[lines.firstIndex(of: "一、总体情况")!] = "一、2022年政务公开总体情况"
        }
        try assertImports(file, blanked: true)
    }

    /// 涡阳三中 2022 on a mirror whose injected words stand before the school's name in the title
    /// (沙巴体育_…app$官网平台:第三中学). Before: **silent**, an agency of that name created.
    func testMirrorWordsInTheTitleAreRefusedAsAName() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...1, with: ["某体育_某体育app$官网平台:示范区人民政府2022年政府信息公开工作年度报告"])
        }
        for agency in [nil, "shifan"] {
            let message = try assertRefused(file, agency: agency, ["import-no-agency"])
            XCTAssertTrue(message.contains("mirror"), message)
        }
    }

    /// A grey scan of 厦门市司法局's report read by OCR with 门's strokes as marks (`厦|]市司法局`, round seventy-one's V1):
    /// no agency's name holds them. Before: **silent**, an agency “厦|]市司法局” created (folder `shashi-sifaju`).
    func testMarksInTheNameAreRefusedAsAName() throws {
        for title in ["厦|]市司法局2022年政府信息公开工作年度报告", "示范区人民政府{2022年政府信息公开工作年度报告"] {
            let file = try edited("browser-copy.txt") { lines in lines.replaceSubrange(0...1, with: [title]) }
            let message = try assertRefused(file, agency: nil, ["import-no-agency"])
            XCTAssertTrue(message.contains("with a mark no agency's name holds"), message)
        }
    }

    /// 襄州 卫健局 2022: a sentence under 二's heading naming the rows the table then prints
    /// (2022年，我局无规章、行政规范性文件制发。). Before: refused, its words taken for the rows
    /// (“printed twice”, “no cells”, the real rows “unplaced”): a wrong hint. Now the sentence is dropped with a warning.
    func testASentenceNamingTheRowsAboveTheTable() throws {
        let file = try edited("browser-copy.txt") { lines in
            lines.insert("2022年，我局无规章、行政规范性文件制发。", at: lines.firstIndex(of: "二、主动公开政府信息情况")! + 1)
        }
        let outcome = try assertImports(file, blanked: true)
        XCTAssertTrue(rules(outcome.problems).contains("import-text-dropped"), "\(outcome.problems)")
    }

    // MARK: text run into a line

    /// 临洮 新添镇 2022, 襄州 卫健局 2022: the preamble, 一's heading and its paragraphs run into one line, the
    /// tables a row a line. Before: refused (`import-section-missing` 一). The whole report in one line stays refused.
    func testTheFirstPartsRunIntoOneLine() throws {
        let file = try edited("browser-copy.txt") { lines in
            let two = lines.firstIndex(of: "二、主动公开政府信息情况")!
            lines.replaceSubrange(2..<two, with: [lines[2..<two].joined(separator: " ")])
        }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        try assertFigures(report, blanked: true)
        let overview = try XCTUnwrap(report.narratives["overview"]?.value)
        XCTAssertTrue(overview.hasPrefix("2022年，示范区政府持续推进政务公开工作。"), overview)
        XCTAssertTrue(overview.contains("全年主动公开政府信息1200条。"), overview)
        XCTAssertFalse(report.narratives["preamble"]?.value.contains("总体情况") ?? true)

        let whole = try edited("browser-copy.txt") { lines in lines = [lines.joined(separator: " ").replacingOccurrences(of: "\t", with: " ")] }
        let refused = site.importFile(whole, agency: "shifan")
        XCTAssertEqual(rules(refused.problems), ["import-no-report"], "\(refused.problems)")
    }

    // MARK: formats

    /// Round eleven's leftover: the 2021 format's table 二 beside the 2019 trial template's table 三 (三（六）
    /// one row). Before: refused as rows not found (三（六）1–3) and figures unplaced.
    func testTheNewFormatsTableTwoBesideTheTrialTableThreeIsRefusedNamingBoth() throws {
        let current = try tika("template-filled.docx.txt")
        let trial = try tika("template-2019-filled.docx.txt").map { $0.replacingOccurrences(of: "2019", with: "2022") }
        let three = "三、收到和处理政府信息公开申请情况"
        let file = try written(Array(current[..<(try XCTUnwrap(current.firstIndex(of: three)))]) + trial[try XCTUnwrap(trial.firstIndex(of: three))...])
        let message = try assertRefused(file, ["import-mixed-formats"])
        XCTAssertTrue(message.contains("table 二 in gov-info-2021's") && message.contains("table 三 in gov-info-2019's"), message)
        XCTAssertTrue(message.contains("without “") && message.contains("逾期不补正"), message)
    }

    // MARK: a layout not designed for

    /// Each statistics table in a text box of its own (`make-word-internals.py table-text-boxes`): read
    /// once (mc:Fallback's copy left out), as the tables of the plain file. Ok before and after.
    func testTablesInTextBoxesImport() throws {
        try assertSameReport(variant("word-table-text-boxes.docx"), as: variant("template-filled.docx"))
    }
}
