import PortalModel

/// Applies the reports' `acknowledged:` entries to the problems found: a
/// problem an entry names (its rule, its cell or narrative line) carries the
/// editor's note and no longer stops a build; an entry that names no
/// current problem is an error, so notes never outlive a correction.
enum AcknowledgementCheck {
    static let staleAcknowledgement = Rule("stale-acknowledgement", .error, .check, "an acknowledged: entry matches no current problem (the report was corrected, or the entry names the wrong rule, cell or line)")

    static func apply(_ diagnostics: [Diagnostic], to portal: Portal) -> [Diagnostic] {
        let acknowledging = portal.reports.filter { !$0.acknowledgements.isEmpty }
        guard !acknowledging.isEmpty else { return diagnostics }
        var result = diagnostics
        var byFolder: [String: [Int]] = [:]
        for (index, diagnostic) in result.enumerated() {
            byFolder[folder(of: diagnostic.location.path), default: []].append(index)
        }
        var stale: [Diagnostic] = []
        for report in acknowledging {
            let targets = AcknowledgementTargets(report, form: portal.form(of: report))
            var used = Set<Int>()
            for index in byFolder[folder(of: report.location.path)] ?? [] {
                guard let target = targets.target(of: result[index].location),
                      let entry = report.acknowledgements.firstIndex(where: { $0.rule == result[index].rule && $0.target == target })
                else { continue }
                result[index].acknowledgement = report.acknowledgements[entry].note
                used.insert(entry)
            }
            for (index, entry) in report.acknowledgements.enumerated() where !used.contains(index) {
                stale.append(.error(staleAcknowledgement, at: entry.location,
                                    "the acknowledgement of \(entry.rule) at \(entry.target) matches no current problem",
                                    hint: "the report was corrected or the problem is gone: remove the entry (or correct its rule, cell or line)"))
            }
        }
        return DiagnosticsError(result + stale).diagnostics
    }

    /// `content/agencies/x/2021` for any file of that report.
    private static func folder(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    }
}
