import Foundation
import PortalImport
import XCTest

/// Files cut off at any point (a download that stopped): never a crash;
/// either a clear error with nothing written, or a complete report.
final class TruncatedInputTests: XCTestCase {
    func testEveryFixtureCutShortFailsCleanly() throws {
        try ImportFixtures.requirePdftotext()
        let site = try ImportSite()
        let before = site.contentFiles()
        let files = [ImportFixtures.huaianPDF, ImportFixtures.blankTemplate, ImportFixtures.own("xiasha-2021.docx"),
                     ImportFixtures.own("xiasha-2021-gbk.html"), ImportFixtures.referenceText]
        let folder = site.root.appendingPathComponent("cut")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            let data = try Data(contentsOf: file)
            for fraction in [0.03, 0.2, 0.5, 0.9] {
                let cut = folder.appendingPathComponent("\(Int(fraction * 100))-\(file.lastPathComponent)")
                try data.prefix(Int(Double(data.count) * fraction)).write(to: cut)
                let outcome = site.importFile(cut, agency: "xiasha", year: 2024)
                XCTAssertEqual(outcome.status, .failed, "\(cut.lastPathComponent) was imported though cut short")
                XCTAssertTrue(outcome.problems.contains { $0.severity == .error && $0.hint != nil }, "\(cut.lastPathComponent): \(outcome.problems)")
            }
        }
        XCTAssertEqual(site.contentFiles(), before)
    }
}
