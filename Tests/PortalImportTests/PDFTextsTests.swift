import Foundation
import PortalImport
import PortalModel
import XCTest

/// A PDF's text as the common tools other than `pdftotext -layout` extract it
/// (`Fixtures/pdf-texts`, made by `make-pdf-texts.py`): plain `pdftotext`,
/// `pdftotext -raw`, PyMuPDF, pdfminer.six and pdfplumber. Each text either
/// imports as the PDF itself does — every cell, every narrative — or is
/// refused naming a line; never read wrong.
final class PDFTextsTests: XCTestCase {
    /// The texts that import as their PDF (every cell; every narrative but those listed as
    /// still differing); every other one is refused, its first error's rule given.
    static let importing: Set<String> = PDFTextsExpectations.importing
    static let refused: [String: String] = PDFTextsExpectations.refused

    func testEachToolsTextImportsAsItsPDFOrIsRefusedNamingALine() throws {
        try ImportFixtures.requirePdftotext()
        let folder = ImportFixtures.own("pdf-texts")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(Set(names), Self.importing.union(Self.refused.keys), "every text has its expected outcome")
        var fromPDF: [String: Report] = [:]
        for name in names {
            let text = folder.appendingPathComponent(name)
            let site = try ImportSite()
            let outcome = site.importFile(text, agency: "t")
            if let rule = Self.refused[name] {
                XCTAssertEqual(outcome.status, .failed, name)
                XCTAssertEqual(outcome.problems.first { $0.severity == .error }?.rule, rule, "\(name): \(outcome.problems)")
                if rule.hasPrefix("import-cell") || rule.hasPrefix("import-row") || rule.hasPrefix("import-incomplete") {
                    XCTAssertTrue(outcome.problems.contains { $0.severity == .error && $0.location.line > 0 }, "\(name): a table's refusal names the line")
                }
                continue
            }
            XCTAssertEqual(outcome.status, .written, "\(name): \(outcome.problems)")
            let pdf = try XCTUnwrap(Self.pdf(of: name), name)
            if fromPDF[pdf.path] == nil {
                let pdfSite = try ImportSite()
                let pdfOutcome = pdfSite.importFile(pdf, agency: "t")
                XCTAssertEqual(pdfOutcome.status, .written, "\(pdf.lastPathComponent): \(pdfOutcome.problems)")
                fromPDF[pdf.path] = pdfOutcome.year.flatMap { pdfSite.report("t", $0) }
            }
            let expected = try XCTUnwrap(fromPDF[pdf.path], pdf.lastPathComponent)
            let imported = try XCTUnwrap(outcome.year.flatMap { site.report("t", $0) }, name)
            for table in ["proactive", "applications", "appeals"] {
                XCTAssertEqual(cellTexts(imported, table: table), cellTexts(expected, table: table), "\(name): \(table)")
            }
            for id in ["preamble", "overview", "problems", "other"] where PDFTextsExpectations.narrativesDiffering[name]?.contains(id) != true {
                XCTAssertEqual(imported.narratives[id]?.value, expected.narratives[id]?.value, "\(name): \(id)")
            }
        }
    }

    /// The real 淮安 PDF (not copied into the repository): its plain `pdftotext` text prints table 三
    /// a cell a line, two rows' labels after the figures of the rows below them; refused, saying so.
    /// Its `-raw` text prints a row a line: every cell as published.
    func testTheRealHuaianPDFsPlainTextIsRefusedAndItsRawTextImports() throws {
        try ImportFixtures.requirePdftotext()
        let plain = try pdftotext(ImportFixtures.huaianPDF, options: [])
        let site = try ImportSite()
        let refused = site.importFile(plain, agency: "huaian")
        XCTAssertEqual(refused.status, .failed)
        let cellsALine = refused.problems.filter { $0.hint?.contains("a cell a line") == true }
        XCTAssertTrue(cellsALine.contains { $0.message.contains("table 三") && $0.location.line > 0 }, "\(refused.problems)")
        XCTAssertTrue(cellsALine.allSatisfy { $0.hint?.contains("import the PDF itself") == true })
        XCTAssertFalse(refused.problems.contains { $0.message.contains("table 二") }, "table 二 prints a row's figures under its label: read")

        let raw = try pdftotext(ImportFixtures.huaianPDF, options: ["-raw"])
        let outcome = site.importFile(raw, agency: "huaian")
        XCTAssertEqual(outcome.status, .written, "\(outcome.problems)")
        let report = try XCTUnwrap(site.report("huaian", 2024))
        XCTAssertEqual(cellTexts(report, table: "proactive"), HuaianPDFTests.proactive)
        XCTAssertEqual(cellTexts(report, table: "applications"), HuaianPDFTests.applications)
        XCTAssertEqual(cellTexts(report, table: "appeals"), HuaianPDFTests.appeals)
    }

    /// The PDF a text was made from: `variants/landscape.pymupdf.txt` → `variants/landscape.pdf`.
    static func pdf(of text: String) -> URL? {
        guard let stem = text.components(separatedBy: ".").first else { return nil }
        return [ImportFixtures.own("\(stem).pdf"), ImportFixtures.own("variants/\(stem).pdf")]
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }
}

extension XCTestCase {
    /// `pdftotext` with `options` into a temporary file.
    func pdftotext(_ pdf: URL, options: [String]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-text-\(UUID().uuidString).txt")
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext"] + options + [pdf.path, file.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return file
    }
}
