import Foundation
@testable import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// The plain reader (`PlainReportFile`) and the general path (YAML nodes,
/// `MappingReader`, `CellReader`) must make the same report with the same
/// diagnostics from every file; the plain reader takes the shape portal
/// writes and leaves everything else, every problem included, to the other.
@Suite("Plain report reader")
struct PlainReportFileTests {
    static let report = "content/agencies/xiasha/2021/report.yaml"

    /// What one path made of the report folder: the report's fields and the diagnostics, as text.
    struct Reading: Equatable {
        var report: String
        var diagnostics: [String]
    }

    static func read(_ site: TestSite, plain: Bool, path: String = report) -> Reading {
        let folder = site.url(path).deletingLastPathComponent()
        let display = String(path.dropLast("/report.yaml".count))
        let log = DiagnosticLog()
        let forms = SiteLoader(root: site.root).forms()
        var reader = ReportReader(forms: forms, log: log)
        reader.readsPlainFiles = plain
        let agency = path.split(separator: "/")[2]
        let report = reader.report(in: folder, agency: String(agency), year: Int(display.suffix(4))!, displayPath: display)
        return Reading(report: report?.everyField ?? "no report", diagnostics: log.diagnostics.map(\.description))
    }

    /// The example's report with its comments and alignment, then the same without comments.
    static func plainCopy(of text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { return nil }
            return line.range(of: "  #").map { String(line[..<$0.lowerBound]) } ?? String(line)
        }.joined(separator: "\n")
    }

    @Test func takesTheExampleReportsAndAgrees() throws {
        let site = try TestSite()
        let content = site.root.appendingPathComponent("content/agencies")
        let files = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix("/report.yaml") } ?? []
        #expect(files.count == 10)
        let forms = SiteLoader(root: site.root).forms()
        let shapes = forms.mapValues(ReportFileShape.init)
        for file in files {
            let path = "content/agencies/\(file)"
            let text = try site.read(path)
            let taken = PlainReportFile.read(text, path: path, year: Int(file.dropLast("/report.yaml".count).suffix(4))!, forms: forms, shapes: shapes)
            // Acknowledgements (a list of mappings) are the general path's.
            if !text.contains("\nacknowledged:") { #expect(taken != nil, "\(file) went the general way") }
            #expect(Self.read(site, plain: true, path: path) == Self.read(site, plain: false, path: path), "\(file)")
        }
    }

    @Test func takesAFileWithoutCommentsOrAlignment() throws {
        let site = try TestSite()
        try site.write(Self.report, Self.plainCopy(of: try site.read(Self.report)))
        let forms = SiteLoader(root: site.root).forms()
        #expect(PlainReportFile.read(try site.read(Self.report), path: Self.report, year: 2021, forms: forms,
                                     shapes: forms.mapValues(ReportFileShape.init)) != nil)
        let plain = Self.read(site, plain: true)
        #expect(plain == Self.read(site, plain: false))
        #expect(plain.diagnostics.isEmpty)
    }

    /// Cells the plain reader takes itself, each at its line and column
    /// (wide characters before a cell count as one column each).
    @Test(arguments: [
        "[\"\", \"-\", \"无\"]", "[-1, +2, 007]", "[ 1 , 2,3 ]", "[\"－\", 5, \"/\"]  # 中文注释", "[000000000012, 1, 1]", "[\" 1 \", \"2\", 3]", "[1.5, 0.25, 3]", "[-0.5, +1.0, 3]",
    ])
    func agreesOnCells(cells: String) throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: "  regulations:        [0, 0, 0]", with: "  regulations: \(cells)")
        let plain = Self.read(site, plain: true)
        #expect(plain == Self.read(site, plain: false))
        #expect(plain.diagnostics.isEmpty, "\(plain.diagnostics)")
    }

    /// Every kind of bad or unusual input: the same report (or none) and
    /// the same diagnostics, word for word, from both paths.
    @Test(arguments: [
        ("year: 2021", "year: 2020"), ("year: 2021", "year: 02021"), ("year: 2021", "year: 2021\nyear: 2021"), ("year: 2021", ""),
        ("form: gov-info-2021", "form: gov-info-2031"), ("form: gov-info-2021", "form: gov-info-2021\nform: gov-info-2021"),
        ("form: gov-info-2021", "form:  gov-info-2021  # the form"), ("form: gov-info-2021", "year: 2021\nform: gov-info-2021"),
        ("form: gov-info-2021", "form: gov-info-2021\npublished: 2022-01-20  # 2022年1月20日"),
        ("form: gov-info-2021", "form: gov-info-2021\npublished: null"), ("form: gov-info-2021", "form: gov-info-2021\npublished: \"2022-01-20\""),
        ("form: gov-info-2021", "form: gov-info-2021\nblankCells: zero"), ("form: gov-info-2021", "form: gov-info-2021\nextra: 1"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0, 0]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0.5]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 1234567890123]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, \"x\"]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 两]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, ~]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, -]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, , 0]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0]#x"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0] x"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 'x']"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, \"a\\\"b\"]"),
        ("  regulations:        [0, 0, 0]", "  regulations:\t[0, 0, 0]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0]\r"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0]\n  regulations:        [0, 0, 0]"),
        ("  regulations:        [0, 0, 0]", "  regulation:        [0, 0, 0]"),
        ("  regulations:        [0, 0, 0]", ""),
        ("  regulations:        [0, 0, 0]", "   regulations:        [0, 0, 0]"),
        ("  regulations:        [0, 0, 0]", "  regulations:\n    a: [0, 0, 0]"),
        ("  regulations:        [0, 0, 0]", "  regulations: 0"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0]\n  # 注释\n\n"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, \"\u{85}\"]"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0]  # \u{FEFF}"),
        ("  regulations:        [0, 0, 0]", "  regulations:        [0, 0, 0]  # " + String(repeating: "x", count: 20_001)),
        ("proactive:", "proactive:\nextraTable:\n  a: [1]\nproactive2:"),
        ("proactive:", "proactive: # 二"),
        ("proactive:", "proactive:x"),
    ])
    func agreesOnEveryProblem(old: String, new: String) throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: old, with: new)
        #expect(Self.read(site, plain: true) == Self.read(site, plain: false))
    }

    /// The report as `portal import` writes it: a note on where it came
    /// from, the date as printed, the `source:` block, the published file beside it.
    static func imported(_ site: TestSite) throws {
        try site.edit(report, replacing: "year: 2021\n", with: """
            year: 2021
            published: 2022-01-20  # 2022年1月20日 as printed in the file

            # The published file this report was imported from, kept beside it as source.pdf.
            source:
              name: "下沙街道2021年政府信息公开工作年度报告（定稿）.pdf"
              file: source.pdf
              format: pdf
              sha256: 70adf2dbf004f7d2a63782ccf6af676b17d92d4eab22191c23fd1b6878bc3ce7
              imported: "2026-01-15"

            """)
        try site.write("content/agencies/xiasha/2021/source.pdf", "%PDF-1.4 下沙")
    }

    @Test func takesAnImportedReport() throws {
        let site = try TestSite()
        try Self.imported(site)
        let forms = SiteLoader(root: site.root).forms()
        let taken = PlainReportFile.read(try site.read(Self.report), path: Self.report, year: 2021, forms: forms, shapes: forms.mapValues(ReportFileShape.init))
        #expect(taken?.source == ReportSource(originalName: "下沙街道2021年政府信息公开工作年度报告（定稿）.pdf",
                                              sha256: "70adf2dbf004f7d2a63782ccf6af676b17d92d4eab22191c23fd1b6878bc3ce7",
                                              format: "pdf", imported: "2026-01-15", file: "source.pdf"))
        let plain = Self.read(site, plain: true)
        #expect(plain == Self.read(site, plain: false))
        #expect(plain.diagnostics.isEmpty, "\(plain.diagnostics)")
        #expect(plain.report.contains("source.pdf"))
    }

    /// Unusual or bad `source:` blocks, and published files that cannot be
    /// published: the same report (or none) and diagnostics from both paths.
    @Test(arguments: [
        // Other spellings YAML reads alike, and keys in another order.
        ("  file: source.pdf\n", "  file: \"source.pdf\"\n"), ("  format: pdf\n", "  format: 'pdf'\n"),
        ("  format: pdf\n", "  format: pdf  # 由 portal import 写入\n"), ("  imported: \"2026-01-15\"", "  imported: 2026-01-15"),
        ("  name: \"下沙", "    name: \"下沙"), ("  name: \"下沙街道2021年政府信息公开工作年度报告（定稿）.pdf\"\n", ""),
        ("source:\n  name:", "source:  # 原文\n  # 所发布的文件\n  name:"),
        ("  name: \"下沙街道2021年政府信息公开工作年度报告（定稿）.pdf\"\n  file: source.pdf\n", "  file: source.pdf\n  name: \"x.pdf\"\n"),
        // Escapes, marks and keys the plain reader leaves to the general path.
        ("（定稿）.pdf\"", "（\\\"定稿\\\"）.pdf\""), ("（定稿）.pdf\"", "\\t.pdf\""), ("  format: pdf\n", "  format: \"\"\n"),
        ("  format: pdf\n", "  format: null\n"), ("  format: pdf\n", "  format: ~\n"), ("  format: pdf\n", "  format:\n"),
        ("  format: pdf\n", "  format: [pdf]\n"), ("  format: pdf\n", "  format: pdf\n  format: pdf\n"),
        ("  format: pdf\n", "  format: pdf\n  pages: 12\n"), ("  format: pdf\n", "  format: p#df\n"),
        ("  format: pdf\n", "  format: pdf x\n"), ("  format: pdf\n", "  format:\tpdf\n"), ("  format: pdf\n", "  format: -pdf\n"),
        ("  format: pdf\n", "  format: pdf\n   other: 1\n"),
        ("  format: pdf\n", "  format:\n    type: pdf\n"), ("  format: pdf\n", " format: pdf\n"),
        ("  sha256: 70adf2", "  sha256: \"70adf2"), ("  sha256: 70adf2", "  sha256:  70adf2"),
        ("source:\n", "source: pdf\n"), ("source:\n", "source:\nsource:\n"), ("source:\n", "source:x\n"),
        ("source:\n", "source:\n  file: source.pdf\nsource2:\n"),
        // Files that are not the report's own source file.
        ("  file: source.pdf\n", "  file: source.PDF\n"), ("  file: source.pdf\n", "  file: ../../../site.yaml\n"),
        ("  file: source.pdf\n", "  file: source.\n"), ("  file: source.pdf\n", "  file: original.pdf\n"),
        ("  file: source.pdf\n", "  file: source.docx\n"), ("  file: source.pdf\n", "  file: \"source.pdf \"\n"),
    ])
    func agreesOnSourceBlocks(old: String, new: String) throws {
        let site = try TestSite()
        try Self.imported(site)
        try site.edit(Self.report, replacing: old, with: new)
        #expect(Self.read(site, plain: true) == Self.read(site, plain: false))
    }

    /// The published file missing, or a link out of the site: both paths say so.
    @Test func agreesOnAMissingOrForeignOriginal() throws {
        let site = try TestSite()
        try Self.imported(site)
        try site.remove("content/agencies/xiasha/2021/source.pdf")
        let missing = Self.read(site, plain: true)
        #expect(missing == Self.read(site, plain: false))
        #expect(missing.diagnostics.contains { $0.contains("source.pdf is missing") })
        try FileManager.default.createSymbolicLink(atPath: site.url("content/agencies/xiasha/2021/source.pdf").path, withDestinationPath: "/etc/hostname")
        let outside = Self.read(site, plain: true)
        #expect(outside == Self.read(site, plain: false))
        #expect(outside.diagnostics.contains { $0.contains("leads outside the site folder") })
    }

    /// A table left empty or removed, and a file cut short.
    @Test func agreesOnMissingTables() throws {
        let site = try TestSite()
        let text = Self.plainCopy(of: try site.read(Self.report))
        for cut in [text.components(separatedBy: "applications:")[0] + "applications:\n",
                    text.components(separatedBy: "applications:")[0], "form: gov-info-2021\nyear: 2021\n", ""] {
            try site.write(Self.report, cut)
            #expect(Self.read(site, plain: true) == Self.read(site, plain: false))
        }
    }
}
