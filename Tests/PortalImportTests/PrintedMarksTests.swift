import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// A browser's print of a narrow table sets two cells' marks against each other (`无 无 无 无 无 无无`: Chromium's print of
/// the made page of 荣昌区水利局 2025, varied figures, seed 62). Such a line read as no cells was taken for a row printed
/// blank — seven 无 written `""`, silently. Marks run together are each a cell; a line printing marks is never blank.
final class PrintedMarksTests: XCTestCase {
    private let report = "sixtysix-rongchang-slj-2025-plain"

    /// The made page's PDF as the PDF path reads it: its `-layout` text placed by its word boxes.
    private func recognised(layout: (String) -> String = { $0 }) throws -> Result<ImportedReport, ImportFailure> {
        let text = try String(contentsOf: ImportFixtures.own("varied-cells/\(report)-chromium.pdf.layout.txt"), encoding: .utf8)
        let boxes = PDFWordBoxes(xhtml: try Data(contentsOf: ImportFixtures.own("varied-cells/\(report)-chromium.pdf.bbox.html")))
        let lines = try PDFExtractor.reading(boxes.withoutDiagonalText(layout(text)), boxes: boxes, path: report).get()
        return ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: Array(FormLoader.builtInForms().forms.values),
                                          year: 2025, path: report)
    }

    private func printed() throws -> [String: [String]] {
        let data = try Data(contentsOf: ImportFixtures.own("varied-cells/\(report).cells.json"))
        return try JSONDecoder().decode([String: [String]].self, from: data)
    }

    func testMarksRunTogetherAreEachACell() throws {
        let imported = try recognised().get()
        let cells = imported.cells["applications"] ?? [:]
        let expected = try printed()
        for row in ["withheldSafetyStability", "withheldThirdPartyRights", "withheldInternalAffairs", "unavailableStillUnclear",
                    "notProcessedConfirmation", "otherOther"] {
            XCTAssertEqual(expected[row], Array(repeating: "无", count: 7), row)
            XCTAssertEqual(cells[row]?.map(\.display), expected[row], row)
        }
        // Every other cell of the three tables as printed too.
        for table in ["proactive", "applications", "appeals"] {
            for (row, values) in imported.cells[table] ?? [:] {
                XCTAssertEqual(values.map(\.display), expected[row].map { $0.map { $0 == "—" ? "-" : $0 } }, "\(table).\(row)")
            }
        }
    }

    /// Marks that cannot be read as the row's cells (one run together with a figure) leave the row refused, never blank.
    func testALineOfMarksThatCannotBeReadIsRefusedNotBlank() throws {
        let result = try recognised { $0.replacingOccurrences(of: "3.危及“三安全一稳定” 无 无 无 无 无 无无", with: "3.危及“三安全一稳定” 无 无 无 无 无 无无1") }
        guard case .failure(let failure) = result else { return XCTFail("read: the row's marks lost") }
        XCTAssertTrue(failure.diagnostics.contains { $0.severity == .error && $0.message.contains("3.危及“三安全一稳定”") }, "\(failure.diagnostics)")
    }

    func testOnlyMarksThatStandForOneCellAreSplit() {
        XCTAssertEqual(CellText.marksRunTogether("无无"), ["无", "无"])
        XCTAssertEqual(CellText.marksRunTogether("//"), ["/", "/"])
        XCTAssertNil(CellText.marksRunTogether("——"), "a dash printed double is one dash")
        XCTAssertNil(CellText.marksRunTogether("无"))
        XCTAssertEqual(RegionLine.marksApart(["规章", "无", "无无"]), ["规章", "无", "无", "无"])
        XCTAssertEqual(RegionLine.marksApart(["无无"]), ["无无"], "a line of marks alone: no label, left as it is")
        XCTAssertEqual(RegionLine.marksApart(["本年度", "无无", "情况"]), ["本年度", "无无", "情况"], "not at the line's end")
    }
}
