import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// A browser's print of a report page centres each cell's text in its cell, the narrow label columns' too, and
/// `pdftotext -layout` interleaves their lines with the rows (Chromium's print of the made page of 吉林市卫生健康委员会
/// 2022, varied figures, seed 62: `（四）无 1.2.本机关不掌握相关政府信息` / `没有现成信息需要另行制作 1` / `0 0 1 1 1 0 3`).
/// Table 三's page did not line up with its word boxes, its figures got no positions, and every row printing a blank
/// was refused. Such a page is read from its word boxes, which print each row on one line.
final class PrintedTablePagesTests: XCTestCase {
    private let report = "fifteen-jilinshi-wjw-2022-plain"

    private func fixtures() throws -> (text: String, boxes: PDFWordBoxes) {
        let text = try String(contentsOf: ImportFixtures.own("varied-cells/\(report)-chromium.pdf.layout.txt"), encoding: .utf8)
        let boxes = PDFWordBoxes(xhtml: try Data(contentsOf: ImportFixtures.own("varied-cells/\(report)-chromium.pdf.bbox.html")))
        return (boxes.withoutDiagonalText(text), boxes)
    }

    private func printed() throws -> [String: [String]] {
        let data = try Data(contentsOf: ImportFixtures.own("varied-cells/\(report).cells.json"))
        return try JSONDecoder().decode([String: [String]].self, from: data)
    }

    /// The PDF as the PDF path reads it: every cell of the three tables as printed, blanks in their columns.
    func testATablesPageThatDoesNotLineUpIsReadFromItsWordBoxes() throws {
        let (text, boxes) = try fixtures()
        let lines = try PDFExtractor.reading(text, boxes: boxes, path: report).get()
        let imported = try ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: Array(FormLoader.builtInForms().forms.values),
                                                      year: 2022, path: report).get()
        let expected = try printed()
        XCTAssertEqual(expected["carriedOver"], ["0", "0", "1", "", "1", "1", "3"])
        XCTAssertEqual(imported.cells["applications"]?["carriedOver"]?.map(\.display), expected["carriedOver"])
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertFalse((imported.cells[table] ?? [:]).isEmpty, table)
            for (row, values) in imported.cells[table] ?? [:] {
                XCTAssertEqual(values.map(\.display), expected[row].map { $0.map { $0 == "—" ? "-" : $0 } }, "\(table).\(row)")
            }
        }
    }

    /// Only table 三's page (2) is read from the boxes; the others keep the PDF's own text, line for line.
    func testOnlyThePageThatDoesNotLineUpIsReadFromTheBoxes() throws {
        let (text, boxes) = try fixtures()
        guard case .success(let laidOut) = PDFTextLayer.lines(of: text, boxes: boxes) else { return XCTFail("the layout text not read") }
        XCTAssertEqual(boxes.unplacedTablePages(laidOut), [2])
        let read = try PDFExtractor.reading(text, boxes: boxes, path: report).get()
        XCTAssertEqual(boxes.unplacedTablePages(read), [])
        for page in [1, 3] {
            XCTAssertEqual(read.filter { $0.position.page == page }.map(\.text), laidOut.filter { $0.position.page == page }.map(\.text), "page \(page)")
        }
        // A line of the page made from the boxes is numbered within that page's lines as `pdftotext -layout` prints them
        // (an error's file:line; the lines of a later page keep their own: `BrowserPrintedPDFTests`, page 6's line 242).
        let printedLines = Dictionary(grouping: laidOut, by: { $0.position.page ?? 0 }).mapValues { $0.map(\.position.line) }
        let pageTwo = try XCTUnwrap(printedLines[2]?.min()) ... XCTUnwrap(printedLines[2]?.max())
        XCTAssertTrue(read.filter { $0.position.page == 2 }.allSatisfy { pageTwo.contains($0.position.line) })
        XCTAssertTrue(read.contains { $0.position.page == 2 && $0.text.hasPrefix("（四）无") && $0.text.hasSuffix("0  0  1  1  1  0  3") || $0.text.contains("本机关不掌握相关政府信息") && ($0.figureCentres?.count ?? 0) == 7 },
                      "row 三（四）1 on one line with its seven figures placed")
    }

    /// The lines of a layout text with a page made from the boxes, numbered as the PDF's own text numbers them.
    func testAPageMadeFromTheBoxesKeepsThePrintedLinesNumbers() {
        let printed = "a\nb\n\u{0C}c\nd\ne\n\u{0C}f\n"
        XCTAssertEqual(PDFExtractor.fileLines(of: "a\nb\n\u{0C}C\n\u{0C}f\n", in: printed), [1, 2, 3, 6, 7])
        // A made page longer than the printed one: its last lines at the page's last line, never the next page's.
        XCTAssertEqual(PDFExtractor.fileLines(of: "a\nb\n\u{0C}C\nD\nE\nF\n\u{0C}f\n", in: printed), [1, 2, 3, 4, 5, 5, 6, 7])
    }

    /// A page whose only line ending in a figure is a sentence's (no printed line ends in three cells) is no table's:
    /// left as the PDF prints it even when its figure gets no position.
    func testAPagePrintingNoTablesRowIsNotReadFromTheBoxes() {
        func boxes(_ words: [(String, Double, Double)]) -> PDFWordBoxes {
            let body = words.map { #"<word xMin="\#($0.1)" yMin="\#($0.2)" xMax="\#($0.1 + 10 * Double($0.0.count))" yMax="\#($0.2 + 10)">\#($0.0)</word>"# }.joined()
            return PDFWordBoxes(xhtml: Data(#"<html><body><doc><page width="595" height="842">\#(body)</page></doc></body></html>"#.utf8))
        }
        let sentence = [SourceLine(text: "本年度共收到政府信息公开申请  12", position: SourcePosition(line: 1, page: 1))]
        XCTAssertEqual(boxes([("本年度共收到政府信息公开申请", 50, 100), ("12", 300, 120)]).unplacedTablePages(sentence), [])
        XCTAssertEqual(boxes([("本年度共收到政府信息公开申请", 50, 100), ("12", 300, 120), ("行政许可", 50, 140), ("1", 200, 140), ("2", 250, 140), ("3", 300, 140)])
            .unplacedTablePages(sentence), [1], "a row of three figures printed on the page: a table's page")
    }
}
