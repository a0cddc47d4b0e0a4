import Foundation
@testable import PortalImport
import PortalModel
import PortalTestSupport
import XCTest

/// The text Apache Tika prints for a PDF (PDFBox, in the PDF's content order):
/// table 三's labels wrapped a few characters a line, each row's figures on
/// a line of their own, and table 四's row run into the next heading
/// (`… 0 1 1五、存在的主要问题…`). Made by `Fixtures/tika-pdf/make-tika-pdf-text.sh`.
final class TikaPDFTextTests: XCTestCase {
    func text(_ name: String) -> URL { ImportFixtures.own("tika-pdf/\(name).pdf.txt") }

    func assertSameCells(_ text: URL, asWord word: URL, year: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let fromText = try ImportSite(), fromWord = try ImportSite()
        let read = fromText.importFile(text, agency: "imported", year: year, force: true)
        XCTAssertEqual(read.status, .written, "\(read.problems)", file: file, line: line)
        XCTAssertEqual(read.cellsFilled + read.blanksKept, 200, file: file, line: line)
        XCTAssertEqual(fromWord.importFile(word, agency: "imported", year: year, force: true).status, .written, file: file, line: line)
        let a = try XCTUnwrap(fromText.report("imported", year), file: file, line: line)
        let b = try XCTUnwrap(fromWord.report("imported", year), file: file, line: line)
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(a, table: table), cellTexts(b, table: table), table, file: file, line: line)
        }
    }

    func testTheReferenceReportsPDFAsTikaPrintsItImportsAsItsWordFile() throws {
        try assertSameCells(text("xiasha-2021"), asWord: ImportFixtures.own("xiasha-2021.docx"), year: 2021)
    }

    func testTableFoursRowRunIntoTheNextHeadingIsReadApart() throws {
        XCTAssertTrue(try String(contentsOf: text("template-filled"), encoding: .utf8).contains("0 1 1五、存在的主要问题"))
        for name in ["template-filled", "framed", "margin-paragraphs"] {
            try assertSameCells(text(name), asWord: ImportFixtures.own("variants/\(name).docx"), year: 2022)
        }
    }

    /// A blank cell leaves no trace in text: the row is refused, never read short.
    func testBlankCellsInTikasTextAreRefusedNotGuessed() throws {
        let outcome = try ImportSite().importFile(text("appeals-blank"), agency: "imported", year: 2022, dryRun: true)
        XCTAssertEqual(rules(outcome.problems), ["import-cell"])
    }

    func testFiguresThenASectionHeadingAreTwoLines() {
        XCTAssertEqual(TextExtractor.figuresThenHeading("1 0 0 1 2 1 1 0 0 2 0 0 0 1 1五、存在的主要问题及改进情况")?.0, "1 0 0 1 2 1 1 0 0 2 0 0 0 1 1")
        XCTAssertEqual(TextExtractor.figuresThenHeading("2 0 0 0 0 0 2 三、本年度办理结果")?.1, "三、本年度办理结果")
        XCTAssertNil(TextExtractor.figuresThenHeading("2021年，根据…"))
        XCTAssertNil(TextExtractor.figuresThenHeading("3 五、存在的主要问题"), "a lone number is a page's")
    }
}
