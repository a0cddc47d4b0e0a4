import Foundation
import PortalModel

/// Figures in cells a kind of agency has no power to fill (agencyKindRules: 规章 in a 乡镇's, a 街道's, a county's or a
/// district's report, 《立法法》第九十三条). Real reports do print them (平武县木座藏族乡 2021's 规章 1 0 5; 衡东县杨林镇 2023;
/// 桃江县松木塘镇 2022's 规章 2 0 2 beside its 规章制度类2条): what they count is something else, so each such cell is named.
/// A 区's, 县's or 旗's department (西宁市城中区城乡建设局 2025's 规章 2 0 0) is named with the rule's `departmentSeverity`.
enum AgencyKindCheck {
    static func run(_ portal: Portal) -> [Diagnostic] {
        portal.reports.flatMap { report -> [Diagnostic] in
            let form = portal.form(of: report)
            guard !form.agencyKindRules.isEmpty, let agency = portal.agency(report.agencySlug) else { return [] }
            return form.agencyKindRules.flatMap { rule in
                rule.severity(for: agency).map { check(rule, severity: $0, report: report, agency: agency, form: form) } ?? []
            }
        }
    }

    /// `severity`: the rule's for this agency (a 区's department's is a warning: `departmentSeverity`).
    private static func check(_ rule: AgencyKindRule, severity: Diagnostic.Severity, report: Report, agency: Agency, form: FormDefinition) -> [Diagnostic] {
        guard let table = form.table(rule.table) else { return [] }
        let reader = TableReader(table, report: report)
        var problems: [Diagnostic] = []
        for id in rule.rows {
            guard let block = reader.block(row: id), let row = block.row(id) else { continue }
            for (index, column) in block.columns.enumerated() {
                guard let cell = reader.cell(row: id, column: index), let value = reader.number(cell), value != 0 else { continue }
                let name = "\(row.ref) \(reader.columnName(column.id, in: block))"
                problems.append(Diagnostic(severity, rule.id, at: cell.location,
                    "\(name) is \(value.plainText), but \(agency.name) (\(agency.kind.label)) has no power to make \(row.label)",
                    hint: "\(rule.why); if the report counts something else here (its own rules, documents), the figure belongs elsewhere or nowhere in the table; if the report printed it so, acknowledge it in report.yaml (acknowledged:)"))
            }
        }
        return problems
    }
}
