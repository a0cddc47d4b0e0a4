import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Real reports' scans as OCR read them, kept (`scanned/NAME-scan.words.json`), and their cells as printed
/// (`scanned/NAME.cells.json`, the made report's oracle): shared by the tests that read them without Tesseract.
extension XCTestCase {
    /// The words OCR read on a real report's scanned pages (`ScannedPages.pages`, as `portal import --ocr` read them:
    /// each page's size and words in points, the cell each was read in, -1 for none, and where kept that cell's band),
    /// kept so that the rows can be read without Tesseract.
    func scannedPages(_ name: String) throws -> [ScannedPages.Page] {
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
                        cell: word[5].number < 0 ? nil : Int(word[5].number),
                        cellBand: word.count > 7 && word[6].number >= 0 ? word[6].number...word[7].number : nil)
            })
        }
    }

    /// Every cell of table 四 (and of the other tables) as printed (`NAME.cells.json`, the made report's oracle), but the
    /// cells `misread` (row, column from 0) — a 5 Tesseract read as a 9 in these words, which `DigitLoops` now marks unsure
    /// (the words were kept before it: `DigitLoopsTests` holds the cell itself). `pages`: the kept words changed by a test.
    func assertCellsAsPrinted(_ name: String, year: Int, misread: [String: Int] = [:], printed printedName: String? = nil, toConfirm: [String: Int] = [:],
                              pages: [ScannedPages.Page]? = nil, line: UInt = #line) throws {
        let lines = try PDFExtractor.lines(ofScannedPages: pages ?? scannedPages(name), path: name).get()
        let forms = Array(FormLoader.builtInForms().forms.values)
        let report = try ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: lines), forms: forms, year: year, path: name).get()
        let imported = report.cells.values.reduce(into: [String: [String]]()) { all, rows in
            for (row, cells) in rows { all[row] = cells.map(\.display) }
        }
        let printed = try JSONDecoder().decode([String: [String]].self, from: Data(contentsOf: ImportFixtures.own("scanned/\(printedName ?? name).cells.json")))
        XCTAssertFalse(printed.isEmpty)
        for (row, cells) in printed.sorted(by: { $0.key < $1.key }) {
            var expected = cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }, got = imported[row]
            if let column = misread[row], got?.count == expected.count {
                XCTAssertNotEqual(got?[column], expected[column], "\(name): row \(row): the cell misread is \(expected[column])", line: line)
                expected.remove(at: column)
                got?.remove(at: column)
            }
            if let column = toConfirm[row], var marked = got, column < marked.count {
                XCTAssertEqual(marked[column], expected[column] + "?", "\(name): row \(row): the cell to confirm", line: line)
                marked[column] = expected[column]
                got = marked
            }
            XCTAssertEqual(got, expected, "\(name): row \(row)", line: line)
        }
    }
}
