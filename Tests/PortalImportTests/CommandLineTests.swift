import Foundation
@testable import PortalImport
import PortalTestSupport
import XCTest

/// `portal import` as an operator runs it: a folder of files, a mapping of names to slugs.
final class CommandLineTests: XCTestCase {
    func testAFolderIsImportedFileByFileWithSlugsFromTheMappingFile() throws {
        try ImportFixtures.requirePdftotext()
        let site = try ImportSite()
        let inbox = site.root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ImportFixtures.huaianPDF, to: inbox.appendingPathComponent("szfgs2024.pdf"))
        try FileManager.default.copyItem(at: ImportFixtures.huaianFragment, to: inbox.appendingPathComponent("fragment.txt"))
        let names = site.root.appendingPathComponent("names.csv")
        try Data("name,slug\n淮安市人民政府,huaian\n".utf8).write(to: names)
        let run = try runPortal(["import", inbox.path, "--site", site.root.path, "--agencies", names.path, "--year", "2024", "--date", "2025-02-01"])
        XCTAssertEqual(run.status, 1, "one of the two files could not be imported: \(run.output)")
        XCTAssertTrue(run.output.contains("szfgs2024.pdf: pdf, gov-info-2021 → content/agencies/huaian/2024 (written)"), run.output)
        XCTAssertTrue(run.output.contains("tables with figures: 3 of 3; cells: 200 figures, 0 blank kept"), run.output)
        XCTAssertTrue(run.output.contains("checks: the published figures pass every check"), run.output)
        XCTAssertTrue(run.output.contains("fragment.txt: text, gov-info-2021 (failed)"), run.output)
        XCTAssertTrue(run.output.contains("error[import-incomplete-table]"), run.output)
        // A folder ends with one line for all its files.
        XCTAssertEqual(run.output.split(separator: "\n").last, "2 files: 1 imported, 1 failed (import-section-missing: 1)", run.output)
        let agency = try site.site.read("content/agencies/huaian/agency.yaml")
        XCTAssertTrue(agency.contains("name: \"淮安市人民政府\"\nkind: government"), agency)
        XCTAssertTrue(try site.site.read("content/agencies/huaian/2024/report.yaml").contains("imported: \"2025-02-01\""))
        let check = try runPortal(["check", "--site", site.root.path])
        XCTAssertEqual(check.status, 0, check.output)
    }

    /// Downloads kept a folder per agency: subfolders are read too, in name
    /// order, without the system's files or hidden ones, and a link back up once.
    func testFoldersAreReadWithTheirSubfolders() throws {
        let inbox = FileManager.default.temporaryDirectory.appendingPathComponent("inbox-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: inbox) }
        for folder in ["b-district", "a-street/2021", ".hidden"] {
            try FileManager.default.createDirectory(at: inbox.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["b-district/report.pdf", "a-street/2021/report.docx", "a-street/notes.txt", ".hidden/x.txt", "a-street/Thumbs.db", "top.html"] {
            try Data("x".utf8).write(to: inbox.appendingPathComponent(file))
        }
        try FileManager.default.createSymbolicLink(atPath: inbox.appendingPathComponent("b-district/up").path, withDestinationPath: inbox.path)
        let found = Importer.files(at: inbox.path).map { String($0.dropFirst(inbox.path.count + 1)) }
        XCTAssertEqual(found, ["a-street/2021/report.docx", "a-street/notes.txt", "b-district/report.pdf", "top.html"])
    }

    /// A real report cut off before its tables (an excerpt of 南京高淳 2022):
    /// the missing sections are named, and no empty counts are printed.
    func testAReportWithoutItsTablesNamesTheMissingSectionsAndNoCounts() throws {
        let site = try ImportSite()
        let excerpt = ImportFixtures.shared.appendingPathComponent("fixtures/real-narratives/08-nanjing-gaochun-2022.txt")
        let run = try runPortal(["import", excerpt.path, "--site", site.root.path, "--dry-run"])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("error[import-section-missing]: section 三、收到和处理政府信息公开申请情况 not found"), run.output)
        XCTAssertFalse(run.output.contains("tables with figures"), run.output)
    }
}
