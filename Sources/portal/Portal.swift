import ArgumentParser
import Foundation

@main
struct Portal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Builds a static portal of government information disclosure annual reports (政府信息公开工作年度报告).",
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Serve.self, Deploy.self, Import.self]
    )

    /// Like ParsableCommand's, but usage errors exit with 2 (the documented
    /// status for usage and I/O failures) rather than 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The site folder, holding content/ and theme/.")
    var site: String = "."

    static var currentDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    var siteURL: URL { URL(fileURLWithPath: site, relativeTo: Self.currentDirectory) }
}
