import Foundation
import PortalBuild
@testable import PortalImport
import PortalModel
import XCTest

/// A scanned PDF (pages of pictures, `make-scanned.py`: the reference report as
/// a copier scans it) read by OCR when asked (`--ocr`): Tesseract's characters
/// made into words and read as a PDF's word boxes, so the tables go through the
/// same rows and columns. Without `--ocr` the scan is refused, naming the option.
final class ScannedPDFTests: XCTestCase {
    private func importScan(_ name: String) throws -> (ImportSite, ImportOutcome) {
        let site = try ImportSite()
        let file = ImportFixtures.own("scanned/\(name)")
        // The example portal holds this report: imported into its place, as new.
        try site.site.remove("content/agencies/xiasha")
        let outcome = Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15", ocr: true))
            .importFile(file, displayPath: name)
        return (site, outcome)
    }

    func testAScanReadByOCRImportsEveryFigureAndSaysItWasReadSo() throws {
        try ImportFixtures.requireTesseract()
        let (site, outcome) = try importScan("xiasha-2021-scan.pdf")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-ocr" }, "\(outcome.problems)")
        XCTAssertEqual(warning.severity, .warning)
        let report = try XCTUnwrap(site.report("xiasha", 2021))
        XCTAssertEqual(report.source?.format, "pdf-ocr")
        XCTAssertEqual(report.source?.file, "source.pdf")
        try Self.assertReadAsPublished(report)
        // Readers are told: the original is a scan, the page's text and figures OCR's.
        let output = site.root.appendingPathComponent("public")
        _ = try SiteBuilder(root: site.root, output: output).build()
        let page = try String(contentsOf: output.appendingPathComponent("agencies/xiasha/2021/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains(#"<a href="source.pdf" download><span class="format">PDF</span> 原文（所发布的扫描件 PDF；本页文字和数字由文字识别（OCR）录入，以原文为准）</a>"#), page)
    }

    /// Each sheet fed askew by its own angle (0.6° to 1.5° either way), page 3 scanned on its side:
    /// every page set upright and level before it is read, every figure right, and the warning says so.
    func testAScanFedAskewWithAPageOnItsSideIsSetUprightAndLevelled() throws {
        try ImportFixtures.requireTesseract()
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/osd.traineddata"),
                          "Tesseract's orientation model (tesseract-ocr-osd, a dependency of tesseract-ocr) is not installed")
        let (site, outcome) = try importScan("xiasha-2021-askew.pdf")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let warning = try XCTUnwrap(outcome.problems.first { $0.rule == "import-ocr" }, "\(outcome.problems)")
        XCTAssertTrue(warning.message.contains("page 3 turned 90° to stand upright; pages 1, 2, 3, 4, 5, 6 levelled (askew by 0.60–1.50°)"), warning.message)
        let report = try XCTUnwrap(site.report("xiasha", 2021))
        try Self.assertReadAsPublished(report)
    }

    /// Every figure the example portal's (the published report's), and the narratives what OCR read:
    /// nearly every character the published one.
    /// Every cell of every table as the reference publishes it, and each narrative nine tenths the same characters.
    static func assertReadAsPublished(_ report: Report, file: StaticString = #filePath, line: UInt = #line) throws {
        let example = try XCTUnwrap(ImportSite().report("xiasha", 2021))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(report, table: table), cellTexts(example, table: table), table, file: file, line: line)
        }
        for id in ["overview", "problems", "other"] {
            let read = try XCTUnwrap(report.narratives[id]?.value, id), published = try XCTUnwrap(example.narratives[id]?.value, id)
            XCTAssertGreaterThan(Self.sharedCharacters(read, published), 0.9, "\(id): \(read.prefix(200))", file: file, line: line)
        }
    }

    func testWithoutOCRAScanIsRefusedNamingTheOption() throws {
        try ImportFixtures.requirePdftotext()
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("scanned/xiasha-2021-scan.pdf"), agency: "xiasha")
        XCTAssertEqual(rules(outcome.problems), ["import-scanned-pdf"])
        XCTAssertTrue(outcome.problems[0].hint?.contains("--ocr") ?? false, "\(outcome.problems)")
    }

    /// `--ocr` reads pictures only where the PDF has no text to read: a text layer is always read as it is.
    func testAPDFWithItsTextIsReadFromItsTextEvenWithOCR() throws {
        try ImportFixtures.requirePdftotext()
        let site = try ImportSite()
        try site.site.remove("content/agencies/xiasha")
        let outcome = Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15", ocr: true))
            .importFile(ImportFixtures.own("xiasha-2021.pdf"), displayPath: "xiasha-2021.pdf")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .pdf)
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-ocr" }, "\(outcome.problems)")
        XCTAssertEqual(site.report("xiasha", 2021)?.source?.format, "pdf")
    }

    func testAPageWithoutWritingIsRefusedByOCRToo() throws {
        try ImportFixtures.requireTesseract()
        let site = try ImportSite()
        let before = site.contentFiles()
        let outcome = Importer(options: ImportOptions(site: site.root, agency: "xiasha", date: "2026-01-15", ocr: true))
            .importFile(ImportFixtures.own("scanned.pdf"), displayPath: "scanned.pdf")
        XCTAssertEqual(rules(outcome.problems), ["import-scanned-pdf"], "\(outcome.problems)")
        XCTAssertTrue(outcome.problems[0].message.contains("OCR read no text"), outcome.problems[0].message)
        XCTAssertEqual(site.contentFiles(), before)
    }

    /// A real report's table (高青县常家镇, 2024; its LibreOffice PDF with varied figures, `CELLS=random SEED=58`) scanned as an
    /// office scans: 200 dpi, black and white, each sheet askew by up to 1.2° (`scanned-cells.py make`). Its narrow
    /// columns wrap the labels over two or three lines; read as a page, no row of table 三 read (session 39). Read cell
    /// by cell (`PageCells`), every one of its 200 figures is as printed (`NAME.cells.json`, the made report's oracle).
    func testARealTableScannedAskewIsReadCellByCell() throws {
        try assertReadCellForCell("eighteen-changjia-2024-plain", year: 2024)
    }

    /// 厦门市司法局 2024 (the same set): its dashes (`—`, which Tesseract reads as nothing alone) are the dashes, and the row
    /// 1.属于国家秘密, whose dashes stand a point below its figures under a label starting higher, keeps them — its words
    /// joined as word boxes read alone are (`joiningSplitRowCells`); before, that row was written with blanks.
    func testAScannedTablesDashesStayDashes() throws {
        try assertReadCellForCell("thirtyfive-xiamen-sfj-2024-narrow", year: 2024)
    }

    private func assertReadCellForCell(_ name: String, year: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        try ImportFixtures.requireTesseract()
        let site = try ImportSite()
        let outcome = Importer(options: ImportOptions(site: site.root, agency: "changjia", date: "2026-01-15", ocr: true))
            .importFile(ImportFixtures.own("scanned/\(name)-scan.pdf"), displayPath: "\(name)-scan.pdf")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems.filter { $0.severity == .error })", file: file, line: line)
        let report = try XCTUnwrap(site.report("changjia", year), file: file, line: line)
        var imported: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { a, _ in a } }
        let printed = try JSONDecoder().decode([String: [String]].self, from: Data(contentsOf: ImportFixtures.own("scanned/\(name).cells.json")))
        XCTAssertEqual(printed.values.reduce(0) { $0 + $1.count }, 200, file: file, line: line)
        for (row, cells) in printed.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(imported[row], cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }, "row \(row)", file: file, line: line)
        }
    }

    /// Tesseract's hOCR as it writes it: a page, lines, each character's box.
    func testCharactersAreMadeIntoWordsByTheirGaps() {
        func character(_ text: String, _ left: Int, width: Int = 40) -> String {
            "<span class='ocrx_word' title='bbox \(left) 100 \(left + width) 140; x_wconf 90'><span class='ocrx_cinfo' title='x_bboxes \(left) 100 \(left + width) 140; x_conf 95.5'>\(text)</span></span>"
        }
        let sentence = ["全", "年", "共", "收", "到"].enumerated().map { character($0.element, 300 + 50 * $0.offset) }.joined()
            + character("2", 560, width: 20) + character("件", 600)
        // A table's row: a label, a rule read as a quote, figures far apart (one of them “0), a rule alone.
        let row = character("规", 300) + character("章", 345) + character("“", 500, width: 10) + character("0", 515, width: 20)
            + character("1", 800, width: 20) + character("2", 822, width: 20) + character("|", 1000, width: 5) + character("0", 1100, width: 20)
        let hocr = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
            <div class='ocr_page' id='page_1' title='image "p.png"; bbox 0 0 2550 3300; ppageno 0'>
            <span class='ocr_line' title="bbox 300 100 700 140">\(sentence)</span>
            <span class='ocr_line' title="bbox 300 200 1120 240">\(row.replacingOccurrences(of: " 100 ", with: " 200 ").replacingOccurrences(of: " 140", with: " 240"))</span>
            </div></body></html>
            """
        let pages = ScannedPages.pages(hocr: Data(hocr.utf8))
        XCTAssertEqual(pages.count, 1)
        XCTAssertEqual(pages[0].width, 612, accuracy: 0.01)
        XCTAssertEqual(pages[0].height, 792, accuracy: 0.01)
        XCTAssertEqual(pages[0].words.map { $0.text }, ["全年共收到", "2", "件", "规章", "0", "12", "0"])
        let twelve = pages[0].words[5]
        XCTAssertEqual(twelve.xMin, 800 * 72 / 300, accuracy: 0.01)
        XCTAssertEqual(twelve.xMax, 842 * 72 / 300, accuracy: 0.01)
    }

    /// A copier's speck beside a cell's figure read as its point (`0.`): no figure ends so — the figure, unsure, for the
    /// operator to confirm (the row refused before, `0.` taken for a list's number); a list's number before its label's
    /// words (`1.` 属于…) stays the number, and the text around the tables (no cell) is as read.
    func testAPointAfterACellsFigureWithNoWordsAfterItIsUnsure() {
        func glyph(_ text: String, _ left: Double, cell: Int?) -> ScannedPages.Glyph {
            var glyph = ScannedPages.Glyph(text: text, left: left, top: 100, right: left + (text == "." ? 6 : 20), bottom: 140)
            glyph.cell = cell
            return glyph
        }
        let row = [glyph("1", 100, cell: 0), glyph(".", 122, cell: 0), glyph("属", 200, cell: 0), glyph("于", 222, cell: 0),
                   glyph("0", 500, cell: 1), glyph(".", 522, cell: 1), glyph("1", 700, cell: 2), glyph("2", 900, cell: 3), glyph(".", 922, cell: 3)]
        XCTAssertEqual(ScannedPages.words(of: row, typicalHeight: 40).map(\.text), ["1.", "属于", "0⁇", "1", "2⁇"])
        let text = [glyph("2", 100, cell: nil), glyph("0", 120, cell: nil), glyph(".", 142, cell: nil)]
        XCTAssertEqual(ScannedPages.words(of: text, typicalHeight: 40).map(\.text), ["20."])
    }

    /// A sheet fed askew (lines falling 2 pixels in 100): each character's box is turned back, so that a
    /// table's row is one printed line again, its figures level and its label with them.
    func testASkewedPagesRowsAreLevelledBeforeTheyAreLaidOut() {
        let slope = -0.02
        func character(_ text: String, _ left: Double, _ top: Double) -> String {
            let y = top + slope * left
            return "<span class='ocrx_cinfo' title='x_bboxes \(Int(left)) \(Int(y)) \(Int(left) + 30) \(Int(y) + 40); x_conf 95'>\(text)</span>"
        }
        let rows = (0..<5).map { row in
            let top = 1000.0 + 80 * Double(row)
            let cells = character("规", 300, top) + character("章", 340, top) + [700.0, 1100, 1500, 1900].map { character("\(row)", $0, top) }.joined()
            return "<span class='ocr_line' title='bbox 300 900 1930 1500'>\(cells)</span>"
        }.joined()
        let hocr = "<html><body><div class='ocr_page' title='bbox 0 0 2550 3300'>\(rows)</div></body></html>"
        let slopeRead = ScannedPages.skew(of: [], typicalHeight: 40)
        XCTAssertEqual(slopeRead, 0, "no pairs: no skew")
        let pages = ScannedPages.pages(hocr: Data(hocr.utf8))
        let boxes = PDFWordBoxes(scanned: pages)
        let printed = boxes.pages[1] ?? []
        XCTAssertEqual(printed.map { $0.map(\.text) }, (0..<5).map { ["规章"] + Array(repeating: "\($0)", count: 4) })
        for line in printed {
            let middles = line.map(\.middle)
            XCTAssertLessThan((middles.max() ?? 0) - (middles.min() ?? 0), 1, "\(line.map(\.text))")
        }
    }

    /// The share of `published`'s characters that `read` holds, in order (their longest common subsequence).
    static func sharedCharacters(_ read: String, _ published: String) -> Double {
        let a = Array(read.filter { !$0.isWhitespace }), b = Array(published.filter { !$0.isWhitespace })
        guard !b.isEmpty else { return a.isEmpty ? 1 : 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() { current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j]) }
            previous = current
        }
        return Double(previous[b.count]) / Double(b.count)
    }
}
