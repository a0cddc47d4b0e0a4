import Foundation
@testable import PortalImport
import Testing

/// A file whose text is far longer than any report's (a collection, a data export) is refused at once, before it is
/// read line by line, which would take minutes.
@Suite struct LongTextTests {
    private let line = "2021年，本街道认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。\n"

    @Test func aTextLongerThanAnyReportIsRefusedAtOnce() throws {
        let text = "某街道2021年政府信息公开工作年度报告\n一、总体情况\n" + String(repeating: line, count: Extraction.longestText / line.count + 1)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let started = Date()
        let result = Extraction.lines(of: Data(text.utf8), file: file, path: "long.txt")
        guard case .failure(let failure) = result else { Issue.record("read: \(result)"); return }
        let problem = try #require(failure.diagnostics.first)
        #expect(problem.rule == "import-unreadable")
        #expect(problem.message.contains("characters long; no published report's is longer than 1000000"), "\(problem.message)")
        #expect(problem.hint?.contains("one report") == true)
        // (Not a timing assertion on a shared machine: a bound far above the check's own cost, far below reading it.)
        #expect(Date().timeIntervalSince(started) < 60)
    }

    /// The bound counts the lines a format's reader gives too: a page's text as long is refused the same way.
    @Test func aPageWhoseTextIsLongerThanAnyReportIsRefused() throws {
        let paragraphs = String(repeating: "<p>\(line.dropLast())</p>", count: Extraction.longestText / (line.count - 1) + 1)
        let html = "<html><head><meta charset=\"utf-8\"></head><body><h1>某街道2021年政府信息公开工作年度报告</h1>\(paragraphs)</body></html>"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = Extraction.lines(of: Data(html.utf8), file: file, path: "long.html")
        guard case .failure(let failure) = result else { Issue.record("read a page of \(html.count) characters"); return }
        #expect(failure.diagnostics.first?.rule == "import-unreadable")
        #expect(failure.diagnostics.first?.message.contains("characters long") == true)
    }
}
