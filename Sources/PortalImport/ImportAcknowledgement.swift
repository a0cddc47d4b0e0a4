import Foundation
import PortalChecks
import PortalLoader
import PortalModel

/// `portal import --acknowledge NOTE`: the report is published as the agency
/// published it. Each error the checks find in its figures or narratives
/// (a broken identity, a narrative contradicting a table) gets an
/// `acknowledged:` entry with the note, so the report builds and its page
/// shows every problem in a 数据核对说明 box; nothing is hidden or changed.
/// Errors that name no cell or narrative line (the import's own, the
/// report's form or year) stay errors.
enum ImportAcknowledgement {
    struct Entry: Equatable {
        var rule: String
        var target: Acknowledgement.Target
    }

    /// The entries for the errors of `diagnostics`, one per rule and place, in their order.
    static func entries(_ diagnostics: [Diagnostic], report: Report, form: FormDefinition) -> [Entry] {
        let targets = AcknowledgementTargets(report, form: form)
        var entries: [Entry] = []
        // The loader's errors (a cell marked for confirmation) are the file's, never the published report's.
        let loaderRules = Set(Rule.loaderRules.map(\.id))
        for diagnostic in diagnostics where diagnostic.isOutstandingError && !diagnostic.rule.hasPrefix("import-")
            && !loaderRules.contains(diagnostic.rule) {
            guard let target = targets.target(of: diagnostic.location) else { continue }
            let entry = Entry(rule: diagnostic.rule, target: target)
            if !entries.contains(entry) { entries.append(entry) }
        }
        return entries
    }

    /// report.yaml with the entries appended, each with `note`.
    static func yaml(_ yaml: Data, entries: [Entry], note: String) -> Data {
        guard !entries.isEmpty else { return yaml }
        var text = String(decoding: yaml, as: UTF8.self)
        text += "\n# 数据核对说明: errors the checks found in the report as published, acknowledged by\n"
        text += "# portal import --acknowledge. Put what the agency says in each note once it has answered.\n"
        text += "acknowledged:\n"
        for entry in entries {
            text += "  - rule: \(entry.rule)\n"
            switch entry.target {
            case .cell(let cell): text += "    cell: \(cell)\n"
            case .line: text += "    line: \(entry.target)\n"
            }
            text += "    note: \(ReportYAML.quoted(note))\n"
        }
        return Data(text.utf8)
    }
}
