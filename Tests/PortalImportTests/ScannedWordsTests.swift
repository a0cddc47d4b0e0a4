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

    /// A cell's ink OCR read nothing from (`⁇`) is given the ink's own box: a dash with a speck beside it, flatter and
    /// lower than the row's figures. Beyond half a height of the row's line it opened a line of its own, which holds no
    /// figure and so was no row's, and the row's other six cells were placed by their columns: the cell was written
    /// blank where ink was printed (silent). The ruled cells it was read in tell its row: the row is read with the cell
    /// OCR could not read, to be confirmed — never a blank.
    func testACellsUnreadInkStandsOnItsRowsLineByTheRuledCellsBand() throws {
        let name = "fortyseven-ln-mzt-2025-narrow"
        var pages = try scannedPages(name)
        // 辽宁省民政厅's 7.属于行政执法案卷 (table 三, page 2): its label's cell 121, its cells 122–128 (`0` each).
        let row: Set<Int> = Set(121...128)
        for index in pages[1].words.indices where pages[1].words[index].cell.map(row.contains) == true {
            pages[1].words[index].cellBand = 316.0...346.0
        }
        let unread = try XCTUnwrap(pages[1].words.firstIndex { $0.cell == 124 })
        XCTAssertEqual(pages[1].words[unread].text, "0")
        // The ink's box: 3.6 points high, its middle 4 points below the row's figures' (under its label's top line, 8.8).
        (pages[1].words[unread].text, pages[1].words[unread].yMin, pages[1].words[unread].yMax) = ("⁇", 330.5, 334.1)
        let lines = try PDFExtractor.lines(ofScannedPages: pages, path: name).get()
        let forms = Array(FormLoader.builtInForms().forms.values)
        let report = try ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: lines), forms: forms, year: 2025, path: name).get()
        let cells = report.cells.values.compactMap { $0["withheldEnforcementFiles"] }.first?.map(\.display)
        // `?`: the cell to confirm (session 42); before, `""`.
        XCTAssertEqual(cells, ["0", "0", "?", "0", "0", "0", "0"], "ink OCR read nothing from is never a blank cell")
    }

    /// Words alone in ruled cells whose bands agree are one line, whatever their boxes' heights; a cell's two lines
    /// (a figure wrapped in it) and words read in no cell keep their lines.
    func testTheWordsAloneInOneRowsCellsAreOneLine() {
        typealias Word = PDFWordBoxes.Word
        let band = 333.0...361.0
        let label = Word(text: "6.属于四类", left: 150, centre: 170, middle: 339.9, height: 15.4, cell: 1, cellBand: band)
        let labelEnd = Word(text: "过程性信息", left: 150, centre: 170, middle: 354.9, height: 15.1, cell: 1, cellBand: band)
        let marks = [248.0, 295.0, 389.0].enumerated().map { Word(text: "无", left: $1 - 4.5, centre: $1, middle: 346.2, height: 9.2, cell: 2 + $0, cellBand: band) }
        let unread = Word(text: "⁇", left: 338, centre: 342.5, middle: 348.5, height: 3.6, cell: 5, cellBand: band)
        let lines = PDFWordBoxes.printedLines([label, labelEnd, unread] + marks)
        XCTAssertEqual(lines.map { $0.map(\.text) }, [["6.属于四类", "无", "无", "⁇", "无"], ["过程性信息"]])
        var apart = unread
        apart.cellBand = 362.0...390.0
        XCTAssertEqual(PDFWordBoxes.printedLines([label, labelEnd, apart] + marks).map { $0.map(\.text) },
                       [["6.属于四类", "无", "无", "无"], ["过程性信息", "⁇"]], "the next row's cell")
        var outside = unread
        outside.cell = nil
        outside.cellBand = nil
        XCTAssertEqual(PDFWordBoxes.printedLines([label, labelEnd, outside] + marks).map { $0.map(\.text) },
                       [["6.属于四类", "无", "无", "无"], ["过程性信息", "⁇"]], "a word read in no cell")
        // A row's dashes set apart on a line under its label, one beside it: the row's, on the label's line.
        let other = Word(text: "3.其他", left: 60, centre: 75, middle: 700, height: 10, cell: 20, cellBand: 690...712)
        let dashes = (0..<7).map { Word(text: "—", left: 200 + 40 * Double($0), centre: 210 + 40 * Double($0), middle: $0 == 6 ? 700 : 706.5,
                                        height: 1.5, cell: 21 + $0, cellBand: 690...712) }
        XCTAssertEqual(PDFWordBoxes.printedLines([other] + dashes).map { $0.map(\.text) }, [["3.其他"] + Array(repeating: "—", count: 7)])
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
