import PortalImport
import PortalModel
import PortalTestSupport
import XCTest

/// The reference report (下沙街道 2021), transcribed by hand into content/:
/// imported from its text and from Word, it must give the same cells and
/// the same narratives.
final class ReferenceReportTests: XCTestCase {
    func testTheReferenceTextImportsIntoTheExamplesCellsAndNarratives() throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.referenceText, force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .text)
        XCTAssertEqual(outcome.agencySlug, "xiasha", "matched by the official name its title prints")
        XCTAssertEqual(outcome.year, 2021)
        XCTAssertEqual(outcome.cellsFilled, 200)
        XCTAssertEqual(outcome.checks.filter { $0.severity == .error }, [])
        try assertEqualsExample(site)
    }

    func testTheReferenceWordFileWithMergedCellsImportsIntoTheExamplesCellsAndNarratives() throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("xiasha-2021.docx"), force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .docx)
        XCTAssertEqual(outcome.tablesFilled, 3)
        try assertEqualsExample(site)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/agencies/xiasha/2021/source.docx").path))
    }

    func testTheReferenceAsMarkdownWithPipeTablesImportsIntoTheExamplesCellsAndNarratives() throws {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own("xiasha-2021.md"), force: true)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.format, .text)
        try assertEqualsExample(site)
    }

    func testReplacingAnImportWithAnotherFormatLeavesOnlyTheNewOriginal() throws {
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(ImportFixtures.own("xiasha-2021.docx"), force: true).status, .written)
        XCTAssertEqual(site.importFile(ImportFixtures.own("xiasha-2021.md"), force: true).status, .written)
        let files = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content/agencies/xiasha/2021").path)
        XCTAssertEqual(files.filter { $0.hasPrefix("source.") }, ["source.txt"])
        XCTAssertEqual(site.load().diagnostics.filter { $0.severity == .error }, [])
    }

    func testOverAnExistingReportItRefusesNamingTheDifferenceUnlessForced() throws {
        let site = try ImportSite()
        try site.site.edit("content/agencies/xiasha/2021/report.yaml",
                           replacing: "received:                   [2, 0, 0, 0, 0, 0, 2]", with: "received:                   [2, 0, 0, 0, 0, 0, 3]")
        let before = site.contentFiles()
        let refused = site.importFile(ImportFixtures.referenceText)
        XCTAssertEqual(refused.status, .failed)
        let problem = try XCTUnwrap(refused.problems.first { $0.rule == "import-exists" })
        XCTAssertTrue(problem.message.contains("applications.received: [2, 0, 0, 0, 0, 0, 3] → [2, 0, 0, 0, 0, 0, 2]"), problem.message)
        XCTAssertEqual(problem.location.path, "content/agencies/xiasha/2021/report.yaml")
        XCTAssertEqual(site.contentFiles(), before, "nothing written")
        XCTAssertEqual(site.importFile(ImportFixtures.referenceText, force: true).status, .written)
    }

    /// A folder of downloads holds the report as Word and as its text: the
    /// second file is kept out with a warning, not refused as a conflict.
    func testTheSameReportFromAnotherFileIsKeptWithAWarning() throws {
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(ImportFixtures.own("xiasha-2021.docx"), force: true).status, .written)
        let imported = site.contentFiles()
        let second = site.importFile(ImportFixtures.referenceText)
        XCTAssertEqual(second.status, .kept, "\(second.problems)")
        XCTAssertFalse(second.failed)
        XCTAssertEqual(rules(second.problems), ["import-same-report"])
        let warning = try XCTUnwrap(second.problems.first)
        XCTAssertTrue(warning.message.hasPrefix("the report is already imported from “xiasha-2021.docx”, every cell equal to this file's"), warning.message)
        XCTAssertEqual(site.contentFiles(), imported, "nothing written")
        // One cell different is a conflict again.
        try site.site.edit("content/agencies/xiasha/2021/report.yaml",
                           replacing: "received:                   [2, 0, 0, 0, 0, 0, 2]", with: "received:                   [2, 0, 0, 0, 0, 0, 3]")
        XCTAssertEqual(rules(site.importFile(ImportFixtures.referenceText).problems), ["import-exists"])
    }

    func testTheSameFileTwiceGivesIdenticalFilesEvenOnAnotherDay() throws {
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(ImportFixtures.referenceText, force: true).status, .written)
        let first = site.contentFiles()
        let again = Importer(options: ImportOptions(site: site.root, date: "2027-03-01")).importFile(ImportFixtures.referenceText, displayPath: "x.txt")
        XCTAssertEqual(again.status, .unchanged, "\(again.problems)")
        XCTAssertEqual(site.contentFiles(), first)
        XCTAssertTrue(try site.site.read("content/agencies/xiasha/2021/report.yaml").contains("imported: \"2026-01-15\""))
    }

    func testDryRunWritesNothing() throws {
        let site = try ImportSite()
        try site.site.remove("content/agencies/xiasha/2021")
        let before = site.contentFiles()
        let outcome = site.importFile(ImportFixtures.referenceText, dryRun: true)
        XCTAssertEqual(outcome.status, .dryRun)
        XCTAssertEqual(outcome.cellsFilled, 200)
        XCTAssertEqual(outcome.checks.filter { $0.severity == .error }, [])
        XCTAssertEqual(site.contentFiles(), before)
    }
}
