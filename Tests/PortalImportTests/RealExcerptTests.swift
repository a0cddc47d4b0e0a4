import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import XCTest

/// Excerpts of real published pages (../shared/fixtures/real-narratives):
/// each stops early, so none imports, but what they hold is read right and
/// what they lack is named.
final class RealExcerptTests: XCTestCase {
    private func excerpt(_ name: String) -> URL {
        ImportFixtures.shared.appendingPathComponent("fixtures/real-narratives/\(name)")
    }

    func testTablesCopiedFromAPageAsPipeRowsAreRead() throws {
        let text = try String(contentsOf: excerpt("05-tianjin-hongqiao-zwfwb-2022.txt"), encoding: .utf8)
        let lines = TextExtractor.lines(of: text)
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"])
        let headings = SectionLocator.headings(of: form, in: lines)
        let start = try XCTUnwrap(headings[1]), end = try XCTUnwrap(headings[2])
        let table = try XCTUnwrap(form.table("proactive"))
        let mapping = TableMapper(table: table, lines: Array(lines[(start + 1)..<end]), path: "x").map()
        XCTAssertEqual(mapping.diagnostics, [])
        XCTAssertEqual(mapping.rows.mapValues { $0.map(\.display) }, [
            "regulations": ["0", "0", "0"], "normativeDocuments": ["0", "0", "0"], "licensing": ["1517"],
            "penalties": ["0"], "enforcement": ["0"], "fees": ["0"],
        ], "padding cells at the end of a copied row are not blanks")
    }

    func testATableCopiedOneCellPerLineIsRead() throws {
        let text = try String(contentsOf: excerpt("14-tianjin-beichen-jiarongli-2021.txt"), encoding: .utf8)
        let lines = TextExtractor.lines(of: text)
        let form = try XCTUnwrap(FormLoader.builtInForms().forms["gov-info-2021"])
        let start = try XCTUnwrap(SectionLocator.headings(of: form, in: lines)[1])
        let mapping = TableMapper(table: try XCTUnwrap(form.table("proactive")), lines: Array(lines[(start + 1)...]), path: "x").map()
        XCTAssertEqual(mapping.rows.mapValues { $0.map(\.display) }, [
            "regulations": ["0", "0", "0"], "normativeDocuments": ["0", "0", "0"],
            "licensing": ["0"], "penalties": ["0"], "enforcement": ["0"],
        ])
        XCTAssertEqual(mapping.diagnostics.map(\.rule), ["import-incomplete-table"], "the excerpt stops before 第（八）项")
    }

    func testThe2019FormatIsRecognisedAndItsTableTwoRead() throws {
        let text = try String(contentsOf: excerpt("19-chibi-pufang-2020.txt"), encoding: .utf8)
        let lines = TextExtractor.lines(of: text)
        let forms = FormLoader.builtInForms().forms.values.sorted { $0.id < $1.id }
        let form = try XCTUnwrap(SectionLocator.form(among: forms, for: lines, year: nil))
        XCTAssertEqual(form.id, "gov-info-2019", "by its own labels (本年新制作数量, 政府集中采购…)")
        let headings = SectionLocator.headings(of: form, in: lines)
        let start = try XCTUnwrap(headings[1]), end = try XCTUnwrap(headings[2])
        let mapping = TableMapper(table: try XCTUnwrap(form.table("proactive")), lines: Array(lines[(start + 1)..<end]), path: "x").map()
        XCTAssertEqual(mapping.diagnostics, [])
        XCTAssertEqual(mapping.rows.mapValues { $0.map(\.display) }, [
            "regulations": ["0", "0", "0"], "normativeDocuments": ["33", "8", "8"],
            "licensing": ["0", "0", "0"], "otherManagementServices": ["0", "0", "0"],
            "penalties": ["0", "0", "0"], "enforcement": ["0", "0", "0"],
            "fees": ["0", "0"], "centralProcurement": ["0", "0"],
        ])
    }

    func testACutExcerptNamesTheRowsItLacks() throws {
        let outcome = try ImportSite().importFile(excerpt("05-tianjin-hongqiao-zwfwb-2022.txt"), agency: "xiasha", year: 2022)
        XCTAssertEqual(outcome.status, .failed)
        let incomplete = try XCTUnwrap(outcome.problems.first { $0.rule == "import-incomplete-table" })
        XCTAssertTrue(incomplete.message.contains("table 三 is incomplete: 22 rows not found"), incomplete.message)
        XCTAssertTrue(incomplete.message.contains("三（二） （二）部分公开"), incomplete.message)
    }

    func testAPageWhoseTablesArePicturesIsAnError() throws {
        let outcome = try ImportSite().importFile(excerpt("20-shenyang-hunnan-gzj-2022.txt"), agency: "xiasha", year: 2022)
        XCTAssertEqual(outcome.status, .failed)
        let none = try XCTUnwrap(outcome.problems.first { $0.rule == "import-no-tables" }, "\(outcome.problems)")
        XCTAssertTrue(none.message.contains("none of the tables (二, 三, 四) is in the file"), none.message)
    }

    func testLabelValueLinesAreNotOfficialRowsAndAreNotTakenForABlankTable() throws {
        let outcome = try ImportSite().importFile(ImportFixtures.shared.appendingPathComponent("fixtures/peer-reports/nianbao/toy-sample-2023.txt"),
                                                  agency: "xiasha", year: 2023)
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertFalse(outcome.problems.contains { $0.rule == "import-table-absent" }, "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-incomplete-table" && $0.message.contains("table 三 is incomplete: 25 rows") })
    }
}
