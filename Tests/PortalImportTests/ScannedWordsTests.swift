import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Real reports' scans as OCR read them (the words kept), read as `portal import --ocr` reads them (session 41).
/// Table 四's row two lines high (figures wrapped in their narrow cells, the row's other cells centred between): round
/// sixty-four's `PDFTwoLineRows` on the words OCR read cell by cell. A scan's word boxes are its ink's, not its line's,
/// so a wrapped figure's two lines stand 1.5 of a digit's height apart (a PDF's boxes: 1); the cell the words were read
/// in tells for sure that they are one figure's lines. And a heading OCR misread by one character.
final class ScannedWordsTests: XCTestCase {
    /// The words OCR read on a real report's scanned pages (`ScannedPages.pages`, as `portal import --ocr` read them:
    /// each page's size and words in points, and the cell each was read in, -1 for none), kept so that the rows can be
    /// read without Tesseract.
    private func scannedPages(_ name: String) throws -> [ScannedPages.Page] {
        struct Page: Decodable {
            var width: Double
            var height: Double
            var words: [[Word]]
        }
        enum Word: Decodable {
            case text(String), number(Double)
            init(from decoder: Decoder) throws {
                let value = try decoder.singleValueContainer()
                if let text = try? value.decode(String.self) { self = .text(text) } else { self = .number(try value.decode(Double.self)) }
            }
            var text: String { if case .text(let text) = self { text } else { "" } }
            var number: Double { if case .number(let number) = self { number } else { 0 } }
        }
        let data = try Data(contentsOf: ImportFixtures.own("scanned/\(name)-scan.words.json"))
        return try JSONDecoder().decode([Page].self, from: data).map { page in
            ScannedPages.Page(width: page.width, height: page.height, words: page.words.map { word in
                WordBox(text: word[0].text, xMin: word[1].number, xMax: word[3].number, yMin: word[2].number, yMax: word[4].number,
                        cell: word[5].number < 0 ? nil : Int(word[5].number))
            })
        }
    }

    /// Every cell of table 四 (and of the other tables) as printed (`NAME.cells.json`, the made report's oracle), but the
    /// cells `misread` (row, column from 0) — a 5 Tesseract read as a 9 in these words, which `DigitLoops` now marks unsure
    /// (the words were kept before it: `DigitLoopsTests` holds the cell itself).
    private func assertCellsAsPrinted(_ name: String, year: Int, misread: [String: Int] = [:], line: UInt = #line) throws {
        let lines = try PDFExtractor.lines(ofScannedPages: scannedPages(name), path: name).get()
        let forms = Array(FormLoader.builtInForms().forms.values)
        let report = try ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: lines), forms: forms, year: year, path: name).get()
        let imported = report.cells.values.reduce(into: [String: [String]]()) { all, rows in
            for (row, cells) in rows { all[row] = cells.map(\.display) }
        }
        let printed = try JSONDecoder().decode([String: [String]].self, from: Data(contentsOf: ImportFixtures.own("scanned/\(name).cells.json")))
        XCTAssertFalse(printed.isEmpty)
        for (row, cells) in printed.sorted(by: { $0.key < $1.key }) {
            var expected = cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }, got = imported[row]
            if let column = misread[row], got?.count == expected.count {
                XCTAssertNotEqual(got?[column], expected[column], "\(name): row \(row): the cell misread is \(expected[column])", line: line)
                expected.remove(at: column)
                got?.remove(at: column)
            }
            XCTAssertEqual(got, expected, "\(name): row \(row)", line: line)
        }
    }

    /// 辽宁省民政厅 2025 (seed 58, narrow layout): table 四's `1873` and `1165` do not fit their cells and print `187` over `3`
    /// and `116` over `5`, the row's thirteen other figures centred between. Before: the second line `5 … 3` was refused
    /// (`import-row-unplaced`), the row's words standing 1.5 digits' heights apart.
    func testAScannedRowWrappedInItsCellsIsJoined() throws {
        try assertCellsAsPrinted("fortyseven-ln-mzt-2025-narrow", year: 2025, misread: ["notProcessedComplaints": 1])
    }

    /// 奇台县大泉塔塔尔族乡 2024 (plain layout): seven figures of table 四's row wrapped (`60` over `2`, `15` over `5`, …).
    func testAScannedRowWithManyWrappedFiguresIsJoined() throws {
        try assertCellsAsPrinted("seventeen-qitai-daquanta-2024-plain", year: 2024, misread: ["received": 1])
    }

    /// 资溪县农业农村局 2020 (the trial form, narrow layout): `188` over `1` among `无` marks.
    func testAScannedRowWrappedAroundMarksIsJoined() throws {
        try assertCellsAsPrinted("twentyseven-zixi-nyj-2020-narrow", year: 2020)
    }

    /// 吉林市卫健委 2022 (plain layout): table 四's row wrapped (`45` over `4`, `20` over `64`, …) under the heading
    /// 四、政府信息公开行政复议、行政诉讼情况 read with 诉 as 拆 — a heading one character apart is the section's in OCR's
    /// text (`SectionLocator`); before, the table's rows went to table 三 and the section was missing.
    func testAScannedHeadingWithOneCharacterMisreadIsFound() throws {
        let name = "fifteen-jilinshi-wjw-2022-plain"
        try assertCellsAsPrinted(name, year: 2022)
        // Only in OCR's text: a PDF's or a Word file's heading prints what the agency typed.
        let lines = try PDFExtractor.lines(ofScannedPages: scannedPages(name), path: name).get()
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"])
        XCTAssertNil(SectionLocator.headings(of: form, in: lines)[3])
        XCTAssertNotNil(SectionLocator.headings(of: form, in: lines, readByOCR: true)[3])
    }

    func testOneCharacterApartIsOnePutForAnotherLeftOutOrAdded() {
        XCTAssertTrue("四政府信息公开行政复议行政拆讼情况".isOneCharacterApart(from: "四政府信息公开行政复议行政诉讼情况"))
        XCTAssertTrue("四政府信息公开行政复议行政讼情况".isOneCharacterApart(from: "四政府信息公开行政复议行政诉讼情况"))
        XCTAssertTrue("四政府信息公开行政复议行政诉诉讼情况".isOneCharacterApart(from: "四政府信息公开行政复议行政诉讼情况"))
        XCTAssertFalse("四政府信息公开行政复议行政诉讼情况".isOneCharacterApart(from: "四政府信息公开行政复议行政诉讼情况"), "the same")
        XCTAssertFalse("四政府信息公开行政复议行拆拆讼情况".isOneCharacterApart(from: "四政府信息公开行政复议行政诉讼情况"), "two apart")
        XCTAssertFalse("三政府信息公开行政复议行政诉讼".isOneCharacterApart(from: "四政府信息公开行政复议行政诉讼情况"))
    }

    /// Words from two cells, or one outside cells, are never one figure's lines for their being in one column; two lines
    /// of one cell are, however far apart a digit's ink height makes them; a PDF's words keep the line's rule.
    func testOnlyOneCellsLinesAreOneFiguresLines() {
        typealias Word = PDFWordBoxes.Word
        let head = Word(text: "187", left: 533, centre: 542, middle: 294.5, height: 8.2, cell: 7)
        var tail = Word(text: "3", left: 539, centre: 541.8, middle: 306.8, height: 8.2, cell: 7)
        XCTAssertTrue(PDFWordBoxes.continues(head, with: tail))
        tail.cell = 8
        XCTAssertFalse(PDFWordBoxes.continues(head, with: tail), "the next row's cell")
        tail.cell = nil
        XCTAssertFalse(PDFWordBoxes.continues(head, with: tail), "a word outside the table's cells")
        var pdfHead = head, pdfTail = tail
        pdfHead.cell = nil
        XCTAssertFalse(PDFWordBoxes.continues(pdfHead, with: pdfTail), "1.5 heights apart in a PDF: the next row")
        pdfTail.middle = 294.5 + 9
        XCTAssertTrue(PDFWordBoxes.continues(pdfHead, with: pdfTail))
        var above = tail
        above.cell = 7
        above.middle = 290
        XCTAssertFalse(PDFWordBoxes.continues(head, with: above), "a line above the head is no rest of it")
        var longer = tail
        longer.cell = 7
        longer.text = "3456"
        XCTAssertFalse(PDFWordBoxes.continues(head, with: longer), "a rest longer than the first line")
    }
}
