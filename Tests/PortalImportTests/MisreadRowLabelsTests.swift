import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// Row labels as OCR read 淮安 2024's table 三 from a 200-dpi black-and-white scan (`RealRuledPicturesTests`): a label of
/// four words whose numeral is its fifth character, one of them misread, and a short label whose numeral was read as digits;
/// and from the same scan askew on toned paper: a numbering's 、 read 。, a short label a little above its figures.
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

    /// `二、上年结转政府信息公开申请数量` read `二。上年结转…`: read by OCR the 。 after an opening numeral is a misread 、, not a
    /// sentence's end (a line holding one is no label); and `（七）总计` read `( 4 )总计` on a line of its own, its figures on
    /// the next.
    func testANumberingsCommaReadAsAFullStopAndAShortLabelAboveItsFigures() throws {
        let text = """
            一、本年新收政府信息公开申请数量   3017   52   0   0   61   4   3134
            二。上年结转政府信息公开申请数量   34     0    0   0   0    0   34
            三、本年度办理结果
            3 。 其他                        108    2    0   0   0    0   110
            ( 4 )总计
            2932       53        0          0           61          4       3050
            四、结转下年度继续办理             103    0    0   0   0    0   103
            """
        let read = TableMapper(table: try applications(), lines: TextExtractor.lines(of: text), path: "x", misreadLabels: true).map()
        XCTAssertEqual(read.rows["carriedOver"]?.map(\.display), ["34", "0", "0", "0", "0", "0", "34"], "\(read.diagnostics)")
        XCTAssertEqual(read.rows["closedTotal"]?.map(\.display), ["2932", "53", "0", "0", "61", "4", "3050"], "\(read.diagnostics)")
        XCTAssertEqual(read.rows["carriedForward"]?.map(\.display), ["103", "0", "0", "0", "0", "0", "103"])
        // A text layer's 。 and ( 4 ) are what was published: those rows not found there.
        let printed = TableMapper(table: try applications(), lines: TextExtractor.lines(of: text), path: "x").map()
        XCTAssertNil(printed.rows["carriedOver"], "\(printed.rows)")
        XCTAssertNil(printed.rows["closedTotal"], "\(printed.rows)")
        XCTAssertEqual(TableMapper.numberingsCommaRestored("二。上年结转"), "二、上年结转")
        XCTAssertEqual(TableMapper.numberingsCommaRestored("3 。 其他"), "3 、 其他")
        XCTAssertEqual(TableMapper.numberingsCommaRestored("我局无规章。"), "我局无规章。", "a sentence's own end")
    }

    func testABracketedNumeralOfDigitsOrLettersBeforeWords() {
        func line(_ text: String) -> RegionLine { RegionLine(TextExtractor.lines(of: text)[0]) }
        XCTAssertTrue(TableMapper.numeralMisreadBeforeWords(line("( 46 )总计   2932  53")))
        XCTAssertTrue(TableMapper.numeralMisreadBeforeWords(line("(tC)总计 3 0 3")))
        XCTAssertFalse(TableMapper.numeralMisreadBeforeWords(line("(七)总计 3 0 3")), "the numeral read right: found by its words")
        XCTAssertFalse(TableMapper.numeralMisreadBeforeWords(line("( 46 )总计")), "no figures")
        XCTAssertFalse(TableMapper.numeralMisreadBeforeWords(line("(2024)年 3 0 3")), "four digits: a year")
        XCTAssertTrue(TableMapper.numeralMisreadBeforeWords(line("( 4 )总计"), figuresBelow: line("2932 53 0 0 61 4 3050")))
        XCTAssertFalse(TableMapper.numeralMisreadBeforeWords(line("( 4 )总计"), figuresBelow: line("四、结转下年度继续办理 103 0 0")),
                       "the line below another row's")
        XCTAssertFalse(TableMapper.numeralMisreadBeforeWords(line("( 4 )总计 2932 53"), figuresBelow: line("2932 53 0 0 61 4 3050")),
                       "its own figures on its line")
    }
}
