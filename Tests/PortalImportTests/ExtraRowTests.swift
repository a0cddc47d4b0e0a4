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
    /// A piece of a group's label beside a row's figures (`办理结果 2 0 0 0 0 0 2`: 三、本年度办理结果 centred across the rows
    /// of a browser's print, 西里镇 2024) is no row of the agency's own: refused, not kept as one while the row it belongs
    /// to is written blank (before: written so, two rows wrong).
    func testAPieceOfAGroupsLabelBesideFiguresIsNoExtraRow() throws {
        let file = try edited("browser-copy.txt") { lines in
            let index = try! XCTUnwrap(lines.firstIndex { $0.contains("本机关不掌握相关政府信息\t") })
            lines.insert("办理结果\t2\t0\t0\t0\t0\t0\t2", at: index + 1)
        }
        let outcome = try ImportSite().importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .failed, "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-row-unplaced" && $0.message.contains("办理结果") }, "\(outcome.problems)")
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-row-extra" }, "\(outcome.problems)")
    }

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

/// Round ten: an official row printing no figures right above an extra row. In text a blank leaves
/// no trace, and the row took the extra row's figures without a word; now it is refused, naming both lines.
/// In a Word table the row's empty cells are its own: blank, and the extra row kept.
final class BlankRowAboveExtraRowTests: XCTestCase {
    /// The browser copy's lines with 行政规范性文件 printing nothing and 湖北's row under it.
    private func lines(spaceAligned: Bool) throws -> [String] {
        var lines = try String(contentsOf: variant("browser-copy.txt"), encoding: .utf8).components(separatedBy: "\n")
        let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("行政规范性文件\t") })
        lines[index] = "行政规范性文件"
        lines.insert("\(ExtraRowTests.extra)\t2\t0\t9", at: index + 1)
        return spaceAligned ? try WordParagraphTablesTests.spaceAligned(lines) : lines
    }

    private func assertRefused(_ file: URL, line expected: Int, line: UInt = #line) throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .failed, "\(outcome.problems)", line: line)
        let error = try XCTUnwrap(outcome.problems.first { $0.message.contains("行政规范性文件 prints no figures") }, "\(outcome.problems)", line: line)
        XCTAssertEqual(error.rule, "import-incomplete-table", line: line)
        XCTAssertEqual(error.location.line, expected, line: line)
        XCTAssertTrue(error.message.contains("are a row the national format does not have, not this one's"), error.message, line: line)
        XCTAssertTrue(error.message.contains(ExtraRowTests.extra), error.message, line: line)
        XCTAssertTrue(error.hint?.contains("blank cell leaves no trace") ?? false, line: line)
        XCTAssertEqual(site.contentFiles(), before, line: line)
    }

    /// Before: written, 行政规范性文件 × 本年制发件数 … = 2, 0, 9 (the extra row's), nothing said.
    func testInTextTheRowAboveIsRefusedNotGivenTheExtraRowsFigures() throws {
        for spaced in [false, true] {
            let lines = try lines(spaceAligned: spaced)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("blank-above-extra-\(UUID().uuidString).txt")
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
            addTeardownBlock { try? FileManager.default.removeItem(at: file) }
            try assertRefused(file, line: try XCTUnwrap(lines.firstIndex(of: "行政规范性文件")) + 1)
        }
    }

    /// The same text as a Word file's paragraphs (no Word table): read as the text, refused the same.
    func testInWordParagraphsTheSame() throws {
        let lines = try lines(spaceAligned: true)
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w=""# + WordParagraphTablesTests.namespace + #""><w:body>"#
            + lines.map(WordParagraphTablesTests.paragraph).joined() + "</w:body></w:document>"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("blank-above-extra-\(UUID().uuidString).docx")
        try DocxArchive.single(documentXML: xml).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        try assertRefused(file, line: try XCTUnwrap(lines.firstIndex(of: "行政规范性文件")) + 1)
    }

    /// In a Word table the row prints its empty cells: blank, as published; the extra row kept, said.
    func testInAWordTableTheRowIsBlankAndTheExtraRowKept() throws {
        let data = try Data(contentsOf: variant("template-filled.docx"))
        var xml = String(decoding: try ZipEntryReader.read("word/document.xml", from: data, limit: 1 << 24), as: UTF8.self)
        let rows = WordParagraphTablesTests.ranges(#"<w:tr>.*?</w:tr>"#, in: xml)
        let above = try XCTUnwrap(rows.first { xml[$0].contains(">行政规范性文件<") })
        let official = String(xml[above])
        var extra = official.replacingOccurrences(of: ">行政规范性文件<", with: ">\(ExtraRowTests.extra)<")
        for (old, new) in [("12", "2"), ("3", "0"), ("47", "9")] { extra = extra.replacingOccurrences(of: ">\(old)<", with: ">\(new)<") }
        var blank = official
        for figure in ["12", "3", "47"] { blank = blank.replacingOccurrences(of: ">\(figure)<", with: "><") }
        xml.replaceSubrange(above, with: blank + extra)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("blank-above-extra-\(UUID().uuidString).docx")
        try DocxArchive.single(documentXML: xml).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "proactive")["normativeDocuments"], ["", "", ""])
        XCTAssertEqual(outcome.problems.filter { $0.rule == "import-row-extra" }.count, 1, "\(outcome.problems)")
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2022/report.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("# not in the national format, as printed (not data): 其他主动公开文件 — 2, 0, 9"), yaml)
    }
}
