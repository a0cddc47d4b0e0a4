import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Table 三 is wide (seven applicant columns): many agencies put it on a
/// landscape page. `variants/landscape.docx` (make-landscape.py) holds it in
/// a landscape Word section, three of its rows with zeros left blank, so that
/// only the word boxes say which columns their figures stand in; its PDF is
/// LibreOffice's export, turned by qpdf as converters and printers turn it.
final class LandscapePDFTests: XCTestCase {
    func testALandscapeSectionImportsAsItsWordFileDoes() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, _) = try assertLandscape("variants/landscape.pdf")
        XCTAssertEqual(outcome.blanksKept, 12)
    }

    /// The landscape pages turned a quarter (`/Rotate 90`): the table reads sideways on an upright
    /// page. pdftotext's layout text turns it back; its word boxes do not.
    func testALandscapePageTurnedAQuarterPlacesItsBlankCells() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, report) = try assertLandscape("variants/landscape-rotated.pdf")
        XCTAssertEqual(outcome.blanksKept, 12)
        XCTAssertEqual(cellTexts(report, table: "applications")["carriedOver"], ["2", "", "", "", "", "1", "3"])
    }

    /// The same turn drawn into the upright page's content (`qpdf --flatten-rotation`): no /Rotate, the text runs down the page.
    func testATableDrawnTurnedOnAnUprightPagePlacesItsBlankCells() throws {
        try ImportFixtures.requirePdftotext()
        let (outcome, _) = try assertLandscape("variants/landscape-flattened.pdf")
        XCTAssertEqual(outcome.blanksKept, 12)
    }

    func testAPagesTurnIsTheDirectionMostOfItsLinesRun() throws {
        func line(_ centres: [(Double, Double)]) -> [WordBox] {
            centres.map { WordBox(text: "0", xMin: $0.0 - 3, xMax: $0.0 + 3, yMin: $0.1 - 5, yMax: $0.1 + 5) }
        }
        var votes = PageTurn.Votes()
        votes.count(line([(500, 100), (500, 160), (500, 220)]))
        votes.count(line([(480, 100), (480, 220)]))
        XCTAssertEqual(votes.turn, .down)
        votes.count(line([(100, 300), (100, 200)]))
        XCTAssertNil(votes.turn, "two lines down, one up: no direction holds three quarters of them")
        XCTAssertEqual(PageTurn.Votes().turn, .upright)
        // Turned back, a line running down the page is a line across it: its words left to right, the lines top to bottom.
        let size = (width: 842.0, height: 595.0)
        let first = PageTurn.down.word(line([(500, 160)])[0], width: size.width, height: size.height)
        let next = PageTurn.down.word(line([(480, 100)])[0], width: size.width, height: size.height)
        XCTAssertEqual(first.centre, 160)
        XCTAssertLessThan(first.middle, next.middle)
        let up = PageTurn.up.word(line([(100, 300)])[0], width: size.width, height: size.height)
        XCTAssertEqual(up.centre, 295)
        XCTAssertEqual(up.height, 6)
    }

    @discardableResult
    private func assertLandscape(_ pdf: String, line: UInt = #line) throws -> (outcome: ImportOutcome, report: Report) {
        try assertSameReport(pdf: ImportFixtures.own(pdf), word: ImportFixtures.own("variants/landscape.docx"), year: 2022,
                             sameNarratives: ["preamble", "overview", "problems", "other"], line: line)
    }
}
