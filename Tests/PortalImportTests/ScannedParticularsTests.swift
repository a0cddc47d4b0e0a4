import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A web page's particulars (名称, 公开日期) and page furniture as OCR reads them from a printed page's scan
/// (沭阳县发改局 2023 printed by a browser, `SpacedTablePicturesTests`).
final class ScannedParticularsTests: XCTestCase {
    private func glyph(_ text: String, _ left: Double, cell: Int? = nil) -> ScannedPages.Glyph {
        var glyph = ScannedPages.Glyph(text: text, left: left, top: 100, right: left + (text.first?.isASCII == true ? 20 : 40), bottom: 140)
        glyph.cell = cell
        return glyph
    }

    /// `公开日期 2024-01-17`: a figure beside other characters is a word of its own on a scan, so the day was read as
    /// five words (`2024 - 01 - 17`), which no date pattern reads. Its hyphens and slashes now go on the date; a dash in a
    /// cell is the cell's, and a hyphen after words or figures that are no year stays apart.
    func testADatesHyphensStayInTheDate() {
        var left = 0.0
        func run(_ texts: [String], cell: Int? = nil) -> [ScannedPages.Glyph] {
            texts.map { text in
                defer { left += text.first?.isASCII == true ? 22 : 42 }
                return glyph(text, left, cell: cell)
            }
        }
        left = 100
        let day = run(["公", "开", "日", "期"]) + { left += 60; return run(["2", "0", "2", "4", "-", "0", "1", "-", "1", "7"]) }()
        XCTAssertEqual(ScannedPages.words(of: day, typicalHeight: 40).map(\.text), ["公开日期", "2024-01-17"])
        left = 100
        XCTAssertEqual(ScannedPages.words(of: run(["2", "0", "2", "4", "/", "1", "/", "7"]), typicalHeight: 40).map(\.text), ["2024/1/7"])
        left = 100
        XCTAssertEqual(ScannedPages.words(of: run(["2", "0", "2", "4", "-", "0", "1"], cell: 3), typicalHeight: 40).map(\.text), ["2024", "-", "01"])
        left = 100
        XCTAssertEqual(ScannedPages.words(of: run(["0", "5", "2", "7", "-", "8", "3"]), typicalHeight: 40).map(\.text), ["0527", "-", "83"])
    }

    /// `名称“沭阳县发展和改革局2023年政府信息公开年度报告`: OCR read the gap after the particulars' label as a quote mark, and
    /// the title was taken with 名称“ in it (the agency named `名称“沭阳县发展和改革局`).
    func testAParticularsLabelFollowedByAQuoteMarkOCRReadInItsGap() {
        let lines = ["索引号 014314799/2024-00002", "名称“沭阳县发展和改革局2023年政府信息公开年度报告", "发布机构 沭阳县发展和改革局 公开日期 2024-01-17"]
            .enumerated().map { SourceLine(text: $0.element, position: SourcePosition(line: $0.offset + 1)) }
        let title = ReportTitle(lines[...])
        XCTAssertEqual(title.year, 2023)
        XCTAssertEqual(title.agencyName, "沭阳县发展和改革局")
    }

    /// The printed page's rows of figures and the layout's are matched page by page; a page's footer OCR read with a
    /// figure (a browser's `3/6` read `3 / 76`) is a printed row the layout leaves out as the page's furniture: the
    /// layout's rows are found among the printed ones where they are one run of them, at one place only.
    func testTheLayoutsRowsOfFiguresAreFoundAmongThePrintedRowsAroundAPagesFurniture() {
        let layout = [["0", "0"], ["26", "26"], ["0", "0"]]
        XCTAssertEqual(PDFWordBoxes.offset(of: layout, in: layout), 0)
        XCTAssertEqual(PDFWordBoxes.offset(of: layout, in: layout + [["76"]]), 0)
        XCTAssertEqual(PDFWordBoxes.offset(of: layout, in: [["2024"]] + layout + [["76"]]), 1)
        // Not one run of them, or at two places: none (a guess).
        XCTAssertNil(PDFWordBoxes.offset(of: layout, in: [["0", "0"], ["26", "26"], ["5"], ["0", "0"]]))
        XCTAssertNil(PDFWordBoxes.offset(of: [["0", "0"]], in: [["0", "0"], ["0", "0"]]))
        XCTAssertNil(PDFWordBoxes.offset(of: layout, in: [["0", "0"]]))
    }
}
