@testable import PortalImport
import PortalModel
import XCTest

/// A PDF converted to text placed by coordinates (poppler's pdftohtml: a page
/// of absolutely positioned runs, or its XML): the 淮安 2024 PDF's
/// conversions (`Fixtures/placed-text/`, made by `make-placed-text.sh`) import
/// as the PDF itself does.
final class PlacedTextTests: XCTestCase {
    static func fixture(_ name: String) -> URL { ImportFixtures.own("placed-text/\(name)") }

    func testEveryConversionImportsTheSameFiguresAsThePDFAndPassesTheChecks() throws {
        for (name, format) in [("huaian-2024.pdftohtml-s.html", SourceFormat.pdfPlacedHTML), ("huaian-2024.pdftohtml-c.html", .pdfPlacedHTML),
                               ("huaian-2024.pdftohtml.xml", .pdfXML)] {
            let site = try ImportSite()
            let outcome = Importer(options: ImportOptions(site: site.root, agencySlugs: ["淮安市人民政府": "huaian-szf"], date: "2026-01-15"))
                .importFile(Self.fixture(name), displayPath: name)
            XCTAssertEqual(outcome.status, .written, "\(name): \(outcome.problems)")
            XCTAssertEqual(outcome.format, format, name)
            XCTAssertEqual(outcome.year, 2024, name)
            XCTAssertEqual(outcome.cellsFilled, 200, name)
            XCTAssertEqual(outcome.checks.filter { $0.severity == .error }, [], name)
            let report = try XCTUnwrap(site.report("huaian-szf", 2024), name)
            // The format names what the file is (a PDF converted), and the original is kept as it was saved.
            XCTAssertEqual(report.source?.format, format.rawValue, name)
            XCTAssertEqual(report.source?.file, "source.\(format == .pdfXML ? "xml" : "html")", name)
            XCTAssertEqual(report.source?.formatLabel, format == .pdfXML ? "文本" : "网页", name)
            XCTAssertEqual(cellTexts(report, table: "proactive"), HuaianPDFTests.proactive, name)
            XCTAssertEqual(cellTexts(report, table: "applications"), HuaianPDFTests.applications, name)
            XCTAssertEqual(cellTexts(report, table: "appeals"), HuaianPDFTests.appeals, name)
            // Its lines are a printed page's: wrapped lines joined into paragraphs, 2024 年 → 2024年, page marks left out.
            let overview = try XCTUnwrap(report.narratives["overview"]?.value, name)
            XCTAssertTrue(overview.hasPrefix("2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习"), "\(name): \(overview.prefix(80))")
            XCTAssertFalse(overview.contains("- 2 -") || overview.contains("-2-"), name)
            XCTAssertEqual(report.narratives["other"]?.value, "2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。\n", name)
        }
    }

    func testThePageOfPlacedTextGivesThePDFsNarrativesWordForWord() throws {
        try ImportFixtures.requirePdftotext()
        func narratives(_ file: URL, _ name: String) throws -> [String: String] {
            let site = try ImportSite()
            let outcome = Importer(options: ImportOptions(site: site.root, agencySlugs: ["淮安市人民政府": "huaian-szf"], date: "2026-01-15"))
                .importFile(file, displayPath: name)
            XCTAssertEqual(outcome.status, .written, "\(name): \(outcome.problems)")
            return try XCTUnwrap(site.report("huaian-szf", 2024)).narratives.mapValues(\.value)
        }
        let pdf = try narratives(ImportFixtures.huaianPDF, "huaian-szf-2024.pdf")
        XCTAssertEqual(try narratives(Self.fixture("huaian-2024.pdftohtml-s.html"), "s.html"), pdf)
        XCTAssertEqual(try narratives(Self.fixture("huaian-2024.pdftohtml.xml"), "x.xml"), pdf)
    }

    func testAFlowingPageWithAFewPlacedElementsIsAFlowingPage() {
        let badge = (0..<3).map { #"<div style="position:absolute;top:\#($0 * 20)px;left:0px">返回顶部</div>"# }.joined()
        let article = String(repeating: "<p>一、总体情况。本机关坚持以人民为中心，认真贯彻落实条例。</p>", count: 30)
        XCTAssertNil(PlacedTextPage.pages(html: "<html><body>\(badge)\(article)</body></html>"))
        // As many placed runs as a document's, but most of the text flows: still a flowing page.
        let runs = (0..<25).map { #"<span style="position: absolute; top: \#($0)px; left: 3px">1</span>"# }.joined()
        XCTAssertNil(PlacedTextPage.pages(html: "<html><body>\(runs)\(article)</body></html>"))
        // An old site's layers (`<div id="Layer1" style="position:absolute…">`) holding the article's paragraphs and
        // tables: the page flows inside them, they are no runs of text.
        let layers = (0..<25).map { #"<div id="Layer\#($0)" style="position:absolute; left:10px; top:\#($0 * 300)px"><p>一、总体情况。本机关坚持以人民为中心。</p></div>"# }.joined()
        XCTAssertNil(PlacedTextPage.pages(html: "<html><body>\(layers)</body></html>"))
        XCTAssertNotNil(PlacedTextPage.pages(html: "<html><body>\(layers.replacingOccurrences(of: "<p>", with: "<b>").replacingOccurrences(of: "</p>", with: "</b>"))</body></html>"))
    }

    func testAFontsClassDefinedOnAnEarlierPageGivesItsSize() {
        let sizes = CSSClassSizes(["<!--\n\tp {margin: 0; padding: 0;}\t.ft411{font-size:11px;font-family:LNUHNF+宋体;}\n.ft42{font-size:9pt}\n-->"])
        XCTAssertEqual(sizes.size(of: "ft411", page: 4), 11)
        XCTAssertEqual(sizes.size(of: "ft511", page: 5), 11, "pdftohtml prints page 4's font 11 on page 5 as ft511")
        XCTAssertEqual(sizes.size(of: "ft72", page: 7), 12, "9 points are 12 pixels")
        XCTAssertNil(sizes.size(of: "ft599", page: 5))
    }

    func testRunsArePlacedWhereTheFileSaysAndHostileNumbersAreLeftOut() {
        let glyphs = PlacedTextPage.glyphs(.init(text: "规章 12", left: 100, middle: 50, size: 10, width: nil))
        XCTAssertEqual(glyphs.map(\.x), [100, 110, 120, 125, 130])
        XCTAssertEqual(Set(glyphs.map(\.baseline)), [53])
        // The width the XML gives scales the estimate; one far from it is a damaged file's and left alone.
        XCTAssertEqual(PlacedTextPage.glyphs(.init(text: "12", left: 0, middle: 0, size: 10, width: 20)).map(\.x), [0, 10])
        XCTAssertEqual(PlacedTextPage.glyphs(.init(text: "12", left: 0, middle: 0, size: 10, width: 9_999)).map(\.x), [0, 5])
        XCTAssertEqual(PlacedTextPage.glyphs(.init(text: "12", left: 1e300, middle: 0, size: 10, width: nil)), [])
        XCTAssertNil(HTMLRuns.pixels("1e300px"))
        XCTAssertEqual(HTMLRuns.pixels("12px !important"), 12)
    }

    func testAnXMLOfAlmostNoTextOrWithEntitiesIsRefusedNamingIt() throws {
        let site = try ImportSite()
        let header = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        let sparse = site.root.appendingPathComponent("sparse.xml")
        try Data((header + ##"<pdf2xml producer="poppler"><page number="1" top="0" left="0" height="1263" width="892"><fontspec id="0" size="19" family="SimSun" color="#000000"/><text top="100" left="100" width="60" height="19" font="0">年度报告</text></page></pdf2xml>"##).utf8).write(to: sparse)
        let outcome = site.importFile(sparse, agency: "x", year: 2024)
        XCTAssertEqual(outcome.status, .failed)
        XCTAssertEqual(outcome.problems.first?.rule, "import-unreadable")
        XCTAssertTrue(outcome.problems.first?.message.contains("pdftohtml's XML") ?? false, "\(outcome.problems)")
        let entities = site.root.appendingPathComponent("entities.xml")
        try Data((header + #"<!DOCTYPE pdf2xml [<!ENTITY a "aaaaaaaaaa">]><pdf2xml><page number="1"><text top="1" left="1" width="1" height="1">&a;</text></page></pdf2xml>"#).utf8)
            .write(to: entities)
        let refused = site.importFile(entities, agency: "x", year: 2024)
        XCTAssertEqual(refused.status, .failed)
        XCTAssertEqual(refused.problems.first?.rule, "import-unreadable")
        XCTAssertEqual(site.contentFiles().keys.filter { $0.contains("agencies/x/") }, [])
    }
}
