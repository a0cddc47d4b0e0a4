import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Round fifty-seven's refusals of LibreOffice's PDFs (VARIANTS.md, "Round fifty-seven"): figures wider than their
/// column, wrapped inside the cell, read back where the word boxes show them for sure.
final class VariedCellsFiftySevenTests: XCTestCase {
    /// The printed cells by row, as report.yaml keeps them (`—` as `-`).
    private func printed(_ name: String) throws -> [String: [String]] {
        let data = try Data(contentsOf: ImportFixtures.own("varied-cells/\(name).cells.json"))
        return try JSONDecoder().decode([String: [String]].self, from: data).mapValues { cells in
            cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }
        }
    }

    /// The made PDF's word boxes (`pdftotext -bbox`) imported as such: every cell as printed.
    private func assertCellsAsPrinted(_ name: String, year: Int, line: UInt = #line) throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("varied-cells/\(name)-lo.pdf.bbox.html"), agency: "varied")
        XCTAssertEqual(outcome.status, .written, "\(name): \(outcome.problems.filter { $0.severity == .error })", line: line)
        let report = try XCTUnwrap(site.report("varied", year), name, line: line)
        var imported: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { a, _ in a } }
        for (row, cells) in try printed(name).sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(imported[row], cells, "\(name): row \(row)", line: line)
        }
    }

    /// Table 四 in LibreOffice's PDF of the 公文 layout (柴桑区林业局 2025, seed 55): its fifteen columns hold two digits,
    /// so `274` prints `27` over `4` in its cell and the row's one-line cells centred between — the layout text
    /// `27 31 58 90 17 10 45 45` / `0 0 0 0 0 0 0` / `4 0 4 1 1 72 7 7`. Before: the last line belonged to no row
    /// (`import-row-unplaced`). The wrapped digits stand each under a figure of the printed line above, in its column,
    /// one line lower: joined to it, every cell as printed — through the word boxes, and through the PDF's own
    /// `-layout` text placed by them.
    func testAFigureWrappedInItsCellIsJoinedToItsDigits() throws {
        let name = "twentytwo-chaisang-lyj-2025-flat"
        try assertCellsAsPrinted(name, year: 2025)
        let text = try String(contentsOf: ImportFixtures.own("varied-cells/\(name)-lo.pdf.layout.txt"), encoding: .utf8)
        let boxes = PDFWordBoxes(xhtml: try Data(contentsOf: ImportFixtures.own("varied-cells/\(name)-lo.pdf.bbox.html")))
        let lines = try PDFExtractor.reading(boxes.withoutDiagonalText(text), boxes: boxes, path: name).get()
        let forms = Array(FormLoader.builtInForms().forms.values)
        let report = try ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: forms, year: 2025, path: name).get()
        XCTAssertEqual(report.cells["appeals"]?["cases"]?.map(\.display), try printed(name)["cases"])
        XCTAssertFalse(lines.contains { $0.text.trimmingCharacters(in: .whitespaces).hasPrefix("4 ") }, "\(lines.map(\.text))")
    }

    /// The same shape with marks among the figures (厦门市司法局 2024, narrow layout: `823 / 774 205 180 424 … 844 / 156
    /// / 346 502` over `2`, under 180). The figure joined stands before a mark: the line's words are replaced from it on,
    /// never the wrapped digits' line dropped with the figure left short (1802 written 180).
    func testAWrappedFigureBeforeMarksIsJoinedInItsPlace() throws {
        try assertCellsAsPrinted("thirtyfive-xiamen-sfj-2024-narrow", year: 2024)
    }

    /// Table 三's 总计 wrapped beside its label's next line (邓州 张楼 2023, 公文 layout: `一、本年新收政府信息公开申请  1109` /
    /// `7924  2174  6  3  3  997` / `数量  7`, 11097): the row's one-line cells stand centred between the figure's two lines,
    /// so `7` is its digit, not a next row's figure; joined, the label's line kept. Before: `import-row-unplaced`.
    func testAFigureWrappedBesideItsLabelsNextLineIsJoined() throws {
        try assertCellsAsPrinted("sixteen-dengzhou-zhanglou-2023-gongwen", year: 2023)
    }

    /// Digits beside a label are a next row's when the row's other figures stand level with the figure above them, as a
    /// row of its own prints its cells (`1.本机关不掌握…  12  3  4` / `2.没有现成…  5`): only cells centred between two
    /// lines show a cell two lines high.
    func testDigitsBesideALabelAreANextRowsUnlessTheRowsCellsStandBetween() {
        func word(_ text: String, _ left: Double, _ middle: Double) -> PDFWordBoxes.Word {
            PDFWordBoxes.Word(text: text, left: left, centre: left + Double(text.count) * 3.35, middle: middle, height: 13.65)
        }
        let tails = [word("7", 498.5, 437.4)]
        let between = [word("7924", 250.0, 431.2), word("997", 452.0, 431.2), word("1109", 488.5, 425.0)]
        XCTAssertTrue(PDFWordBoxes.centredBetween(between, heads: [2], tails: tails))
        let level = [word("7924", 250.0, 425.0), word("997", 452.0, 425.0), word("1109", 488.5, 425.0)]
        XCTAssertFalse(PDFWordBoxes.centredBetween(level, heads: [2], tails: tails))
        // Every figure continued: nothing shows the row two lines high.
        XCTAssertFalse(PDFWordBoxes.centredBetween([word("1109", 488.5, 425.0)], heads: [0], tails: tails))
    }

    /// `三、本年 法提供 没有现成信息需要另行制作  53 0 0 0 0 0 53` / `度办理结  3.补正后申请内容仍不明确` (岱山县海洋与渔业局 2023,
    /// Chromium's print without widths, seed 56): the layout text sets row 3's figures on row 2's line; the word boxes
    /// print them level with `3.` and `度办理结`, 17 pt under `没有现成信息需要另行制作`. Before: **written wrong** — row 2
    /// given 53 … 53, row 3 blank. The figures go to the line that holds every other word of their printed line: row 2
    /// blank as printed, row 3's figures its own, every cell as printed (the PDF's `-layout` text placed by its boxes).
    func testFiguresSetAboveTheirLabelGoToItsLine() throws {
        let name = "twenty-daishan-hyj-2023-plain"
        let text = try String(contentsOf: ImportFixtures.own("varied-cells/\(name)-chromium.pdf.layout.txt"), encoding: .utf8)
        let boxes = PDFWordBoxes(xhtml: try Data(contentsOf: ImportFixtures.own("varied-cells/\(name)-chromium.pdf.bbox.html")))
        let lines = try PDFExtractor.reading(boxes.withoutDiagonalText(text), boxes: boxes, path: name).get()
        XCTAssertTrue(lines.contains { $0.text.hasSuffix("3.补正后申请内容仍不明确  53  0  0  0  0  0  53") }, "\(lines.map(\.text))")
        let forms = Array(FormLoader.builtInForms().forms.values)
        let report = try ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: forms, year: 2023, path: name).get()
        let imported = report.cells.values.reduce(into: [String: [String]]()) { all, rows in
            for (row, cells) in rows { all[row] = cells.map(\.display) }
        }
        for (row, cells) in try printed(name).sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(imported[row], cells, "row \(row)")
        }
    }

    /// `0  0  899  0  899  130  0  935  543  1,60  0  0  641  0  641` (南关区永吉街道, the trial form's seed 57, LibreOffice's PDF
    /// read through its word boxes): table 四's `1,608` broken over the page, its `8` on the next page's first line. The row's
    /// cells were read from after `1,60` (not a figure): five, placed by position under the last five columns and the ten
    /// before **written blank** on main. Digits among the words before a row's cells mean its figures go on left of what
    /// was read: not placed by position, the row refused naming it.
    func testDigitsBeforeARowsCellsKeepItFromBeingPlacedByPosition() throws {
        let outcome = try ImportSite().importFile(ImportFixtures.own("varied-cells/thirtyfour-yongji-2025-narrow-lo.pdf.bbox.html"), agency: "varied")
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-cell" && $0.message.contains("行政复议、行政诉讼") && $0.message.contains("1,60") },
                      "\(outcome.problems.filter { $0.severity == .error })")
    }

    /// `二、上年结转政府信息公开申请数量   无  无  无  无  1      无  1` (合川 2020, LibreOffice's PDF, 无 printed for nothing):
    /// a column's gap before `无  1` was taken for a second table printed beside the first, 无 its label, and the row held
    /// five cells (`import-cell`). A label made of marks alone is none: one row, seven cells.
    func testAMarkIsNoLabelOfATableBeside() {
        XCTAssertNil(TextExtractor.sideBySide("二、上年结转政府信息公开申请数量       无     无     无    无    1      无     1"))
        XCTAssertNil(TextExtractor.sideBySide("三、本年  （一）予以公开      无    4    无    1    1    3    9"))
        XCTAssertNil(TextExtractor.sideBySide("行政许可   5   3      /  无   1"))
        XCTAssertNotNil(TextExtractor.sideBySide("  规章   1   0   11      行政许可   447228"))
        XCTAssertNotNil(TextExtractor.sideBySide("规章   1   0   5      行政许可   无   236"))
    }

    /// Digits are joined only where they are a cell's next line for sure: each under one figure (its centre, left or
    /// right edge), one line of text lower, no longer than it, the figure made not starting with 0.
    func testDigitsJoinOnlyAFigureTheyContinue() {
        func word(_ text: String, _ left: Double, _ middle: Double) -> PDFWordBoxes.Word {
            let width = Double(text.count) * 6.7
            return PDFWordBoxes.Word(text: text, left: left, centre: left + width / 2, middle: middle, height: 13.65)
        }
        let row = [word("27", 146.7, 693.3), word("0", 91.1, 699.4), word("10", 352.8, 693.3)]
        // Centred under 27, and left-aligned under 10: 274, 1072.
        let joined = PDFWordBoxes.continuing(row, with: [word("4", 150.0, 705.5), word("72", 352.8, 705.5)])
        XCTAssertEqual(joined?.row.map(\.text), ["274", "0", "1072"])
        XCTAssertEqual(joined?.heads, [0, 2])
        // A line and a half lower (the next row's figures beside a label of two lines): no continuation.
        XCTAssertNil(PDFWordBoxes.continuing(row, with: [word("4", 150.0, 713.8)]))
        // Under no figure, or between two columns.
        XCTAssertNil(PDFWordBoxes.continuing(row, with: [word("4", 200.0, 705.5)]))
        // Longer than the figure it would continue (a cell's first line holds as many digits as fit).
        XCTAssertNil(PDFWordBoxes.continuing(row, with: [word("415", 146.7, 705.5)]))
        // Under a 0: no figure starts with one.
        XCTAssertNil(PDFWordBoxes.continuing(row, with: [word("5", 91.1, 711.5)]))
        // A word that is no digits.
        XCTAssertNil(PDFWordBoxes.continuing(row, with: [word("件", 150.0, 705.5)]))
    }
}
