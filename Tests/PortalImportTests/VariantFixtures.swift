import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// The invented report of Fixtures/variants/ (make-variants.py) and its figures.
enum VariantFixtures {
    /// The figures every variant prints; `blanked`: table 三's zero 法人 cells printed empty.
    struct VariantFigures: Decodable {
        var figures: [String: [String]]
        var blanked: [String: [String]]
        /// The same report in the 2019 trial format.
        var figures2019: [String: [String]]
    }

    static let figures: VariantFigures? = try? JSONDecoder().decode(
        VariantFigures.self, from: Data(contentsOf: ImportFixtures.own("variants/figures.json")))
}

extension XCTestCase {
    func variant(_ name: String) -> URL {
        ImportFixtures.own("variants/\(name)")
    }

    /// A real page's opening (`real-pages/<round>/<name>.txt`), then the lines of the fixture `rest` from its
    /// heading `from` on (the invented report's rows), in a temporary file: how the rounds of real pages complete
    /// the excerpts the search store keeps.
    func realPageCompleted(_ round: String, _ name: String, from heading: String = "二、",
                           rest: String = "variants/browser-copy.txt") throws -> URL {
        let opening = try String(contentsOf: ImportFixtures.own("real-pages/\(round)/\(name).txt"), encoding: .utf8)
        return try realPageWritten(opening, then: rest, from: heading)
    }

    /// `opening`, then the lines of the fixture `rest` from its heading `from` on, in a temporary file.
    func realPageWritten(_ opening: String, then rest: String = "variants/browser-copy.txt", from heading: String = "二、") throws -> URL {
        let invented = try String(contentsOf: ImportFixtures.own(rest), encoding: .utf8).components(separatedBy: "\n")
        let lines = invented.drop { !$0.hasPrefix(heading) }
        XCTAssertFalse(lines.isEmpty, heading)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("real-page-\(UUID().uuidString).txt")
        try Data((opening.trimmingCharacters(in: .newlines) + "\n" + lines.joined(separator: "\n")).utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    /// Imports round `round`'s page `name` completed from `heading`: written under `agency` for `year`, every figure the
    /// invented report's, published on `published`, its preamble opening with `opening`.
    func assertRealPageReads(_ round: String, _ name: String, _ agency: String, _ year: Int, published: String?,
                             preamble opening: String, line: UInt = #line) throws {
        let (outcome, preamble) = try assertRealPageWritten(realPageCompleted(round, name), agency: agency, year: year, line: line)
        XCTAssertEqual(outcome.published, published, name, line: line)
        XCTAssertTrue(preamble.hasPrefix(opening), preamble, line: line)
    }

    /// Imports round `round`'s page `name` completed with the trial form's rows: written; the outcome and its report for `year`.
    func trialFormReportWritten(_ round: String, _ name: String, year: Int, line: UInt = #line) throws -> (ImportOutcome, Report) {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted(round, name, rest: "tika/template-2019-filled.docx.txt"))
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        return (outcome, try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug, line: line), year), line: line))
    }

    /// Imports round `round`'s page `name` completed from 二 (for `year`, if given): refused, naming `contact` only as the
    /// office to contact, the hint offering to write the agency `agency` of kind `kind`.
    func assertRefusedForItsContact(_ round: String, _ name: String, year: Int? = nil, contact: String, agency: String, kind: String,
                                    line: UInt = #line) throws {
        let refused = try ImportSite().importFile(realPageCompleted(round, name), year: year)
        XCTAssertEqual(refused.status, .failed, line: line)
        XCTAssertEqual(rules(refused.problems), ["import-no-agency"], "\(refused.problems)", line: line)
        let problem = try XCTUnwrap(refused.problems.first, line: line)
        XCTAssertTrue(problem.message.contains("“\(contact)” only as the office to contact"), problem.message, line: line)
        XCTAssertTrue(problem.hint?.contains("“name: \(agency)” and “kind: \(kind)”") == true, "\(problem)", line: line)
    }

    /// Imports round `round`'s page `name` completed from 二 (for `year`, if given): it names `contact` only as the office to
    /// contact and speaks as that kind of body (我局, 我乡, 我街道: `SignedAgency.contactTheTextSpeaksAs`), so it is written as
    /// the body behind the contact, `agency` of kind `kind` (session 46; before, refused with a hint offering that agency).
    func assertTakenForItsContact(_ round: String, _ name: String, year: Int? = nil, agency: String, kind: String,
                                  line: UInt = #line) throws {
        let site = try ImportSite()
        let outcome = site.importFile(try realPageCompleted(round, name), year: year)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        XCTAssertEqual(outcome.newAgency?.name, agency, line: line)
        let written = site.load().portal?.agencies.first { $0.slug == outcome.agencySlug }
        XCTAssertEqual(written?.kind.rawValue, kind, line: line)
    }

    /// Imports a real page's file, written, the agency named `agency`; the outcome and the preamble.
    @discardableResult
    func assertRealPageWritten(_ file: URL, agency: String, year: Int, figures: Bool = true,
                               line: UInt = #line) throws -> (outcome: ImportOutcome, preamble: String) {
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        XCTAssertEqual(outcome.newAgency?.name, agency, line: line)
        let report = try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug, line: line), year), line: line)
        if figures { try assertFigures(report, blanked: true, line: line) }
        return (outcome, report.narratives["preamble"]?.value ?? "")
    }

    /// Imports a real page's file whose rows are not all the invented report's (its own table, the trial form's):
    /// written, the agency named `agency`, published on `published`; the report for `year`, for its cells.
    func realPageReport(_ file: URL, agency: String, year: Int, published: String?, line: UInt = #line) throws -> Report {
        let site = try ImportSite()
        let outcome = site.importFile(file)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        XCTAssertEqual(outcome.newAgency?.name, agency, line: line)
        XCTAssertEqual(outcome.published, published, line: line)
        return try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug, line: line), year), line: line)
    }

    /// Imports the file as agency shifan (a new agency) and compares every cell.
    @discardableResult
    func assertImports(_ file: URL, blanked: Bool, year: Int = 2022, file testFile: StaticString = #filePath, line: UInt = #line) throws -> ImportOutcome {
        let site = try ImportSite()
        let outcome = site.importFile(file, agency: "shifan")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", file: testFile, line: line)
        let report = try XCTUnwrap(site.report("shifan", year), file: testFile, line: line)
        try assertFigures(report, blanked: blanked, year: year, file: testFile, line: line)
        return outcome
    }

    /// Every cell of the imported report is the variant's figure.
    func assertFigures(_ report: Report, blanked: Bool = false, year: Int = 2022, file testFile: StaticString = #filePath, line: UInt = #line) throws {
        let figures = try XCTUnwrap(VariantFixtures.figures)
        let expected = year == 2019 ? figures.figures2019 : blanked ? figures.blanked : figures.figures
        var imported: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { $1 } }
        XCTAssertEqual(imported, expected, file: testFile, line: line)
    }

    /// A variant's text changed line by line, in a temporary file.
    /// The statistics period of `browser-copy.txt`'s report, for a preamble written anew.
    var browserCopyPeriod: String { "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。" }

    /// The browser copy without its title (a real page's store kept none), its preamble's first line replaced.
    func untitled(_ preamble: String) throws -> URL {
        try edited("browser-copy.txt") { lines in
            lines.replaceSubrange(0...2, with: [preamble])
        }
    }

    /// The preamble the import wrote for `outcome`'s 2022 report.
    func preamble(_ site: ImportSite, _ outcome: ImportOutcome) throws -> String {
        try XCTUnwrap(site.report(try XCTUnwrap(outcome.agencySlug), 2022)?.narratives["preamble"]?.value)
    }

    func edited(_ name: String, _ edit: (inout [String]) -> Void) throws -> URL {
        var lines = try String(contentsOf: variant(name), encoding: .utf8).components(separatedBy: "\n")
        edit(&lines)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("variant-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

    /// Imports both files as one agency, each into its own site: every cell and every narrative the same.
    /// `format`: what the first file is read as (a Word file or a page whose tables are paragraphs).
    @discardableResult
    func assertSameReport(_ file: URL, as other: URL, format: SourceFormat = .docx, agency: String = "shifan", year: Int = 2022,
                          line: UInt = #line) throws -> (report: Report, outcome: ImportOutcome) {
        let (site, otherSite) = (try ImportSite(), try ImportSite())
        let outcome = site.importFile(file, agency: agency)
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)", line: line)
        XCTAssertEqual(outcome.format, format, line: line)
        let expected = otherSite.importFile(other, agency: agency)
        XCTAssertEqual(expected.status, .written, "\(expected.problems)", line: line)
        let report = try XCTUnwrap(site.report(agency, year), line: line)
        let reference = try XCTUnwrap(otherSite.report(agency, year), line: line)
        for table in ["proactive", "applications", "appeals"] {
            XCTAssertEqual(cellTexts(report, table: table), cellTexts(reference, table: table), table, line: line)
        }
        XCTAssertEqual(report.narratives.mapValues(\.value), reference.narratives.mapValues(\.value), line: line)
        XCTAssertEqual(outcome.cellsFilled, expected.cellsFilled, line: line)
        return (report, outcome)
    }

    /// A variant web page with its markup changed, in a temporary file.
    func editedPage(_ name: String, _ changes: [(String, String)]) throws -> URL {
        var page = try String(contentsOf: variant(name), encoding: .utf8)
        for (old, new) in changes {
            XCTAssertTrue(page.contains(old), old)
            page = page.replacingOccurrences(of: old, with: new)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("variant-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }

}
