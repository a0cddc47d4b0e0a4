import Foundation
@testable import PortalImport
import PortalChecks
import PortalModel
import XCTest

/// `portal import --acknowledge NOTE` publishes a report as the agency
/// published it: every error the checks find in its figures and narratives
/// gets an `acknowledged:` entry with the note, so the site builds and the
/// report's page shows each problem; nothing else is changed.
final class AcknowledgeTests: XCTestCase {
    static let note = "按原文发布，待机关核实（测试）"

    /// The browser-copy variant with two real kinds of mistake: a total that
    /// is not the sum of its columns, and a narrative figure the table contradicts.
    private func reportWithMistakes() throws -> URL {
        var text = withoutRegulations(try String(contentsOf: ImportFixtures.own("variants/browser-copy.txt"), encoding: .utf8))
        for (old, new) in [("一、本年新收政府信息公开申请数量\t40\t3\t\t1\t2\t\t46", "一、本年新收政府信息公开申请数量\t40\t3\t\t1\t2\t\t47"),
                           ("全年主动公开政府信息1200条。", "全年主动公开政府信息1200条。全年共收到政府信息公开申请50件。")] {
            XCTAssertTrue(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mistakes-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    private func importing(_ file: URL, into site: ImportSite, note: String?) -> ImportOutcome {
        var options = site.options(agency: "shifan")
        options.acknowledge = note
        return Importer(options: options).importFile(file, displayPath: file.lastPathComponent)
    }

    func testWithoutItTheErrorsStopTheBuild() throws {
        let site = try ImportSite()
        let outcome = importing(try reportWithMistakes(), into: site, note: nil)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let errors = Set(outcome.checks.filter(\.isOutstandingError).map(\.rule))
        XCTAssertEqual(errors, ["balance", "narrative-figure"])
        let load = site.load()
        XCTAssertTrue(Checker().run(try XCTUnwrap(load.portal)).contains(where: \.isOutstandingError))
    }

    func testEveryErrorIsAcknowledgedWithTheNoteAndTheSiteChecksClean() throws {
        let site = try ImportSite()
        let file = try reportWithMistakes()
        let outcome = importing(file, into: site, note: Self.note)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        XCTAssertEqual(outcome.checks.filter(\.isOutstandingError), [])
        let acknowledged = outcome.checks.filter { $0.acknowledgement != nil }
        XCTAssertEqual(Set(acknowledged.map(\.rule)), ["balance", "narrative-figure"])
        XCTAssertTrue(acknowledged.contains { $0.rule == "narrative-figure" && $0.location.path.hasSuffix("overview.md") })
        XCTAssertTrue(acknowledged.allSatisfy { $0.acknowledgement == Self.note })

        // The report as published: its figures unchanged, its problems listed with the note.
        let report = try XCTUnwrap(site.report("shifan", 2022))
        XCTAssertEqual(cellTexts(report, table: "applications")["received"]?.last, "47")
        XCTAssertTrue(report.acknowledgements.contains { $0.rule == "narrative-figure" && $0.target.description.hasPrefix("overview.md:") })
        XCTAssertTrue(report.acknowledgements.contains {
            guard case .cell(let cell) = $0.target else { return false }
            return $0.rule == "balance" && cell.table == "applications"
        }, "\(report.acknowledgements)")
        let diagnostics = Checker().run(try XCTUnwrap(site.load().portal))
        XCTAssertEqual(diagnostics.filter(\.isOutstandingError), [], "the whole site checks clean")

        // The same file and note again: the same files.
        let before = site.contentFiles()
        XCTAssertEqual(importing(file, into: site, note: Self.note).status, .unchanged)
        XCTAssertEqual(site.contentFiles(), before)
    }

    func testAConsistentReportGetsNoEntries() throws {
        let site = try ImportSite()
        let file = site.root.appendingPathComponent("consistent.txt")
        try Data(withoutRegulations(try String(contentsOf: ImportFixtures.own("variants/browser-copy.txt"), encoding: .utf8)).utf8).write(to: file)
        let outcome = importing(file, into: site, note: Self.note)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/agencies/shifan/2022/report.yaml"), encoding: .utf8)
        XCTAssertFalse(yaml.contains("acknowledged:"))
    }

    func testTheCommandRefusesAnEmptyNote() throws {
        XCTAssertEqual(try runPortal(["import", ImportFixtures.own("variants/browser-copy.txt").path, "--acknowledge", "  "]).status, 2)
    }
}

/// The line that ends the import of several files counts the reports that
/// came with errors of their own, and says what a build needs then.
final class ImportSummaryTests: XCTestCase {
    func testAFolderSummaryCountsReportsWithErrorsInTheirFigures() throws {
        let site = try ImportSite()
        let inbox = site.root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        var text = withoutRegulations(try String(contentsOf: ImportFixtures.own("variants/browser-copy.txt"), encoding: .utf8))
        try Data(text.utf8).write(to: inbox.appendingPathComponent("a-clean.txt"))
        text = text.replacingOccurrences(of: "全年主动公开政府信息1200条。", with: "全年主动公开政府信息1200条。全年共收到政府信息公开申请50件。")
        try Data(text.utf8).write(to: inbox.appendingPathComponent("b-mistake.txt"))
        let run = try runPortal(["import", inbox.path, "--site", site.root.path, "--agency", "shifan", "--dry-run"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertEqual(run.output.split(separator: "\n").last,
                       "2 files: 2 read (dry run, nothing written); 1 report with errors in the published figures (portal build stops until each is corrected or acknowledged: --acknowledge, or acknowledged: in report.yaml)",
                       run.output)
    }
}
