import ArgumentParser
import Foundation
import PortalBuild
import PortalLoader

/// What the shell completes beyond commands and options (the scripts come
/// from `portal --generate-completion-script bash|zsh|fish`): agency slugs,
/// report years, forms, deploy targets and rule ids of the site named by
/// `--site`/`-s` on the line being completed, else of the current folder.
enum Completions {
    static let agencies = CompletionKind.custom { words, _, _ in
        Scaffold(root: site(in: words)).agencySlugs()
    }

    /// For `new report <agency> <year>`: the year after the agency's latest
    /// report and the year just ended, unless it has them already.
    static let reportYears = CompletionKind.custom { words, _, _ in
        let scaffold = Scaffold(root: site(in: words))
        let agency = words.first { scaffold.agencySlugs().contains($0) }
        let existing = agency.map(scaffold.reportYears(of:)) ?? []
        let candidates = [existing.last.map { $0 + 1 }, Scaffold.lastYear].compactMap { $0 }
        return Set(candidates).subtracting(existing).sorted().map(String.init)
    }

    static let forms = CompletionKind.custom { words, _, _ in
        SiteLoader(root: site(in: words)).forms().keys.sorted()
    }

    static let deployTargets = CompletionKind.custom { words, _, _ in
        SiteBuilder(root: site(in: words)).siteConfig()?.deployTargets.map(\.name).sorted() ?? []
    }

    static var rules: CompletionKind { .list(RuleRegistry.all.map(\.id)) }

    /// The folder after `--site`/`-s` (or `--site=…`), else the current one.
    static func site(in words: [String]) -> URL {
        var path: String?
        for (index, word) in words.enumerated() {
            if ["--site", "-s"].contains(word), index + 1 < words.count { path = words[index + 1] }
            if word.hasPrefix("--site=") { path = String(word.dropFirst("--site=".count)) }
        }
        let expanded = path.map { NSString(string: $0).expandingTildeInPath }
        return SiteOptions.url(expanded) ?? SiteOptions.currentDirectory
    }
}
