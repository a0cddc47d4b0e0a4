import Foundation
import PortalImport
@testable import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// What `portal import` writes is read straight from its bytes (the plain
/// reader, `PlainReportFile`), `source:` block included, and makes the
/// report the general path makes from the same file.
@Suite("Imported reports on the plain path")
struct ImportedPlainReadingTests {
    @Test func importedReportsTakeThePlainPathAndAgree() throws {
        let site = try ImportSite()
        let files: [(URL, String?)] = [
            (ImportFixtures.own("xiasha-2021.docx"), nil), (ImportFixtures.referenceText, "reference-text"),
            (ImportFixtures.own("xiasha-2021-gbk.html"), "gbk-page"),
            // The 2019 format: fractions in 万元, negative 本年增/减.
            (ImportFixtures.own("real-layouts/format-2019-in-2020.docx"), "format-2019"),
        ]
        for (file, agency) in files {
            #expect(site.importFile(file, agency: agency, force: true).status == .written, "\(file.lastPathComponent)")
        }
        let forms = SiteLoader(root: site.root).forms()
        let shapes = forms.mapValues(ReportFileShape.init)
        let written = ["xiasha/2021", "reference-text/2021", "gbk-page/2021", "format-2019/2020"]
        for folder in written {
            let path = "content/agencies/\(folder)/report.yaml"
            let text = try site.site.read(path)
            #expect(text.contains("\nsource:\n"), "\(folder)")
            let year = Int(folder.suffix(4))!
            let taken = PlainReportFile.read(text, path: path, year: year, forms: forms, shapes: shapes)
            #expect(taken?.source?.file.hasPrefix("source.") == true, "\(folder) went the general way")
            let readings = [true, false].map { plain in
                let log = DiagnosticLog()
                var reader = ReportReader(forms: forms, log: log)
                reader.readsPlainFiles = plain
                let report = reader.report(in: site.root.appendingPathComponent("content/agencies/\(folder)"), agency: String(folder.prefix { $0 != "/" }),
                                           year: year, displayPath: "content/agencies/\(folder)")
                return (report?.everyField ?? "no report", log.diagnostics.map(\.description))
            }
            #expect(readings[0].0 == readings[1].0, "\(folder)")
            #expect(readings[0].1 == readings[1].1, "\(folder)")
            #expect(readings[0].0.contains("sha256"), "\(folder): the source is kept")
        }
    }
}
