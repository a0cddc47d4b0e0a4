import ArgumentParser
import Foundation
import PortalBuild
import PortalServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the portal, serve it locally and rebuild it as the content changes.",
        discussion: """
        Open pages reload after every rebuild. When a rebuild fails its checks, the last good site stays
        in place and every page shows the problems until they are fixed. Stop with Ctrl-C.
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "Address to listen on; 127.0.0.1 keeps the preview on this machine.")
    var host = "127.0.0.1"

    @Option(name: .shortAndLong, help: "Port to listen on.")
    var port = 8080

    @Option(name: .shortAndLong, help: "Output folder (default: `output` in content/site.yaml, i.e. public).")
    var output: String?

    @Flag(help: "Do not watch content/ and theme/ for changes.")
    var noWatch = false

    @Flag(name: .shortAndLong, help: "Print the time each step of every build and patch took.")
    var verbose = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let builder = SiteBuilder(root: options.siteURL, output: SiteOptions.url(output))
        let server = DevServer(builder: builder, host: host, port: port, watch: !noWatch)
        let folder = server.output
        let console = Console()
        do {
            try await server.run(handleSignals: true) { event in
                switch event {
                case .listening(let url):
                    console.info("serving \(folder.path) at \(url) (Ctrl-C to stop)")
                case .built(let summary, let seconds):
                    console.report(summary.warnings, trailer: nil)
                    printTimings(summary, console)
                    console.info(String(format: "built %d report%@ in %.0f ms", summary.reports, summary.reports == 1 ? "" : "s", seconds * 1000))
                case .patched(let summary, let files, let pageSeconds, let seconds):
                    console.report(summary.warnings, trailer: nil)
                    printTimings(summary, console)
                    let page = pageSeconds.map { "edited pages after \(Int(($0 * 1000).rounded())) ms, " } ?? ""
                    console.info("rebuilt in \(Int((seconds * 1000).rounded())) ms (\(page)\(files) files changed)")
                case .failed(let diagnostics, let seconds):
                    console.report(diagnostics, trailer: String(format: "build failed after %.0f ms; still serving the last good site", seconds * 1000))
                case .ioFailure(let failure):
                    console.failure(failure)
                }
            }
        } catch {
            console.failure(error)
            throw ExitCode(2)
        }
        console.info("stopped; \(folder.path) holds the last good build")
    }

    private func printTimings(_ summary: SiteBuilder.Summary, _ console: Console) {
        guard verbose else { return }
        for (step, seconds) in summary.timings {
            console.info("  " + step.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", seconds * 1000))
        }
    }
}
