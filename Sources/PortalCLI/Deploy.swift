import ArgumentParser
import Foundation
import PortalBuild
import PortalDeploy
import PortalModel

struct Deploy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish the built site to a target from site.yaml, as a new release switched in atomically.",
        discussion: """
        The checks run first; the built output must exist and be newer than the content (or pass --build).
        Exit status: 0 deployed, 1 refused (checks, stale build, deletion guard), 2 usage, network or target failure.
        """
    )

    @OptionGroup var options: SiteOptions

    @Argument(help: "Target name from deploy.targets in site.yaml (default: deploy.default).", completion: Completions.deployTargets)
    var target: String?

    @Flag(help: "Print what would be added, changed and removed, and change nothing.")
    var dryRun = false

    @Flag(help: "Switch the live site back to the release before it.")
    var rollback = false

    @Flag(help: "Build the site first.")
    var build = false

    @Flag(help: "Deploy even when more files would be removed than the target's maxDeletions.")
    var force = false

    @Option(help: "Override how many old releases to keep.")
    var keep: Int?

    @Flag(name: .shortAndLong, help: "Print errors only: no progress, no summary.")
    var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        let progress = ProgressReporter(console: console)
        var builder = SiteBuilder(root: options.siteURL)
        builder.progress = progress.handler
        guard let site = builder.siteConfig() else {
            // site.yaml is unreadable: the checks say why, with file and line.
            console.report(progress.during { builder.check() }.diagnostics, trailer: "nothing was deployed")
            throw ExitCode(1)
        }
        guard let name = target ?? site.defaultTarget, var chosen = site.deployTargets.first(where: { $0.name == name }) else {
            let known = site.deployTargets.map(\.name)
            console.error(known.isEmpty ? "error: no deploy targets in content/site.yaml (add a deploy: section)"
                          : "error: unknown deploy target “\(target ?? "")”; targets: \(known.joined(separator: ", "))")
            throw ExitCode(2)
        }
        if let keep { chosen.keep = max(1, keep) }
        let output = options.siteURL.appendingPathComponent(site.output)
        let deployer = Deployer(target: chosen, output: output)
        do {
            // A rollback needs no build: it is what you do when the content is broken.
            if rollback {
                let (from, to) = try deployer.rollback()
                console.info("rolled \(chosen.name) back from release \(from) to \(to)")
                return
            }
            if build {
                try progress.during { try builder.build() } // runs the checks itself
            } else {
                let checked = progress.during { builder.check() }
                guard !builder.fails(checked.diagnostics) else {
                    console.report(checked.diagnostics, trailer: "nothing was deployed")
                    throw ExitCode(1)
                }
                try BuildFreshness.ensure(output: output, siteRoot: options.siteURL)
            }
            if dryRun {
                let plan = try deployer.plan()
                console.info("dry run for \(chosen.name): \(plan.summary)")
                for (mark, entries) in [("+", plan.added), ("~", plan.changed), ("-", plan.removed)] {
                    for entry in entries { console.info("  \(mark) \(entry.path)") }
                }
                console.info("nothing was changed")
                return
            }
            let started = Date()
            let outcome = try progress.during {
                try deployer.deploy(force: force) { event in
                    switch event {
                    case .step(let text): progress.clear(); console.info(text)
                    case .transfer(let text): progress.update("  " + text)
                    }
                }
            }
            console.info(String(format: "deployed release %@ to %@: %d added, %d changed, %d removed; sent %d files (%@) in %.1f s",
                                outcome.release, chosen.name, outcome.plan.added.count, outcome.plan.changed.count,
                                outcome.plan.removed.count, outcome.filesSent, Console.bytes(outcome.bytesSent),
                                Date().timeIntervalSince(started))
                         + (outcome.pruned.isEmpty ? "" : "; removed old releases \(outcome.pruned.joined(separator: ", "))"))
        } catch let error as DiagnosticsError {
            console.report(error.diagnostics, trailer: "nothing was deployed")
            throw ExitCode(1)
        } catch let error as DeployError {
            console.failure(error.failure)
            throw ExitCode(error.isRefusal ? 1 : 2)
        } catch let error as ExitCode {
            throw error
        } catch {
            console.failure(error)
            throw ExitCode(2)
        }
    }
}
