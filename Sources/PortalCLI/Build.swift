import ArgumentParser
import Foundation
import PortalBuild
import PortalModel
import PortalSupport

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every report, then build the whole portal into the output folder.",
        discussion: """
        Nothing is written when any error is found (or any warning, with --strict); the previous output stays as it was.
        Exit status: 0 built, 1 the content has problems, 2 usage or I/O failure.
        """
    )

    @OptionGroup var options: SiteOptions
    @OptionGroup var reporting: ReportingOptions

    @Option(name: .shortAndLong, help: "Output folder (default: `output` in content/site.yaml, i.e. public).")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print the time each build step took.")
    var verbose = false

    @Flag(help: "Check every agency folder anew, without using or updating the check cache (.portal-cache/check.cache).")
    var noCache = false

    func run() throws {
        var builder = SiteBuilder(root: options.siteURL, output: SiteOptions.url(output), strict: reporting.strict)
        builder.checkCache = !noCache
        builder.exitsAfterBuild = KeptUntilExit.processExits
        let console = reporting.console
        let progress = ProgressReporter(console: console)
        builder.progress = progress.handler
        builder.waiting = { output in
            progress.clear()
            console.info("waiting for another build of \(output.path) to finish…")
        }
        do {
            let summary = try progress.during { try builder.build() }
            defer { if builder.exitsAfterBuild { KeptUntilExit.keep(summary) } }
            console.report(summary.warnings, trailer: nil)
            if verbose {
                for (step, seconds) in summary.timings {
                    console.info("  " + step.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", seconds * 1000))
                }
            }
            let total = summary.timings.reduce(0) { $0 + $1.seconds }
            let kept = summary.reusedFiles > 0 ? " (\(summary.reusedFiles) unchanged, kept from the previous build)" : ""
            console.info(String(format: "built %d report%@ of %d agenc%@: %d files%@, %@ in %@ (%.2f s)",
                                summary.reports, summary.reports == 1 ? "" : "s", summary.agencies, summary.agencies == 1 ? "y" : "ies",
                                summary.files, kept,
                                Console.bytes(summary.totalSize), summary.output.path, total))
        } catch let error as DiagnosticsError {
            console.report(error.diagnostics, trailer: "nothing was written")
            throw ExitCode(1)
        } catch {
            console.failure(error)
            throw ExitCode(2)
        }
    }
}
