import Foundation
import PortalCLI

/// Runs `portal` in this process, as `main` would, collecting what it
/// prints: the CLI is a library, so its tests need no subprocess.
enum InProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `arguments` run against the site at `site` (`--site` is added after the subcommand).
    static func run(_ arguments: [String], site: URL, terminal: [String: String]? = nil) async -> Result {
        var full = arguments
        full.insert(contentsOf: ["--site", site.path], at: min(1, full.count))
        return await run(full, terminal: terminal)
    }

    /// `terminal`: as if standard error were a terminal, with these environment variables.
    static func run(_ arguments: [String], terminal: [String: String]? = nil) async -> Result {
        let out = Collector(), err = Collector()
        let output = ConsoleOutput(standardOutput: { out.append($0) }, standardError: { err.append($0) },
                                   isTerminal: terminal != nil, environment: terminal ?? [:])
        let status = await ConsoleOutput.$current.withValue(output) { await PortalCommand.run(arguments) }
        return Result(status: status, stdout: out.text, stderr: err.text)
    }

    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var collected = ""

        func append(_ text: String) { lock.withLock { collected += text } }
        var text: String { lock.withLock { collected } }
    }
}
