import Foundation
@testable import PortalImport
import XCTest

/// Numbers Word draws itself (a numbered heading style, a numbered list)
/// are not in the paragraphs' text; the import writes them as the reader sees them.
final class WordNumberingTests: XCTestCase {
    /// `variants/numbered.docx` (make-numbered.py): the filled-in template
    /// whose section headings are numbered by their style (一、), sub-headings
    /// by a second level (（一）), problems by a decimal list, a note by a bullet.
    func testAutomaticNumbersAreWrittenAsTheReaderSeesThem() throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("variants/numbered.docx"), agency: "numbered")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("numbered", 2022))
        XCTAssertEqual(report.narratives["overview"]?.value,
                       "2022年，示范区政府持续推进政务公开工作。\n\n### （一）主动公开\n\n全年主动公开政府信息1200条。\n\n### （二）依申请公开\n\n全年依申请公开工作依法有序开展。\n")
        XCTAssertEqual(report.narratives["problems"]?.value, "1.公开内容的解读还不够深入；\n\n2.公开渠道还不够多样。\n\n下一步将加强政策解读。\n")
        // The same cells as the template typed without automatic numbering.
        let typed = site.importFile(ImportFixtures.own("variants/template-filled.docx"), agency: "typed")
        XCTAssertEqual(typed.status, .written, "\(typed.problems)")
        let other = try XCTUnwrap(site.report("typed", 2022))
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(report, table: table), cellTexts(other, table: table), table)
        }
    }

    func testNumberFormats() {
        XCTAssertEqual(["chineseCounting", "decimal", "decimalEnclosedCircle", "lowerLetter", "upperRoman", "decimalFullWidth"]
            .map { WordNumbering.render(12, $0) }, ["十二", "12", "⑫", "l", "XII", "１２"])
        XCTAssertEqual([1, 10, 11, 20, 21, 99].map(WordNumbering.chinese), ["一", "十", "十一", "二十", "二十一", "九十九"])
    }

    /// A list restarted at a level above, and a document without numbering.xml numbering nothing.
    func testDeeperLevelsStartAgainUnderANewItem() {
        var numbering = WordNumbering(numbering: Data("""
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
            <w:num w:numId="7"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
            </w:numbering>
            """.utf8), styles: nil)
        let labels = [0, 1, 1, 0, 1].map { numbering.label(numID: "7", level: $0, style: nil) }
        // As Word: %1 in a deeper level is written in level 1's own format.
        XCTAssertEqual(labels, ["三、", "三.1", "三.2", "四、", "四.1"])
        XCTAssertNil(numbering.label(numID: "0", level: 0, style: nil), "numId 0 means no numbering")
        var none = WordNumbering(numbering: nil, styles: nil)
        XCTAssertNil(none.label(numID: "7", level: 0, style: nil))
    }
}
