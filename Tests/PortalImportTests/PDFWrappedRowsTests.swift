import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Table rows whose long labels wrap over several printed lines, their
/// figures printed level with one of those lines, and `pdftotext -layout`
/// setting each figure against whichever label line is nearest: one row's
/// figures on several layout lines, label lines between them
/// (`PDFWrappedRows`). VARIANTS.md, "Round forty-three", says where they come from.
final class PDFWrappedRowsTests: XCTestCase {
    /// Chromium's print of 沭阳县发展和改革局's 2023 page (`cross-formats.sh`): after the page break,
    /// `pdftotext -layout` sets 自然人's figure on a wrapped label's first line, 总计's on its last,
    /// the label's number `5.` alone between them. Before: those rows refused (`import-cell`), the
    /// page's other rows with them. Now every cell as the page's own. (Its word boxes alone would
    /// not show it: the text made from them sets the row's figures on one line.)
    func testAWrappedLabelsFiguresOnItsFirstAndLastLinesAreOneRow() throws {
        try ImportFixtures.requirePdftotext()
        let (site, pageSite) = (try ImportSite(), try ImportSite())
        let printed = site.importFile(ImportFixtures.own("wrapped-rows/shuyang-fgj-2023-chromium.pdf"))
        XCTAssertEqual(printed.status, .written, "\(printed.problems.filter { $0.severity == .error })")
        XCTAssertEqual(printed.format, .pdf)
        XCTAssertEqual(printed.newAgency?.name, "沭阳县发展和改革局")
        let page = pageSite.importFile(ImportFixtures.own("real-pages/thirtynine/shuyang-fgj-2023.html"))
        XCTAssertEqual(page.status, .written, "\(page.problems)")
        let a = try XCTUnwrap(site.report(try XCTUnwrap(printed.agencySlug), 2023))
        let b = try XCTUnwrap(pageSite.report(try XCTUnwrap(page.agencySlug), 2023))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(a, table: table), cellTexts(b, table: table), table)
        }
        XCTAssertEqual(cellTexts(a, table: "applications")["notProcessedConfirmation"], ["0", "", "", "", "", "", "0"])
    }

    /// `要求…已获取 0` / `5.` / `信息 0`: one printed line holds the number, the label's first
    /// line and both figures; the layout lines from the first figure to the last are its row.
    func testLabelLinesBetweenARowsFiguresAreJoinedIntoIt() {
        let xhtml = page([
            [("5.", 170, 54), ("要求行政机关确认", 270, 51), ("0", 378, 56), ("0", 559, 56)],
            [("信息", 177, 69)],
            [("1.", 170, 118), ("申请人无正当理由", 270, 115), ("0", 378, 121), ("0", 559, 121)],
            [("机关不再处理", 250, 134)],
        ])
        let lines = [
            SourceLine(text: "    要求行政机关确认 0", position: SourcePosition(line: 1, page: 1)),
            SourceLine(text: "   5.", position: SourcePosition(line: 2, page: 1)),
            SourceLine(text: "   信息                  0", position: SourcePosition(line: 3, page: 1)),
            SourceLine(text: "    申请人无正当理由 0", position: SourcePosition(line: 4, page: 1)),
            SourceLine(text: "   1.", position: SourcePosition(line: 5, page: 1)),
            SourceLine(text: "   机关不再处理                  0", position: SourcePosition(line: 6, page: 1)),
        ]
        let placed = PDFWordBoxes(xhtml: xhtml).placing(lines)
        XCTAssertEqual(placed.map(\.text), ["要求行政机关确认  5.  信息  0  0", "申请人无正当理由  1.  机关不再处理  0  0"])
        XCTAssertEqual(placed.map(\.position.line), [1, 4])
        XCTAssertEqual(placed[0].figureCentres, [378, 559])
        XCTAssertEqual(placed[1].figureCentres, [378, 559])
    }

    /// A figure on a line between a row's two figure lines is another row's: the printed line's
    /// figures are not those lines' together, and the page is left as it was (the mapper refuses it).
    func testAFigureBetweenARowsFigureLinesJoinsNothing() {
        let xhtml = page([
            [("5.", 170, 54), ("要求行政机关确认", 270, 51), ("0", 378, 56), ("0", 559, 56)],
            [("信息", 177, 69), ("3", 470, 69)],
        ])
        let lines = [
            SourceLine(text: "    要求行政机关确认 0", position: SourcePosition(line: 1, page: 1)),
            SourceLine(text: "   5.      3", position: SourcePosition(line: 2, page: 1)),
            SourceLine(text: "   信息                  0", position: SourcePosition(line: 3, page: 1)),
        ]
        XCTAssertEqual(PDFWordBoxes(xhtml: xhtml).placing(lines).map(\.text), lines.map(\.text))
        // A label's word the lines do not hold: nothing is joined either.
        var other = lines
        other[1].text = "   6."
        XCTAssertEqual(PDFWordBoxes(xhtml: xhtml).placing(other).map(\.text), other.map(\.text))
    }

    /// A heading in a larger size right under the table's last row: its box reaches up to the
    /// row's middle, and it stands between the row's figures across. Before: taken into the row's
    /// printed line (its figures then `1 4`, the layout's `3 1 4`), and the page's figures placed
    /// nowhere (made pages printed by Chromium, `四、政府信息公开行政复议…` under `四、结转…`).
    func testAHeadingUnderTheLastRowIsAPrintedLineOfItsOwn() {
        let xhtml = boxes([
            ("四、结转下年度继续办理", 40, 160, 100, 27), ("3", 295, 305, 104, 12), ("1", 395, 405, 104, 12), ("4", 495, 505, 104, 12),
            ("四、政府信息公开行政复议、行政诉讼情况", 90, 540, 118, 41),
        ])
        let lines = [
            SourceLine(text: "四、结转下年度继续办理      3      1      4", position: SourcePosition(line: 1, page: 1)),
            SourceLine(text: "  四、政府信息公开行政复议、行政诉讼情况", position: SourcePosition(line: 2, page: 1)),
        ]
        let placed = PDFWordBoxes(xhtml: xhtml).placing(lines)
        XCTAssertEqual(placed.map(\.text), lines.map(\.text))
        XCTAssertEqual(placed[0].figureCentres, [300, 400, 500])
    }

    /// `其他 3.  0  0`: the number centred a little below the label's line, which the layout
    /// text sets after it; the printed line reads `3. 其他`, as the form's label 3.其他 does.
    func testALabelsNumberSetAfterItIsReadInThePrintedOrder() {
        let xhtml = boxes([("3.", 170, 185, 106, 14), ("其他", 190, 215, 100, 27), ("0", 295, 305, 104, 12), ("0", 495, 505, 104, 12)])
        let lines = [SourceLine(text: "    其他 3.      0          0", position: SourcePosition(line: 1, page: 1))]
        let placed = PDFWordBoxes(xhtml: xhtml).placing(lines)
        XCTAssertEqual(placed.map(\.text), ["3.  其他  0  0"])
        XCTAssertEqual(placed[0].figureCentres, [300, 500])
    }

    /// A row's figures centred beside its label's first line, which the layout text sets under
    /// the next row's first label line: `3.要求提供公` / `开出版物` / `（五）不予 4.无正当理由` / `0  0` /
    /// `处理 大量反复申请  0  0` (made pages printed by Chromium, 鄂托克旗 2020's among them). The
    /// printed lines say whose they are: `3. 要求提供公 0 0` and `4. 无正当理由 处理 0 0`. Before: the
    /// second row's figures belonged to no row of the form (`import-row-unplaced`).
    func testFiguresSetUnderTheNextRowsLabelGoBackToTheirOwn() {
        let xhtml = boxes([
            ("要求提供公", 177, 229, 557.7, 27), ("3.", 167, 177, 560.4, 12), ("0", 251, 258, 567.1, 12), ("0", 526, 533, 567.1, 12),
            ("开出版物", 177, 219, 572.7, 27), ("（五）不予", 108, 161, 580.2, 27),
            ("无正当理由", 177, 229, 589.9, 27), ("4.", 167, 177, 592.6, 12), ("处理", 124, 145, 595.2, 27),
            ("0", 251, 258, 599.4, 12), ("0", 526, 533, 599.4, 12),
            ("大量反复申请", 167, 230, 604.9, 27),
        ])
        let lines = ["      3.要求提供公", "        开出版物", "（五）不予 4.无正当理由", "                0                0",
                     "  处理 大量反复申请     0                0"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: 81 + $0.offset, page: 1)) }
        let placed = PDFWordBoxes(xhtml: xhtml).placing(lines)
        XCTAssertEqual(placed.map(\.text), ["3.要求提供公  0  0", "        开出版物", "（五）不予  4.无正当理由  处理  大量反复申请  0  0"])
        XCTAssertEqual(placed.map(\.position.line), [81, 82, 83])
        XCTAssertEqual(placed[0].figureCentres, [254.5, 529.5])
        XCTAssertEqual(placed[2].figureCentres, [254.5, 529.5])
    }

    /// A group label centred across two rows on the layout line of the second's label (`三、本年度 法提供
    /// 3.补正后申请内容仍不明确`): the first row's figures, printed level with `2.`, take its own label's line and
    /// leave that line to the second row, whose figures sit a line lower beside `办理结果` (Chromium's print of
    /// 西里镇 2024's made page, its boxes' places). Before: the first row took both labels and the second
    /// none — two cells wrong, then a refusal.
    func testAGroupLabelOnTheNextRowsLabelLineIsLeftToThatRow() {
        let xhtml = boxes([
            ("本机关不掌握相关政府信息", 198.8, 324.8, 332.7, 27.3), ("11", 362.1, 375.4, 334.6, 12.2), ("13", 536.0, 549.3, 334.6, 12.2),
            ("1.", 188.8, 198.8, 335.4, 12.2), ("（四）无", 108.9, 150.9, 342.45, 27.3),
            ("没有现成信息需要另行制作", 198.8, 324.8, 349.95, 27.3), ("0", 365.4, 372.1, 351.86, 12.2), ("0", 539.3, 546.0, 351.86, 12.2),
            ("2.", 188.8, 198.8, 352.6, 12.2), ("三、本年度", 46.6, 99.1, 356.7, 27.3), ("法提供", 114.2, 145.7, 357.45, 27.3),
            ("补正后申请内容仍不明确", 204.1, 319.6, 367.2, 27.3), ("2", 365.4, 372.1, 369.1, 12.2), ("2", 539.3, 546.0, 369.1, 12.2),
            ("3.", 194.1, 204.1, 369.86, 12.2), ("办理结果", 51.9, 93.9, 371.7, 27.3),
        ])
        let lines = ["                1.本机关不掌握相关政府信息  11              13", "      （四）无      2.没有现成信息需要另行制作",
                     "三、本年度 法提供        3.补正后申请内容仍不明确", "                                0               0",
                     " 办理结果                           2               2"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: 56 + $0.offset, page: 1)) }
        let placed = PDFWordBoxes(xhtml: xhtml).placing(lines)
        XCTAssertEqual(placed.map(\.text).dropFirst(), ["（四）无  2.没有现成信息需要另行制作  0  0", "三、本年度  法提供  3.补正后申请内容仍不明确  办理结果  2  2"])
        XCTAssertEqual(placed.map(\.position.line), [56, 57, 58])
    }

    /// A sentence wrapped after a year (`…和《2022` / `年政务公开工作要点》`): the word boxes print
    /// `2022` apart, a printed line ending in a figure, where the layout text's line ends in none.
    /// Before: the page's rows of figures did not line up with the layout's, and no figure on the
    /// page was placed (made pages printed by Chromium: 银川市人民政府办公室 2022's table 三 on page 1).
    func testASentenceEndingInAYearIsNoRowOfFigures() {
        let xhtml = boxes([("持续推动工作和《", 40, 200, 100, 27), ("2022", 200, 230, 103, 12),
                           ("行政许可", 40, 100, 150, 27), ("236", 240, 260, 153, 12)])
        let lines = [SourceLine(text: "持续推动工作和《2022", position: SourcePosition(line: 1, page: 1)),
                     SourceLine(text: "  行政许可        236", position: SourcePosition(line: 2, page: 1))]
        let placed = PDFWordBoxes(xhtml: xhtml).placing(lines)
        XCTAssertEqual(placed.map(\.text), lines.map(\.text))
        XCTAssertEqual(placed[1].figureCentres, [250])
    }

    /// A page of words with their boxes: text, left, right, vertical middle, height; each word a
    /// line of pdftotext's own (a line of two words or more would tell which way the page runs).
    private func boxes(_ words: [(String, Double, Double, Double, Double)]) -> Data {
        let words = words.map { text, left, right, middle, height in
            #"<line><word xMin="\#(left)" yMin="\#(middle - height / 2)" xMax="\#(right)" yMax="\#(middle + height / 2)">\#(text)</word></line>"#
        }
        return Data(("<html><body><doc><page width=\"612\" height=\"792\"><flow><block>" + words.joined()
            + "</block></flow></page></doc></body></html>").utf8)
    }

    /// A page of `pdftotext -bbox-layout` words: text, horizontal centre, vertical middle (each 10 wide, 14 high).
    private func page(_ lines: [[(String, Double, Double)]]) -> Data {
        let words = lines.joined().map { text, centre, middle in
            #"<word xMin="\#(centre - 5)" yMin="\#(middle - 7)" xMax="\#(centre + 5)" yMax="\#(middle + 7)">\#(text)</word>"#
        }
        return Data(("<html><body><doc><page width=\"612\" height=\"792\"><flow><block><line>" + words.joined()
            + "</line></block></flow></page></doc></body></html>").utf8)
    }
}
