import ArgumentParser
import PortalBuild
import PortalModel

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every rule portal reports: its id, severity, the step that finds it and what it means.",
        discussion: "The ids are those in brackets in diagnostics, e.g. error[balance]. The README's rule tables are checked against this list."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case markdown
    }

    @Option(help: "text (aligned columns) or markdown (the README's tables).")
    var format: Format = .text

    @Argument(help: "Show only this rule.", completion: Completions.rules)
    var id: String?

    func run() throws {
        let output = ConsoleOutput.current
        let rules = RuleRegistry.all.filter { id == nil || $0.id == id }
        guard !rules.isEmpty else {
            output.standardError("error: no rule “\(id ?? "")”; portal rules lists them all\n")
            throw ExitCode(2)
        }
        switch format {
        case .text:
            let width = rules.map(\.id.count).max() ?? 0
            for rule in rules {
                output.standardOutput("\(rule.id.padding(toLength: width, withPad: " ", startingAt: 0))  "
                                      + "\(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  "
                                      + "\(rule.stage.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0))  \(rule.summary)\n")
            }
        case .markdown:
            for stage in Rule.Stage.allCases {
                let group = rules.filter { $0.stage == stage }
                guard !group.isEmpty else { continue }
                output.standardOutput("\n| rule | severity | what it means |\n|---|---|---|\n")
                for rule in group { output.standardOutput("| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary) |\n") }
            }
        }
    }
}
