import ArgumentParser
import Foundation
import PortalBuild
import PortalModel

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every check over the content without writing anything.",
        discussion: """
        Prints every problem, one per line (path:line:column: severity[rule]: message), then a summary.
        Exit status: 0 clean (warnings allowed unless --strict), 1 problems found, 2 usage or I/O failure.
        """
    )

    @OptionGroup var options: SiteOptions
    @OptionGroup var reporting: ReportingOptions

    @Flag(help: "Read and check every agency folder, without using or updating the check cache (.portal-cache/check.cache).")
    var noCache = false

    func run() throws {
        var builder = SiteBuilder(root: options.siteURL, strict: reporting.strict)
        builder.checkCache = !noCache
        let console = reporting.console
        let progress = ProgressReporter(console: console)
        builder.progress = progress.handler
        let result = progress.during { builder.check() }
        let fails = builder.fails(result.diagnostics) || result.portal == nil
        console.report(result.diagnostics, trailer: fails ? "the site would not build" : "the site is ready to build")
        if fails { throw ExitCode(1) }
    }
}

/// How problems are reported, shared by check and build.
struct ReportingOptions: ParsableArguments {
    @Option(help: "How to print problems: text (for people) or json (for editors and CI).")
    var format: Console.Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print errors only: no progress, no warnings (unless --strict), no summary of a good run.")
    var quiet = false

    var console: Console { Console(format: format, quiet: quiet, strict: strict) }
}
