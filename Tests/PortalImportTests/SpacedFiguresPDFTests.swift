import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Figures whose digits are printed apart, labels spread over their cells:
/// `variants/distributed.docx` (make-distributed.py: every table cell set to
/// distributed alignment, figures' digits 4 pt apart), LibreOffice's PDF.
final class SpacedFiguresPDFTests: XCTestCase {
    func testSpacedDigitsAndSpreadLabelsImportAsTheWordFileDoes() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, report) = try assertSameReport(pdf: ImportFixtures.own("variants/distributed.pdf"), word: ImportFixtures.own("variants/distributed.docx"),
                                                     year: 2022, sameNarratives: ["preamble", "overview", "problems", "other"])
        XCTAssertEqual(outcome.cellsFilled, 200)
        XCTAssertEqual(cellTexts(report, table: "proactive")["licensing"], ["236"])
    }

    /// Digits a small, even gap apart are one figure; figures in cells of their own stand further apart.
    func testOnlyDigitsCloserThanHalfTheirHeightAreOneFigure() {
        func word(_ text: String, _ left: Double, _ y: Double) -> String {
            #"<word xMin="\#(left)" yMin="\#(y)" xMax="\#(left + 7)" yMax="\#(y + 14)">\#(text)</word>"#
        }
        let xhtml = "<html><body><doc><page width=\"595\" height=\"842\"><flow><block><line>"
            + word("行政许可", 100, 100).replacingOccurrences(of: "xMax=\"107.0\"", with: "xMax=\"142.0\"")
            + word("2", 189, 100) + word("3", 200, 100) + word("6", 211, 100) + "</line><line>"
            + word("结果", 100, 130).replacingOccurrences(of: "xMax=\"107.0\"", with: "xMax=\"121.0\"")
            + word("1", 189, 130) + word("0", 215, 130) + word("0", 241, 130) + "</line><line>"
            + word("其他", 100, 160).replacingOccurrences(of: "xMax=\"107.0\"", with: "xMax=\"121.0\"")
            + word("1", 189, 160) + word("2", 200, 160) + word("3", 213, 160) + "</line></block></flow></page></doc></body></html>"
        let boxes = PDFWordBoxes(xhtml: Data(xhtml.utf8))
        func line(_ text: String, _ number: Int) -> SourceLine {
            SourceLine(text: text, position: SourcePosition(line: number, page: 1))
        }
        let joined = boxes.joiningSpacedDigits([line("行政许可  2 3 6", 1), line("结果  1 0 0", 2), line("其他  1 2 3", 3)]).lines.map(\.text)
        XCTAssertEqual(joined, ["行政许可  236", "结果  1 0 0", "其他  1 2 3"], "uneven gaps (4 pt, then 6 pt): no telling which digits make a figure")
    }
}
