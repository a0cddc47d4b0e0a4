@testable import PortalImport
import PortalModel
import XCTest

/// A Word document saved as one XML file (`Fixtures/word-xml/`, made by
/// `make-word-xml.sh` from the 下沙 Word file), as systems filling Word
/// templates by text publish it under a `.doc` name: Word 2003 XML (converted
/// by LibreOffice, as a .doc is) and Flat OPC (its parts read as a .docx's).
final class WordXMLTests: XCTestCase {
    static func fixture(_ name: String) -> URL { ImportFixtures.own("word-xml/\(name)") }

    func testBothWordXMLFormsReadAsTheWordFileTheyWereSavedFrom() throws {
        func imported(_ file: URL) throws -> (ImportOutcome, Report) {
            let site = try ImportSite()
            let outcome = site.importFile(file, force: true)
            XCTAssertEqual(outcome.status, .written, "\(file.lastPathComponent): \(outcome.problems)")
            return (outcome, try XCTUnwrap(site.report("xiasha", 2021), file.lastPathComponent))
        }
        let (_, word) = try imported(ImportFixtures.own("xiasha-2021.docx"))
        for name in ["xiasha-2021-flat.doc", "xiasha-2021-word2003.doc"] {
            let (outcome, report) = try imported(Self.fixture(name))
            XCTAssertEqual(outcome.format, .wordXML, name)
            XCTAssertEqual(outcome.cellsFilled, 200, name)
            for table in ["proactive", "applications", "appeals"] {
                XCTAssertEqual(cellTexts(report, table: table), cellTexts(word, table: table), "\(name) \(table)")
            }
            XCTAssertEqual(report.narratives.mapValues(\.value), word.narratives.mapValues(\.value), name)
            XCTAssertEqual(report.source?.file, "source.xml", name)
            XCTAssertEqual(report.source?.formatLabel, "Word", name)
        }
    }

    func testADamagedFlatPackageIsRefusedWithAHint() throws {
        for (name, message) in [("cut.doc", "not well-formed XML"), ("no-document.doc", "without its word/document.xml part")] {
            let outcome = try ImportSite().importFile(Self.fixture(name))
            XCTAssertEqual(outcome.status, .failed, name)
            XCTAssertEqual(outcome.problems.first?.rule, "import-unreadable", name)
            XCTAssertTrue(outcome.problems.first?.message.contains(message) ?? false, "\(name): \(outcome.problems)")
            XCTAssertEqual(outcome.problems.first?.hint, "open it in Word or WPS and save it as .docx", name)
        }
    }

    func testWordXMLIsToldByItsContent() {
        XCTAssertEqual(SourceFormat.detect(Data(#"<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>"#.utf8)), .wordXML)
        XCTAssertEqual(SourceFormat.detect(Data(#"<?xml version="1.0"?><pkg:package xmlns:pkg="x"/>"#.utf8)), .wordXML)
        // A text that merely names the program is a text.
        XCTAssertEqual(SourceFormat.detect(Data("Word 文档另存为 XML 后上传。\n".utf8)), .text)
    }
}
