import PortalBuild
import PortalImport
import PortalModel
import XCTest

/// An imported report's page offers the file the agency published (原文).
final class PublishedOriginalTests: XCTestCase {
    func testTheBuiltReportPageLinksTheOriginalAndTheSiteHoldsIt() throws {
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(ImportFixtures.own("xiasha-2021.docx"), force: true).status, .written)
        let output = site.root.appendingPathComponent("public")
        _ = try SiteBuilder(root: site.root, output: output).build()
        let folder = output.appendingPathComponent("agencies/xiasha/2021")
        let page = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        // Beside its page, linked by its name (as report.json and report.csv are).
        XCTAssertTrue(page.contains(#"<a href="source.docx" download><span class="format">Word</span> 原文（所发布的Word文件）</a>"#), page)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("source.docx")),
                       try Data(contentsOf: ImportFixtures.own("xiasha-2021.docx")))
    }

    func testAReportNamingAMissingOrForeignOriginalIsALoadError() throws {
        let site = try ImportSite()
        XCTAssertEqual(site.importFile(ImportFixtures.referenceText, force: true).status, .written)
        try site.site.remove("content/agencies/xiasha/2021/source.txt")
        let missing = site.load().diagnostics.filter { $0.rule == "source-file" }
        XCTAssertEqual(missing.map(\.location.path), ["content/agencies/xiasha/2021/report.yaml"])
        XCTAssertTrue(missing.first?.message.contains("source.txt is missing") ?? false)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/agencies/xiasha/2021/source.txt").path,
                                                   withDestinationPath: "/etc/hostname")
        let outside = site.load().diagnostics.filter { $0.rule == "outside-site" }
        XCTAssertEqual(outside.map(\.location.path), ["content/agencies/xiasha/2021/source.txt"], "a link out of the site is never published")
        try site.site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "file: source.txt", with: "file: ../../../site.yaml")
        XCTAssertTrue(site.load().diagnostics.contains { $0.rule == "source-file" && $0.message.contains("is not a source file name") })
    }
}
