import Foundation
@testable import PortalImport
import PortalLoader
import PortalTestSupport
import XCTest

/// The ways reports number their six section headings, each over the
/// reference report: the same cells and narratives as the example's.
final class HeadingShapesTests: XCTestCase {
    private static let headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                   "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    private static let numerals = ["一", "二", "三", "四", "五", "六"]

    /// The reference text with each heading written by `shape` (its position, its words).
    private func imported(_ shape: (Int, String) -> String, line: UInt = #line) throws {
        var text = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
        for (position, heading) in Self.headings.enumerated() {
            // A heading is a line of its own (二's begins with Tika's `[bookmark: _GoBack]`).
            let replaced = text.replacingOccurrences(of: "\(heading)\n", with: "\(shape(position, String(heading.dropFirst(2))))\n")
            XCTAssertNotEqual(replaced, text, heading, line: line)
            text = replaced
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("headings-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let site = try ImportSite()
        let outcome = site.importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        try assertEqualsExample(site, line: line)
    }

    func testPartsAndChineseNumerals() throws {
        try imported { "第\(Self.numerals[$0])部分 \($1)" }
        try imported { "第\(Self.numerals[$0])部分：\($1)" }
        try imported { "\(Self.numerals[$0]).\($1)" }
        try imported { "\(Self.numerals[$0]) \($1)" }
        try imported { "\(Self.numerals[$0])、 \($1)" }
        try imported { "（\(Self.numerals[$0])）\($1)" }
    }

    func testFiguresNumberingTheParts() throws {
        // Before: section 一 “not found”, table 三's row 一 taken for table 二's.
        try imported { "\($0 + 1).\($1)" }
        try imported { "\($0 + 1)、\($1)" }
    }

    func testASubHeadingNumberedInBracketedFiguresIsNoPart() throws {
        // 一's second sub-heading in 二's words, its list number printed by Tika in figures: （2）主动公开政府信息情况.
        var text = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
        text = text.replacingOccurrences(of: "（二）依申请公开方面\n", with: "（2）主动公开政府信息情况\n")
        let lines = TextExtractor.lines(of: text)
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"])
        let headings = SectionLocator.headings(of: form, in: lines)
        let two = try XCTUnwrap(headings[1])
        XCTAssertTrue(lines[two].text.hasPrefix("二、") || lines[two].text.contains("[bookmark"), lines[two].text)
    }

    func testUnnumberedBoldOrEndingInAFullStop() throws {
        try imported { $1 }
        try imported { "**\(Self.numerals[$0])、\($1)**" }
        try imported { "\(Self.numerals[$0])、\($1)。" }
    }
}
