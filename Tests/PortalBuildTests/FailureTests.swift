import Foundation
import PortalBuild
import PortalModel
import PortalTestSupport
import Testing

/// Failures outside the content name the step, the file and what to do,
/// and never touch the previous output.
@Suite("Failures of the pipeline", .serialized)
struct FailureTests {
    @Test func checkFindsABrokenTemplateAsBuildDoes() throws {
        let site = try TestSite()
        try site.edit("theme/templates/report.mustache", replacing: "{{/", with: "{{/nothing-open-")
        let checked = SiteBuilder(root: site.root).check()
        let problem = try #require(checked.diagnostics.outstanding.first)
        #expect(problem.rule == "template-syntax")
        #expect(problem.location.path == "theme/templates/report.mustache")
        #expect(problem.location.line > 0)
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(root: site.root).build() }
    }

    @Test func aMissingPageTemplateIsFoundByCheck() throws {
        let site = try TestSite()
        try site.remove("theme/templates/year.mustache")
        let checked = SiteBuilder(root: site.root).check()
        #expect(checked.diagnostics.outstanding.map(\.description) == [
            "theme/templates/year.mustache: error[theme]: the theme has no “year” template\n  hint: every theme needs: home, agencies, agency, report, years, year, downloads, search, compare, 404",
        ])
    }

    @Test func aDanglingLinkInTheAssetsIsADiagnosticNotAFoundationError() throws {
        let site = try TestSite()
        try FileManager.default.createSymbolicLink(atPath: site.url("theme/assets/logo.png").path, withDestinationPath: "/nonexistent/logo.png")
        let checked = SiteBuilder(root: site.root).check()
        #expect(checked.diagnostics.outstanding.map(\.description) == [
            "theme/assets/logo.png: error[theme-asset]: the asset is a link to “/nonexistent/logo.png”, which does not exist\n  hint: restore the link's target, or remove the link",
        ])
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(root: site.root).build() }
        #expect(!FileManager.default.fileExists(atPath: site.url("public").path))
    }

    @Test func anAssetLinkedOutsideTheSiteIsNeverPublished() throws {
        let site = try TestSite()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).txt")
        try Data("secret".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: site.url("theme/assets/notes.txt").path, withDestinationPath: outside.path)
        let checked = SiteBuilder(root: site.root).check()
        #expect(checked.diagnostics.outstanding.map(\.description) == [
            "theme/assets/notes.txt: error[outside-site]: the asset is a link to \(outside.resolvingSymlinksInPath().path), outside the site folder\n  hint: copy the file into theme/assets instead of linking to it; nothing outside the site is published",
        ])
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(root: site.root).build() }
    }

    /// A real full disk: a 4 MB tmpfs holds one build (1.5 MB) and its
    /// staging copy, not a second one with a 5 MB asset.
    @Test func aFullDiskNamesTheStepAndFileAndKeepsThePreviousSite() throws {
        let disk = try #require(try? SmallDisk(megabytes: 4), "mounting a tmpfs needs root")
        let site = try TestSite()
        let output = disk.folder.appendingPathComponent("public")
        try SiteBuilder(root: site.root, output: output).build()
        let before = try snapshotFolder(output)
        try Data(count: 5 << 20).write(to: site.url("theme/assets/video.bin"))
        do {
            try SiteBuilder(root: site.root, output: output).build()
            Issue.record("the build should have run out of space")
        } catch let failure as Failure {
            #expect(failure.errno == ENOSPC)
            #expect(failure.step == "assets")
            #expect(failure.path == output.appendingPathComponent("assets/video.bin").path)
            #expect(failure.message == "no space left on device while writing")
            #expect(failure.hint?.hasPrefix("free space on that disk, or choose another --output; the previous build took 1 MB") == true)
        }
        #expect(try snapshotFolder(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.folder.path) == ["public"])
    }

    /// The same for a rebuild through the spare (`SpareOutput`): the error
    /// names the output's file, not the spare's, and the next build, with
    /// room again, gives the site.
    @Test func aFullDiskWhileRebuildingTheSpareKeepsThePreviousSite() throws {
        let disk = try #require(try? SmallDisk(megabytes: 4), "mounting a tmpfs needs root")
        let site = try TestSite()
        let output = disk.folder.appendingPathComponent("public")
        // The second build keeps the first as the spare; the third rebuilds through it.
        for _ in 0..<3 { try SiteBuilder(root: site.root, output: output).build() }
        let before = try snapshotFolder(output)
        try Data(count: 5 << 20).write(to: site.url("theme/assets/video.bin"))
        do {
            try SiteBuilder(root: site.root, output: output).build()
            Issue.record("the build should have run out of space")
        } catch let failure as Failure {
            #expect(failure.errno == ENOSPC)
            #expect(failure.step == "assets")
            #expect(failure.path == output.appendingPathComponent("assets/video.bin").path)
        }
        #expect(try snapshotFolder(output) == before)
        try site.remove("theme/assets/video.bin")
        try SiteBuilder(root: site.root, output: output).build()
        #expect(try snapshotFolder(output) == before)
    }

    /// Root may write anywhere, so the build runs as `nobody` in a folder it may not write.
    @Test func permissionDeniedNamesTheFolder() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
        let site = try TestSite()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.root.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", Repository.portalExecutable.path,
                             "build", "--site", site.root.path]
        process.environment = ["NO_COLOR": "1", "HOME": "/tmp"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text == """
            error: prepare: permission denied while creating a staging folder for “public” in this folder (\(site.root.path))
              hint: make the folder writable for this user, or choose another --output

            """)
    }
}
