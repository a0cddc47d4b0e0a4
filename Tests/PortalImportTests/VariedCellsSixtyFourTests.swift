import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Round sixty-four's refusals of LibreOffice's PDFs (VARIANTS.md, "Round sixty-four"): table 四's row two lines high,
/// its figures wrapped and marks or one-line figures between, read back where the word boxes show it for sure.
final class VariedCellsSixtyFourTests: XCTestCase {
    /// The printed cells by row, as report.yaml keeps them (`—` as `-`).
    private func printed(_ name: String) throws -> [String: [String]] {
        let data = try Data(contentsOf: ImportFixtures.own("varied-cells/\(name).cells.json"))
        return try JSONDecoder().decode([String: [String]].self, from: data).mapValues { cells in
            cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }
        }
    }

    /// The PDF's own `-layout` text placed by its word boxes, as `PDFExtractor` reads the PDF: every cell as printed;
    /// and with `boxesAlone`, table 四 as printed from the word boxes read alone (`pdftotext -bbox`, their layout text
    /// made from them).
    private func assertCellsAsPrinted(_ name: String, year: Int, boxesAlone: Bool = true, line: UInt = #line) throws {
        let data = try Data(contentsOf: ImportFixtures.own("varied-cells/\(name)-lo.pdf.bbox.html"))
        let text = try String(contentsOf: ImportFixtures.own("varied-cells/\(name)-lo.pdf.layout.txt"), encoding: .utf8)
        let boxes = PDFWordBoxes(xhtml: data)
        let forms = Array(FormLoader.builtInForms().forms.values)
        func cells(_ lines: [SourceLine]) throws -> [String: [String]] {
            let report = try ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: forms, year: year, path: name).get()
            return report.cells.values.reduce(into: [String: [String]]()) { all, rows in
                for (row, cells) in rows { all[row] = cells.map(\.display) }
            }
        }
        let imported = try cells(PDFExtractor.reading(boxes.withoutDiagonalText(text), boxes: boxes, path: name).get())
        for (row, cells) in try printed(name).sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(imported[row], cells, "\(name): row \(row)", line: line)
        }
        guard boxesAlone else { return }
        let alone = try cells(PDFExtractor.lines(ofWordBoxes: data, path: name).get())
        XCTAssertEqual(alone["cases"], try printed(name)["cases"], "\(name): the word boxes alone", line: line)
    }

    /// Table 四 in LibreOffice's PDF of the plain layout (西城区 人防办 2020, seed 58): `471` and `513` print `47` over
    /// `1` and `51` over `3`, the row's other cells (`42` and thirteen `/`) centred between — layout text `47  51` /
    /// `42  /  /  /  …` / `1  3`, which the word boxes group as two lines neither of which is the layout's. Before: the
    /// page's rows did not line up, nothing joined (`import-cell`, `holds 2 cells: 47 51`). The band's words are each a
    /// figure's first line with its digits under it, or a cell centred between: one row, every cell as printed.
    func testARowWrappedAroundMarksIsJoined() throws {
        try assertCellsAsPrinted("twentytwo-xicheng-rfb-2020-plain", year: 2020)
    }

    /// Every figure of the row wrapped, five `无` between them printed 1 pt lower than the middle (纪村 2023, seed 58,
    /// flat layout: `53  74  12  …  16` / `无  6  无  4  80  0  无 …  26`, the layout setting the marks with the digits).
    /// Before: `import-row-unplaced`. The marks stand within a fifth of a line of the middle: one row, as printed.
    func testARowWrappedAroundMarksPrintedLowerIsJoined() throws {
        try assertCellsAsPrinted("nineteen-jicun-2023-flat", year: 2023)
    }

    /// The row two lines high at the top of a page, its table's headings at the foot of the page before (大曹庄镇 2022,
    /// seed 58, plain layout: page 4 opens `92      92` / `0  0  0 …  0` / `4      4`). The first line was taken for a
    /// page number (four digits once the gaps were gone) and dropped, so the word boxes' `92  92` matched no layout
    /// line (`import-cell`, `holds 13 cells`). A page number's digits are never a column's gap apart: the line is kept,
    /// and the row joined as printed. (Its word boxes alone stay refused at table 三's `2,428`, as round sixty-one
    /// left 庐山's.)
    func testARowWrappedOnAPagesFirstLinesIsJoined() throws {
        try assertCellsAsPrinted("twentyfour-dacaozhuang-2022-plain", year: 2022, boxesAlone: false)
    }

    /// The rule on made boxes: a band is one row only when every word in it is a figure's first line with its digits
    /// under it, or a cell centred between them, and some cell is; a label in the band, a figure level with the first
    /// line and nothing under it, or no cell between, leave the page as it is.
    func testABandIsOneRowOnlyWhenEveryWordInItIsTheRows() {
        func word(_ text: String, _ left: Double, _ middle: Double) -> PDFWordBoxes.Word {
            PDFWordBoxes.Word(text: text, left: left, centre: left + Double(text.count) * 3.35, middle: middle, height: 13.65)
        }
        let wrapped = [word("47", 170.9, 634.55), word("1", 174.25, 646.75), word("/", 115.7, 640.65), word("42", 80.7, 640.65)]
        let rows = PDFWordBoxes.twoLineRows(wrapped)
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first.map { $0.joins.map(\.tail) }, [1])
        XCTAssertEqual(rows.first?.band.count, 4)
        // A label among the band's words: another row's.
        XCTAssertTrue(PDFWordBoxes.twoLineRows(wrapped + [word("数量", 20.0, 646.75)]).isEmpty)
        // A figure level with the first line, nothing under it: a row set at its top, the digits perhaps a next row's.
        XCTAssertTrue(PDFWordBoxes.twoLineRows(wrapped + [word("9", 230.0, 634.55)]).isEmpty)
        // No cell between the lines: two rows of figures as much as one.
        XCTAssertTrue(PDFWordBoxes.twoLineRows(Array(wrapped.prefix(2))).isEmpty)
        // A cell half a line off the middle, or standing in the wrapped figure's column.
        XCTAssertTrue(PDFWordBoxes.twoLineRows(Array(wrapped.prefix(3)) + [word("42", 80.7, 644.0)]).isEmpty)
        XCTAssertTrue(PDFWordBoxes.twoLineRows(wrapped + [word("/", 175.0, 640.65)]).isEmpty)
        // Digits longer than the first line, or making a figure that starts with 0: no continuation.
        XCTAssertFalse(PDFWordBoxes.continues(word("4", 172.0, 634.55), with: word("71", 170.9, 646.75)))
        XCTAssertFalse(PDFWordBoxes.continues(word("0", 174.25, 634.55), with: word("1", 174.25, 646.75)))
    }
}
