import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Markup real Word files carry around what a reader sees (Fixtures/variants/word-*.docx, made by
/// make-word-internals.py; VARIANTS.md "Word internals"): each prints the figures of
/// template-filled.docx, and each import must give exactly those, and the narrative as printed.
final class WordInternalsTests: XCTestCase {
    private static let overview = "2022年，示范区政府持续推进政务公开工作。\n\n### （一）主动公开\n\n全年主动公开政府信息1200条。\n"

    private func imported(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (Report, ImportSite) {
        let site = try ImportSite()
        let outcome = site.importFile(variant(name), agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", file: file, line: line)
        let report = try XCTUnwrap(site.report("shifan", 2022), file: file, line: line)
        try assertFigures(report, file: file, line: line)
        return (report, site)
    }

    func testTrackedChangesImportWhatTheReaderSees() throws {
        // 263 deleted and 236 inserted; 74 moved away and 47 moved to; a 0 hidden inside 58;
        // a draft row deleted whole; a sentence deleted from the overview.
        let (report, _) = try imported("word-tracked-changes.docx")
        XCTAssertEqual(report.narratives["overview"]?.value, Self.overview)
    }

    func testATextBoxIsReadOnceAndTheParagraphAroundItIsKept() throws {
        let (report, site) = try imported("word-text-box.docx")
        XCTAssertEqual(report.narratives["overview"]?.value, Self.overview, "the box's mc:Fallback copy is not read")
        let agency = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/agency.yaml"), encoding: .utf8)
        XCTAssertTrue(agency.contains(#"name: "示例市示范区人民政府""#), agency)
        guard case .success(let lines) = DocxExtractor.lines(of: try Data(contentsOf: variant("word-text-box.docx")), path: "word-text-box.docx") else {
            return XCTFail("not read")
        }
        XCTAssertEqual(Array(lines.prefix(3).map(\.text)), ["示例市示范区人民政府", "2022年政府信息公开工作年度报告", "（示例市示范区人民政府办公室编）"],
                       "the box's paragraphs, then the one it is anchored in, whole")
    }

    func testContentControlsFieldsSplitRunsAndFootnoteMarksKeepTheFigures() throws {
        // w:sdt around the title, a row and its cells; =SUM(LEFT) as w:instrText; w:fldSimple;
        // 5|8 split by proofing marks and a bookmark; 1.|25 with a soft hyphen; 12 with a footnote mark.
        let (report, _) = try imported("word-markup.docx")
        XCTAssertEqual(report.narratives["overview"]?.value, Self.overview)
    }

    func testCellsMergedAcrossWithHMergeAreOneFigure() throws {
        // 行政许可's 236 in a cell that two w:hMerge continuations extend over the three columns.
        _ = try imported("word-hmerge.docx")
    }

    func testAReportLaidOutInATableWithTheStatisticsNestedInItsCellsImports() throws {
        let (report, _) = try imported("word-nested-layout.docx")
        XCTAssertEqual(report.narratives["overview"]?.value, Self.overview)
    }

    func testARowStartingFurtherRightKeepsItsColumnsForCellsMergedDown() throws {
        // Row 2 skips the first grid column (w:gridBefore) and continues column 2's merge:
        // it repeats 行政许可, not 规章 in column 1.
        func cell(_ text: String, _ properties: String = "") -> String {
            "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let xml = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>"#
            + "<w:tr>" + cell("规章") + cell("行政许可", #"<w:vMerge w:val="restart"/>"#) + cell("1") + "</w:tr>"
            + #"<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>"# + cell("", "<w:vMerge/>") + cell("2") + "</w:tr>"
            + "</w:tbl></w:body></w:document>"
        let lines = try XCTUnwrap(try? DocxExtractor.lines(of: DocxArchive.single(documentXML: xml), path: "x.docx").get())
        XCTAssertEqual(lines.map(\.cells), [["规章", "行政许可", "1"], ["", "行政许可", "2"]])
    }

    func testASuperscriptInACellIsSetApartFromTheFigure() throws {
        let xml = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr>"#
            + #"<w:tc><w:p><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>236</w:t></w:r>"#
            + #"<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
            + #"<w:p><w:r><w:t>面积2000m</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r></w:p></w:body></w:document>"#
        let lines = try XCTUnwrap(try? DocxExtractor.lines(of: DocxArchive.single(documentXML: xml), path: "x.docx").get())
        XCTAssertEqual(lines.first?.cells, ["行政许可", "236 1"], "a footnote mark, not 2361")
        XCTAssertEqual(lines.last?.text, "面积2000m2", "running text keeps its superscripts as printed")
    }

    func testANonBreakingHyphenIsPrintedAsADash() throws {
        let xml = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr>"#
            + #"<w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:noBreakHyphen/></w:r></w:p></w:tc>"#
            + #"<w:tc><w:p><w:r><w:t>1</w:t></w:r><w:r><w:softHyphen/></w:r><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#
        let lines = try XCTUnwrap(try? DocxExtractor.lines(of: DocxArchive.single(documentXML: xml), path: "x.docx").get())
        XCTAssertEqual(lines.first?.cells, ["规章", "-", "12"])
    }

    func testAContentControlShowingItsPlaceholderIsBlank() throws {
        // A template's content controls: one filled (its text kept), one left showing its prompt (a blank cell).
        func control(_ text: String, placeholder: Bool) -> String {
            "<w:sdt><w:sdtPr>\(placeholder ? "<w:showingPlcHdr/>" : "")</w:sdtPr><w:sdtContent><w:r><w:t>\(text)</w:t></w:r></w:sdtContent></w:sdt>"
        }
        let xml = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr>"#
            + "<w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p>" + control("3", placeholder: false) + "</w:p></w:tc>"
            + "<w:tc><w:p>" + control("单击或点击此处输入文字。", placeholder: true) + "</w:p></w:tc></w:tr></w:tbl>"
            + "<w:p>" + control("单击或点击此处输入日期。", placeholder: true) + "</w:p></w:body></w:document>"
        let lines = try XCTUnwrap(try? DocxExtractor.lines(of: DocxArchive.single(documentXML: xml), path: "x.docx").get())
        XCTAssertEqual(lines.first?.cells, ["规章", "3", ""])
        XCTAssertFalse(lines.contains { $0.text.contains("单击或点击") }, "\(lines.map(\.text))")
    }

    func testWordsNamespaceIsReadWhateverPrefixTheFileGivesIt() throws {
        // Python's ElementTree writes `ns0:` for a namespace it was not told; other tools a default namespace;
        // Word's Strict Open XML another namespace name. All read as Word's `w:`.
        func document(_ open: String, _ p: String, namespace: String = "http://schemas.openxmlformats.org/wordprocessingml/2006/main") -> String {
            let q = p.isEmpty ? "" : "\(p):"
            return "<\(q)document \(open)=\"\(namespace)\"><\(q)body><\(q)tbl><\(q)tr>"
                + "<\(q)tc><\(q)p><\(q)r><\(q)t>规章</\(q)t></\(q)r></\(q)p></\(q)tc>"
                + "<\(q)tc><\(q)tcPr><\(q)gridSpan \(q)val=\"2\"/></\(q)tcPr><\(q)p><\(q)r><\(q)t>5</\(q)t></\(q)r></\(q)p></\(q)tc>"
                + "</\(q)tr></\(q)tbl><\(q)p><\(q)r><\(q)rPr><\(q)vanish/></\(q)rPr><\(q)t>隐藏</\(q)t></\(q)r><\(q)r><\(q)t>正文</\(q)t></\(q)r></\(q)p></\(q)body></\(q)document>"
        }
        func lines(_ xml: String) throws -> [[String]] {
            try XCTUnwrap(try? DocxExtractor.lines(of: DocxArchive.single(documentXML: xml), path: "x.docx").get()).map { $0.cells ?? [$0.text] }
        }
        let word = try lines(document("xmlns:w", "w"))
        XCTAssertEqual(word, [["规章", "5", "5"], ["正文"]])
        XCTAssertEqual(try lines(document("xmlns:ns0", "ns0")), word)
        XCTAssertEqual(try lines(document("xmlns", "")), word)
        XCTAssertEqual(try lines(document("xmlns:w", "w", namespace: "http://purl.oclc.org/ooxml/wordprocessingml/main")), word)
    }
}
