import Foundation
@testable import PortalImport
import PortalLoader
import PortalModel
import Testing

/// A file printing the report twice (a page's printable copy under the article, a text the report was pasted into
/// twice, a page holding two years' reports): the first is read, part 六 ends before the copy, and the import says so.
@Suite struct ReportPrintedTwiceTests {
    static func reference() throws -> String {
        try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8)
    }

    static func imported(_ text: String, named name: String) throws -> (outcome: ImportOutcome, site: ImportSite) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("twice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        let site = try ImportSite()
        return (site.importFile(file, agency: "xiasha-copy"), site)
    }

    @Test func theReportPrintedTwiceIsReadOnceAndPartSixEndsBeforeTheCopy() throws {
        let text = try Self.reference()
        let once = try Self.imported(text, named: "once.txt")
        #expect(once.outcome.status == .written, "\(once.outcome.problems)")
        #expect(!once.outcome.problems.contains { $0.rule == "import-report-twice" })
        let twice = try Self.imported(text + "\n" + text, named: "twice.txt")
        #expect(twice.outcome.status == .written, "\(twice.outcome.problems)")
        let warning = try #require(twice.outcome.problems.first { $0.rule == "import-report-twice" })
        // The copy begins at the title's first line, printed again right after the first copy's last line.
        let copyStart = text.components(separatedBy: "\n").count + 1
        #expect(warning.location.line == copyStart, "\(warning)")
        #expect(warning.message.contains("from line \(copyStart)"))
        let first = try #require(once.site.report("xiasha-copy", 2021))
        let both = try #require(twice.site.report("xiasha-copy", 2021))
        for id in ["preamble", "overview", "problems", "other"] {
            #expect(both.narratives[id]?.value == first.narratives[id]?.value, "\(id)")
        }
        for table in ["proactive", "applications", "appeals"] {
            #expect(cellTexts(both, table: table) == cellTexts(first, table: table), "\(table)")
        }
    }

    /// The report three times: one warning, at the second copy; the copy read once (its own copies not looked for, so a
    /// file of the report many times is read twice, not once a copy — timed in the session 52 note).
    @Test func theReportThreeTimesIsOneCopyWarnedOnce() throws {
        let text = try Self.reference()
        let thrice = try Self.imported([text, text, text].joined(separator: "\n"), named: "thrice.txt")
        #expect(thrice.outcome.status == .written, "\(thrice.outcome.problems)")
        let warnings = thrice.outcome.problems.filter { $0.rule == "import-report-twice" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.line == text.components(separatedBy: "\n").count + 1)
    }

    /// Another year's report after the first (a page listing two): cut at its title, though its preamble differs.
    @Test func anotherYearsReportAfterTheFirstIsLeftOutFromItsTitle() throws {
        let text = try Self.reference()
        let next = text.replacingOccurrences(of: "2021", with: "2022")
        let both = try Self.imported(text + "\n\n" + next, named: "two-years.txt")
        #expect(both.outcome.status == .written, "\(both.outcome.problems)")
        #expect(both.outcome.year == 2021)
        let report = try #require(both.site.report("xiasha-copy", 2021))
        let other = try #require(report.narratives["other"]?.value)
        #expect(!other.contains("2022"), "\(other)")
        #expect(both.outcome.problems.contains { $0.rule == "import-report-twice" })
    }

    /// The copy a report of the same year printing other figures (a corrected version after the original?): refused,
    /// naming the first row that differs, nothing written.
    @Test func aCopyPrintingOtherFiguresIsRefused() throws {
        let text = try Self.reference()
        let lines = text.components(separatedBy: "\n")
        // The reference's first row of table 二 (Tika's text: a cell a line, each after a tab; 规章 0 0 0) with a 2 first.
        let row = try #require(lines.firstIndex { $0 == "\t规章" })
        var corrected = lines
        #expect(corrected[row + 1] == "\t0")
        corrected[row + 1] = "\t2"
        let both = try Self.imported(text + "\n" + corrected.joined(separator: "\n"), named: "corrected.txt")
        #expect(both.outcome.status == .failed)
        let error = try #require(both.outcome.problems.first { $0.rule == "import-report-twice" })
        #expect(error.severity == .error)
        #expect(error.message.contains("table 二, row “规章”"), "\(error.message)")
        #expect(both.site.report("xiasha-copy", 2021) == nil)
    }

    /// Part 六 naming the report's parts in a sentence, or a sub-heading of its own numbered 一、: no copy.
    @Test func partSixNamingThePartsIsNoCopy() throws {
        let lines = TextExtractor.lines(of: """
        六、其他需要报告的事项
        一、总体情况说明。本报告由总体情况、主动公开政府信息情况等六部分组成。
        二、本年度未收取信息处理费。
        """)
        let form = try #require(FormLoader.builtInForms().forms["gov-info-2021"])
        #expect(ReportPrintedTwice.find(in: lines, from: 1, to: lines.count, form: form, head: lines[..<0]) == nil)
    }
}
