import ArgumentParser
import Foundation
import PortalLoader
import PortalModel

/// `portal new agency|report`: starts content in the content format, so
/// nobody copies another agency's folder and overwrites its figures.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new site, a new agency or a new, blank report.",
        discussion: """
        Never overwrites: the site's content/ and theme/, the agency's or the report's folder must not exist yet.
        Exit status: 0 created, 1 refused (the folder exists, an unknown agency, parent or form), 2 usage or I/O failure.
        """,
        subcommands: [NewSite.self, NewAgency.self, NewReport.self]
    )
}

extension Agency.Kind: ExpressibleByArgument {}

struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Start a portal in a folder: content/site.yaml, content/agencies/, the theme and a .gitignore.",
        discussion: "The folder may exist (a git checkout, say) but must not hold content/ or theme/ yet."
    )

    @Argument(help: "The site folder to start, e.g. gk-portal.", completion: .directory)
    var folder: String

    @Option(help: "The portal's title, shown on every page.")
    var title = "政府信息公开工作年度报告"

    @Option(help: ArgumentHelp("The address it will be published at (feeds, sitemap, canonical links).", valueName: "url"))
    var baseURL: String?

    func run() throws {
        let scaffold = Scaffold(root: URL(fileURLWithPath: folder))
        try New.report(Console()) {
            try scaffold.newSite(title: title, baseURL: baseURL)
        }
        Console().info("next: cd \(folder), then portal import <reports…> (or portal new agency), portal build, portal serve")
    }
}

struct NewAgency: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency",
        abstract: "Create content/agencies/<slug>/agency.yaml.",
        discussion: "The slug is the folder name and the URL (/agencies/<slug>/): lower-case letters, digits and hyphens."
    )

    @OptionGroup var options: SiteOptions

    @Argument(help: "The agency's slug, e.g. xiasha.")
    var slug: String

    @Option(help: "The full official name, e.g. 杭州市钱塘区人民政府下沙街道办事处.")
    var name: String

    @Option(help: "What kind of body it is.")
    var kind: Agency.Kind = .department

    @Option(help: ArgumentHelp("The slug of the agency it reports to.", valueName: "agency"),
            completion: Completions.agencies)
    var parent: String?

    func run() throws {
        let scaffold = Scaffold(root: options.siteURL)
        try New.report(Console()) {
            try scaffold.newAgency(slug: slug, name: name, kind: kind, parent: parent)
        }
        Console().info("next: portal new report \(slug) \(Scaffold.lastYear)")
    }
}

struct NewReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Create content/agencies/<agency>/<year>/ with a blank report in its form.",
        discussion: """
        report.yaml holds every row of the form with every cell blank ("") and the official labels as comments;
        each narrative file holds the section's guidance as a note (<!-- … -->) that is never published.
        portal check then lists what is still blank or empty.
        """
    )

    @OptionGroup var options: SiteOptions

    @Argument(help: "The agency's slug.", completion: Completions.agencies)
    var agency: String

    @Argument(help: "The year the report covers.", completion: Completions.reportYears)
    var year: Int

    @Option(help: ArgumentHelp("The form (national format), e.g. gov-info-2021; by default the form meant for the year.",
                               valueName: "form"), completion: Completions.forms)
    var form: String?

    func run() throws {
        let scaffold = Scaffold(root: options.siteURL)
        var chosen: FormDefinition?
        try New.report(Console()) {
            let (paths, form) = try scaffold.newReport(agency: agency, year: year, form: self.form)
            chosen = form
            return paths
        }
        if let chosen {
            Console().info("form \(chosen.id) (\(chosen.issuedBy)); next: fill in the cells and the sections, then run portal check")
        }
    }
}

extension New {
    /// Runs one scaffold, prints what it wrote or why it refused.
    static func report(_ console: Console, _ work: () throws -> [String]) throws {
        do {
            for path in try work() { console.info("created \(path)") }
        } catch let problem as Scaffold.Problem {
            console.failure(problem.failure)
            if case .refused = problem { throw ExitCode(1) }
            throw ExitCode(2)
        }
    }
}
