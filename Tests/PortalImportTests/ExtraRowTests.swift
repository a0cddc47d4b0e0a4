import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Rows beyond the national format (湖北's template: 其他主动公开文件 under 第二十条第（一）项),
/// laid out with the invented report: the national cells imported, a warning naming the line
/// and the row, the row kept in report.yaml as a comment, as printed.
final class ExtraRowTests: XCTestCase {
    static let extra = "其他主动公开文件"

    /// The browser copy (text) with a row added under 行政规范性文件.
    private func textWithExtraRow(_ row: String) throws -> URL {
        try edited("browser-copy.txt") { lines in
            let index = try! XCTUnwrap(lines.firstIndex { $0.hasPrefix("行政规范性文件\t") })
            lines.insert(row, at: index + 1)
        }
    }

    /// Imports the file: written, every cell the example's, one `import-row-extra` warning; report.yaml's text.
    private func assertKeepsTheRow(_ file: URL, blanked: Bool, line expectedLine: Int, yamlLine: String,
                                   line: UInt = #line) throws {
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        let report = try XCTUnwrap(site.report("shifan", 2022), line: line)
        try assertFigures(report, blanked: blanked, line: line)
        let warnings = outcome.problems.filter { $0.rule == "import-row-extra" }
        XCTAssertEqual(warnings.count, 1, "\(outcome.problems)", line: line)
        let warning = try XCTUnwrap(warnings.first, line: line)
        XCTAssertEqual(warning.severity, .warning, line: line)
        XCTAssertEqual(warning.location.line, expectedLine, line: line)
        XCTAssertTrue(warning.message.contains("table 二: the row “\(Self.extra)”"), warning.message, line: line)
        XCTAssertTrue(warning.message.contains("under 第二十条第（一）项"), warning.message, line: line)
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2022/report.yaml"), encoding: .utf8)
        let lines = yaml.components(separatedBy: "\n")
        let normative = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("  normativeDocuments:") }, line: line)
        XCTAssertEqual(lines[normative + 1], yamlLine, line: line)
    }

    /// Before: refused (`import-row-unplaced`).
    func testAnExtraRowInTextIsKeptAsACommentAndTheNationalCellsImported() throws {
        let file = try textWithExtraRow("\(Self.extra)\t2\t0\t9")
        let number = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").firstIndex { $0.hasPrefix(Self.extra) }! + 1
        try assertKeepsTheRow(file, blanked: true, line: number,
                              yamlLine: "  # not in the national format, as printed (not data): 其他主动公开文件 — 2, 0, 9")
    }

    /// A Word file with the row after `after`'s row in its table (a copy of that `w:tr`, relabelled).
    private func wordWithExtraRow(_ name: String, after label: String, as extra: String, figures: [(String, String)]) throws -> (URL, line: Int) {
        let data = try Data(contentsOf: variant(name))
        var xml = String(decoding: try ZipEntryReader.read("word/document.xml", from: data, limit: 1 << 24), as: UTF8.self)
        let rows = WordParagraphTablesTests.ranges(#"<w:tr>.*?</w:tr>"#, in: xml)
        let above = try XCTUnwrap(rows.first { xml[$0].contains(">\(label)<") })
        var row = String(xml[above]).replacingOccurrences(of: ">\(label)<", with: ">\(WordParagraphTablesTests.escaped(extra))<")
        for (old, new) in figures { row = row.replacingOccurrences(of: ">\(old)<", with: ">\(new)<") }
        xml.insert(contentsOf: row, at: above.upperBound)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("extra-row-\(UUID().uuidString).docx")
        try DocxArchive.single(documentXML: xml).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        // Word's lines are paragraphs and rows counted from the top.
        let lines = try XCTUnwrap(try? DocxExtractor.lines(of: DocxArchive.single(documentXML: xml), path: "x.docx").get())
        return (file, try XCTUnwrap(lines.first { $0.cells?.first == extra }).position.line)
    }

    /// The same row in the filled-in template's Word table.
    func testAnExtraRowInAWordTableIsKeptTheSame() throws {
        let (file, line) = try wordWithExtraRow("template-filled.docx", after: "行政规范性文件", as: Self.extra,
                                                figures: [("12", "2"), ("3", "0"), ("47", "9")])
        try assertKeepsTheRow(file, blanked: false, line: line,
                              yamlLine: "  # not in the national format, as printed (not data): 其他主动公开文件 — 2, 0, 9")
    }

    /// 湖北's row as its 2019-format template prints it, its note naming 规范性文件 (the 2019 form's row):
    /// not that row printed twice.
    func testHubeisRowWithItsNoteInThe2019FormatIsKept() throws {
        let label = "其他主动公开文件（含以本单位名义正式签发的、除规范性文件以外的主动公开文件）"
        let (file, line) = try wordWithExtraRow("template-2019-filled.docx", after: "规范性文件", as: label, figures: [("12", "186"), ("47", "255")])
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        try assertFigures(try XCTUnwrap(site.report("shifan", 2019)), year: 2019)
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-row-extra" }, "\(outcome.problems)")
        XCTAssertEqual(warning.location.line, line)
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2019/report.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("# not in the national format, as printed (not data): \(label) — 186, 186, 255"), yaml)
    }

    /// Kept as printed: a blank and a dash.
    func testTheExtraRowsCellsAreKeptAsPrinted() throws {
        let file = try textWithExtraRow("\(Self.extra)（含部门文件）\t2\t\t—")
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2022/report.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("# not in the national format, as printed (not data): 其他主动公开文件（含部门文件） — 2, \"\", —"), yaml)
    }

    /// Not rows beyond the format, still errors: a row of the wrong width, figures after a sentence,
    /// figures without a label, an official row's wording again.
    func testFiguresThatAreNoWholeRowStayErrors() throws {
        let cases: [(row: String, rule: String)] = [
            ("\(Self.extra)\t2\t9", "import-row-unplaced"),
            ("全年另公开其他文件2件，废止0件。\t2\t0\t9", "import-row-unplaced"),
            ("\t2\t0\t9", "import-row-unplaced"),
            ("行政规范性文件（部门）\t2\t0\t9", "import-row-unplaced"),
        ]
        for (row, rule) in cases {
            let outcome = try ImportSite().importFile(try textWithExtraRow(row), agency: "shifan")
            XCTAssertEqual(outcome.status, .failed, row)
            XCTAssertTrue(outcome.problems.contains { $0.rule == rule }, "\(row): \(outcome.problems)")
            XCTAssertFalse(outcome.problems.contains { $0.rule == "import-row-extra" }, "\(row): \(outcome.problems)")
        }
    }
}
