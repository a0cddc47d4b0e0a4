import Foundation
import PortalChecks
import PortalImport
import PortalLoader
import PortalModel
import PortalTestSupport
import XCTest

/// The published files the import is tested on.
enum ImportFixtures {
    static let shared = Repository.root.deletingLastPathComponent().appendingPathComponent("shared")
    static let govnianbao = shared.appendingPathComponent("fixtures/peer-reports/govnianbao")
    static var huaianPDF: URL { govnianbao.appendingPathComponent("huaian-szf-2024.pdf") }
    static var huaianFragment: URL { govnianbao.appendingPathComponent("huaian-szf-2024-section3-fragment.txt") }
    static var synthetic175: URL { govnianbao.appendingPathComponent("synthetic-sequential-175.txt") }
    static var blankTemplate: URL { govnianbao.appendingPathComponent("template-2021-blank.docx") }
    /// The reference report's text, as taken from its Word file (also in Tests/Fixtures).
    static var referenceText: URL { Repository.fixtures.appendingPathComponent("reference/xiasha-2021.txt") }
    /// Fixtures made for these tests by Fixtures/make-fixtures.py.
    static func own(_ name: String) -> URL {
        Repository.root.appendingPathComponent("Tests/PortalImportTests/Fixtures").appendingPathComponent(name)
    }

    static func requirePdftotext() throws {
        let found = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].contains { FileManager.default.isExecutableFile(atPath: $0) }
        if !found { throw XCTSkip("pdftotext (poppler-utils) is not installed; scripts/setup installs it") }
    }

    /// Tesseract and its Simplified Chinese model, for the imports read by OCR.
    static func requireDwebp() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dwebp") else {
            throw XCTSkip("libwebp's dwebp is not installed; scripts/setup --for-tests installs it (apt-get install -y webp)")
        }
    }

    static func requireTesseract() throws {
        try requirePdftotext()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tesseract"),
              FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata") else {
            throw XCTSkip("tesseract-ocr and tesseract-ocr-chi-sim are not installed; scripts/setup --for-tests installs them")
        }
    }
}

extension XCTestCase {
    /// The 淮安 report as text (pdftotext -layout), changed line by line, in a temporary file.
    func huaianText(_ edit: (inout [String]) -> Void) throws -> URL {
        var lines = try String(contentsOf: ImportFixtures.govnianbao.appendingPathComponent("huaian-szf-2024.pdftotext-layout.txt"), encoding: .utf8)
            .components(separatedBy: "\n")
        edit(&lines)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("huaian-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }
}

extension XCTestCase {
    /// The real 淮安 layout text, and the same converted by LibreOffice (`soffice --convert-to <format>`)
    /// at test time, in a scratch directory; skipped where LibreOffice is not installed.
    func huaianTextConverted(to format: String) throws -> (text: URL, converted: URL) {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("LibreOffice is not installed")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("huaian-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("huaian.txt")
        try FileManager.default.copyItem(at: ImportFixtures.govnianbao.appendingPathComponent("huaian-szf-2024.pdftotext-layout.txt"), to: source)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(scratch.path)/profile", "--headless", "--norestore",
                             "--convert-to", format, "--outdir", scratch.path, source.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let converted = scratch.appendingPathComponent("huaian.\(format)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: converted.path), "LibreOffice wrote no .\(format)")
        return (source, converted)
    }
}

/// A throwaway copy of the example site to import into.
final class ImportSite {
    let site: TestSite

    init() throws {
        site = try TestSite()
    }

    var root: URL { site.root }

    func options(agency: String? = nil, year: Int? = nil, dryRun: Bool = false, force: Bool = false) -> ImportOptions {
        ImportOptions(site: root, agency: agency, year: year, dryRun: dryRun, force: force, date: "2026-01-15")
    }

    func importFile(_ file: URL, agency: String? = nil, year: Int? = nil, dryRun: Bool = false, force: Bool = false) -> ImportOutcome {
        Importer(options: options(agency: agency, year: year, dryRun: dryRun, force: force))
            .importFile(file, displayPath: file.lastPathComponent)
    }

    /// The site as `portal check` reads it.
    func load() -> LoadResult {
        SiteLoader(root: root).load()
    }

    func report(_ slug: String, _ year: Int) -> Report? {
        load().portal?.reports.first { $0.agencySlug == slug && $0.year == year }
    }

    /// Every file under content/, by relative path, for "nothing written" assertions.
    func contentFiles() -> [String: Data] {
        var files: [String: Data] = [:]
        let content = root.appendingPathComponent("content")
        let enumerator = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if let data = try? Data(contentsOf: url), !url.hasDirectoryPath {
                files[String(url.path.dropFirst(content.path.count))] = data
            }
        }
        return files
    }
}

/// The invented report (示例市示范区人民政府, a 区's government) prints 规章 figures, which a 区 has no power to make
/// (`regulations-without-power`, session 46): where a test wants a report the checks pass, its 规章 row reads 0 (the browser
/// copy's tab-separated row, the 2019 template's Tika text a cell a line).
func withoutRegulations(_ text: String) -> String {
    text.replacingOccurrences(of: "规章\t1\t0\t5\n", with: "规章\t0\t0\t0\n")
        .replacingOccurrences(of: "\t规章\n\t1\n\t1\n\t5\n", with: "\t规章\n\t0\n\t0\n\t0\n")
}

/// A report's cells as plain text, row by row: 12, 0.5, "" or "-".
func cellTexts(_ report: Report, table: String) -> [String: [String]] {
    (report.tables[table] ?? [:]).mapValues { $0.map { $0.value.display } }
}

/// The reference report imported into `site` has the example portal's cells and narratives.
func assertEqualsExample(_ site: ImportSite, file: StaticString = #filePath, line: UInt = #line) throws {
    let imported = try XCTUnwrap(site.report("xiasha", 2021), file: file, line: line)
    let example = try XCTUnwrap(ImportSite().report("xiasha", 2021), file: file, line: line)
    for table in ["proactive", "applications", "appeals"] {
        XCTAssertEqual(cellTexts(imported, table: table), cellTexts(example, table: table), table, file: file, line: line)
    }
    for id in ["preamble", "overview", "problems", "other"] {
        XCTAssertEqual(imported.narratives[id]?.value, example.narratives[id]?.value, id, file: file, line: line)
    }
}

func rules(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map(\.rule)
}

/// Imports the file (as `agency`) into a new site: refused with exactly these rules and nothing
/// written under content/. Its first problem's message.
@discardableResult
func assertRefused(_ file: URL, agency: String? = "shifan", _ expected: [String], file testFile: StaticString = #filePath,
                   line: UInt = #line) throws -> String {
    let site = try ImportSite()
    let before = site.contentFiles()
    let outcome = site.importFile(file, agency: agency)
    XCTAssertEqual(outcome.status, .failed, file: testFile, line: line)
    XCTAssertEqual(rules(outcome.problems), expected, "\(outcome.problems)", file: testFile, line: line)
    XCTAssertEqual(site.contentFiles(), before, file: testFile, line: line)
    return try XCTUnwrap(outcome.problems.first?.message, file: testFile, line: line)
}

/// Runs the `portal` executable built beside the tests; its output and error streams together.
func runPortal(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = Repository.portalExecutable
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

extension XCTestCase {
    /// The reference report (下沙, 2021) retitled for 2022 and printed under `name`, removed when the test ends.
    func reference2022(named name: String) throws -> URL {
        var lines = try String(contentsOf: ImportFixtures.referenceText, encoding: .utf8).components(separatedBy: "\n")
        lines[0] = name
        lines[1] = "2022年政府信息公开工作年度报告"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("renamed-\(UUID().uuidString).txt")
        try Data(lines.joined(separator: "\n").replacingOccurrences(of: "2021年1月1日到12月31日", with: "2022年1月1日到12月31日").utf8).write(to: file)
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        return file
    }
}
