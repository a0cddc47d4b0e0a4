import ArgumentParser

@main
struct Portal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Builds a static portal of government information disclosure annual reports (政府信息公开工作年度报告).",
        version: "0.1.0",
        subcommands: [Build.self]
    )
}

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The site folder, holding content/ and theme/.")
    var site: String = "."
}
