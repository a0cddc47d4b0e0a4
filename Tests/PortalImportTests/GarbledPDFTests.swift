import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// PDFs whose fonts carry no map from glyphs to characters
/// (`make-garbled.py`): the page prints right, pdftotext gives junk. They are
/// refused, naming a garbled line, never imported with nonsense narratives or
/// with figures placed by chance.
final class GarbledPDFTests: XCTestCase {
    /// The Chinese fonts' maps gone, the digits' font's kept: every figure still reads.
    func testChineseFontsWithoutAMapAreRefused() throws {
        try ImportFixtures.requirePdftotext()
        let problems = try assertRefused("variants/garbled-chinese.pdf")
        XCTAssertTrue(problems[0].message.contains("!\"#$%&'()*"), problems[0].message)
    }

    /// Chromium's Type 3 glyphs without their maps: Latin-1 junk and a few Chinese characters.
    func testType3FontsWithoutAMapAreRefused() throws {
        try ImportFixtures.requirePdftotext()
        try assertRefused("variants/garbled-type3.pdf")
    }

    /// Printed to PDF again through Ghostscript (a print driver's PDF printer): most characters
    /// right, some glyphs read as others — 报 as ç, （ as ÿ, 。 as the digit 2.
    func testAPDFPrintedAgainWithSomeGlyphsMisreadIsRefused() throws {
        try ImportFixtures.requirePdftotext()
        let problems = try assertRefused("variants/garbled-ghostscript.pdf")
        XCTAssertTrue(problems[0].message.contains("4 % of its characters"), problems[0].message)
    }

    func testGenuinePDFTextIsFarBelowTheLimit() throws {
        try ImportFixtures.requirePdftotext()
        for name in ["xiasha-2021.pdf", "xiasha-2021-page-chromium.pdf", "variants/cms-page-chromium.pdf", "variants/template-filled.pdf"] {
            guard case .success(let lines) = PDFExtractor.lines(of: ImportFixtures.own(name), path: name) else { return XCTFail(name) }
            XCTAssertLessThan(PDFTextLayer.junk(in: lines).share, PDFTextLayer.junkLimit / 4, name)
            XCTAssertTrue(PDFTextLayer.looksChinese(lines), name)
        }
    }

    func testWhatCountsAsJunk() {
        func lines(_ text: String) -> [SourceLine] {
            text.split(separator: "\n").enumerated().map { SourceLine(text: String($1), position: SourcePosition(line: $0 + 1)) }
        }
        // What reports print: 文号 in brackets, ①, ℃, ■, a web address, a page's breadcrumb and footer,
        // a Word bullet read as a private-use character.
        let genuine = lines("国办发[2019]54号 ① 气温25℃ ■ http://www.example.gov.cn/col/index.html 1.5%\n首页 > 政务公开 | 网站地图\n\u{F0B7} 加强政策解读")
        XCTAssertEqual(PDFTextLayer.junk(in: genuine).share, 0)
        let (share, worst) = PDFTextLayer.junk(in: lines("政府信息公开\nÓgC(¸³◊>示ml示ℜ人民!c"))
        XCTAssertGreaterThan(share, PDFTextLayer.junkLimit)
        XCTAssertEqual(worst?.position.line, 2)
        // Chinese characters that are not the printed ones: each one code point on (a CID read through the wrong collection).
        let report = String(repeating: "本报告根据政府信息公开条例编制，全年主动公开政府信息一千二百条，收到申请四十件。", count: 8)
        XCTAssertTrue(PDFTextLayer.looksChinese(lines(report)))
        let shifted = String(String.UnicodeScalarView(report.unicodeScalars.map { (0x4E00...0x9FFE).contains($0.value) ? Unicode.Scalar($0.value + 1)! : $0 }))
        XCTAssertFalse(PDFTextLayer.looksChinese(lines(shifted)))
    }

    @discardableResult
    private func assertRefused(_ name: String, line: UInt = #line) throws -> [Diagnostic] {
        let site = try ImportSite()
        let outcome = site.importFile(ImportFixtures.own(name), agency: "garbled")
        XCTAssertEqual(outcome.status, .failed, line: line)
        XCTAssertEqual(rules(outcome.problems), ["import-garbled-pdf"], "\(outcome.problems)", line: line)
        XCTAssertNil(site.report("garbled", 2022), line: line)
        return outcome.problems
    }
}
