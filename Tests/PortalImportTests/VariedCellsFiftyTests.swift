import Foundation
@testable import PortalImport
import XCTest

/// Round fifty's seeds of varied figures (VARIANTS.md, "Round fifty"): the cells the PDF paths read wrong.
final class VariedCellsFiftyTests: XCTestCase {
    /// The lines a PDF's `-layout` text and `-bbox-layout` word boxes give, as `PDFExtractor` reads the PDF itself.
    private func pdfLines(_ name: String) throws -> [SourceLine] {
        let text = try String(contentsOf: ImportFixtures.own("varied-cells/\(name).layout.txt"), encoding: .utf8)
        let xhtml = try Data(contentsOf: ImportFixtures.own("varied-cells/\(name).bbox-layout.html"))
        guard case .success(let lines) = PDFTextLayer.lines(of: text, boxes: PDFWordBoxes(xhtml: xhtml)) else {
            throw XCTSkip("unreadable \(name)")
        }
        return lines
    }

    /// `（四）无  2.没有现成信息需要另行制作` / `法提供  3.补正后申请内容仍不明确` / `1  1  2` (长沙市卫健委 2022, Chromium's print of
    /// the narrow page without widths, seed 46): the layout text sets row 2's figures under both labels, row 3 printing
    /// none. The word boxes print `1 1 2` level with `2.` (middles 233.4 and 234.1 pt), row 3's `3.` 17 pt lower. Before:
    /// the figure line took both label lines — 法提供's line read as row 2's, the next row with figures being 1.信访… —
    /// and the figures were written to row 3, row 2 blank. A printed line under the row that prints no figure is a
    /// row of its own: its words' layout line is left to it.
    func testAFigureLineUnderTwoLabelsGoesToTheRowItIsLevelWith() throws {
        let lines = try pdfLines("twenty-changsha-wjw-2022-narrow-chromium.pdf")
        let texts = lines.map(\.text)
        XCTAssertTrue(texts.contains("（四）无  2.没有现成信息需要另行制作  1  1  2"), "\(texts)")
        let third = try XCTUnwrap(texts.first { $0.contains("3.补正后申请内容仍不明确") })
        XCTAssertEqual(PDFWordBoxes.rowFigures(third), [], third)
        // Placed by the word boxes: under columns 4, 6 and 7 (the cells printed `1`, `1`, `2`).
        let second = try XCTUnwrap(lines.first { $0.text.hasSuffix("2.没有现成信息需要另行制作  1  1  2") })
        XCTAssertEqual(second.figureCentres?.count, 3)
    }
}
