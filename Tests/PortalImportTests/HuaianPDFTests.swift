import PortalImport
import PortalModel
import XCTest

/// 淮安市人民政府 2024, a real published PDF (2021 format): wrapped row
/// labels, page marks between rows, the vertical 三、本年度办理结果 label.
final class HuaianPDFTests: XCTestCase {
    // Written by hand from the published report (huaian-szf-2024.pdftotext-layout.txt), checked once.
    static let proactive: [String: [String]] = [
        "regulations": ["1", "0", "11"], "normativeDocuments": ["8", "26", "66"],
        "licensing": ["447228"], "penalties": ["3985758"], "enforcement": ["88283"], "fees": ["96171.6"],
    ]
    static let applications: [String: [String]] = [
        "received": ["3001", "53", "0", "0", "61", "4", "3119"],
        "carriedOver": ["34", "0", "0", "0", "0", "0", "34"],
        "disclosed": ["1288", "21", "0", "0", "50", "3", "1362"],
        "partlyDisclosed": ["447", "7", "0", "0", "0", "0", "454"],
        "withheldStateSecret": ["2", "0", "0", "0", "0", "0", "2"],
        "withheldProhibitedByLaw": ["30", "1", "0", "0", "0", "0", "31"],
        "withheldSafetyStability": ["5", "0", "0", "0", "0", "0", "5"],
        "withheldThirdPartyRights": ["6", "0", "0", "0", "0", "0", "6"],
        "withheldInternalAffairs": ["7", "1", "0", "0", "0", "0", "8"],
        "withheldProcessInformation": ["12", "0", "0", "0", "0", "0", "12"],
        "withheldEnforcementFiles": ["9", "0", "0", "0", "0", "0", "9"],
        "withheldQueryMatters": ["105", "0", "0", "0", "0", "0", "105"],
        "unavailableNotHeld": ["746", "12", "0", "0", "10", "1", "769"],
        "unavailableNeedsCreation": ["11", "0", "0", "0", "0", "0", "11"],
        "unavailableStillUnclear": ["1", "0", "0", "0", "0", "0", "1"],
        "notProcessedComplaints": ["56", "6", "0", "0", "0", "0", "62"],
        "notProcessedRepeated": ["25", "0", "0", "0", "0", "0", "25"],
        "notProcessedPublications": ["0", "0", "0", "0", "0", "0", "0"],
        "notProcessedExcessive": ["0", "0", "0", "0", "0", "0", "0"],
        "notProcessedConfirmation": ["1", "0", "0", "0", "0", "0", "1"],
        "otherNoCorrection": ["67", "3", "0", "0", "1", "0", "71"],
        "otherFeeUnpaid": ["6", "0", "0", "0", "0", "0", "6"],
        "otherOther": ["108", "2", "0", "0", "0", "0", "110"],
        "closedTotal": ["2932", "53", "0", "0", "61", "4", "3050"],
        "carriedForward": ["103", "0", "0", "0", "0", "0", "103"],
    ]
    static let appeals: [String: [String]] = [
        "cases": ["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"],
    ]

    func testEveryCellOfTablesTwoThreeFourIsAsPublishedAndPassesTheChecks() throws {
        try ImportFixtures.requirePdftotext()
        let site = try ImportSite()
        let outcome = Importer(options: ImportOptions(site: site.root, agencySlugs: ["淮安市人民政府": "huaian-szf"], date: "2026-01-15"))
            .importFile(ImportFixtures.huaianPDF, displayPath: "huaian-szf-2024.pdf")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .pdf)
        XCTAssertEqual(outcome.formID, "gov-info-2021")
        XCTAssertEqual(outcome.year, 2024)
        XCTAssertEqual(outcome.tablesFilled, 3)
        XCTAssertEqual(outcome.cellsFilled, 200)
        XCTAssertEqual(outcome.blanksKept, 0)
        XCTAssertEqual(outcome.checks.filter { $0.severity == .error }, [])
        // A new agency, named and described as the report prints it; the slug from --agencies.
        let report = try XCTUnwrap(site.report("huaian-szf", 2024))
        XCTAssertEqual(cellTexts(report, table: "proactive"), Self.proactive)
        XCTAssertEqual(cellTexts(report, table: "applications"), Self.applications)
        XCTAssertEqual(cellTexts(report, table: "appeals"), Self.appeals)
        let load = site.load()
        XCTAssertEqual(load.diagnostics.filter { $0.severity == .error }, [])
        let agency = try XCTUnwrap(load.portal?.agencies.first { $0.slug == "huaian-szf" })
        XCTAssertEqual(agency.name, "淮安市人民政府")
        XCTAssertEqual(agency.kind, .government)
        XCTAssertEqual(agency.contact.phone, "0517-83605210")
        XCTAssertEqual(agency.contact.postcode, "223001")
        XCTAssertEqual(agency.contact.email, "hazwgkc@163.com")
        XCTAssertEqual(report.source?.format, "pdf")
        XCTAssertEqual(report.source?.file, "source.pdf")
        XCTAssertEqual(report.source?.originalName, "huaian-szf-2024.pdf")
        XCTAssertEqual(try Data(contentsOf: site.root.appendingPathComponent("content/agencies/huaian-szf/2024/source.pdf")),
                       try Data(contentsOf: ImportFixtures.huaianPDF))
        // Narratives keep the published wording; lines wrapped by the layout are joined,
        // and Word's gap between 2024 and 年 (a space in the PDF's text) is not a character.
        let overview = try XCTUnwrap(report.narratives["overview"]?.value)
        XCTAssertTrue(overview.hasPrefix("2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习"), overview)
        XCTAssertTrue(overview.contains("（二）依申请公开情况。定期对政府信息公开申请集中的领域"))
        XCTAssertFalse(overview.contains("-2-"), "page marks are not text")
        XCTAssertEqual(report.narratives["other"]?.value, "2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。\n")
        XCTAssertTrue(try XCTUnwrap(report.narratives["problems"]?.value).hasPrefix("对照上级新要求和公众新期待"))
    }

    func testSectionThreeFragmentIsAnErrorNamingTheMissingRowsAndWritesNothing() throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        let outcome = site.importFile(ImportFixtures.huaianFragment, agency: "huaian", year: 2024)
        XCTAssertEqual(outcome.status, .failed)
        let incomplete = try XCTUnwrap(outcome.problems.first { $0.rule == "import-incomplete-table" })
        XCTAssertEqual(incomplete.severity, .error)
        for missing in ["三（四）2 2.没有现成信息需要另行制作", "三（五）1 1.信访举报投诉类申请", "三（六）3 3.其他", "三（七） （七）总计", "四 四、结转下年度继续办理"] {
            XCTAssertTrue(incomplete.message.contains(missing), "\(missing) not in: \(incomplete.message)")
        }
        XCTAssertFalse(incomplete.message.contains("1.本机关不掌握相关政府信息"), "a row that was found is not missing")
        XCTAssertEqual(incomplete.location.line, 9, "where it started looking: the line after the heading")
        XCTAssertTrue(outcome.problems.contains { $0.rule == "import-section-missing" && $0.message.contains("四、政府信息公开行政复议、行政诉讼情况") })
        XCTAssertEqual(site.contentFiles(), before)
    }
}
