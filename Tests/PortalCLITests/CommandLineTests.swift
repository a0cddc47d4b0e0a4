import Foundation
import PortalCLI
import PortalTestSupport
import Testing

/// The command line as a user runs it: output format and exit status, run
/// in-process (the executable is a two-line wrapper around PortalCLI).
@Suite("portal command line")
struct CommandLineTests {
    static let executable = Repository.portalExecutable

    func run(_ arguments: [String], in folder: URL) async -> InProcess.Result {
        await InProcess.run(arguments, site: folder)
    }

    /// The example portal's one problem, published as published and
    /// acknowledged (示例区教育局 2022): listed first on every run.
    static let acknowledged = """
        content/agencies/example-education/2022/overview.md:7:20: acknowledged[narrative-figure]: “2022年，本局共收到政府信息公开申请13件，上年结转政府信息公开申请1件，均在法定期限内答复” states 13 for 本年新收政府信息公开申请, but table 三, 一 总计 is 12
          note: 正文所称“收到政府信息公开申请13件”与表三“一、本年新收政府信息公开申请数量”总计12件不一致（正文将上年结转的1件计入）。机关已确认以表格为准，更正稿待发布。（示例，虚构）

        """

    @Test func theExecutableRunsTheSameCommandLine() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "\(Self.executable.path)")
        let site = try TestSite()
        let result = try PortalProcess.run(["check"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == Self.acknowledged + "0 errors, 0 warnings, 1 acknowledged in 1 report; the site is ready to build\n")
    }

    @Test func buildSucceedsWithStatus0() async throws {
        let site = try TestSite()
        let result = await run(["build"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(Self.acknowledged + "built 10 reports of 6 agencies: "))
        #expect(!result.stderr.contains("kept from the previous build"))
        #expect(FileManager.default.fileExists(atPath: site.url("public/index.html").path))
        // A second build says how much it kept.
        let again = await run(["build"], in: site.root)
        #expect(again.stderr.contains(" files (84 unchanged, kept from the previous build), "), "\(again.stderr)")
    }

    @Test func contentErrorsGiveStatus1AndCompilerStyleLines() async throws {
        let site = try TestSite()
        let path = "content/agencies/xiasha/2021/report.yaml"
        try site.edit(path, replacing: "  received:                   [2,", with: "  received:                   [两,")
        let line = try site.line(of: "  received:", in: path)
        let result = await run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr == Self.acknowledged + """
            \(path):\(line):32: error[cell-value]: the cell 一 自然人 holds “两”, which is not a number
              hint: write the number as published; a blank cell as "" or "-"
            1 error, 0 warnings, 1 acknowledged in 2 reports; nothing was written

            """)
        #expect(!FileManager.default.fileExists(atPath: site.url("public").path))
    }

    @Test func usageErrorsGiveStatus2() async throws {
        let site = try TestSite()
        let result = await run(["build", "--no-such-option"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    }

    @Test func importJobsBelowOneAreAUsageError() async throws {
        let site = try TestSite()
        let result = await run(["import", "content", "--jobs", "0"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--jobs must be 1 or more"), "\(result.stderr)")
    }

    /// A report's pictures are put together to be read by OCR: `--one-report` without `--ocr` would read nothing.
    @Test func oneReportWithoutOCRIsAUsageError() async throws {
        let site = try TestSite()
        let result = await run(["import", "content", "--one-report"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--one-report puts a report's pictures together to read them by OCR: add --ocr"), "\(result.stderr)")
    }

    @Test func ioFailuresGiveStatus2() async throws {
        let site = try TestSite()
        try site.write("public/notes.txt", "not built by portal")
        let result = await run(["build"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing to replace"))
    }
}

@Suite("portal check")
struct CheckCommandTests {
    let cli = CommandLineTests()

    @Test func aCleanSiteGivesStatus0AndWritesNothing() async throws {
        let site = try TestSite()
        let result = await cli.run(["check"], in: site.root)
        #expect(result.status == 0)
        #expect(result.stderr == CommandLineTests.acknowledged + "0 errors, 0 warnings, 1 acknowledged in 1 report; the site is ready to build\n")
        #expect(!FileManager.default.fileExists(atPath: site.url("public").path))
    }

    @Test func anInconsistentReportGivesStatus1WithTheOfficialRowAndColumn() async throws {
        let site = try TestSite()
        let path = "content/agencies/xiasha/2021/report.yaml"
        try site.edit(path, replacing: "  carriedOver:                [1,", with: "  carriedOver:                [2,")
        let line = try site.line(of: "  received:", in: path)
        let result = await cli.run(["check"], in: site.root)
        #expect(result.status == 1)
        let lines = result.stderr.components(separatedBy: "\n")
        #expect(lines.first { $0.contains("error[") } == "\(path):\(line):32: error[balance]: 自然人: 一 (2) + 二 (2) = 4, but 三（七） (3) + 四 (0) = 3")
        #expect(lines.contains { $0.contains("error[applicant-total]: 二: 总计 = 1, but 自然人 (2) + ") })
        #expect(lines.dropLast().last == "2 errors, 0 warnings, 1 acknowledged in 2 reports; the site would not build")
    }

    @Test func warningsPassUnlessStrict() async throws {
        let site = try TestSite()
        try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  licensing:          [0]", with: "  licensing:          [\"-\"]")
        #expect(await cli.run(["check"], in: site.root).status == 0)
        let strict = await cli.run(["check", "--strict"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("warning[blank-cell]"))
        #expect(await cli.run(["build", "--strict"], in: site.root).status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.url("public").path))
        #expect(await cli.run(["build"], in: site.root).status == 0)
    }

    @Test func jsonFormatPrintsTheSameDiagnostics() async throws {
        let site = try TestSite()
        try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  carriedOver:                [1,", with: "  carriedOver:                [2,")
        let result = await cli.run(["check", "--format", "json"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let data = Data(result.stdout.utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["errors"] as? Int == 2)
        // The acknowledged problem of the example portal comes first, marked, counted apart.
        #expect(json["acknowledged"] as? Int == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["acknowledged"] is String)
        let first = try #require(diagnostics.first { $0["acknowledged"] == nil })
        #expect(first["rule"] as? String == "balance")
        #expect(first["path"] as? String == "content/agencies/xiasha/2021/report.yaml")
        #expect(first["column"] as? Int == 32)
        #expect(first["severity"] as? String == "error")
        #expect((first["message"] as? String)?.hasPrefix("自然人: 一 (2) + 二 (2) = 4") == true)
    }
}
