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
        let report = reader.report(in: folder, agency: "xiasha", year: Int(display.suffix(4))!, displayPath: display)
        return Reading(report: report.map(describe) ?? "no report", diagnostics: log.diagnostics.map(\.description))
    }

    /// Every field of a report, cells with their lines and columns.
    static func describe(_ report: Report) -> String {
        var lines = ["\(report.agencySlug) \(report.year) \(report.formID) \(report.published ?? "-") \(report.location) \(report.formLocation) \(report.sourceDigest)"]
        lines.append("\(String(describing: report.source)) \(String(describing: report.blankCells)) \(report.acknowledgements) \(report.corrections.map(\.location))")
        for (id, text) in report.narratives.sorted(by: { $0.key < $1.key }) { lines.append("\(id) \(text.location) \(text.value)") }
        for table in report.tables.keys.sorted() {
            for (row, cells) in report.tables[table]!.sorted(by: { $0.key < $1.key }) {
                lines.append("\(table).\(row): " + cells.map { "\($0.value.display)@\($0.location)" }.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n")
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
