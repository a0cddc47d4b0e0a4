import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round nine (VARIANTS.md): Word files whose tables are not Word tables — a table pasted
/// from a PDF or a text editor, or typed with tabs and spaces, its rows paragraphs. Each file
/// is made here from a committed text (the invented report of `variants/`, the real 淮安 text):
/// a paragraph a line, tabs as `w:tab`, a form feed as a page break, spaces kept — what Word and
/// LibreOffice write for a pasted or opened text.
final class WordParagraphTablesTests: XCTestCase {
    // MARK: making the Word files

    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A `.docx` whose body is these paragraphs (and any body markup given as is).
    func wordFile(_ body: String) throws -> URL {
        let xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w=""# + Self.namespace
            + #"" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>"# + body + "</w:body></w:document>"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("paragraph-tables-\(UUID().uuidString).docx")
        try DocxArchive.single(documentXML: xml).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    /// A line of text as a Word paragraph: tabs as `w:tab`, a form feed as a page break.
    static func paragraph(_ line: String) -> String {
        var runs = ""
        for (page, text) in line.components(separatedBy: "\u{0C}").enumerated() {
            if page > 0 { runs += #"<w:r><w:br w:type="page"/></w:r>"# }
            for (index, part) in text.components(separatedBy: "\t").enumerated() {
                if index > 0 { runs += "<w:r><w:tab/></w:r>" }
                if !part.isEmpty { runs += #"<w:r><w:t xml:space="preserve">"# + escaped(part) + "</w:t></w:r>" }
            }
        }
        return "<w:p>" + runs + "</w:p>"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The lines of a text as a Word file, a paragraph each.
    func wordFile(lines: [String]) throws -> URL {
        try wordFile(lines.map(Self.paragraph).joined())
    }

    func text(_ lines: [String]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("paragraph-tables-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    func variantLines(_ name: String) throws -> [String] {
        try String(contentsOf: variant(name), encoding: .utf8).components(separatedBy: "\n")
    }

    // MARK: a Word file without a Word table

    /// Before: refused (`import-no-tables`, “the tables appear to be images”).
    func testTablesTypedWithTabsInWordImportAsTheText() throws {
        let lines = try variantLines("browser-copy.txt")
        let (report, _) = try assertSameReport(try wordFile(lines: lines), as: variant("browser-copy.txt"))
        try assertFigures(report, blanked: true)
        XCTAssertEqual(report.narratives["problems"]?.value, "公开内容的解读还不够深入，下一步将加强政策解读。\n")
    }

    /// A page saved or converted as a Word file keeps its date line under the title (上海市人民政府办公厅 2019's page through
    /// LibreOffice, as .docx, .doc and .odt): the day published, not the preamble's first paragraph. Before: in the preamble.
    /// (The filled-in template, its tables Word tables: a Word file read as its text drops the line as a page's furniture.)
    func testThePagesDateLineUnderTheTitleIsNoPreamble() throws {
        let data = try Data(contentsOf: variant("template-filled.docx"))
        var xml = String(decoding: try ZipEntryReader.read("word/document.xml", from: data, limit: 1 << 24), as: UTF8.self)
        let title = try XCTUnwrap(Self.ranges(#"<w:p>.*?</w:p>"#, in: xml).first { xml[$0].contains("年度报告") })
        xml.insert(contentsOf: Self.paragraph("发布日期：2023-01-20"), at: title.upperBound)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("date-line-\(UUID().uuidString).docx")
        try DocxArchive.single(documentXML: xml).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.published, "2023-01-20")
        let preamble = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2022)?.narratives["preamble"]?.value)
        XCTAssertFalse(preamble.contains("发布日期"), preamble)
        XCTAssertTrue(PublicationDate.isLabelledDateAlone("发布时间 2024-01-17 10:30"))
        XCTAssertFalse(PublicationDate.isLabelledDateAlone("发布日期：2023-01-20，本报告根据…编制。"))
    }

    /// Before: refused the same. A cell a paragraph, as a table copied from a PDF viewer and pasted.
    func testTablesPastedACellAParagraphImportAsTheText() throws {
        let (report, _) = try assertSameReport(try wordFile(lines: try variantLines("cell-per-line.txt")), as: variant("cell-per-line.txt"))
        try assertFigures(report, blanked: false)
    }

    /// The same report with its rows aligned by spaces, as `pdftotext -layout` prints a table
    /// (zeros printed: a blank leaves no trace in such text), pasted into Word.
    func testTablesAlignedWithSpacesInWordImportAsTheText() throws {
        let lines = try Self.spaceAligned(try variantLines("browser-copy.txt"))
        XCTAssertFalse(lines.contains { $0.contains("\t") })
        let (report, _) = try assertSameReport(try wordFile(lines: lines), as: try text(lines))
        try assertFigures(report, blanked: false)
    }

    /// The browser copy's rows with their tabs made runs of spaces, blanks made zeros.
    static func spaceAligned(_ lines: [String]) throws -> [String] {
        lines.map { line in
            let cells = line.components(separatedBy: "\t")
            guard cells.count > 1 else { return line }
            let figures = cells.drop { CellText.value($0) == nil }
            guard !figures.isEmpty else { return cells.joined(separator: "    ") }
            let label = cells.prefix(cells.count - figures.count).joined(separator: "  ")
            return label.padding(toLength: max(label.count + 2, 16), withPad: " ", startingAt: 0)
                + figures.map { ($0.isEmpty ? "0" : $0).leftPadded(to: 6) }.joined()
        }
    }

    /// The real 淮安 report's `pdftotext -layout` text (page marks, form feeds, wrapped lines)
    /// as a Word file of a paragraph a line: the 200 cells and the narratives of the text's import.
    func testTheHuaianLayoutTextAsWordParagraphsImportsAsTheText() throws {
        let source = ImportFixtures.govnianbao.appendingPathComponent("huaian-szf-2024.pdftotext-layout.txt")
        let lines = try String(contentsOf: source, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertTrue(lines.contains { $0.contains("\u{0C}") }, "the text's page breaks")
        let (report, outcome) = try assertSameReport(try wordFile(lines: lines), as: source, agency: "huaian", year: 2024)
        XCTAssertEqual(outcome.cellsFilled, 200)
        XCTAssertEqual(cellTexts(report, table: "proactive"), HuaianPDFTests.proactive)
        XCTAssertEqual(cellTexts(report, table: "applications"), HuaianPDFTests.applications)
        XCTAssertEqual(cellTexts(report, table: "appeals"), HuaianPDFTests.appeals)
    }

    /// The same text made a Word file by LibreOffice (`soffice --convert-to docx`, at test time),
    /// the shape found in round eight: its spaces in `xml:space="preserve"` runs, a page break a paragraph.
    func testTheHuaianTextSavedAsWordByLibreOfficeImportsAllCells() throws {
        let (source, word) = try huaianTextConverted(to: "docx")
        let (report, outcome) = try assertSameReport(word, as: source, agency: "huaian", year: 2024)
        XCTAssertEqual(outcome.cellsFilled, 200)
        XCTAssertEqual(cellTexts(report, table: "applications"), HuaianPDFTests.applications)
    }

    /// Before: a paragraph with a tab of its own, in a file read as its text, was a row of two cells in
    /// its narrative (`联系电话： | 0000-00000000`); now a paragraph, as a Word file with tables keeps it.
    func testANarrativeParagraphWithATabStaysAParagraph() throws {
        var lines = try variantLines("browser-copy.txt")
        let index = try XCTUnwrap(lines.firstIndex(of: "本年度未收取信息处理费。"))
        lines.insert("联系电话：\t0000-00000000", at: index + 1)
        lines.insert("下一步将继续做好公开工作。", at: index + 2)
        let site = try ImportSite()
        let outcome = site.importFile(try wordFile(lines: lines), agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(report.narratives["other"]?.value, "本年度未收取信息处理费。\n\n联系电话：\t0000-00000000\n\n下一步将继续做好公开工作。\n")
        try assertFigures(report, blanked: true)
    }

    // MARK: some tables Word tables, one paragraphs

    /// The filled-in template with one of its Word tables replaced by its rows as paragraphs.
    func templateWithParagraphs(forTable number: Int, _ row: ([String]) -> String) throws -> URL {
        let data = try Data(contentsOf: variant("template-filled.docx"))
        var xml = String(decoding: try ZipEntryReader.read("word/document.xml", from: data, limit: 1 << 24), as: UTF8.self)
        let tables = Self.ranges(#"<w:tbl>.*?</w:tbl>"#, in: xml)
        XCTAssertEqual(tables.count, 3)
        let paragraphs = Self.matches(#"<w:tr>.*?</w:tr>"#, in: String(xml[tables[number]])).map { tr in
            let cells = Self.matches(#"<w:tc>.*?</w:tc>"#, in: tr).map { tc in
                Self.matches(#"<w:t(?: [^>]*)?>[^<]*</w:t>"#, in: tc).map { String($0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }) }.joined()
            }
            return Self.paragraph(row(cells))
        }
        xml.replaceSubrange(tables[number], with: paragraphs.joined())
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("paragraph-tables-\(UUID().uuidString).docx")
        try DocxArchive.single(documentXML: xml).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    static func ranges(_ pattern: String, in text: String) -> [Range<String.Index>] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        ranges(pattern, in: text).map { String(text[$0]) }
    }

    /// Before: table 二 typed with tabs was read as lines of text, its tab-separated cells as words
    /// (a blank between two tabs lost); table 四 aligned with spaces the same.
    func testOneTableAsParagraphsBesideWordTablesImports() throws {
        let tabbed = try templateWithParagraphs(forTable: 0) { $0.joined(separator: "\t") }
        try assertSameReport(tabbed, as: variant("template-filled.docx"))
        let spaced = try templateWithParagraphs(forTable: 2) { $0.joined(separator: "   ") }
        let (report, _) = try assertSameReport(spaced, as: variant("template-filled.docx"))
        try assertFigures(report, blanked: false)
    }

    /// A blank cell typed as nothing between two tabs is a blank, in its column.
    func testABlankBetweenTwoTabsIsABlankCell() throws {
        let file = try templateWithParagraphs(forTable: 0) { cells in
            cells.first == "行政规范性文件" ? "行政规范性文件\t12\t\t47" : cells.joined(separator: "\t")
        }
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(file, agency: "shifan").status, .written)
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "proactive")["normativeDocuments"], ["12", "", "47"])
    }

    // MARK: tables that are not there

    /// Every table a picture in a Word file without a Word table: the images hint, naming the sections.
    func testTablesAsPicturesInAWordFileWithoutTablesAreStillSaidToBeImages() throws {
        let picture = "<w:p><w:r><w:drawing><pic:pic/></w:drawing></w:r></w:p>"
        let lines = try variantLines("browser-copy.txt")
        var body = ""
        var inTable = false
        for line in lines {
            if ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"].contains(line) {
                body += Self.paragraph(line) + picture
                inTable = true
            } else if line.hasPrefix("五、") || !inTable {
                inTable = false
                body += Self.paragraph(line)
            }
        }
        let outcome = try ImportSite().importFile(try wordFile(body), agency: "shifan")
        XCTAssertEqual(outcome.status, .failed)
        let error = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-tables" }, "\(outcome.problems)")
        XCTAssertTrue(error.message.contains("the document has no tables"), error.message)
        XCTAssertTrue(error.hint?.contains("appear to be images") ?? false, error.hint ?? "")
    }

    /// Neither a table nor a picture nor rows of figures: no tables, and no word of images.
    func testAWordFileWithoutTablesOrPicturesIsNotSaidToHoldImages() throws {
        let outcome = try ImportSite().importFile(ImportFixtures.own("no-tables.docx"), agency: "xiasha", year: 2024)
        let error = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-tables" }, "\(outcome.problems)")
        XCTAssertTrue(error.message.contains("the document has no tables"), error.message)
        XCTAssertFalse(error.hint?.contains("images") ?? true, error.hint ?? "")
        XCTAssertEqual(outcome.problems.filter { $0.severity == .error }.count, 1, "\(outcome.problems)")
    }

    func testAPageBreakInAWordParagraphIsALineBreakInItsText() throws {
        let xml = #"<w:document xmlns:w=""# + Self.namespace + #""><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>"#
            + #"<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>甲</w:t></w:r><w:r><w:br w:type="page"/></w:r>"#
            + "<w:r><w:t>乙</w:t></w:r></w:p></w:body></w:document>"
        let lines = try XCTUnwrap(try? DocxExtractor.lines(of: DocxArchive.single(documentXML: xml), path: "x.docx").get())
        XCTAssertEqual(lines.last?.text, "甲\n乙")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
