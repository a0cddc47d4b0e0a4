import Foundation
@testable import PortalImport
import XCTest

/// A table whose cells are spaced apart, each drawing its own box (a web page's `cellspacing`, printed by a browser or
/// captured, then scanned): a narrow column's stretches of rule are shorter than a rule (`PageCells.ruleLength`, 10 mm),
/// broken at each crossing by the spacing. Its cells must still be cells, one each, not one region down the whole column.
final class SpacedCellsTests: XCTestCase {
    /// A white page at 300 dpi with a table of `rows` rows of a wide label cell (400 pixels) and `narrow` narrow cells
    /// (60 pixels, 5 mm) 150 pixels high, each cell's box drawn on its own, 6 pixels apart (a browser's 2 pixels of
    /// spacing at twice the size). `edges`: the shades of each box's top and left edges and of its bottom and right ones
    /// (a web page's default border: dark above and left, light below and right). A block of ink (a figure) in every
    /// narrow cell but `blank` (row × narrow + column).
    private func page(rows: Int = 5, narrow: Int = 4, edges: (UInt8, UInt8) = (0, 0), blank: Set<Int> = []) -> PagePicture {
        let width = 2000, height = 2400
        var pixels = [UInt8](repeating: 255, count: width * height)
        func paint(_ x: Int, _ y: Int, _ shade: UInt8) { pixels[y * width + x] = min(pixels[y * width + x], shade) }
        func box(left: Int, top: Int, right: Int, bottom: Int) {
            for x in left...right { paint(x, top, edges.0); paint(x, top + 1, edges.0); paint(x, bottom, edges.1); paint(x, bottom - 1, edges.1) }
            for y in top...bottom { paint(left, y, edges.0); paint(left + 1, y, edges.0); paint(right, y, edges.1); paint(right - 1, y, edges.1) }
        }
        let spacing = 6, labelWidth = 400, cellWidth = 60, cellHeight = 150, left = 300, top = 600
        for row in 0..<rows {
            let y = top + row * (cellHeight + spacing)
            box(left: left, top: y, right: left + labelWidth - 1, bottom: y + cellHeight - 1)
            for column in 0..<narrow {
                let x = left + labelWidth + spacing + column * (cellWidth + spacing)
                box(left: x, top: y, right: x + cellWidth - 1, bottom: y + cellHeight - 1)
                guard !blank.contains(row * narrow + column) else { continue }
                for dy in 0..<30 { for dx in 0..<18 where dx < 4 || dy < 4 || dx > 13 || dy > 25 { paint(x + 12 + dx, y + 60 + dy, 0) } }
            }
            // The label: short strokes, as a line of characters.
            for character in 0..<6 {
                for dy in 0..<30 { for dx in 0..<30 where dx % 10 < 3 { paint(left + 20 + character * 36 + dx, y + 60 + dy, 0) } }
            }
        }
        return PagePicture(width: width, height: height, pixels: pixels)
    }

    /// The narrow cells holding ink, by their picture's corner on the page.
    private func narrowCells(_ split: PageCells) -> [PageCells.Cell] {
        split.cells.filter { $0.left > 300 + 400 - PageCells.margin }
    }

    func testANarrowSpacedCellIsACellOfItsOwn() {
        let split = PageCells(page(), resolution: 300)
        // 20 narrow cells, each its own (before: each narrow column one region of its five cells, too tall… or one cell of five figures).
        let narrow = narrowCells(split)
        XCTAssertEqual(narrow.count, 20, "\(narrow.map { ($0.left, $0.top, $0.picture.height) })")
        // Each as high as its box, not its column.
        XCTAssertTrue(narrow.allSatisfy { $0.picture.height < 150 + 2 * PageCells.margin }, "\(narrow.map(\.picture.height))")
        XCTAssertEqual(Set(narrow.map(\.top)).count, 5)
        XCTAssertEqual(Set(narrow.map(\.left)).count, 4)
        // The labels too, one a row.
        XCTAssertEqual(split.cells.count, 25)
    }

    func testABlankSpacedCellIsNoCellAndLendsItsNeighboursNothing() {
        let split = PageCells(page(blank: [0, 5, 6, 19]), resolution: 300)
        XCTAssertEqual(narrowCells(split).count, 16)
        XCTAssertTrue(narrowCells(split).allSatisfy { $0.picture.height < 150 + 2 * PageCells.margin })
    }

    /// A web page's default border as a grey picture shows it: each box dark above and left (84), light below and right
    /// (168, lighter than `PageCells.inkBelow`). The light edges are rules too: without them a narrow column's dark edges
    /// end on no rule crossing them, and its cells ran into one region (沭阳县发改局 2023 captured at 150 dpi: table 三's
    /// figures read with the page's rest as `四国国本`).
    func testASpacedTablesLightEdgesAreRulesOnWhitePaper() {
        let split = PageCells(page(edges: (84, 168)), resolution: 300)
        let narrow = narrowCells(split)
        XCTAssertEqual(narrow.count, 20, "\(narrow.map { ($0.left, $0.top, $0.picture.height) })")
        XCTAssertTrue(narrow.allSatisfy { $0.picture.height < 150 + 2 * PageCells.margin })
        // The light edges are painted out with the rules: nothing of them is left in a cell's picture darker than the faint shade.
        for cell in narrow {
            let dark = cell.picture.pixels.filter { $0 < PageCells.faintInkBelow(paper: 255) }.count
            XCTAssertEqual(dark, 18 * 30 - 10 * 22, "cell at \(cell.left), \(cell.top)")
        }
    }

    /// Characters side by side on a line of text whose strokes end level a few pixels apart are no rule: their stretches
    /// end on no rule crossing them.
    func testStrokesLevelAFewPixelsApartAreNoRule() {
        let width = 1200, height = 400
        var pixels = [UInt8](repeating: 255, count: width * height)
        // Twenty 一-like strokes 40 pixels long, 5 apart, two pixels thick: 900 pixels of them in all, longer than a rule.
        for stroke in 0..<20 {
            for x in 0..<40 { for y in 200..<202 { pixels[y * width + 100 + stroke * 45 + x] = 0 } }
        }
        let rule = PageCells.rules(in: PagePicture(width: width, height: height, pixels: pixels), length: PageCells.ruleLength(resolution: 300))
        XCTAssertFalse(rule.contains(true))
    }
}
