import Foundation
@testable import PortalImport
import PortalModel
import Testing

/// OFD files (开放版式文档, GB/T 33190) in the shapes real producers write
/// (Fixtures/ofd/, made from the reference report's PDF and the filled-in
/// template's by make-ofd.py): each imports to the same cells and
/// narratives as the Word file they were printed from; broken and hostile
/// ones are refused, nothing written.
@Suite("Importing OFD files")
struct OFDImportTests {
    static func ofd(_ name: String) -> URL { ImportFixtures.own("ofd/\(name)") }

    /// Imports the OFD and the Word file into one site; every cell and every narrative must be equal.
    @discardableResult
    static func expectImportsAsTheWordFile(_ name: String, word: String = "xiasha-2021.docx", year: Int = 2021) throws -> (ImportOutcome, Report) {
        let site = try ImportSite()
        let fromOFD = site.importFile(ofd(name), agency: "from-ofd")
        #expect(fromOFD.status == .written, "\(name): \(fromOFD.problems)")
        #expect(fromOFD.format == .ofd)
        let fromWord = site.importFile(ImportFixtures.own(word), agency: "from-word")
        #expect(fromWord.status == .written, "\(word): \(fromWord.problems)")
        let a = try #require(site.report("from-ofd", year)), b = try #require(site.report("from-word", year))
        for table in ["proactive", "applications", "appeals"] {
            #expect(cellTexts(a, table: table) == cellTexts(b, table: table), "\(name) \(table)")
        }
        for id in ["preamble", "overview", "problems", "other"] {
            #expect(a.narratives[id]?.value == b.narratives[id]?.value, "\(name) \(id)")
        }
        return (fromOFD, a)
    }

    @Test(arguments: ["xiasha-2021-runs.ofd", "xiasha-2021-characters.ofd", "xiasha-2021-ctm.ofd",
                      "xiasha-2021-templates.ofd", "xiasha-2021-sealed.ofd"])
    func importsAsTheWordFile(name: String) throws {
        let (outcome, _) = try Self.expectImportsAsTheWordFile(name)
        #expect(outcome.problems.filter { $0.severity == .error }.isEmpty, "\(outcome.problems)")
    }

    /// The filled-in template: every one of its 200 cells is figures.json's.
    @Test func theFilledInTemplateImportsEveryFigure() throws {
        let (_, report) = try Self.expectImportsAsTheWordFile("template-filled-runs.ofd", word: "variants/template-filled.docx", year: 2022)
        let expected = try #require(VariantFixtures.figures).figures
        var imported: [String: [String]] = [:]
        for table in ["proactive", "applications", "appeals"] { imported.merge(cellTexts(report, table: table)) { $1 } }
        #expect(imported == expected)
    }

    /// A header on a template page behind every page and a footer on one over it are page
    /// furniture: in no narrative. A seal's name round its ring (turned text) and its annotation neither.
    @Test func templatesAndSealsAreNotTheReportsText() throws {
        for name in ["xiasha-2021-templates.ofd", "xiasha-2021-sealed.ofd"] {
            let (_, report) = try Self.expectImportsAsTheWordFile(name)
            let text = report.narratives.values.map(\.value).joined()
            for furniture in ["下沙街道政府信息公开\n", "办事处印发", "电子印章"] {
                #expect(!text.contains(furniture), "\(name): \(furniture)")
            }
        }
        let layout = try Self.layout("xiasha-2021-templates.ofd")
        let headers = layout.text.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "下沙街道政府信息公开" }
        #expect(headers.count == 6, "the header is read on each of the 6 pages")
    }

    /// A second document bound in the same file is not read, and the import says so.
    @Test func onlyTheFirstDocumentIsRead() throws {
        let (outcome, _) = try Self.expectImportsAsTheWordFile("xiasha-2021-two-documents.ofd")
        let warning = try #require(outcome.problems.first { $0.rule == Rule.importOtherDocuments.id })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("holds 2 documents; the first is imported"))
    }

    @Test(arguments: [
        ("scanned.ofd", "a scanned OFD: every page is a picture (1 in all), there is no text to read"),
        ("zip-bomb.ofd", "would unpack to more than any report"),
        ("entity-bomb.ofd", "declares a DTD or entities"),
        ("damaged.ofd", "the OFD file is damaged: Doc_0/Pages/Page_0/Content.xml cannot be unpacked"),
        ("page-missing.ofd", "Doc_0/Pages/Page_1/Content.xml is not in the archive"),
        ("../report.ofd", "an OFD document without a page"),
    ])
    func brokenFilesAreRefused(name: String, words: String) throws {
        let site = try ImportSite()
        let before = site.contentFiles()
        let outcome = site.importFile(Self.ofd(name), agency: "xiasha")
        #expect(outcome.status != .written)
        let problem = try #require(outcome.problems.first, "\(name)")
        #expect(problem.rule == Rule.importUnreadable.id, "\(name): \(outcome.problems)")
        #expect(problem.message.contains(words), "\(name): \(problem.message)")
        #expect(problem.hint != nil)
        #expect(site.contentFiles() == before)
    }

    /// An OFD is told by its content: a zip holding OFD.xml, whatever its name.
    @Test func anOFDIsToldByItsEntryPoint() throws {
        #expect(SourceFormat.detect(try Data(contentsOf: Self.ofd("xiasha-2021-runs.ofd"))) == .ofd)
        #expect(SourceFormat.detect(try Data(contentsOf: ImportFixtures.own("xiasha-2021.docx"))) == .docx)
        #expect(SourceFormat.ofd.fileExtension == "ofd")
    }

    // MARK: reading the parts

    @Test func stepsExpandTheirShorthandAndNeverPastTheCharacters() {
        #expect(OFDTextObject.steps("g 3 4.2 1 g 2 0.5", count: 6) == [4.2, 4.2, 4.2, 1, 0.5, 0.5])
        #expect(OFDTextObject.steps("g 1000000000 1", count: 3) == [1, 1, 1])
        #expect(OFDTextObject.steps("1 x 2", count: 3) == [1, nil, 2])
        #expect(OFDTextObject.steps("g", count: 3) == [])
        #expect(OFDTextObject.steps(nil, count: 3) == [])
    }

    @Test func locationsResolveFromThePartNamingThem() {
        #expect(OFDPackage.resolve("Doc_0/Document.xml", from: "OFD.xml") == "Doc_0/Document.xml")
        #expect(OFDPackage.resolve("Pages/Page_0/Content.xml", from: "Doc_0/Document.xml") == "Doc_0/Pages/Page_0/Content.xml")
        #expect(OFDPackage.resolve("/Doc_0/Tpls/Tpl_0/Content.xml", from: "Doc_0/Document.xml") == "Doc_0/Tpls/Tpl_0/Content.xml")
        #expect(OFDPackage.resolve("../../Res/a.png", from: "Doc_0/Pages/Page_0/Content.xml") == "Doc_0/Res/a.png")
        #expect(OFDPackage.resolve("../../../../etc/passwd", from: "Doc_0/Document.xml") == "etc/passwd")
    }

    /// Characters placed from X, the steps and the CTM; an object turned by its CTM is not read.
    @Test func charactersArePlacedByTheirStepsAndTheObjectsCTM() throws {
        let page = """
            <ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">
            <ofd:TextObject ID="2" Boundary="10 20 100 10" Size="10" CTM="0.5 0 0 0.5 0 0"><ofd:TextCode X="4" Y="10" DeltaX="g 2 10">公开2</ofd:TextCode></ofd:TextObject>
            <ofd:TextObject ID="3" Boundary="10 40 100 10" Size="5" CTM="0 1 -1 0 0 0"><ofd:TextCode X="0" Y="5">印章</ofd:TextCode></ofd:TextObject>
            <ofd:PageBlock ID="4"><ofd:TextObject ID="5" Boundary="10 60 100 10" Size="4"><ofd:TextCode X="0" Y="4">块</ofd:TextCode></ofd:TextObject></ofd:PageBlock>
            <ofd:TextObject ID="6" Boundary="10 80 100 10" Size="4"><ofd:TextCode X="0" Y="4">年度2</ofd:TextCode><ofd:TextCode>0</ofd:TextCode></ofd:TextObject>
            </ofd:Layer></ofd:Content></ofd:Page>
            """
        var package = OFDPackage(Self.archive(page: page))
        let document = try OFDDocument(package: &package)
        let glyphs = try OFDPage(document.pages[0], document: document, package: &package).glyphs
        #expect(glyphs.map(\.character) == ["公", "开", "2", "块", "年", "度", "2", "0"])
        let mm = OFDTextObject.pointsPerMillimetre
        #expect(glyphs.prefix(3).map { ($0.x / mm * 1000).rounded() / 1000 } == [12, 17, 22])
        #expect(glyphs.prefix(3).allSatisfy { abs($0.baseline / mm - 25) < 0.001 && abs($0.size / mm - 5) < 0.001 })
        // No steps: a Chinese character 1 em on, a digit ½ em; a code without X or Y goes on from the one before.
        #expect(glyphs.suffix(4).map { ($0.x / mm * 1000).rounded() / 1000 } == [10, 14, 18, 20])
        #expect(glyphs.suffix(4).allSatisfy { abs($0.baseline / mm - 84) < 0.001 })
    }

    /// Numbers no page holds (10³⁰⁰ mm) are dropped, never overflowing the layout.
    @Test func absurdPlacesAreDropped() throws {
        let page = """
            <ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">
            <ofd:TextObject ID="2" Boundary="1e300 1e300 1 1" Size="1e300"><ofd:TextCode X="1e308" Y="0" DeltaX="1e308 -1e308">公开了</ofd:TextCode></ofd:TextObject>
            <ofd:TextObject ID="3" Boundary="nan 0 1 1" Size="4"><ofd:TextCode X="0" Y="4">开</ofd:TextCode></ofd:TextObject>
            </ofd:Layer></ofd:Content></ofd:Page>
            """
        let read = OFDExtractor.lines(of: Self.archive(page: page), path: "absurd.ofd")
        guard case .failure(let failure) = read else {
            Issue.record("read an OFD without a character on a page")
            return
        }
        #expect(failure.diagnostics.first?.message.contains("prints no text") == true)
    }

    /// The layout text of an OFD fixture, as the PDF path gets it from pdftotext.
    static func layout(_ name: String) throws -> OFDLayout {
        var package = OFDPackage(try Data(contentsOf: ofd(name)))
        let document = try OFDDocument(package: &package)
        var pages: [[OFDGlyph]] = []
        for content in document.pages { pages.append(try OFDPage(content, document: document, package: &package).glyphs) }
        return OFDLayout(pages: pages)
    }

    /// A one-page OFD around a page's content.
    static func archive(page: String) -> Data {
        let ofd = """
            <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody>\
            <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
            """
        let document = """
            <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>\
            </ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>
            """
        return DocxArchive.archive([("OFD.xml", Data(ofd.utf8)), ("Doc_0/Document.xml", Data(document.utf8)),
                                    ("Doc_0/Pages/Page_0/Content.xml", Data(page.utf8))])
    }
}
