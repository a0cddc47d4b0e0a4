import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Made reports in the 2019 trial form with varied figures (`CELLS=random FORM=2019 real-formats.sh`, VARIANTS.md,
/// "Round fifty-one"): each imports cell for cell as printed (`trial-cells/NAME.cells.json`), or is refused naming the row.
final class TrialFormCellsTests: XCTestCase {
    /// The printed cells by row, as report.yaml keeps them (`+2` as 2, `—` as `-`).
    private func printed(_ name: String) throws -> [String: [String]] {
        let data = try Data(contentsOf: ImportFixtures.own("trial-cells/\(name).cells.json"))
        return try JSONDecoder().decode([String: [String]].self, from: data).mapValues { cells in
            cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }
        }
    }

    /// The machinery: a trial-form report made so (signed 本年增/减, 采购总金额 743331, 三（六）one row) imports every cell
    /// as printed from its text, its Word file and Tika's text of that Word file.
    func testATrialFormReportImportsCellForCellAsTextAndWord() throws {
        let name = "thirtyone-yihe-2023-narrow"
        for file in ["\(name).txt", "\(name).docx", "\(name).docx.tika.txt"] {
            let site = try ImportSite()
            let outcome = site.importFile(ImportFixtures.own("trial-cells/\(file)"), agency: "trial")
            XCTAssertEqual(outcome.status, .written, "\(file): \(outcome.problems.filter { $0.severity == .error })")
            XCTAssertEqual(outcome.formID, "gov-info-2019", file)
            let report = try XCTUnwrap(site.report("trial", 2020), file)
            var imported: [String: [String]] = [:]
            for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { a, _ in a } }
            let cells = try printed(name)
            XCTAssertEqual(cells.count, 32, "the trial form's 8 rows of 二, 23 of 三, 1 of 四")
            for (row, cells) in cells.sorted(by: { $0.key < $1.key }) {
                XCTAssertEqual(imported[row], cells, "\(file): row \(row)")
            }
        }
    }

    /// `政府集中采购        11                  62506 元` (大垅乡, LibreOffice's PDF, read through its word boxes): 采购总金额
    /// filled in with 元, which the PDF's text sets a word apart, so the line ended in no cell and the row, placed by
    /// position, was written blank — 11 and 62506 lost. Now refused, naming the row and the sum.
    func testASumInYuanSetApartIsNoBlankRow() throws {
        let outcome = try ImportSite().importFile(ImportFixtures.own("trial-cells/nineteen-dalong-2025-plain-lo.pdf.bbox.html"), agency: "trial")
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-cell" && $0.message.contains("政府集中采购") && $0.message.contains("62506 元") },
                      "\(outcome.problems.filter { $0.severity == .error })")
        XCTAssertEqual(try printed("nineteen-dalong-2025-plain")["centralProcurement"], ["11", "unreadable 62506元"])
    }

    /// `行政处罚         188          +21                        11` (开阳县, LibreOffice's PDF, read through its word boxes):
    /// a figure signed `+` a column's gap after the first was taken for the label of a second table printed beside the
    /// first (`规章  1  0  5      行政许可  236`), so the row held one cell and was refused. Now read as one row, every
    /// cell as printed (the year the opening's document number moved it to, 2023).
    func testASignedFigureIsNoLabelOfATableBeside() throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("trial-cells/eighteen-kaiyang-2023-gongwen-lo.pdf.bbox.html"), agency: "trial")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems.filter { $0.severity == .error })")
        let report = try XCTUnwrap(site.report("trial", 2023))
        var imported: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { a, _ in a } }
        for (row, cells) in try printed("eighteen-kaiyang-2023-gongwen").sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(imported[row], cells, "row \(row)")
        }
        XCTAssertNil(TextExtractor.sideBySide("  行政处罚         188          +21                        11"))
        XCTAssertNotNil(TextExtractor.sideBySide("  规章   1   0   11      行政许可   447228"))
    }

    /// Chromium's print of the made page (no widths; `pdftotext -layout` text and word boxes as the PDF path reads them).
    /// `laidOut`: the PDF's own layout text alone, no page of it made from the word boxes (`PDFPagesFromBoxes`).
    private func recognised(_ name: String, laidOut: Bool = false) throws -> Result<ImportedReport, ImportFailure> {
        let text = try String(contentsOf: ImportFixtures.own("trial-cells/\(name).pdf.layout.txt"), encoding: .utf8)
        let boxes = PDFWordBoxes(xhtml: try Data(contentsOf: ImportFixtures.own("trial-cells/\(name).pdf.bbox.html")))
        let lines = laidOut ? try PDFTextLayer.lines(of: boxes.withoutDiagonalText(text), boxes: boxes).get()
            : try PDFExtractor.reading(boxes.withoutDiagonalText(text), boxes: boxes, path: name).get()
        let forms = Array(FormLoader.builtInForms().forms.values)
        return ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: forms, year: 2020, path: name)
    }

    private func problems(_ name: String, laidOut: Bool = false) throws -> [Diagnostic] {
        switch try recognised(name, laidOut: laidOut) {
        case .failure(let failure): return failure.diagnostics
        case .success(let report): return report.diagnostics
        }
    }

    /// `3.4.要求提供公开出版物  0  0 …` (柴桑区林业局, Chromium's print): the next row's numbering on this row's line, so
    /// 3.要求提供公开出版物 found no line of its own and, placed by position, was written blank (its seven 0s lost).
    /// A row is printed blank only where its label has lines of its own without figures; else it is refused.
    /// Read whole, table 三's page does not line up with its word boxes and is made from them (round seventy-four): each
    /// row on its own line, every cell as printed.
    func testARowWhoseLabelLineTheNextRowSharesIsNotBlank() throws {
        let name = "twentytwo-chaisang-lyj-2025-plain-chromium"
        let errors = try problems(name, laidOut: true).filter { $0.severity == .error }
        XCTAssertTrue(errors.contains { $0.message.contains("3.要求提供公开出版物") }, "\(errors)")
        let report = try recognised(name).get()
        let cells = try printed("twentytwo-chaisang-lyj-2025-plain")
        for table in ["proactive", "applications", "appeals"] {
            for (row, values) in report.cells[table] ?? [:] {
                XCTAssertEqual(values.map(\.display), cells[row], "\(table).\(row)")
            }
        }
        XCTAssertEqual(report.cells.values.reduce(0) { $0 + $1.count }, cells.count, "every row of the oracle read")
    }

    /// `1.2.本机关不掌握…  1 1 1 2 5` / `没有现成信息需要另行制作` / `3.补正后申请内容仍不明确` / `1   1` (银川市政府办公室,
    /// Chromium's print; session 36's 长沙市卫健委 shape): 2.'s label taken as printed blank and the figures under 3.'s label
    /// given to 3. — 2.'s figures moved a row down. Figures alone under a row's whole label, right after a row taken
    /// as blank, are either row's: refused naming both.
    func testFiguresUnderTwoLabelsAfterABlankRowAreRefused() throws {
        let errors = try problems("sixteen-yinchuan-bgs-2022-narrow-chromium").filter { $0.severity == .error }
        XCTAssertTrue(errors.contains { $0.message.contains("2.没有现成信息需要另行制作") && $0.message.contains("3.补正后申请内容仍不明确") }, "\(errors)")
    }
}
