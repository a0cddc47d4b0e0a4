import Foundation
import PortalBuild
import PortalModel
import PortalTestSupport
import Testing

/// A clean build lets go of the narratives' text after the checks and reads
/// each file again for the page, report.json and the search index: a file
/// edited or removed in between is never published unchecked.
extension FaultTests {
    /// Builds `site` into `output` while `change` is done to it as the pages step starts.
    static func build(_ site: TestSite, into output: URL, changing change: @escaping @Sendable () throws -> Void) throws {
        var builder = SiteBuilder(root: site.root, output: output)
        builder.progress = { event in
            if event.step == "pages", event.total == nil { try? change() }
        }
        try builder.build()
    }

    @Test func aNarrativeEditedWhileBuildingStopsTheBuildAndLeavesTheOldOutput() throws {
        let site = try TestSite()
        let output = site.url("public")
        try site.write(Self.narrative, "版本甲。\n")
        try SiteBuilder(root: site.root, output: output).build()
        let before = try snapshotFolder(output)
        do {
            try Self.build(site, into: output) { try site.write(Self.narrative, "版本乙：检查之后才写的。\n") }
            Issue.record("the build published a narrative its checks never read")
        } catch let failure as Failure {
            #expect(failure.path == Self.narrative)
            #expect(failure.message.contains("changed while building"), "\(failure)")
            // The first step that reads the file again (a page kept from the last build is not rendered).
            #expect(["pages", "downloads", "feeds, sitemap and search index"].contains(failure.step), "\(failure)")
        }
        #expect(try snapshotFolder(output) == before)
        // Built again, the edit is checked and published.
        try SiteBuilder(root: site.root, output: output).build()
        let page = try String(contentsOf: output.appendingPathComponent("agencies/xiasha/2021/index.html"), encoding: .utf8)
        #expect(page.contains("检查之后才写的"))
    }

    /// The re-read compares the text, not the file's size or time: an edit
    /// of one character for another of as many bytes, its modification
    /// time set back (as `cp -p` or `touch -d` would), is still caught.
    @Test func aNarrativeEditedToTheSameSizeAndTimeWhileBuildingStopsTheBuild() throws {
        let site = try TestSite()
        let output = site.url("public")
        try site.write(Self.narrative, "版本甲。\n")
        let file = site.url(Self.narrative)
        // A whole second: what every file system keeps exactly.
        let modified = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        try SiteBuilder(root: site.root, output: output).build()
        let before = try snapshotFolder(output)
        do {
            try Self.build(site, into: output) {
                try site.write(Self.narrative, "版本乙。\n")
                try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
            }
            Issue.record("the build published a narrative its checks never read")
        } catch let failure as Failure {
            #expect(failure.path == Self.narrative)
            #expect(failure.message.contains("changed while building"), "\(failure)")
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(attributes[.size] as? Int == "版本甲。\n".utf8.count)
        #expect(attributes[.modificationDate] as? Date == modified)
        #expect(try snapshotFolder(output) == before)
    }

    @Test func aNarrativeRemovedWhileBuildingStopsTheBuild() throws {
        let site = try TestSite()
        let output = site.url("public")
        try SiteBuilder(root: site.root, output: output).build()
        let before = try snapshotFolder(output)
        do {
            try Self.build(site, into: output) { try FileManager.default.removeItem(at: site.url(Self.narrative)) }
            Issue.record("the build published a narrative whose file is gone")
        } catch let failure as Failure {
            #expect(failure.path == Self.narrative)
            #expect(failure.message.contains("changed while building"), "\(failure)")
        }
        #expect(try snapshotFolder(output) == before)
    }

    @Test func aBuildThatReadsTheNarrativesAgainWritesWhatOneHoldingThemWrites() throws {
        let site = try TestSite()
        try site.write(Self.narrative, "本机关继续做好政务公开工作。<!-- 编辑说明：不发布 -->\n")
        // Without the caches the build lets go of the texts; with them it holds them for the load snapshots.
        try SiteBuilder(root: site.root, output: site.url("read-again")).build()
        var holding = SiteBuilder(root: site.root, output: site.url("held"))
        holding.checkCache = true
        try holding.build()
        let readAgain = try snapshotFolder(site.url("read-again"))
        #expect(readAgain == (try snapshotFolder(site.url("held"))))
        let json = readAgain["agencies/xiasha/2021/report.json"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(json.contains("本机关继续做好政务公开工作") && !json.contains("编辑说明"))
    }
}
