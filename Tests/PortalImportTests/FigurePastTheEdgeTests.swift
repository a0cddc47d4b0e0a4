import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A table wider than the page, exported to PDF as it was: its last columns run off the paper, cut for every reader, and
/// pdftotext keeps a cut figure's first glyphs (`140` of `14069`). Found importing a 2025 city report's page exported
/// by LibreOffice: before, it was written with 140 for 14069 and its checks blamed the report (8 errors, “the report's own
/// problems”); the reference report's tables made as wide (`variants/wide-table.pdf`: `xiasha-2021-gbk.html` with each
/// `<table>` 1100 px wide, `soffice --headless --convert-to pdf`) were refused as cells missing, blanks said to leave no trace.
final class FigurePastTheEdgeTests: XCTestCase {
    func testATableRunningOffThePageIsRefusedNamingItsCutFigures() throws {
        try ImportFixtures.requirePdftotext()
        let outcome = try ImportSite().importFile(ImportFixtures.own("variants/wide-table.pdf"), agency: "xiasha", year: 2021)
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(outcome.problems.map(\.rule), ["import-cell"], "\(outcome.problems)")
        let message = try XCTUnwrap(outcome.problems.first?.message)
        XCTAssertTrue(message.contains("past its page's right edge (page 4: “0”"), message)
        // Where the operator finds it: the layout text's line of the first cut figure's row (`一、本年新收…申请数量  2  0`,
        // its third column's `0` cut, the rest of the row past the edge), at that figure.
        XCTAssertEqual(outcome.problems.first?.location.line, 106)
        XCTAssertEqual(outcome.problems.first?.location.column, 46)
        XCTAssertTrue(outcome.problems.first?.hint?.contains("Word file or the web page the PDF was made from") == true)
    }

    /// A word reaching past the edge by a glyph's side bearing is on the page; a word holding no figure is no cell's.
    func testOnlyFiguresPastTheEdgeBeyondASideBearingAreCut() {
        func page(_ words: [(String, Double, Double, Double, Double)]) -> Data {
            // Each word a line of its own, running left to right as an upright page's do.
            let lines = words.map { "<line><word xMin=\"\($0.1)\" yMin=\"\($0.2)\" xMax=\"\($0.3)\" yMax=\"\($0.4)\">\($0.0)</word></line>" }
            return Data("<html><body><doc><page width=\"595.3\" height=\"841.9\"><flow><block>\(lines.joined())</block></flow></page></doc></body></html>".utf8)
        }
        let inside = PDFWordBoxes(xhtml: page([("13612", 300, 100, 330, 112), ("0", 589.7, 100, 596.5, 112), ("本年废", 566, 100, 602, 112)]))
        XCTAssertEqual(inside.figuresPastTheEdge, [])
        let cut = PDFWordBoxes(xhtml: page([("140", 580, 151, 602.8, 166.6), ("32", 20, 840, 30, 852), ("5", -6, 10, 1, 20)]))
        XCTAssertEqual(cut.figuresPastTheEdge.map(\.text), ["140", "32", "5"])
        XCTAssertEqual(cut.figuresPastTheEdge.map(\.edge), ["right", "bottom", "left"])
    }

    /// A lone `0` is printed on many lines: the cut figure's line is the one printing its whole row, on its page.
    func testTheCutFiguresLineIsTheOnePrintingItsRow() {
        let cut = FigurePastTheEdge(page: 2, text: "0", edge: "right", row: ["二、上年结转", "1", "0"])
        let text = "一、本年新收 2 0\n\u{0C}一、本年新收 2 0\n二、上年结转 1 0\n"
        XCTAssertEqual(cut.location(in: text, path: "a.pdf"), SourceLocation(path: "a.pdf", line: 3, column: 10))
        // Its row wrapped in the layout text (the label over two lines): the first line of its page printing the figure.
        let wrapped = "一、本年新收 2 0\n\u{0C}二、上年\n结转 1 0\n"
        XCTAssertEqual(cut.location(in: wrapped, path: "a.pdf"), SourceLocation(path: "a.pdf", line: 3, column: 6))
        // Not on its page (a text made otherwise): the file alone.
        XCTAssertEqual(FigurePastTheEdge(page: 3, text: "0", edge: "right").location(in: text, path: "a.pdf"), SourceLocation(path: "a.pdf"))
    }
}
