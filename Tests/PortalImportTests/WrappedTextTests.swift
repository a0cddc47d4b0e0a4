import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Text wrapped at the page's width, as `pdftotext` prints a PDF without
/// `-layout` (and as text pasted from a PDF viewer comes): the same cells as
/// the PDF itself, and paragraphs, not one paragraph a printed line.
final class WrappedTextTests: XCTestCase {
    func testThePDFsTextWithoutLayoutImportsTheSameCellsAndWholeParagraphs() throws {
        try ImportFixtures.requirePdftotext()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wrapped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let raw = folder.appendingPathComponent("huaian-szf-2024.txt")
        let pdftotext = Process()
        pdftotext.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pdftotext.arguments = ["pdftotext", "-raw", ImportFixtures.huaianPDF.path, raw.path]
        try pdftotext.run()
        pdftotext.waitUntilExit()
        XCTAssertEqual(pdftotext.terminationStatus, 0)

        let site = try ImportSite()
        let fromText = site.importFile(raw, agency: "huaian-raw")
        XCTAssertEqual(fromText.status, .written, "\(fromText.problems)")
        XCTAssertEqual(fromText.format, .text)
        let fromPDF = site.importFile(ImportFixtures.huaianPDF, agency: "huaian-pdf")
        XCTAssertEqual(fromPDF.status, .written, "\(fromPDF.problems)")
        let text = try XCTUnwrap(site.report("huaian-raw", 2024))
        let pdf = try XCTUnwrap(site.report("huaian-pdf", 2024))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(text, table: table), cellTexts(pdf, table: table), table)
        }
        for section in ["overview", "problems", "other"] {
            let wrapped = try XCTUnwrap(text.narratives[section]?.value)
            let laidOut = try XCTUnwrap(pdf.narratives[section]?.value)
            // The same words; a paragraph may end at a printed line ending a sentence.
            XCTAssertEqual(wrapped.filter { !$0.isWhitespace }, laidOut.filter { !$0.isWhitespace }, section)
            XCTAssertLessThanOrEqual(wrapped.components(separatedBy: "\n\n").count,
                                     laidOut.components(separatedBy: "\n\n").count + 2, section)
        }
        XCTAssertTrue(try XCTUnwrap(text.narratives["overview"]?.value)
            .hasPrefix("2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习宣传贯彻党的二十大"), "Word's gap before 年, printed as a space in the PDF, is taken out as from the PDF itself")
    }

    /// A paragraph a line (copied from a page or Word) is left as it is,
    /// headings without a full stop included.
    func testTextWithAParagraphALineIsNotJoined() {
        let lines = TextExtractor.lines(of: """
        一、总体情况
        2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。
        （一）主动公开情况
        全年主动公开政府信息120条，其中政策文件15件，政策解读8篇，均按时发布。
        """)
        XCTAssertFalse(WrappedText.isWrapped(lines))
        XCTAssertEqual(NarrativeText.paragraphs(lines[...]).count, 4)
    }
}
