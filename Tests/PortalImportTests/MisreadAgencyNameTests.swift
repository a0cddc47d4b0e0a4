import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// A scan's agency name OCR read with one character misread (单家镇 for 常家镇, session 41's grey scan): the import makes a
/// new agency of it, and says which of the site's agencies it may be — only for OCR's names, as two real bodies' names are
/// often one character apart (东城街道, 西城街道).
final class MisreadAgencyNameTests: XCTestCase {
    static let site = ["changjia": "高青县常家镇人民政府", "xiasha": "杭州市钱塘区人民政府下沙街道办事处", "jia": "甲镇人民政府"]

    func testANameOneCharacterOtherwiseIsOffered() {
        for printed in ["单家镇人民政府", "高青县单家镇", "高青县常家镇镇", "高青县常镇"] {
            XCTAssertEqual(AgencyResolver.oneCharacterMisread(printed, among: Self.site), ["changjia": "高青县常家镇人民政府"], printed)
        }
        XCTAssertEqual(AgencyResolver.oneCharacterMisread("钱塘区下抄街道", among: Self.site).keys.sorted(), ["xiasha"])
        XCTAssertEqual(AgencyResolver.oneCharacterMisread("高清县常家镇", among: Self.site).keys.sorted(), ["changjia"], "the place misread")
    }

    func testANameTwoApartTheSameOrTooShortIsNot() {
        // Two characters otherwise; the name itself (found by name, not offered); a name too short to tell (乙镇 for 甲镇);
        // the same name with less of its place (SameBodyTests); another street.
        for printed in ["单家庄镇人民政府", "高青县常家镇人民政府", "乙镇", "钱塘区下沙街道", "白杨街道"] {
            XCTAssertEqual(AgencyResolver.oneCharacterMisread(printed, among: Self.site), [:], printed)
        }
    }

    /// The reference report as OCR would read it with 沙 misread 抄: a new agency, the site's 下沙 offered; the same lines
    /// read from a text file offer nothing (a name printed so is the agency's own).
    func testAnOCRdNameOffersTheAgencyItMayBe() throws {
        let text = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
            .replacingOccurrences(of: "下沙街道", with: "下抄街道")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("misread-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let read = try Extraction.lines(of: Data(text.utf8), file: file, path: "scan.pdf").get()
        for format in [SourceFormat.pdfOCR, .text] {
            let site = try ImportSite()
            var document = read
            document.format = format
            let outcome = Importer(options: site.options()).importDocument(document, data: Data(text.utf8), originalName: "scan.pdf", displayPath: "scan.pdf")
            XCTAssertEqual(outcome.status, .written, "\(format): \(outcome.problems)")
            let agency = try XCTUnwrap(outcome.newAgency, "\(format)")
            XCTAssertTrue(agency.name.contains("下抄街道"), agency.name)
            XCTAssertEqual(agency.maybeMisread, format == .pdfOCR ? ["xiasha": "杭州市钱塘区人民政府下沙街道办事处"] : [:], "\(format)")
        }
    }
}
