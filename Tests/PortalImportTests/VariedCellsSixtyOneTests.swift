import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Round sixty-one's refusals of LibreOffice's PDFs (VARIANTS.md, "Round sixty-one"): figures with thousands' commas
/// wrapped inside their cell, read back where the word boxes show them for sure.
final class VariedCellsSixtyOneTests: XCTestCase {
    /// The printed cells by row, as report.yaml keeps them (`—` as `-`).
    private func printed(_ name: String) throws -> [String: [String]] {
        let data = try Data(contentsOf: ImportFixtures.own("varied-cells/\(name).cells.json"))
        return try JSONDecoder().decode([String: [String]].self, from: data).mapValues { cells in
            cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }
        }
    }

    /// The PDF's own `-layout` text placed by its word boxes, as `PDFExtractor` reads the PDF: every cell as printed.
    private func assertLayoutCellsAsPrinted(_ name: String, year: Int, line: UInt = #line) throws {
        let text = try String(contentsOf: ImportFixtures.own("varied-cells/\(name)-lo.pdf.layout.txt"), encoding: .utf8)
        let boxes = PDFWordBoxes(xhtml: try Data(contentsOf: ImportFixtures.own("varied-cells/\(name)-lo.pdf.bbox.html")))
        let lines = try PDFExtractor.reading(boxes.withoutDiagonalText(text), boxes: boxes, path: name).get()
        let forms = Array(FormLoader.builtInForms().forms.values)
        let report = try ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: forms, year: year, path: name).get()
        let imported = report.cells.values.reduce(into: [String: [String]]()) { all, rows in
            for (row, cells) in rows { all[row] = cells.map(\.display) }
        }
        for (row, cells) in try printed(name).sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(imported[row], cells, "\(name): row \(row)", line: line)
        }
    }

    /// Table 三 in LibreOffice's PDF of the flat layout (庐山 2025, seed 58): `2,312` prints `2,31` over `2` in its cell,
    /// the row's one-line cells centred between — layout text `一、本年新收政府信息公开申请  2,31  2,21  4,89` / `6  4  4  351` /
    /// `数量  2  8  5`; `1,497` prints `三、本年  1,49` / `（一）予以公开  870 625 1 0 1 0` / `7`, its `7` counted by the
    /// word boxes with the row's one-line cells. Before: `2,31` is no figure, the page's rows matched none of its printed
    /// lines, nothing placed (`import-incomplete-table`). Each begun figure is joined to the digits under it and stands
    /// halfway between its two lines, with its row's cells: every cell as printed, the PDF's `-layout` text placed by its
    /// word boxes. (The word boxes alone, their layout made from the printed lines as first grouped, print `（一）予以公开`
    /// under its row's figures once `1,497` has joined them: refused, as before, never written short.)
    func testAFigureWrappedAfterItsThousandsCommaIsJoined() throws {
        try assertLayoutCellsAsPrinted("fortynine-lushan-2025-flat", year: 2025)
        let outcome = try ImportSite().importFile(ImportFixtures.own("varied-cells/fortynine-lushan-2025-flat-lo.pdf.bbox.html"), agency: "varied")
        XCTAssertEqual(outcome.status, .failed)
    }

    /// Two begun figures printed alike on one line (汉阴县 2023, seed 59, flat layout: `三、本年  1,09 … 1,09` /
    /// `（一）予以公开  -  1  -  1  -` / `7 … 9`, 1,097 and 1,099): each is joined to the digits under it, found in the
    /// layout's order, left to right. A first version looked each begun figure up once on the page and left the page
    /// as it was (refused).
    func testBegunFiguresPrintedAlikeAreJoinedInTheirOrder() throws {
        try assertLayoutCellsAsPrinted("eighteen-hanyin-2023-flat", year: 2023)
    }

    /// The rule on made boxes: digits complete a begun figure only one line lower, in its column, making its last group
    /// of three whole; a begun figure with no such digits, or two, leaves the page as it is.
    func testDigitsCompleteABegunFigureOnlyWhereTheyMakeItWhole() {
        func word(_ text: String, _ left: Double, _ middle: Double) -> PDFWordBoxes.Word {
            PDFWordBoxes.Word(text: text, left: left, centre: left + Double(text.count) * 3.35, middle: middle, height: 13.65)
        }
        XCTAssertTrue(PDFWordBoxes.beginsThousands("2,31"))
        XCTAssertTrue(PDFWordBoxes.beginsThousands("10,4"))
        XCTAssertTrue(PDFWordBoxes.beginsThousands("1,234,"))
        XCTAssertFalse(PDFWordBoxes.beginsThousands("2,316"))
        XCTAssertFalse(PDFWordBoxes.beginsThousands("231"))
        XCTAssertFalse(PDFWordBoxes.beginsThousands("2,3161"))
        let head = word("2,31", 250.0, 346.5)
        XCTAssertTrue(PDFWordBoxes.completes(head, with: word("6", 260.0, 358.8)))
        // Two digits make a group of four; a line and a half lower; half a column aside; level with it.
        XCTAssertFalse(PDFWordBoxes.completes(head, with: word("66", 256.6, 358.8)))
        XCTAssertFalse(PDFWordBoxes.completes(head, with: word("6", 260.0, 367.0)))
        XCTAssertFalse(PDFWordBoxes.completes(head, with: word("6", 264.0, 358.8)))
        XCTAssertFalse(PDFWordBoxes.completes(head, with: word("6", 260.0, 346.5)))
        XCTAssertEqual(PDFWordBoxes.wrappedThousands([head, word("6", 260.0, 358.8)]).map { $0.map(\.tail) }, [1])
        // Two words completing it (centre and left edge each in its column): which is the rest is not clear.
        XCTAssertNil(PDFWordBoxes.wrappedThousands([head, word("6", 260.0, 358.8), word("6", 250.0, 356.0)]))
        XCTAssertNil(PDFWordBoxes.wrappedThousands([head, word("12", 300.0, 358.8)]))
    }
}
