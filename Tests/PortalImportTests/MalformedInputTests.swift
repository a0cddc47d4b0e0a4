import Foundation
import PortalTestSupport
import PortalImport
import XCTest

/// Input that is not a report: a clear error, exit status 1, nothing written.
final class MalformedInputTests: XCTestCase {
    func testEachMalformedFileIsAClearErrorWithStatusOneAndNothingWritten() throws {
        let cases: [(file: String, rule: String, words: String)] = [
            ("corrupt.docx", "import-unreadable", "archive is damaged"),
            ("no-tables.docx", "import-no-tables", "no tables"),
            ("garbage.bin", "import-unknown-format", "not a report file"),
            ("empty.txt", "import-empty", "the file is empty"),
            ("unknown-encoding.txt", "import-encoding", "encoding"),
            ("scanned.pdf", "import-scanned-pdf", "scanned PDF, no text layer"),
            ("links-only.html", "import-no-report", "no report found"),
            ("unknown-charset.html", "import-encoding", "koi8-r"),
            ("entity-bomb.docx", "import-unreadable", "declares a DTD or entities"),
            ("zip-bomb.docx", "import-unreadable", "far more than any report"),
            // An OFD (开放版式文档) whose document lists no page (a two-part sample made with Python's zipfile).
            ("report.ofd", "import-unreadable", "an OFD document without a page"),
        ]
        let site = try ImportSite()
        let before = site.contentFiles()
        let hasPdftotext = (try? ImportFixtures.requirePdftotext()) != nil
        for item in cases where hasPdftotext || item.file != "scanned.pdf" {
            let path = ImportFixtures.own(item.file).path
            let run = try runPortal(["import", path, "--site", site.root.path, "--agency", "xiasha", "--year", "2024"])
            XCTAssertEqual(run.status, 1, "\(item.file): \(run.output)")
            XCTAssertTrue(run.output.contains("\(path): error[\(item.rule)]: "), "\(item.file): \(run.output)")
            XCTAssertTrue(run.output.contains(item.words), "\(item.file): \(run.output)")
            XCTAssertTrue(run.output.contains("hint: "), "\(item.file): \(run.output)")
        }
        XCTAssertEqual(site.contentFiles(), before)
    }

    /// An old Word file is read through LibreOffice; a damaged one (a
    /// compound file header and nothing else) is refused, nothing written.
    func testADamagedOldWordFileIsRefused() throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        let doc = site.root.appendingPathComponent("report.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)).write(to: doc)
        let outcome = site.importFile(doc, agency: "xiasha", year: 2024)
        XCTAssertEqual(outcome.format, .doc)
        XCTAssertEqual(outcome.problems.first?.rule, "import-unreadable", "\(outcome.problems)")
        XCTAssertTrue(outcome.problems.first?.message.contains("LibreOffice could not convert it") ?? false, "\(outcome.problems)")
        XCTAssertEqual(site.contentFiles(), before)
        // A picture is named for what it is: read only by OCR; by OCR, a damaged one is refused as damaged.
        let png = site.root.appendingPathComponent("scan.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 64)).write(to: png)
        let image = site.importFile(png, agency: "xiasha", year: 2024)
        XCTAssertEqual(image.problems.first?.rule, "import-pictures")
        XCTAssertTrue(image.problems.first?.message.contains("a PNG picture") ?? false, "\(image.problems)")
        let read = Importer(options: ImportOptions(site: site.root, agency: "xiasha", year: 2024, date: "2026-01-15", ocr: true)).importFile(png, displayPath: "scan.png")
        XCTAssertEqual(read.problems.map(\.rule), ["import-unreadable"])
        XCTAssertTrue(read.problems.first?.message.hasPrefix("the picture cannot be read: its ") ?? false, "\(read.problems)")
        XCTAssertEqual(site.contentFiles(), before)
    }

    func testUsageErrorsExitWithTwo() throws {
        XCTAssertEqual(try runPortal(["import"]).status, 2)
        XCTAssertEqual(try runPortal(["import", "x.txt", "--date", "yesterday"]).status, 2)
        XCTAssertEqual(try runPortal(["import", "x.txt", "--agency", "淮安"]).status, 2)
        XCTAssertEqual(try runPortal(["import", ImportFixtures.referenceText.path, "--site", "/nonexistent"]).status, 2)
    }

    func testJSONGivesTheSameForScripts() throws {
        let site = try ImportSite()
        let run = try runPortal(["import", ImportFixtures.own("empty.txt").path, "--site", site.root.path, "--format", "json"])
        XCTAssertEqual(run.status, 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        XCTAssertEqual(json["failed"] as? Int, 1)
        let first = try XCTUnwrap((json["imports"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["status"] as? String, "failed")
        XCTAssertEqual(((first["problems"] as? [[String: Any]])?.first)?["rule"] as? String, "import-empty")
    }
}
