import Foundation
import PortalTestSupport
import Testing

/// The progress line: drawn on a terminal while a build runs and erased at
/// the end; never when output is piped, quiet, JSON, NO_COLOR or CI.
@Suite("progress on a terminal")
struct ProgressTests {
    static let erase = "\r\u{1B}[K"
    let terminal = ["TERM": "xterm-256color"]

    @Test func aBuildOnATerminalShowsItsStepsThenErasesThem() async throws {
        let site = try TestSite()
        let result = await InProcess.run(["build"], site: site.root, terminal: terminal)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix(Self.erase + "读取报告"))
        #expect(result.stderr.contains(Self.erase + "页面"))
        // What stays on the screen is the summary alone.
        let last = try #require(result.stderr.range(of: Self.erase, options: .backwards))
        #expect(result.stderr[last.upperBound...].hasPrefix(CommandLineTests.acknowledged + "built 10 reports of 6 agencies: "))
    }

    @Test(arguments: [
        (["build", "--quiet"], ["TERM": "xterm"]),
        (["build", "--format", "json"], ["TERM": "xterm"]),
        (["build"], ["TERM": "xterm", "NO_COLOR": "1"]),
        (["build"], ["TERM": "xterm", "CI": "true"]),
        (["build"], ["TERM": "dumb"]),
    ])
    func noProgressWhenToldOtherwise(arguments: [String], environment: [String: String]) async throws {
        let site = try TestSite()
        let result = await InProcess.run(arguments, site: site.root, terminal: environment)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("\u{1B}[K") && !result.stdout.contains("\u{1B}[K"))
    }

    @Test func quietPrintsErrorsOnly() async throws {
        let site = try TestSite()
        try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  licensing:          [0]", with: "  licensing:          [\"-\"]")
        let clean = await InProcess.run(["build", "--quiet"], site: site.root, terminal: terminal)
        #expect(clean.status == 0)
        #expect(clean.stderr.isEmpty, "\(clean.stderr)")
        try site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  carriedOver:                [1,", with: "  carriedOver:                [2,")
        let failing = await InProcess.run(["check", "-q"], site: site.root)
        #expect(failing.status == 1)
        #expect(!failing.stderr.contains("warning["))
        #expect(failing.stderr.contains("error[balance]"))
        #expect(failing.stderr.hasSuffix("2 errors, 1 warning, 1 acknowledged in 2 reports; the site would not build\n"))
        // With --strict the warning is an error too.
        #expect(await InProcess.run(["check", "-q", "--strict"], site: site.root).stderr.contains("warning[blank-cell]"))
    }

    /// The executable on a pseudo-terminal (`script`) draws the line; the
    /// same build piped does not.
    @Test func theExecutableDrawsOnAPseudoTerminalOnly() throws {
        let site = try TestSite()
        let terminal = try PortalProcess.run(["build"], in: site.root, onTerminal: true)
        #expect(terminal.status == 0, "\(terminal.stderr)")
        #expect(terminal.stderr.contains(Self.erase + "页面"), "\(terminal.stderr)")
        #expect(terminal.stderr.contains("built 10 reports"))

        let piped = try PortalProcess.run(["build"], in: site.root)
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\u{1B}["))
        #expect(piped.stderr.hasPrefix(CommandLineTests.acknowledged + "built 10 reports"))
    }
}
