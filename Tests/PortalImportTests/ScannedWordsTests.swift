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

    /// 高青县常家镇 2024 scanned 2–3° askew with specks (round sixty-eight's V3): its preamble's contact line
    /// (`邮编:256309;电话:0533-6970767;传真:0533-6970767`) read with a speck as `号` opening the line, so the phone numbers
    /// fell on a line of their own under `256309`, level with it and sharing its column — the split-row join refused the
    /// report for a line of text (`import-cell`). A scanned page's lines read outside its ruled cells are text.
    func testAScansTextLinesOutsideItsRuledTablesAreNoRows() throws {
        // Four figures OCR was unsure of (specks in their cells), each read as printed: written to confirm.
        try assertCellsAsPrinted("eighteen-changjia-2024-plain-skew", year: 2024, printed: "eighteen-changjia-2024-plain",
                                 toConfirm: ["cases": 14, "notProcessedComplaints": 1, "unavailableNotHeld": 0, "withheldInternalAffairs": 5])
    }

    /// 常家镇's contact line again: the speck read as `号` (0.5 × 0.7 pt, in the margin) no longer opens it. Grouped without
    /// it, the line holds `256309` and both phone numbers, the speck kept on it (never dropped). The same boxes as a PDF's
    /// glyphs (a font's height, whatever the mark) are grouped as before: the phone numbers on a line of their own.
    func testASpeckReadAsACharacterOpensNoLine() throws {
        let pages = try scannedPages("eighteen-changjia-2024-plain-skew")
        let contact = { (lines: [[PDFWordBoxes.Word]]) in lines.first { $0.contains { $0.text == "256309" } }?.map(\.text) ?? [] }
        let scanned = try XCTUnwrap(PDFWordBoxes(scanned: pages).pages[1])
        XCTAssertEqual(contact(scanned), ["号", ";邮编:", "256309", ";电话:", "0533", "-", "6970767", "0533", "-", ";传真:", "6970767", ";邮"])
        let glyphs = scanned.joined().map { word in
            var glyph = word
            glyph.inkBox = false
            return glyph
        }
        XCTAssertEqual(contact(PDFWordBoxes.printedLines(glyphs)), ["号", "256309", ";传真:", ";邮"], "a PDF's words: as before")
    }

    /// Two lines of text between two ruled tables (常家镇's contact line under table 二, the heading 三 and table 三 moved down
    /// to make room; its `号` grown to a blot 3 × 4 pt, which opens the line as a character may, so the phone numbers fall
    /// on a line of their own, level with `256309` and sharing its column): text, not a table row split over two lines.
    /// Before, only lines above or below all of a page's ruled cells were, and the report was refused for a split row
    /// (`import-cell`). Now it is read as a PDF's text is: figures printed in table 二's section that no row takes are
    /// refused as such (`import-row-unplaced`, the line quoted).
    func testAScansTextLinesBetweenTwoRuledTablesAreNoRows() throws {
        let name = "eighteen-changjia-2024-plain-skew"
        var pages = try scannedPages(name)
        var words = pages[0].words
        let middle = { (word: WordBox) in (word.yMin + word.yMax) / 2 }
        let contact = words.filter { $0.cell == nil && (292...310).contains(middle($0)) }
        XCTAssertEqual(contact.count, 12)
        words.removeAll { $0.cell == nil && (292...310).contains(middle($0)) }
        // Table 二 ends at 688.1; the heading 三 (697) and table 三 (from 702.7) set 30 points lower.
        for index in words.indices where middle(words[index]) > 688.5 {
            words[index].yMin += 30
            words[index].yMax += 30
            words[index].cellBand = words[index].cellBand.map { ($0.lowerBound + 30)...($0.upperBound + 30) }
        }
        for var word in contact {
            if word.text == "号" { (word.xMax, word.yMin, word.yMax) = (word.xMin + 3, 292.3, 296.3) }
            word.yMin += 406
            word.yMax += 406
            words.append(word)
        }
        pages[0].words = words
        let lines = try XCTUnwrap(PDFWordBoxes(scanned: pages).pages[1])
        let split = try XCTUnwrap(lines.firstIndex { $0.map(\.text) == ["号", "256309", ";传真:", ";邮"] }, "the line split as before")
        XCTAssertTrue(lines[split + 1].contains { $0.text == "6970767" })
        guard case .success = PDFWordBoxes.joiningSplitRowCells(lines) else { return XCTFail("refused as a table row split in two") }
        let read = PDFExtractor.lines(ofScannedPages: pages, path: name).flatMap { lines in
            ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: lines), forms: Array(FormLoader.builtInForms().forms.values), year: 2024, path: name)
        }
        guard case .failure(let failure) = read else { return XCTFail("written with figures in table 二's section that no row takes") }
        XCTAssertEqual(failure.diagnostics.filter { $0.severity == .error }.map(\.rule), ["import-row-unplaced"])
        XCTAssertTrue(failure.diagnostics.contains { $0.message.contains("0533 - 6970767") }, "\(failure.diagnostics)")
    }

    /// 资溪县农业农村局's scan read with one change, as `portal import --ocr` reads it: the row's cells (or the refusal).
    private func zixiRow(_ row: String, page: Int, change: (inout [WordBox]) -> Void) throws -> Result<[String]?, ImportFailure> {
        let name = "twentyseven-zixi-nyj-2020-narrow"
        var pages = try scannedPages(name)
        change(&pages[page].words)
        let lines = try PDFExtractor.lines(ofScannedPages: pages, path: name).get()
        let forms = Array(FormLoader.builtInForms().forms.values)
        return ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: lines), forms: forms, year: 2020, path: name)
            .map { report in report.cells.values.compactMap { $0[row] }.first?.map(\.display) }
    }

    /// A speck or a seal's stroke OCR read as a Chinese character alone in a figure's cell is no cell token: the row's
    /// cells are the marks after it, and the marks before it would be written blank by their columns (silent). The
    /// character stands under a column, so the row is refused, quoted (session 44's `ColumnPositions.standsInAColumn`).
    func testACharacterReadAloneInAFiguresCellRefusesItsRow() throws {
        // 7.属于行政执法案卷 (table 三, page 2): seven `无`, its third (cell 124) read `人`.
        let read = try zixiRow("withheldEnforcementFiles", page: 1) { words in
            if let index = words.firstIndex(where: { $0.cell == 124 }) { words[index].text = "人" }
        }
        switch read {
        case .success(let cells): XCTFail("written \(cells ?? [])")
        case .failure(let failure):
            XCTAssertTrue(failure.diagnostics.contains { $0.message.contains("7.属于行政") && $0.message.contains("人") }, "\(failure.diagnostics)")
        }
    }

    /// A speck OCR read as a digit in a figure's cell, under the figure (`1`, its box 0.6 × 0.7 pt, 6 pt below `5709`),
    /// is neither part of the figure nor dropped unsaid: the figure is written to confirm against the scan. Before: `57091`,
    /// the layout text printing the two words as one (silent; the checks only see 总计 off).
    func testASpeckUnderAFigureInItsCellIsNoLineOfIt() throws {
        // 一、本年新收政府信息公开申请数量 (table 三, page 2): its 总计 `5709` in cell 47.
        let read = try zixiRow("received", page: 1) { words in
            words.append(WordBox(text: "1", xMin: 536, xMax: 536.6, yMin: 50.4, yMax: 51.1, cell: 47))
        }
        switch read {
        case .success(let cells): XCTAssertEqual(cells, ["2831", "2419", "6", "3", "6", "444", "5709?"])
        case .failure(let failure): XCTFail("refused: \(failure.diagnostics.map(\.message))")
        }
    }

    /// Table 二's one-column row whose only cell OCR read nothing from (`⁇`, the ink's own flat box low or high in the
    /// cell) has no other cell of its row to share a band with and opens a line of its own: it is never written blank.
    func testTheOnlyCellOfARowReadAsUnreadInkIsNeverBlank() throws {
        // 行政强制 (table 二, page 1): its label's cell 23 (654.9–664.7), its one cell 24 (`无`); the ink 3.6 points high,
        // its middle beyond half the label's height from the label's.
        for (top, bottom) in [(663.7, 667.3), (651.6, 655.2)] {
            let read = try zixiRow("enforcement", page: 0) { words in
                for index in words.indices where words[index].cell == 23 || words[index].cell == 24 { words[index].cellBand = 650.0...669.0 }
                if let index = words.firstIndex(where: { $0.cell == 24 }) { (words[index].text, words[index].yMin, words[index].yMax) = ("⁇", top, bottom) }
            }
            switch read {
            case .success(let cells): XCTAssertEqual(cells, ["?"], "ink OCR read nothing from (at \(top)) is never a blank cell")
            case .failure(let failure): print("REFUSED", top, failure.diagnostics.map(\.message))
            }
        }
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
