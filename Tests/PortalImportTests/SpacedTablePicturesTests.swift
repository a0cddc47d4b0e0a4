import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A real web page's report printed by a browser and scanned: 沭阳县发展和改革局 2023 (the fixture PDF Chromium printed,
/// 125 of its 200 cells blank), its tables drawn with spaced cells, each cell's own box in grey dithered to dots. Its pages
/// rendered by poppler as a black-and-white scan's at 200 dpi, imported as pictures (`--ocr --one-report`): written with
/// every cell as the PDF's own text layer gives it, blanks blank, and the day its particulars print.
///
/// Before session 59 refused (22 errors): the narrow columns' cells (商业企业 to 其他, and 总计) were no cells — their
/// rules, broken at each crossing by the spacing, shorter than a rule — so their figures were read with the page's rest
/// (`0` as `4`, `ee`, `本`), and the rows the columns' places would have placed kept no place: the page's footer
/// (`3/6` read `3 / 76`) made its printed rows of figures one more than the layout's, and the page lost them all.
final class SpacedTablePicturesTests: XCTestCase {
    func testABrowserPrintedTableWithSpacedCellsScannedInBlackAndWhite() throws {
        try assertReadAsPrinted(rendered: ["-r", "200", "-mono"])
    }

    /// The same pages as a screen capture's grey picture at 150 dpi: each cell's box dark above and left, light (168) below
    /// and right, as a browser draws a table's default border. Before session 59 refused: the light edges no rules, table
    /// 三's narrow cells ran into one region (`四国国本`); then a row's figures set on the line of the merged cell beside it
    /// (`（四）无 0 0`), its label on the line below.
    func testTheSamePagesCapturedInGreyAt150DPI() throws {
        try assertReadAsPrinted(rendered: ["-r", "150", "-gray"])
    }

    /// The black-and-white pages copied on toned paper (ink 30, paper 239) and slightly blurred (σ ≈ 0.6 px), put together as
    /// a scanned PDF. Before session 60 refused: Tesseract's orientation model took page 4 (table 三's rows 三（三）1 to
    /// 三（五）4, their boxes mostly blank) for a page on its side (`Rotate: 90`, confidence 5–7) and, turned a quarter, the
    /// page lost fifteen rows (`import-incomplete-table`). Its lines of text run across it (`LinesOfText`): left upright.
    func testTheBlackAndWhitePagesOnTonedPaperBlurred() throws {
        let outcome = try assertReadAsPrinted(rendered: ["-r", "200", "-mono"]) { _, page in
            PagePicture(width: page.width, height: page.height, pixels: ScanDamage.blurred(ScanDamage.toned(page.pixels), width: page.width, height: page.height))
        }
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-ocr" }, "\(outcome.problems)")
        XCTAssertFalse(warning.message.contains("turned"), warning.message)
    }

    /// The fixture's pages rendered by poppler with `options`, imported as pictures (or, `damage`d, as a scanned PDF of
    /// them): written, every cell as the PDF's own text layer gives it (none to confirm), and the day published.
    @discardableResult
    private func assertReadAsPrinted(rendered options: [String], damage: ((Int, PagePicture) -> PagePicture)? = nil,
                                     file: StaticString = #filePath, line: UInt = #line) throws -> ImportOutcome {
        try ImportFixtures.requireTesseract()
        let pdf = ImportFixtures.own("wrapped-rows/shuyang-fgj-2023-chromium.pdf")
        // The truth: the same PDF's text layer.
        let printed = try ImportSite()
        XCTAssertEqual(printed.importFile(pdf, agency: "shuyang").status, .written, file: file, line: line)
        let truth = try XCTUnwrap(printed.report("shuyang", 2023), file: file, line: line)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spaced-pictures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let render = try XCTUnwrap(ExternalTool.executable("pdftoppm"))
        let rendering = ExternalTool.run(render, options + ["-png", pdf.path, folder.appendingPathComponent("page").path], timeout: 300)
        guard case .finished(0, _) = rendering else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: pdf.path]) }
        let site = try ImportSite()
        let importer = Importer(options: ImportOptions(site: site.root, agency: "shuyang", date: "2026-01-15", ocr: true, oneReport: true))
        let outcome: ImportOutcome
        if let damage {
            let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("spaced-scan-\(UUID().uuidString).pdf")
            try ScanDamage.scannedPDF(ofPicturesIn: folder, resolution: 200, damage: damage).write(to: pdf)
            addTeardownBlock { try? FileManager.default.removeItem(at: pdf) }
            outcome = importer.importFile(pdf, displayPath: "scanned.pdf")
        } else {
            outcome = importer.importPictures([folder.path])
        }
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", file: file, line: line)
        let read = try XCTUnwrap(site.report("shuyang", 2023), file: file, line: line)
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(read, table: table), cellTexts(truth, table: table), table, file: file, line: line)
        }
        // The import's own count: 75 figures, 125 cells blank as published.
        let cells = ["proactive", "applications", "appeals"].flatMap { cellTexts(read, table: $0).values.joined() }
        XCTAssertEqual(cells.filter(\.isEmpty).count, 125, file: file, line: line)
        XCTAssertEqual(cells.filter { !$0.isEmpty }.count, 75, file: file, line: line)
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-unconfirmed" }, "\(outcome.problems)", file: file, line: line)
        // `公开日期 2024-01-17`, read by OCR as five words (2024 - 01 - 17): the day published.
        XCTAssertEqual(read.published, "2024-01-17", file: file, line: line)
        XCTAssertEqual(truth.published, "2024-01-17", file: file, line: line)
        return outcome
    }
}
