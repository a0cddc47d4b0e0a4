import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// PDF word boxes whose coordinates no page holds: found by fuzzing the word boxes (`FuzzImportTests.mutatedWordBoxes`),
/// where a `yMax="-1e+308"` crashed the import (the layout text's blank lines counted as an Int). pdftotext never writes
/// such a box; a damaged or edited file does, and its layout cannot be read: refused, naming the word and its line.
final class WordBoxPlacesTests: XCTestCase {
    private func boxes(page: String = "width=\"595.3\" height=\"841.9\"", _ words: [(String, String, String, String, String)]) -> Data {
        let lines = words.map { "<line><word xMin=\"\($0.1)\" yMin=\"\($0.2)\" xMax=\"\($0.3)\" yMax=\"\($0.4)\">\($0.0)</word></line>" }
        return Data((["<html><body><doc><page \(page)><flow><block>"] + lines + ["</block></flow></page></doc></body></html>"]).joined(separator: "\n").utf8)
    }

    private func refusal(_ data: Data) -> Diagnostic? {
        guard case .failure(let failure) = PDFExtractor.lines(ofWordBoxes: data, path: "p.bbox.html") else { return nil }
        return failure.diagnostics.first
    }

    func testAWordWhereNoPageReachesIsRefusedNamingItAndItsLine() throws {
        let data = boxes([("一、总体情况", "90", "100", "190", "112"), ("诉", "228.1", "632.8", "238.6", "-1e+308"), ("12", "300", "700", "310", "712")])
        let refused = try XCTUnwrap(refusal(data))
        XCTAssertEqual(refused.rule, "import-unreadable")
        XCTAssertEqual(refused.location, SourceLocation(path: "p.bbox.html", line: 3))
        XCTAssertTrue(refused.message.contains("place “诉” at x 228.1 to 238.6, y 632.8 to -1e+308 on page 1, where no page reaches"), refused.message)
        for value in ["nan", "inf", "14401", "-20000"] {
            XCTAssertEqual(refusal(boxes([("诉", "228.1", value, "238.6", "640")]))?.rule, "import-unreadable", value)
        }
        // The largest page a PDF can have still holds its words.
        XCTAssertNil(PDFWordBoxes(xhtml: boxes([("诉", "228.1", "14400", "238.6", "-14400")])).placeNoPageReaches)
    }

    func testAPageOfASizeNoPageHasIsRefused() throws {
        let refused = try XCTUnwrap(refusal(boxes(page: "width=\"nan\" height=\"841.9\"", [("诉", "228.1", "632.8", "238.6", "640")])))
        XCTAssertEqual(refused.rule, "import-unreadable")
        XCTAssertTrue(refused.message.contains("a page nan × 841.9 pt on page 1"), refused.message)
    }

    /// Lines a hair apart (1e-300 pt: numbers a page holds, no spacing a printed page has) once overflowed the count of
    /// blank lines between them and the next; now no blank line is counted from such a spacing.
    func testLinesAHairApartGiveTheirTextWithoutBlankLines() {
        let data = boxes([("一", "90", "0", "100", "0"), ("二", "90", "1e-300", "100", "1e-300"), ("三", "90", "2e-300", "100", "2e-300"), ("四", "90", "700", "100", "712")])
        XCTAssertEqual(PDFWordBoxes(xhtml: data).layoutText.text.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 4)
    }
}
