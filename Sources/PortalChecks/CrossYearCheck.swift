import PortalModel

/// Rules between an agency's consecutive reports: what one year carries
/// forward, the next year must carry over.
enum CrossYearCheck {
    static func run(_ portal: Portal) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (previous, current) in consecutiveReports(in: portal) {
            let form = portal.form(of: current)
            for rule in form.crossYearRules {
                problems += compare(rule, current: current, form: form, previous: previous, previousForm: portal.form(of: previous),
                                    blanksAreZeros: (portal.blanksAreZeros(current), portal.blanksAreZeros(previous)))
            }
        }
        return problems
    }

    /// Every agency's reports of two consecutive years, agencies in slug
    /// order: what cross-year rules compare.
    static func consecutiveReports(in portal: Portal) -> [(previous: Report, current: Report)] {
        let byAgency = Dictionary(grouping: portal.reports, by: \.agencySlug)
        return byAgency.keys.sorted().flatMap { slug in
            let reports = byAgency[slug]!.sorted { $0.year < $1.year }
            return zip(reports, reports.dropFirst()).filter { $1.year == $0.year + 1 }.map { (previous: $0, current: $1) }
        }
    }

    /// Column by column, matched by column id so that a change of format
    /// between the two years does not matter.
    static func compare(_ rule: CrossYearRule, current: Report, form: FormDefinition,
                        previous: Report, previousForm: FormDefinition,
                        blanksAreZeros: (current: Bool, previous: Bool) = (false, false)) -> [Diagnostic] {
        guard let table = form.table(rule.table), let previousTable = previousForm.table(rule.table) else { return [] }
        let now = TableReader(table, report: current, blanksAreZeros: blanksAreZeros.current)
        let before = TableReader(previousTable, report: previous, blanksAreZeros: blanksAreZeros.previous)
        guard let block = now.block(row: rule.current), let previousBlock = before.block(row: rule.previous),
              let row = block.rows.lazy.compactMap({ $0.find(rule.current) }).first,
              let previousRow = previousBlock.rows.lazy.compactMap({ $0.find(rule.previous) }).first else { return [] }
        var problems: [Diagnostic] = []
        for (index, column) in block.columns.enumerated() {
            guard let previousIndex = previousBlock.columns.firstIndex(where: { $0.id == column.id }),
                  let cell = now.cell(row: rule.current, column: index), let value = now.number(cell),
                  let previousValue = before.number(before.cell(row: rule.previous, column: previousIndex)),
                  value != previousValue else { continue }
            problems.append(Diagnostic(.error, rule.id, at: cell.location,
                                   "\(now.columnName(column.id, in: block)): \(row.label) is \(value.plainText), but the \(previous.year) report's \(previousRow.label) is \(previousValue.plainText)",
                                   hint: "\(rule.description); correct whichever figure was mistyped (\(previous.location.path))"))
        }
        return problems
    }
}
