import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// Row labels as OCR read 淮安 2024's table 三 from a 200-dpi black-and-white scan (`RealRuledPicturesTests`): a label of
/// four words whose numeral is its fifth character, one of them misread, and a short label whose numeral was read as digits.
final class MisreadRowLabelsTests: XCTestCase {
    private func applications() throws -> FormTable {
        try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"]?.table("applications"))
    }

    /// `（一）予以公开` read `《一)子以公开`: its words (予以公开) are four characters, too few to allow a misread, but with its
    /// numeral five, one of which may be misread.
    func testAFourWordLabelWithItsNumeralAndOneCharacterMisread() throws {
        let text = """
            三、本年度办理结果
            《一)子以公开                1288       21        0          0           50          3       1362
            (二)部分公开                 1          0         0          0           0           0       1
            """
        let read = TableMapper(table: try applications(), lines: TextExtractor.lines(of: text), path: "x", misreadLabels: true).map()
        XCTAssertEqual(read.rows["disclosed"]?.map(\.display), ["1288", "21", "0", "0", "50", "3", "1362"], "\(read.diagnostics)")
        XCTAssertEqual(read.rows["partlyDisclosed"]?.map(\.display), ["1", "0", "0", "0", "0", "0", "1"])
        XCTAssertFalse(read.diagnostics.contains { $0.rule == "import-row-extra" }, "\(read.diagnostics)")
        // A text layer's misprint is what was published: no row found there.
        let printed = TableMapper(table: try applications(), lines: TextExtractor.lines(of: text), path: "x").map()
        XCTAssertNil(printed.rows["disclosed"].flatMap { $0.first { $0.display == "1288" } }, "\(printed.rows)")
    }

    /// `（七）总计` read `( 46 )总计`: the short label is taken where a bracketed numeral of digits or letters opens its line,
    /// and the next row, whose label starts on the line below, keeps its own line.
    func testAShortLabelWhoseNumeralWasReadAsDigits() throws {
        let text = """
            3.其他                       0          0         0          0           0           0       0
            ( 46 )总计                   2932       53        0          0           61          4       3050
            四、结转下年度继续办理       0          0         0          0           0           0       0
            """
        let read = TableMapper(table: try applications(), lines: TextExtractor.lines(of: text), path: "x", misreadLabels: true).map()
        XCTAssertEqual(read.rows["closedTotal"]?.map(\.display), ["2932", "53", "0", "0", "61", "4", "3050"], "\(read.diagnostics)")
        XCTAssertEqual(read.rows["carriedForward"]?.map(\.display), ["0", "0", "0", "0", "0", "0", "0"])
        XCTAssertFalse(read.diagnostics.contains { $0.rule == "import-row-unplaced" }, "\(read.diagnostics)")
        let printed = TableMapper(table: try applications(), lines: TextExtractor.lines(of: text), path: "x").map()
        XCTAssertTrue(printed.diagnostics.contains { $0.rule == "import-row-unplaced" }, "a text layer's ( 46 ) is what was printed")
    }

    func testABracketedNumeralOfDigitsOrLettersBeforeWords() {
        func line(_ text: String) -> RegionLine { RegionLine(TextExtractor.lines(of: text)[0]) }
        XCTAssertTrue(TableMapper.numeralMisreadBeforeWords(line("( 46 )总计   2932  53")))
        XCTAssertTrue(TableMapper.numeralMisreadBeforeWords(line("(tC)总计 3 0 3")))
        XCTAssertFalse(TableMapper.numeralMisreadBeforeWords(line("(七)总计 3 0 3")), "the numeral read right: found by its words")
        XCTAssertFalse(TableMapper.numeralMisreadBeforeWords(line("( 46 )总计")), "no figures")
        XCTAssertFalse(TableMapper.numeralMisreadBeforeWords(line("(2024)年 3 0 3")), "four digits: a year")
    }
}
