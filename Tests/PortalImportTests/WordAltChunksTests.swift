@testable import PortalImport
import PortalModel
import XCTest

/// A Word file whose content is embedded whole (`w:altChunk`), as an “export to
/// Word” of a web page writes it (`Fixtures/alt-chunks/`, made by
/// `make-alt-chunks.py` in html-docx-js's and docx4j's layouts around the
/// 下沙 report LibreOffice saved as a page): read as the page it embeds.
final class WordAltChunksTests: XCTestCase {
    static func fixture(_ name: String) -> URL { ImportFixtures.own("alt-chunks/\(name)") }

    /// The report imported from `file` into a fresh copy of the example site, replacing its 下沙 2021.
    private func imported(_ file: URL) throws -> Report {
        let site = try ImportSite()
        let outcome = site.importFile(file, force: true)
        XCTAssertEqual(outcome.status, .written, "\(file.lastPathComponent): \(outcome.problems)")
        XCTAssertEqual(outcome.format, file.pathExtension == "docx" ? .docx : .html, file.lastPathComponent)
        return try XCTUnwrap(site.report("xiasha", 2021), file.lastPathComponent)
    }

    func testAnExportedWordFileReadsAsThePageItEmbeds() throws {
        let page = try imported(ImportFixtures.own("xiasha-2021-libreoffice.html"))
        for name in ["html-docx-js.docx", "html-docx-js-htm.docx"] {
            let report = try imported(Self.fixture(name))
            for table in ["proactive", "applications", "appeals"] {
                XCTAssertEqual(cellTexts(report, table: table), cellTexts(page, table: table), "\(name) \(table)")
            }
            XCTAssertEqual(report.narratives.mapValues(\.value), page.narratives.mapValues(\.value), name)
        }
    }

    func testAChunkBetweenParagraphsStandsWhereItIs() throws {
        // docx4j's merge: a paragraph, the report as a Word file of its own (itself one chunk), a paragraph.
        let page = try imported(ImportFixtures.own("xiasha-2021-libreoffice.html"))
        let report = try imported(Self.fixture("merged.docx"))
        XCTAssertEqual(cellTexts(report, table: "applications"), cellTexts(page, table: "applications"))
        XCTAssertEqual(report.narratives["overview"]?.value, page.narratives["overview"]?.value)
        // The paragraph after the chunk comes after the report's last section, not before its first.
        let other = try XCTUnwrap(report.narratives["other"]?.value)
        XCTAssertTrue(other.hasSuffix("导出时间：2022年1月28日\n"), other)
        XCTAssertTrue(other.hasPrefix(try XCTUnwrap(page.narratives["other"]?.value).trimmingCharacters(in: .whitespacesAndNewlines)), other)
    }

    func testAChunkThatCannotBeReadIsRefusedByName() throws {
        for (name, message) in [("missing-part.docx", "word/afchunk.mht (w:altChunk) is missing"),
                                ("picture-chunk.docx", "word/afchunk.png (w:altChunk), in a form the import does not read"),
                                ("unnamed-chunk.docx", "w:altChunk “htmlChunk”) that its relationships do not name")] {
            let site = try ImportSite()
            let outcome = site.importFile(Self.fixture(name))
            XCTAssertEqual(outcome.status, .failed, name)
            let problem = try XCTUnwrap(outcome.problems.first { $0.severity == .error }, name)
            XCTAssertEqual(problem.rule, "import-unreadable", name)
            XCTAssertTrue(problem.message.contains(message), "\(name): \(problem.message)")
            XCTAssertTrue(problem.hint?.contains("save it again") ?? false, name)
        }
    }

    func testATargetNamesAPartOfTheArchive() {
        XCTAssertEqual(WordAltChunks.partName("/word/afchunk.mht"), "word/afchunk.mht")
        XCTAssertEqual(WordAltChunks.partName("afchunk.mht"), "word/afchunk.mht")
        XCTAssertEqual(WordAltChunks.partName("../customXml/chunk.htm"), "customXml/chunk.htm")
        XCTAssertEqual(WordAltChunks.partName("./sub/../chunk1.docx"), "word/chunk1.docx")
    }
}
