import Foundation
import XCTest

/// Round ten: the invented report in traditional characters, as a site's 繁體 mode or a converter
/// prints it character for character (`make-traditional.py`, OpenCC's s2t). Labels are matched with
/// their characters folded (`LabelText`); 祕 and 反覆 are the forms' aliases, not a fold (秘, 覆 are
/// characters of their own in simplified text).
final class TraditionalCharactersTests: XCTestCase {
    /// Before: refused (`import-incomplete-table`: 1.属于国家秘密 and 4.无正当理由大量反复申请 not
    /// found, their lines said to be rows beyond the format).
    func testATraditionalTextImportsEveryCell() throws {
        let outcome = try assertImports(variant("browser-copy-traditional.txt"), blanked: true)
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-row-extra" }, "\(outcome.problems)")
    }

    /// The same for the filled-in page in traditional characters; the narratives kept as printed.
    func testATraditionalPageImportsEveryCellAndKeepsItsText() throws {
        let site = try ImportSite()
        let outcome = site.importFile(variant("template-filled-traditional.html"), agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("shifan", 2022))
        try assertFigures(report)
        XCTAssertEqual(report.narratives["problems"]?.value, "公開內容的解讀還不夠深入，下一步將加強政策解讀。\n")
    }
}
