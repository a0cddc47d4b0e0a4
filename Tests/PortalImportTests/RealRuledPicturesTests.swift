import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A real report's ruled tables published as pictures: 淮安市人民政府 2024 (Times New Roman digits, 7.5 to 14 points),
/// its PDF's pages as 300-dpi grey pictures (rendered by poppler at the test's start: the fixture is the real PDF), read
/// with `--ocr --one-report`. Written with six cells to confirm and every other cell as published (`HuaianPDFTests`' own
/// figures); the two cells OCR misread (a serif 26 read 20 both ways) among those to confirm, never written unmarked.
/// Before session 55 refused: 22 right readings marked to confirm by the digits' shapes measured on broken hairlines, a
/// serif 1 read as `]` and stripped, a page number `- 3 -` read `3 -` as a row (VARIANTS.md, "Session 55 (lead)").
final class RealRuledPicturesTests: XCTestCase {
    func testARealRuledReportsPagePicturesAreReadCellForCellOrMarkedToConfirm() throws {
        try ImportFixtures.requireTesseract()
        let render = try XCTUnwrap(ExternalTool.executable("pdftoppm"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huaian-pictures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        guard case .finished(0, _) = ExternalTool.run(render, ["-r", "300", "-gray", "-png", ImportFixtures.huaianPDF.path, folder.appendingPathComponent("page").path], timeout: 300) else {
            return XCTFail("pdftoppm could not render the report's pages")
        }
        let site = try ImportSite()
        let importer = Importer(options: ImportOptions(site: site.root, agency: "huaian-szf", date: "2026-01-15", ocr: true, oneReport: true))
        let outcome = importer.importPictures([folder.path])
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .pictureOCR)
        let report = try XCTUnwrap(site.report("huaian-szf", 2024))
        // Every cell as published but the two OCR misread (a serif 26 read 20), which are among the six to confirm.
        let misread: [String: [Int: String]] = ["normativeDocuments": [1: "20"], "cases": [9: "20"]]
        for (table, truth) in [("proactive", HuaianPDFTests.proactive), ("applications", HuaianPDFTests.applications), ("appeals", HuaianPDFTests.appeals)] {
            let read = cellTexts(report, table: table)
            XCTAssertEqual(Set(read.keys), Set(truth.keys), table)
            for (row, cells) in truth {
                XCTAssertEqual(read[row], cells.enumerated().map { misread[row]?[$0.offset] ?? $0.element }, "\(table).\(row)")
            }
        }
        let toConfirm = outcome.problems.filter { $0.rule == "import-unconfirmed" }.map(\.message)
        XCTAssertEqual(toConfirm.count, 6, "\(toConfirm)")
        for cell in ["规章 × 本年制发件数", "行政规范性文件 × 本年废止件数", "一、本年新收政府信息公开申请数量 × 其他", "缴纳费用、行政机关不再处理其政府信息公开申请 × 总计",
                     "行政复议、行政诉讼 × 总计", "行政复议、行政诉讼 × 尚未审结"] {
            XCTAssertTrue(toConfirm.contains { $0.contains(cell) }, "\(cell) not among \(toConfirm)")
        }
        // As the operator finds them in report.yaml: marked, never written as sure.
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/huaian-szf/2024/report.yaml"), encoding: .utf8)
        for marked in [#"["1?", 0, 11]"#, #"[8, "20?", 66]"#, #"13, 4, 8, 1, "20?", 12, 1, 1, "6?", 20]"#] {
            XCTAssertTrue(yaml.contains(marked), marked)
        }
        XCTAssertFalse(outcome.problems.contains { $0.message.contains("the ink's shape says") }, "no shape hint: the readings' shapes fit")
    }
}
