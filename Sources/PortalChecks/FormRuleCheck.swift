import PortalModel

/// Evaluates the accounting identities declared in each report's form.
enum FormRuleCheck {
    static func run(_ portal: Portal) -> [Diagnostic] {
        let compiled = portal.forms.mapValues { form in form.rules.map { CompiledRule($0, form: form) } }
        return portal.reports.flatMap { report in
            let form = portal.form(of: report)
            // Most reports hold: check the sums first, and word the
            // diagnostics only for a rule that fails.
            let zeros = portal.blanksAreZeros(report)
            return (compiled[form.id] ?? []).flatMap { rule in
                rule.holds(in: report, blanksAreZeros: zeros) ? [] : evaluate(rule.rule, report: report, form: form, blanksAreZeros: zeros)
            }
        }
    }

    static func evaluate(_ rule: FormRule, report: Report, form: FormDefinition, blanksAreZeros: Bool = false) -> [Diagnostic] {
        guard let table = form.table(rule.table) else { return [] }
        let reader = TableReader(table, report: report, blanksAreZeros: blanksAreZeros)
        var problems: [Diagnostic] = []
        switch rule.each {
        case .column:
            guard let block = reader.block(row: rule.left[0]) else { return [] }
            for index in block.columns.indices {
                let left = rule.left.map { reader.term(row: $0, column: index, in: block) }
                let right = rule.right.map { reader.term(row: $0, column: index, in: block) }
                let where_ = reader.columnName(block.columns[index].id, in: block)
                if let problem = compare(rule, left, right, where: where_, report: report) { problems.append(problem) }
            }
        case .row:
            guard let block = reader.block(column: rule.left[0]) else { return [] }
            // 行政复议: 总计 = 1, but 结果维持 (0) + … reads better than
            // repeating the group in every term.
            let group = reader.sharedGroup(of: rule.left + rule.right, in: block)
            for row in block.leafRows {
                let left = rule.left.map { reader.term(column: $0, row: row, in: block, qualified: group == nil) }
                let right = rule.right.map { reader.term(column: $0, row: row, in: block, qualified: group == nil) }
                let context = ((block.hasRowLabels ? [row.ref] : []) + [group].compactMap { $0 }).joined(separator: " ")
                if let problem = compare(rule, left, right, where: context.isEmpty ? row.ref : context, report: report) {
                    problems.append(problem)
                }
            }
        }
        return problems
    }

    /// A diagnostic when both sides are known and differ, or when blank
    /// cells leave the identity no way to hold (`BlankIdentity`).
    private static func compare(_ rule: FormRule, _ left: [Term], _ right: [Term], where: String, report: Report) -> Diagnostic? {
        guard let l = left.sum, let r = right.sum else {
            return BlankIdentity.diagnose(rule, left, right, where: `where`, report: report)
        }
        guard l != r else { return nil }
        let location = left.first?.location ?? report.location
        return Diagnostic(.error, rule.id, at: location, "\(`where`): \(left.text), but \(right.text)",
                      hint: "\(rule.description); if these are the published figures, the report itself needs correcting (until it is, acknowledge the problem in report.yaml, acknowledged:, to publish it as published)")
    }
}
