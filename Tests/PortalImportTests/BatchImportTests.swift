import Foundation
@testable import PortalImport
import PortalTestSupport
import XCTest

/// A folder of downloads imported several files at a time gives what one file at a time gives: the same outcomes,
/// in the files' order, and the same files written — though later files depend on what earlier ones wrote (an agency
/// made by one report and found by the next, a report already imported from its Word file kept when its PDF comes).
final class BatchImportTests: XCTestCase {
    /// Files of several formats and fates, named so that their order matters.
    private func inbox() throws -> URL {
        let inbox = FileManager.default.temporaryDirectory.appendingPathComponent("portal-batch-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: inbox) }
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let files: [(String, URL)] = [
            ("01-template.docx", ImportFixtures.own("variants/template-filled.docx")),
            ("02-template.pdf", ImportFixtures.own("variants/template-filled.pdf")),   // the same report: kept
            ("03-template.html", ImportFixtures.own("variants/template-filled.html")),
            ("04-browser-copy.txt", ImportFixtures.own("variants/browser-copy.txt")),
            ("05-garbage.bin", ImportFixtures.own("garbage.bin")),                      // failed
            ("06-huaian.pdf", ImportFixtures.huaianPDF),                                // a new agency
            ("07-huaian-fragment.txt", ImportFixtures.huaianFragment),                  // failed: table 三 cut
            ("08-reference.txt", ImportFixtures.referenceText),                         // the site's own xiasha
            ("09-template-2019.docx", ImportFixtures.own("variants/template-2019-filled.docx")),
        ]
        for (name, source) in files { try FileManager.default.copyItem(at: source, to: inbox.appendingPathComponent(name)) }
        return inbox
    }

    /// What an outcome says, whole (its diagnostics' places and words included).
    private func described(_ outcomes: [ImportOutcome]) -> [String] {
        outcomes.map { String(describing: $0) }
    }

    func testFilesImportedFourAtATimeGiveWhatOneAtATimeGives() throws {
        try ImportFixtures.requirePdftotext()
        let inbox = try inbox()
        let one = try ImportSite(), four = try ImportSite()
        let alone = Importer(options: one.options()).importFiles([inbox.path], filesAtOnce: 1)
        var told: [ImportOutcome] = []
        let together = Importer(options: four.options()).importFiles([inbox.path], filesAtOnce: 4) { told.append($0) }
        XCTAssertEqual(alone.count, 9)
        XCTAssertEqual(described(together), described(alone))
        // Each outcome told as it was known, in the files' order.
        XCTAssertEqual(described(told), described(together))
        XCTAssertEqual(together.map { URL(fileURLWithPath: $0.file).lastPathComponent }, try FileManager.default.contentsOfDirectory(atPath: inbox.path).sorted())
        // The batch is not all alike: files written, kept, failed.
        let statuses = Set(together.map(\.status))
        XCTAssertTrue(statuses.isSuperset(of: [.written, .kept, .failed]), "\(together.map(\.status))")
        XCTAssertEqual(four.contentFiles(), one.contentFiles())
    }
}
