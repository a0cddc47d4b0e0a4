import Foundation
import PortalLoader
import PortalModel
@testable import PortalImport
import XCTest

/// Round eighty-five's scans: a title whose report's name OCR read one character off. Set G (grey with grain) read
/// 高青县常家镇 2024's title `高青县常家镇人民政府 2024 年政府信息公开 / 工作年度报香` (告 read 香, grain at its foot): no line
/// was a title, so the import was refused “no year” and named no one from the title. Made from round eighty-one's kept
/// V3 words of the same report (`eighteen-changjia-2024-plain-v3-scan.words.json`), the one character changed.
final class ScannedWordsRoundEightyFiveTests: XCTestCase {
    private let forms = Array(FormLoader.builtInForms().forms.values)

    /// The kept words with the title's second line `工作年度报香`, as set G's OCR read it.
    private func changjiaTitleMisread() throws -> [ScannedPages.Page] {
        var pages = try scannedPages("eighteen-changjia-2024-plain-v3")
        let at = try XCTUnwrap(pages[0].words.firstIndex { $0.text == "工作年度报告" }, "the words as OCR read them")
        pages[0].words[at].text = "工作年度报香"
        return pages
    }

    /// In OCR's text the title's report's name one character off is the report's name: the year and the agency are the
    /// title's, and every cell is read as before (two to confirm, each as printed). Before: `import-no-year` (“part 一
    /// opens with “2024年””).
    func testATitleReadOneCharacterOffGivesItsYearAndName() throws {
        let lines = try PDFExtractor.lines(ofScannedPages: changjiaTitleMisread(), path: "changjia.pdf").get()
        let result = ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: lines), forms: forms, year: nil, path: "changjia.pdf")
        guard case .success(let report) = result else { return XCTFail("refused: \(result)") }
        XCTAssertEqual(report.year, 2024)
        XCTAssertEqual(report.agencyName, "高青县常家镇人民政府")
        XCTAssertEqual(report.cellsToConfirm, 2)
        try assertCellsAsPrinted("eighteen-changjia-2024-plain-v3", year: 2024, toConfirm: ["unavailableNotHeld": 0, "cases": 14],
                                 pages: changjiaTitleMisread())
    }

    /// Never in text a PDF or Word file carries: there the characters are the agency's own, and a title printing
    /// 年度报香 is refused as before (no title, no year).
    func testATitleOneCharacterOffInAFilesOwnTextIsNoTitle() throws {
        let lines = try PDFExtractor.lines(ofScannedPages: changjiaTitleMisread(), path: "changjia.pdf").get()
        let result = ReportRecogniser.recognise(SourceDocument(format: .pdf, lines: lines), forms: forms, year: nil, path: "changjia.pdf")
        guard case .failure(let failure) = result else { return XCTFail("written: \(result)") }
        XCTAssertTrue(failure.diagnostics.contains { $0.rule == Rule.importNoYear.id }, "\(failure.diagnostics.map(\.message))")
    }

    /// What is no title stays none: a sentence wrapped before the name's last character (…年度报 / 告如下。), a line of
    /// no year, a name one character off in a sentence; and a page that is no report (no part's heading) is refused as
    /// no report whatever its title.
    func testOnlyATitleWithItsYearIsReadOneCharacterOff() {
        let title = { (texts: [String]) in
            ReportTitle(texts.enumerated().map { SourceLine(text: $1, position: SourcePosition(line: $0 + 1)) }[...], readByOCR: true)
        }
        let misread = title(["某县人民政府2024年政府信息公开工作年度报香", "本报告根据…编制。"])
        XCTAssertEqual([misread.year, misread.line], [2024, 0])
        XCTAssertEqual(misread.agencyName, "某县人民政府")
        XCTAssertEqual(title(["某县人民政府2024年政府信息公开工作年度报告书"]).year, 2024, "a character added at its end")
        XCTAssertNil(title(["现将某县人民政府2024年政府信息公开工作年度报", "告如下。"]).year, "a sentence wrapped")
        XCTAssertNil(title(["某县人民政府政府信息公开工作年度报香"]).year, "no year")
        XCTAssertNil(title(["根据条例，现将2024年政府信息公开工作年度报香"]).year, "a sentence")
        XCTAssertNil(ReportTitle([SourceLine(text: "某县人民政府2024年政府信息公开工作年度报香", position: SourcePosition(line: 1))][...]).year,
                     "not in a file's own text")
        let page = ["某县人民政府2024年政府信息公开工作年度报香", "本网站发布通知如下。"].enumerated()
            .map { SourceLine(text: $1, position: SourcePosition(line: $0 + 1)) }
        let result = ReportRecogniser.recognise(SourceDocument(format: .pdfOCR, lines: page), forms: forms, year: nil, path: "page.pdf")
        guard case .failure(let failure) = result else { return XCTFail("written: \(result)") }
        XCTAssertEqual(failure.diagnostics.map(\.rule), [Rule.importNoReport.id])
    }
}
