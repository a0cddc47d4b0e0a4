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
            let targets = Targets(report, form: portal.form(of: report))
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

    /// Where a report's problems point, as acknowledgements name them.
    private struct Targets {
        let report: Report
        let cells: [SourceLocation: CellRef]

        init(_ report: Report, form: FormDefinition) {
            self.report = report
            var cells: [SourceLocation: CellRef] = [:]
            for table in form.tables {
                for (block, row) in table.leafRows {
                    for (index, column) in block.columns.enumerated() {
                        guard let cell = report.tables[table.id]?[row.id], cell.indices.contains(index) else { continue }
                        cells[cell[index].location] = CellRef(table: table.id, row: row.id, column: column.id)
                    }
                }
            }
            self.cells = cells
        }

        func target(of location: SourceLocation) -> Acknowledgement.Target? {
            if location.path == report.location.path { return cells[location].map { .cell($0) } }
            return report.narratives.first { $0.value.location.path == location.path }
                .map { .line(narrative: $0.key, line: location.line) }
        }
    }
}
