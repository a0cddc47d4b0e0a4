import ArgumentParser
import Foundation
import PortalSupport

/// `portal`: parses the command line and hands each command to the library
/// that does the work (PortalBuild, PortalServer, PortalDeploy).
public struct PortalCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Builds a static portal of government information disclosure annual reports (政府信息公开工作年度报告).",
        discussion: """
        Start a site with `portal new site <folder>`; add the reports agencies published with `portal import <files>` (or type them: `portal new agency`, `portal new report`); then `portal check`, `portal build`, `portal serve`.
        Shell completion (commands, options, agencies, years): portal --generate-completion-script bash|zsh|fish
        """,
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Serve.self, Deploy.self, Import.self, New.self, Rules.self]
    )

    public init() {}

    /// Runs the process's command line and exits with its status.
    public static func runProcess() async {
        let status = await KeptUntilExit.$processExits.withValue(true) { await run(Array(CommandLine.arguments.dropFirst())) }
        Foundation.exit(status)
    }

    /// Runs one command line and returns its exit status, printing through
    /// `ConsoleOutput.current`: how tests run portal in-process. Usage
    /// errors exit with 2 (the documented status for usage and I/O
    /// failures) rather than swift-argument-parser's 64.
    public static func run(_ arguments: [String]) async -> Int32 {
        let output = ConsoleOutput.current
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .validationFailure {
                output.standardError(message + "\n")
                return 2
            }
            if !message.isEmpty {
                code == .success ? output.standardOutput(message + "\n") : output.standardError(message + "\n")
            }
            return code.rawValue
        }
    }
}

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The site folder, holding content/ and theme/.", completion: .directory)
    var site: String = "."

    static var currentDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    var siteURL: URL { URL(fileURLWithPath: site, relativeTo: Self.currentDirectory) }

    /// A path given on the command line, relative to the current directory.
    static func url(_ path: String?) -> URL? {
        path.map { URL(fileURLWithPath: $0, relativeTo: currentDirectory) }
    }
}
