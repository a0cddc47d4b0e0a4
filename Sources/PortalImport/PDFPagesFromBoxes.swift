import Foundation
import PortalModel

/// A table's page whose `pdftotext -layout` text does not line up with its word boxes, read from the boxes.
///
/// A browser's print of a report's web page (Chromium's) centres a cell's text in its cell, the narrow label
/// columns' too (（四）无法提供 beside 1./2./3., 三、本年度办理结果 beside them all), so the layout text
/// interleaves the labels' lines with the rows: a row's figures printed on a line of their own under the next
/// row's label, two rows' numbers run together (`1.2.本机关不掌握…`), a row's figures split around its label's
/// line. The page's lines of figures then do not line up with its printed lines one for one, its figures get
/// no positions, and every row printing a blank cell is refused. The word boxes print each row on one line at
/// its figures' height, its label's words with it: the page's layout text made from them (as the word boxes
/// read alone are, `layoutText`, a row's cells split by a mark set lower put back first) lines up with them.
///
/// Only a page printing a table's row (a printed line ending in three cells or more) whose figures got no
/// positions is read so, and only when every page so read then gets its positions and no other page loses
/// its own; else the PDF's own text is read as before, its refusals standing.
extension PDFWordBoxes {
    /// The pages of `lines` (a reading of the layout text) printing a table's row whose lines of figures got no positions.
    func unplacedTablePages(_ lines: [SourceLine]) -> Set<Int> {
        var figureLines: [Int: (all: Int, placed: Int)] = [:]
        for line in lines where line.cells == nil {
            guard let page = line.position.page, !Self.rowFigures(line.text).isEmpty else { continue }
            figureLines[page, default: (0, 0)].all += 1
            if line.figureCentres != nil { figureLines[page, default: (0, 0)].placed += 1 }
        }
        return Set(figureLines.filter { page, count in
            count.placed == 0 && (pages[page] ?? []).contains { Self.figures($0.map(\.text)).count >= 3 }
        }.keys)
    }

    /// The boxes with `pages` grouped as the word boxes read alone group them (a row's cells split by a mark set
    /// lower put back on its line), the layout `text` with those pages made from them, and the pages so made (not
    /// one whose split cells cannot be told); nil when the text's pages are not the boxes' or no page is made.
    func readingFromBoxes(_ pages: Set<Int>, of text: String) -> (boxes: PDFWordBoxes, text: String, pages: Set<Int>)? {
        var boxes = self
        var read = Set<Int>()
        for page in pages {
            guard case .success(let lines) = Self.joiningSplitRowCells(self.pages[page] ?? []) else { continue }
            boxes.pages[page] = lines
            read.insert(page)
        }
        var layout = text.components(separatedBy: "\u{0C}")
        let fromBoxes = boxes.layoutText.text.components(separatedBy: "\u{0C}")
        guard !read.isEmpty, fromBoxes.count == pageCount, layout.count >= pageCount else { return nil }
        for page in read {
            // The boxes' page ends without the line break pdftotext ends each page's last line with.
            layout[page - 1] = fromBoxes[page - 1].hasSuffix("\n") ? fromBoxes[page - 1] : fromBoxes[page - 1] + "\n"
        }
        return (boxes, layout.joined(separator: "\u{0C}"), read)
    }
}

extension PDFExtractor {
    /// `read` (the PDF's layout text read), or, when it has a table's page that does not line up with the word boxes
    /// (`PDFWordBoxes.unplacedTablePages`), the text with those pages made from the boxes read again (`reading`)
    /// where every such page then gets its positions and no other page loses its own.
    static func tablePagesFromBoxes(_ read: Result<[SourceLine], ImportFailure>, text: String, boxes: PDFWordBoxes,
                                    reading: (String, PDFWordBoxes, [Int]) -> Result<[SourceLine], ImportFailure>) -> Result<[SourceLine], ImportFailure> {
        guard case .success(let lines) = read else { return read }
        let unplaced = boxes.unplacedTablePages(lines)
        guard !unplaced.isEmpty, let (fromBoxes, replaced, pages) = boxes.readingFromBoxes(unplaced, of: text),
              case .success(let again) = reading(replaced, fromBoxes, fileLines(of: replaced, in: text)),
              fromBoxes.unplacedTablePages(again).isSubset(of: unplaced.subtracting(pages)) else { return read }
        return .success(again)
    }

    /// Each line of `replaced` (the layout `text` with pages made from the boxes) numbered as in `text`, what
    /// `pdftotext -layout` prints and an error's line names: a page kept as printed keeps its lines' numbers, a page made
    /// from the boxes has its lines numbered from its page's first line in `text` on, never past its page's last.
    static func fileLines(of replaced: String, in text: String) -> [Int] {
        func pages(_ text: String) -> [Int] {
            var page = 0
            return text.components(separatedBy: "\n").map { line in page += line.filter { $0 == "\u{0C}" }.count; return page }
        }
        let printed = pages(text)
        let byPage = Dictionary(grouping: printed.indices, by: { printed[$0] })
        var seen: [Int: Int] = [:]
        return pages(replaced).map { page in
            let index = seen[page, default: 0]
            seen[page] = index + 1
            guard let lines = byPage[page], !lines.isEmpty else { return printed.count }
            return lines[min(index, lines.count - 1)] + 1
        }
    }
}
