import Foundation
import PortalTestSupport
import Testing

/// `portal new agency` and `portal new report` as a clerk uses them: the
/// files load, `check` says what is still to fill in, and once the sections
/// are written the report builds (the guidance never reaches the site).
@Suite("portal new")
struct NewCommandTests {
    let cli = CommandLineTests()

    /// `portal new …` with `--site` after the subcommand's arguments.
    func new(_ arguments: [String], in site: URL) async -> InProcess.Result {
        await InProcess.run(["new"] + arguments + ["--site", site.path])
    }

    @Test func aNewReportIsCheckedBuiltAndItsGuidanceNeverPublished() async throws {
        let site = try TestSite()
        let agency = await new(["agency", "new-office", "--name", "示例市新设局", "--kind", "department", "--parent", "example-district"], in: site.root)
        #expect(agency.status == 0, "\(agency.stderr)")
        #expect(agency.stderr.hasPrefix("created content/agencies/new-office/agency.yaml\n"))
        let report = await new(["report", "new-office", "2023"], in: site.root)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("created content/agencies/new-office/2023/report.yaml\n"))
        #expect(report.stderr.contains("form gov-info-2021 (国办公开办函〔2021〕30号)"))

        // A fresh report: one line per blank table and per empty section, not one per row.
        let folder = "content/agencies/new-office/2023"
        let fresh = await cli.run(["check"], in: site.root)
        #expect(fresh.status == 1)
        let problems = fresh.stderr.components(separatedBy: "\n").filter { $0.hasPrefix(folder) }
        #expect(problems == [
            "\(folder)/other.md: error[empty-narrative]: section 六、其他需要报告的事项 is empty",
            "\(folder)/overview.md: error[empty-narrative]: section 一、总体情况 is empty",
            "\(folder)/problems.md: error[empty-narrative]: section 五、存在的主要问题及改进情况 is empty",
            "\(folder)/report.yaml:11:24: warning[blank-cell]: table 二、主动公开政府信息情况 is blank throughout: all 6 rows (第（一）项 规章 to 第（八）项 行政事业性收费), 10 cells, hold no number; none of its identities can be verified",
            "\(folder)/report.yaml:24:32: warning[blank-cell]: table 三、收到和处理政府信息公开申请情况 is blank throughout: all 25 rows (一 to 四), 175 cells, hold no number; none of its identities can be verified",
            "\(folder)/report.yaml:58:11: warning[blank-cell]: table 四、政府信息公开行政复议、行政诉讼情况 is blank throughout: all 15 cells hold no number; none of its identities can be verified",
        ])
        #expect(fresh.stderr.hasSuffix("3 errors, 3 warnings, 1 acknowledged in 2 reports; the site would not build\n"))

        // The sections written below their notes: it builds, with warnings unless --strict.
        for section in ["overview", "problems", "other"] {
            try site.write("\(folder)/\(section).md", try site.read("\(folder)/\(section).md") + "本节正文（测试）。\n")
        }
        let written = await cli.run(["check"], in: site.root)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.hasSuffix("0 errors, 3 warnings, 1 acknowledged in 2 reports; the site is ready to build\n"))
        #expect(await cli.run(["check", "--strict"], in: site.root).status == 1)
        let built = await cli.run(["build"], in: site.root)
        #expect(built.status == 0, "\(built.stderr)")
        let page = try site.read("public/agencies/new-office/2023/index.html")
        #expect(page.contains("本节正文（测试）。"))
        for file in ["public/agencies/new-office/2023/index.html", "public/agencies/new-office/2023/report.json", "public/search/text/0.json"] {
            let text = try site.read(file)
            #expect(!text.contains("本说明写给填报人") && !text.contains("概述本机关贯彻落实"), "\(file)")
        }
    }

    /// `portal new site` in an empty folder: a site that checks, takes a
    /// published report without a names file, builds, and is never started twice.
    @Test func aNewSiteImportsAReportAndBuilds() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("new-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = await InProcess.run(["new", "site", folder.path, "--title", "示例市政府信息公开年报", "--base-url", "https://gk.example.gov.cn"])
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stderr.hasPrefix("created content/site.yaml\ncreated .gitignore\ncreated content/agencies/\ncreated theme/ ("))
        let config = try String(contentsOf: folder.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        #expect(config.contains("title: 示例市政府信息公开年报\n") && config.contains("baseURL: https://gk.example.gov.cn\n"))
        // An empty portal checks (a warning that it has no agencies yet).
        let empty = await cli.run(["check"], in: folder)
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stderr.contains("warning[empty-site]"))
        let imported = await InProcess.run(["import", Repository.fixtures.appendingPathComponent("reference/xiasha-2021.txt").path,
                                            "--site", folder.path, "--date", "2026-01-15"])
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        let built = await cli.run(["build"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("built 1 report of 1 agency: "))
        let page = try String(contentsOf: folder.appendingPathComponent("public/agencies/hangzhoushi-qiantangqu-renminzhengfu-xiashajiedaobanshichu/2021/index.html"), encoding: .utf8)
        #expect(page.contains("示例市政府信息公开年报"))
        // Started once: a second start, or one with a wrong address, writes nothing.
        let before = try snapshotFolder(folder)
        let again = await InProcess.run(["new", "site", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("portal new never overwrites"))
        let elsewhere = folder.appendingPathComponent("other")
        let badAddress = await InProcess.run(["new", "site", elsewhere.path, "--base-url", "gk.example.gov.cn"])
        #expect(badAddress.status == 1)
        #expect(badAddress.stderr.contains("--base-url must be an absolute http(s) URL"))
        let file = folder.appendingPathComponent("content/site.yaml")
        let onAFile = await InProcess.run(["new", "site", file.path])
        #expect(onAFile.status == 1)
        #expect(onAFile.stderr.contains("is a file, not a folder"))
        #expect(try snapshotFolder(folder) == before)
    }

    @Test func newNeverOverwritesAFolder() async throws {
        let site = try TestSite()
        let before = try snapshotFolder(site.url("content"))
        let report = await new(["report", "xiasha", "2021"], in: site.root)
        #expect(report.status == 1)
        #expect(report.stderr == """
            error: new: already exists; portal new never overwrites (content/agencies/xiasha/2021)
              hint: edit the files there, or remove the folder first

            """)
        let agency = await new(["agency", "xiasha", "--name", "另一个机构"], in: site.root)
        #expect(agency.status == 1)
        #expect(try snapshotFolder(site.url("content")) == before)
    }

    @Test func anUnknownAgencyIsRefusedWithADidYouMean() async throws {
        let site = try TestSite()
        let result = await new(["report", "xiasah", "2022"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: new: agency “xiasah” does not exist"))
        #expect(result.stderr.contains("hint: did you mean “xiasha”?"))
        #expect(await new(["report", "xiasha", "twenty"], in: site.root).status == 2)
    }
}

/// `portal --generate-completion-script`, and what the scripts ask
/// `portal` for while completing: the site's agencies and years.
// Serialized: swift-argument-parser keeps the shell a script is generated for
// in a process-wide static, which the completions of a request read (a zsh
// script generated meanwhile added a " " line to the agencies completed).
@Suite("shell completion", .serialized)
struct CompletionTests {
    @Test(arguments: [("bash", "complete -o filenames -F _portal portal"), ("zsh", "#compdef portal"), ("fish", "complete -c 'portal'")])
    func aScriptForEachShell(shell: String, marker: String) async throws {
        let result = await InProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains(marker), "\(result.stdout.prefix(300))")
        // Agencies and years are asked of portal itself as the user types.
        #expect(result.stdout.contains("---completion new report -- positional@0"))
    }

    @Test func agenciesAndYearsOfTheSiteAreCompleted() async throws {
        let site = try TestSite()
        func complete(_ argument: String, _ words: [String]) async -> [String] {
            let line = ["portal", "new", "report", "--site", site.root.path] + words
            let result = await InProcess.run(["---completion", "new", "report", "--", argument, "\(line.count - 1)", "0"] + line)
            return result.stdout.split(separator: "\n").map(String.init)
        }
        let agencies = await complete("positional@0", [""])
        // Printed when it fails: it failed once under a fully loaded machine and passed on every rerun.
        #expect(agencies == ["example-data", "example-district", "example-education", "example-info-office", "example-street", "xiasha"],
                "completed: \(agencies)")
        let years = await complete("positional@1", ["xiasha", ""])
        #expect(years.contains("2022"))
        #expect(!years.contains("2021"))
        #expect(await complete("--form", ["xiasha", "2022", "--form", ""]) == ["gov-info-2019", "gov-info-2021"])
    }
}
