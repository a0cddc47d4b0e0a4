import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round seven (Fixtures/VARIANTS.md): where Tika's text ends a table's rows. Tika writes a tab
/// before each `<td>` and a line break after each `</p>` and `</tr>`; a page whose cells hold
/// paragraphs (`<td><p>4</p></td>`) and whose blank cells hold none (`<td>&nbsp;</td>`, a real
/// 上海 2019 report's table 四) prints a row's cells a line each, several on a line where a
/// blank stands before a figure, and a blank line after the row unless it ends in a blank.
final class TikaRowBreaksTests: XCTestCase {
    /// Tika's text of a page printing a row a line (`\t规章\t1\t\u{A0}\t5`) as Tika prints the same
    /// page with each cell's text in a paragraph and each blank cell `&nbsp;` alone.
    static func paragraphCells(_ text: String) -> String {
        text.components(separatedBy: "\n").map { line in
            guard line.hasPrefix("\t") else { return line + "\n" }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst()
            return cells.map { cell in
                let text = cell.trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? "\t\u{A0}" : "\t\(text)\n"
            }.joined() + "\n"
        }.joined()
    }

    private func written(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tika-rows-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func testParagraphCellsBesideNbspBlanksImportAsThePage() throws {
        let page = try String(contentsOf: ImportFixtures.own("tika/blanks.html.txt"), encoding: .utf8)
        let text = Self.paragraphCells(page)
        XCTAssertTrue(text.contains("\t1\n\t\u{A0}\t\u{A0}\t1\n\t2\n\t1\n"), "the shape: blanks on the line of the figure after them")
        let site = try ImportSite()
        let fromText = site.importFile(try written(text), agency: "from-text")
        XCTAssertEqual(fromText.status, .written, "\(fromText.problems)")
        XCTAssertEqual(site.importFile(variant("blanks.html"), agency: "from-page").status, .written)
        let a = try XCTUnwrap(site.report("from-text", 2022)), b = try XCTUnwrap(site.report("from-page", 2022))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(a, table: table), cellTexts(b, table: table), table)
        }
        for id in ["preamble", "overview", "problems", "other"] {
            XCTAssertEqual(a.narratives[id]?.value, b.narratives[id]?.value, id)
        }
    }

    func testANbspCellInsideARowContinuesIt() {
        let text = "二、主动公开政府信息情况\n\t规章\n\t\u{A0}\t\u{A0}\t5\n\n\t行政规范性文件\n\t12\n\t3\n\t47\n\n"
        let rows = TextExtractor.lines(of: text).compactMap(\.cells)
        XCTAssertEqual(rows, [["规章", "", "", "5"], ["行政规范性文件", "12", "3", "47"]])
    }

    func testARowEndingInAnNbspCellEndsWithoutABlankLine() {
        // `<td>&nbsp;</td></tr>`: the line break is the row's end, no blank line follows.
        let text = "\t规章\n\t\u{A0}\t\u{A0}\t5\n\n\t行政规范性文件\n\t12\n\t\u{A0}\t\u{A0}\n\t行政许可\n\t236\n\n"
        let rows = TextExtractor.lines(of: text).compactMap(\.cells)
        XCTAssertEqual(rows, [["规章", "", "", "5"], ["行政规范性文件", "12", "", ""], ["行政许可", "236"]])
    }

    func testAPageARowALineKeepsItsCaptionRowsApart() {
        // No blank line ends its rows: a caption's single cell is a row of its own, as before.
        let text = "\t第二十条第（一）项\n\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n\t规章\t1\t0\t5\n\t行政规范性文件\t12\t3\t47\n\n"
        let rows = TextExtractor.lines(of: text).compactMap(\.cells)
        XCTAssertEqual(rows, [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                              ["规章", "1", "0", "5"], ["行政规范性文件", "12", "3", "47"]])
    }

    // MARK: a text without its blank lines

    private func withoutBlankLines(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            .filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    func testTikasTextOfAWordFileWithoutBlankLinesImportsItsRowsByTheirLabels() throws {
        let site = try ImportSite()
        let outcome = site.importFile(try written(withoutBlankLines(ImportFixtures.own("tika/template-filled.docx.txt"))), agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        try assertFigures(XCTUnwrap(site.report("shifan", 2022)))
        XCTAssertEqual(site.importFile(variant("template-filled.docx"), agency: "from-word").status, .written)
        let a = try XCTUnwrap(site.report("shifan", 2022)), b = try XCTUnwrap(site.report("from-word", 2022))
        for id in ["preamble", "overview", "problems", "other"] {
            XCTAssertEqual(a.narratives[id]?.value, b.narratives[id]?.value, id)
        }
    }

    func testRowsThatCannotBeToldApartAreRefusedSayingTheRowBreaksWereLost() throws {
        // 规章's row one cell short: its columns would take 行政规范性文件's label.
        var text = try withoutBlankLines(ImportFixtures.own("tika/template-filled.docx.txt"))
        let row = try XCTUnwrap(text.range(of: "\t规章\n\t1\n\t0\n"))
        text.replaceSubrange(row, with: "\t规章\n\t1\n")
        let outcome = try ImportSite().importFile(written(text), agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let problem = try XCTUnwrap(outcome.problems.first { $0.rule == Rule.importIncompleteTable.id }, "\(outcome.problems)")
        XCTAssertTrue(problem.message.hasPrefix("table 二: the rows run together"), problem.message)
        XCTAssertTrue(problem.hint?.contains("lost its row breaks") == true, "\(problem)")
    }
}
