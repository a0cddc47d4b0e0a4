import Foundation
import PortalLoader
@testable import PortalImport
import PortalTestSupport
import Testing

/// Bounded fuzzing of the importer's readers (text, web page, Word, OFD): cut,
/// mutated and recombined published files give a report or diagnostics,
/// never a crash or a hang. `scripts/fuzz` runs these far longer.
@Suite("Fuzzing the importer")
struct FuzzImportTests {
    static let forms = Array(FormLoader.builtInForms().forms.values).sorted { $0.id < $1.id }
    static let alphabet = Fuzz.yamlAlphabet + [
        "一、总体情况\n", "三、收到和处理政府信息公开申请情况\n", "（七）总计", "\t", " | ", "自然人", "-4-\n", "<td>", "</td>", "<tr>",
        "</tr>", "<table>", "<td rowspan=\"3\">", "<td colspan=\"99999\">", "<br>", "<meta charset=\"gbk\">", "&nbsp;", "１２", "1,234",
        "=E4=B8=80", "=\r\n", "=3D", "--", "----MultipartBoundary--Variant--\r\n", "Content-Transfer-Encoding: base64\r\n", "\r\n\r\n",
        "<div style=\"display:grid;grid-template-columns:repeat(3,1fr)\">", "<div style=\"grid-column:span 99\">", "</div>", "<sup>", "<del>",
        "<span style=\"display:none\">", "<a href=\"x_2.html\">下一页</a>", "<a href=\"#\">一、总体情况</a>", "\u{0C}", "第 3 页 共 8 页\n",
        "【打印本页】\n", "上一篇：某局2022年政府信息公开工作年度报告\n", "\t中国政府网\n", "\r", "\n\n", "\u{0}",
    ]

    /// The reader for `data`, then recognition against the forms: a result either way.
    static func holds(_ data: Data) -> Bool {
        switch Extraction.lines(of: data, file: URL(fileURLWithPath: "/nonexistent.pdf"), path: "fuzz") {
        case .failure(let failure): return !failure.diagnostics.isEmpty
        case .success(let document):
            switch ReportRecogniser.recognise(document, forms: forms, year: 2021, path: "fuzz") {
            case .failure(let failure): return !failure.diagnostics.isEmpty
            case .success: return true
            }
        }
    }

    @Test(arguments: ["xiasha-2021.md", "xiasha-2021-gbk.html", "links-only.html", "variants/template-filled.mhtml",
                      "tika/xiasha-2021.docx.txt", "tika/gov-portal-page.html.txt", "word-xml/xiasha-2021-flat.doc"])
    func mutatedFiles(name: String) throws {
        let original = try Data(contentsOf: Repository.root.appendingPathComponent("Tests/PortalImportTests/Fixtures/\(name)"))
        let text = String(decoding: original, as: UTF8.self)
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(60) {
            let data = fuzz.mutate(text, alphabet: Self.alphabet, edits: 1...12)
            if !Self.holds(data) {
                Issue.record("no result and no diagnostic (seed \(fuzz.random.seed))")
                return
            }
        }
    }

    @Test(arguments: ["xiasha-2021.docx", "alt-chunks/html-docx-js.docx"])
    func mutatedWordFiles(name: String) throws {
        let original = try Data(contentsOf: Repository.root.appendingPathComponent("Tests/PortalImportTests/Fixtures/\(name)"))
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(150) {
            if !Self.holds(fuzz.damage(original)) {
                Issue.record("no result and no diagnostic (seed \(fuzz.random.seed))")
                return
            }
        }
    }

    /// The markup of word/document.xml mutated (not the zip's bytes, which mostly
    /// stop at the archive): text boxes in paragraphs, tracked changes, merges.
    @Test(arguments: ["variants/word-text-box.docx", "variants/word-tracked-changes.docx", "variants/word-nested-layout.docx"])
    func mutatedWordMarkup(name: String) throws {
        let archive = try Data(contentsOf: Repository.root.appendingPathComponent("Tests/PortalImportTests/Fixtures/\(name)"))
        let xml = String(decoding: try ZipEntryReader.read("word/document.xml", from: archive, limit: 1 << 20), as: UTF8.self)
        let tags = ["<w:p>", "</w:p>", "<w:tc>", "</w:tc>", "<w:tr>", "</w:tr>", "<w:tbl>", "</w:tbl>", "<w:txbxContent>", "</w:txbxContent>",
                    "<mc:Fallback>", "</mc:Fallback>", "<w:del>", "</w:del>", "<w:hMerge/>", "<w:vMerge/>", "<w:gridSpan w:val=\"99\"/>",
                    "<w:noBreakHyphen/>", "<w:r><w:t>7</w:t></w:r>"]
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(60) {
            let mutated = String(decoding: fuzz.mutate(xml, alphabet: tags, edits: 1...8), as: UTF8.self)
            if !Self.holds(DocxArchive.single(documentXML: mutated)) {
                Issue.record("no result and no diagnostic (seed \(fuzz.random.seed))")
                return
            }
        }
    }

    /// An OFD file's bytes mutated and cut short (mostly stopping at the archive), and its first
    /// page's markup mutated with the elements and attributes that place text.
    @Test func mutatedOFDFiles() throws {
        let original = try Data(contentsOf: Repository.root.appendingPathComponent("Tests/PortalImportTests/Fixtures/ofd/xiasha-2021-runs.ofd"))
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(60) {
            if !Self.holds(fuzz.damage(original)) {
                Issue.record("no result and no diagnostic (seed \(fuzz.random.seed))")
                return
            }
        }
        let parts = ["OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml"]
        let contents = try parts.map { try ZipEntryReader.read($0, from: original, limit: 1 << 20) }
        let tags = ["<ofd:TextObject ID=\"9\" Boundary=\"1e308 0 10 10\" Size=\"4\">", "</ofd:TextObject>", "<ofd:TextCode X=\"0\" Y=\"4\">",
                    "</ofd:TextCode>", " DeltaX=\"g 99999999 3\"", " DeltaX=\"g\"", " CTM=\"0 1 -1 0 0 0\"", " CTM=\"1e308 0 0 -1 0 0\"",
                    "<ofd:PageBlock>", "</ofd:PageBlock>", "<ofd:Template TemplateID=\"1\"/>", "<ofd:ImageObject Boundary=\"0 0 200 200\"/>",
                    "公开", "7", " Size=\"0\"", " Size=\"-3\"", " Boundary=\"nan\""]
        for _ in 0..<Fuzz.rounds(60) {
            let page = fuzz.mutate(String(decoding: contents[2], as: UTF8.self), alphabet: tags, edits: 1...8)
            let archive = DocxArchive.archive([(parts[0], contents[0]), (parts[1], contents[1]), (parts[2], page)])
            if !Self.holds(archive) {
                Issue.record("no result and no diagnostic (seed \(fuzz.random.seed))")
                return
            }
        }
    }

    /// PDF word boxes (`pdftotext -bbox-layout`, imported for themselves) with coordinates and page sizes replaced: numbers
    /// no page holds (`-1e+308`, `nan`, `inf`) once crashed the layout text (a Double too large for an Int); a file whose
    /// places no page reaches is refused, the rest read or refused, never a crash.
    @Test(arguments: ["real-pages/eighteen/huaian-2024-page3.bbox-layout.html", "trial-cells/nineteen-dalong-2025-plain-lo.pdf.bbox.html"])
    func mutatedWordBoxes(name: String) throws {
        let original = try String(contentsOf: Repository.root.appendingPathComponent("Tests/PortalImportTests/Fixtures/\(name)"), encoding: .utf8)
        let values = ["-1e+308", "1e308", "nan", "inf", "-inf", "1e-300", "0", "-0", "14400", "14401", "-5", "1e9", "", "x", "600", "842.5"]
        let lines = original.components(separatedBy: "\n")
        let placed = lines.indices.filter { lines[$0].contains("<word ") || lines[$0].contains("<page ") }
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(60) {
            var mutated = lines
            for _ in 0..<Int.random(in: 1...8, using: &fuzz.random) {
                let line = placed.randomElement(using: &fuzz.random)!
                // `<word xMin="a" yMin="b" xMax="c" yMax="d">`: the values sit between the 1st/2nd, 3rd/4th… quotes.
                var parts = mutated[line].components(separatedBy: "\"")
                guard parts.count > 2 else { continue }
                parts[2 * Int.random(in: 0..<(parts.count - 1) / 2, using: &fuzz.random) + 1] = values.randomElement(using: &fuzz.random)!
                mutated[line] = parts.joined(separator: "\"")
            }
            if !Self.holds(Data(mutated.joined(separator: "\n").utf8)) {
                Issue.record("no result and no diagnostic (seed \(fuzz.random.seed))")
                return
            }
        }
    }

    /// A report's pictures damaged (bytes replaced, cut short): a PDF of them or a refusal naming the picture, never a
    /// trap (the PNG and GIF decoders read every length, filter, palette index, code and pass from the file; a WebP is
    /// libwebp's to refuse).
    @Test(arguments: ["kinds/rgba8-adam7-pypng.png", "kinds/palette-pillow.png", "kinds/grey2-pypng.png", "kinds/rgb16-pypng.png",
                      "kinds/greyalpha8-pillow.png", "kinds/cmyk.jpg", "kinds/rgb-progressive.jpg",
                      "kinds/grey8-interlaced-pillow.gif", "kinds/palette-pillow.gif", "kinds/rgba8-lossless.webp"])
    func damagedPictures(name: String) throws {
        let original = try Data(contentsOf: Repository.root.appendingPathComponent("Tests/PortalImportTests/Fixtures/pictures/\(name)"))
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(200) {
            let damaged = fuzz.damage(original)
            switch PublishedPictures.pdf(of: [(name, damaged)], path: "fuzz") {
            case .success(let made): #expect(made.pages >= 1 && made.pdf.starts(with: Array("%PDF-1.4".utf8)))
            case .failure(let failure):
                if failure.diagnostics.isEmpty { Issue.record("no PDF and no diagnostic (seed \(fuzz.random.seed))"); return }
            }
        }
    }

    /// Inputs the fuzzer found that once crashed the import, kept so they never do again.
    @Test(arguments: ["crash-zip-range.docx", "hang-truncated-deflate.docx"])
    func regressions(name: String) throws {
        let data = try Data(contentsOf: Repository.root.appendingPathComponent("Tests/PortalImportTests/Fixtures/fuzz/\(name)"))
        #expect(Self.holds(data))
    }

    @Test func generatedText() {
        var fuzz = Fuzz()
        for _ in 0..<Fuzz.rounds(300) {
            let text = fuzz.text(from: Self.alphabet, length: 0...80)
            if !Self.holds(Data(text.utf8)) {
                Issue.record("no result and no diagnostic (seed \(fuzz.random.seed)): \(text.debugDescription)")
                return
            }
        }
    }
}
