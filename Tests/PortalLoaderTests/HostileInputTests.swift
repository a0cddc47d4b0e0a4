import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// Files many hands touch: links out of the site, YAML bombs, huge files.
/// Each is refused at once with its file and the limit, and nothing of it
/// reaches the model (so nothing of it can be published).
@Suite("Hostile input")
struct HostileInputTests {
    static let report = "content/agencies/xiasha/2021/report.yaml"
    static let agency = "content/agencies/xiasha/agency.yaml"

    func problems(_ site: TestSite) -> [String] {
        SiteLoader(root: site.root).load().diagnostics.map(\.description)
    }

    @Test func aNarrativeLinkedOutsideTheSiteIsNotRead() throws {
        let site = try TestSite()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).md")
        try Data("机密：不应公开".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try site.remove("content/agencies/xiasha/2021/problems.md")
        try FileManager.default.createSymbolicLink(atPath: site.url("content/agencies/xiasha/2021/problems.md").path,
                                                   withDestinationPath: outside.path)
        let loaded = SiteLoader(root: site.root).load()
        #expect(loaded.diagnostics.map(\.description) == [
            "content/agencies/xiasha/2021/problems.md: error[outside-site]: the file is a link to \(SiteBoundaryPath.real(outside)), outside the site folder\n  hint: copy the file into the site instead of linking to it; portal never reads or publishes files outside the site",
        ])
        let texts = loaded.portal?.reports.flatMap { $0.narratives.values.map(\.value) } ?? []
        #expect(!texts.contains { $0.contains("机密") })
    }

    @Test func aLinkInsideTheSiteIsFine() throws {
        let site = try TestSite()
        try site.write("content/shared/other.md", "无。\n")
        try site.remove("content/agencies/xiasha/2021/other.md")
        try FileManager.default.createSymbolicLink(atPath: site.url("content/agencies/xiasha/2021/other.md").path,
                                                   withDestinationPath: "../../../shared/other.md")
        #expect(problems(site).isEmpty)
    }

    @Test func anAgencyFolderLinkedOutsideTheSiteIsRefusedFileByFile() throws {
        let site = try TestSite()
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("agency-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: site.url("content/agencies/xiasha"), to: elsewhere)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createSymbolicLink(atPath: site.url("content/agencies/linked").path, withDestinationPath: elsewhere.path)
        let found = problems(site)
        #expect(found.contains { $0.hasPrefix("content/agencies/linked/agency.yaml: error[outside-site]: the file is a link to ") })
        #expect(found.contains { $0.hasPrefix("content/agencies/linked/2021/report.yaml: error[outside-site]: ") })
        #expect(found.allSatisfy { $0.contains("error[outside-site]") })
    }

    /// Files are opened in one call when no link is on their path; a site
    /// reached through a linked folder takes the other way (the real path
    /// looked up) and must still read everything and refuse what leads out.
    @Test func aSiteReachedThroughALinkIsReadWholeAndStillGuarded() throws {
        let site = try TestSite()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).md")
        try Data("机密：不应公开".utf8).write(to: outside)
        let alias = FileManager.default.temporaryDirectory.appendingPathComponent("site-alias-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: site.root.path)
        defer {
            try? FileManager.default.removeItem(at: outside)
            try? FileManager.default.removeItem(at: alias)
        }
        let direct = SiteLoader(root: site.root).load()
        let throughLink = SiteLoader(root: alias).load()
        #expect(throughLink.diagnostics.isEmpty, "\(throughLink.diagnostics)")
        let narratives = { (loaded: LoadResult) in loaded.portal?.reports.map { $0.narratives.mapValues(\.value) } ?? [] }
        #expect(!narratives(direct).isEmpty)
        #expect(narratives(throughLink) == narratives(direct))

        try site.remove("content/agencies/xiasha/2021/problems.md")
        try FileManager.default.createSymbolicLink(atPath: site.url("content/agencies/xiasha/2021/problems.md").path,
                                                   withDestinationPath: outside.path)
        let refused = SiteLoader(root: alias).load().diagnostics.map(\.description)
        #expect(refused.count == 1)
        #expect(refused.first?.hasPrefix("content/agencies/xiasha/2021/problems.md: error[outside-site]: the file is a link to ") == true, "\(refused)")
    }

    @Test func anAgencyFolderLinkedInsideTheSiteIsRead() throws {
        let site = try TestSite()
        try FileManager.default.copyItem(at: site.url("content/agencies/xiasha"), to: site.url("content/archive-of-xiasha"))
        try site.remove("content/agencies/xiasha")
        try FileManager.default.createSymbolicLink(atPath: site.url("content/agencies/xiasha").path, withDestinationPath: "../archive-of-xiasha")
        let loaded = SiteLoader(root: site.root).load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.portal?.reports.first?.narratives["overview"]?.value.isEmpty == false)
    }

    /// Eight levels of nine aliases each: 43 million nodes once expanded
    /// (43 s and 4.7 GB before this was refused).
    @Test func aBillionLaughsIsRefusedBeforeItExpands() throws {
        let site = try TestSite()
        var lines = ["name: &a0 \"lol\""]
        for level in 1...8 {
            lines.append("x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
        }
        try site.write(Self.agency, lines.joined(separator: "\n") + "\n")
        #expect(problems(site) == [
            "\(Self.agency):1:7: error[yaml-alias]: this value is used again through an alias (*name); content files do not allow anchors and aliases\n  hint: write each value out where it belongs",
        ])
    }

    @Test func oneAliasIsRefusedToo() throws {
        let site = try TestSite()
        try site.edit(Self.agency, replacing: "shortName: 下沙街道", with: "shortName: &short 下沙街道\nwebsite: *short")
        let found = problems(site)
        #expect(found.count == 1)
        #expect(found.first?.contains("error[yaml-alias]") == true, "\(found)")
    }

    @Test func aReportOverOneMegabyteIsRefusedUnread() throws {
        let site = try TestSite()
        let text = try site.read(Self.report) + "# " + String(repeating: "填", count: 400_000) + "\n"
        try site.write(Self.report, text)
        let size = text.utf8.count
        #expect(problems(site) == [
            "\(Self.report): error[input-limit]: the file is \(size.grouped) bytes; the limit for this kind of file is 1,048,576 bytes\n  hint: no real report needs this much; check that the right file is here",
        ])
    }

    @Test func aNarrativeOverTwoMegabytesIsRefused() throws {
        let site = try TestSite()
        try site.write("content/agencies/xiasha/2021/overview.md", String(repeating: "公开。", count: 240_000))
        let found = problems(site)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/agencies/xiasha/2021/overview.md: error[input-limit]: the file is 2,160,000 bytes; the limit for this kind of file is 2,097,152 bytes") == true, "\(found)")
    }

    @Test func aVeryLongLineIsRefused() throws {
        let site = try TestSite()
        try site.edit(Self.agency, replacing: "shortName: 下沙街道", with: "shortName: 下沙街道\nwebsite: \"" + String(repeating: "a", count: 30_000) + "\"")
        let line = try site.line(of: "website: \"aaa", in: Self.agency)
        #expect(problems(site) == [
            "\(Self.agency):\(line):1: error[input-limit]: the line is 30,011 bytes long; the limit is 20,000\n  hint: no content file needs lines this long; check that the right file is here",
        ])
    }

    @Test(arguments: [40, 900])
    func deepNestingIsRefused(depth: Int) throws {
        let site = try TestSite()
        try site.edit(Self.agency, replacing: "shortName: 下沙街道", with: "shortName: 下沙街道\nwebsite: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        let found = problems(site)
        #expect(found.count == 1)
        #expect(found.first?.contains("error[input-limit]: the file nests deeper than 32 levels") == true, "\(found)")
    }
}

/// Real paths as the loader reports them (/tmp may itself be a link).
enum SiteBoundaryPath {
    static func real(_ url: URL) -> String {
        url.resolvingSymlinksInPath().path
    }
}

extension Int {
    var grouped: String {
        let digits = String(self)
        return digits.enumerated().map { index, digit in
            (index > 0 && (digits.count - index) % 3 == 0 ? "," : "") + String(digit)
        }.joined()
    }
}
