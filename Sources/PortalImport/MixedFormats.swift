import PortalModel

/// A report that prints one table in one format and another table in the
/// other: 底张街道's and 丰收乡's reports for 2022 and 2023 keep the 2019 trial
/// template's table 二 (本年新制作数量, 上一年项目数量…, five blocks) beside the
/// 2021 format's table 三 (三（六）in three rows). No form describes that mix:
/// read by either form, half its rows would be extra or missing. Refused,
/// naming which table is in which format. (A report wholly in the 2019
/// format, for a later year, is read by that form, with the checks' warning.)
enum MixedFormats {
    static func refusal(_ lines: [SourceLine], headings: [Int?], form: FormDefinition, forms: [FormDefinition],
                        path: String) -> Diagnostic? {
        guard forms.count > 1 else { return nil }
        let found = headings.compactMap { $0 }
        /// Each table section printing labels that only one form has, with that form and those labels.
        var printed: [(number: String, form: FormDefinition, labels: [String], line: Int)] = []
        for (section, heading) in zip(form.sections, headings) {
            guard case .table(let id) = section.content, let heading, let table = form.table(id) else { continue }
            let end = found.filter { $0 > heading }.min() ?? lines.count
            let text = LabelText(lines[(heading + 1)..<end].map { $0.cells?.joined(separator: " ") ?? $0.text }.joined(separator: " ")).string
            let printing = forms.compactMap { candidate -> (FormDefinition, [String])? in
                let own = ownLabels(of: id, in: candidate, among: forms).filter { text.contains(LabelText($0).string) }
                return own.count >= 2 ? (candidate, own) : nil
            }
            if printing.count == 1 { printed.append((table.number, printing[0].0, printing[0].1.map { "“\($0)”" }, lines[heading].position.line)) }
            else if printing.isEmpty, let (shape, missing) = printedWhole(id, text: text, forms: forms) {
                printed.append((table.number, shape, missing.map { "without “\($0)”" }, lines[heading].position.line))
            }
        }
        guard let first = printed.first, let other = printed.first(where: { $0.form.id != first.form.id }) else { return nil }
        func described(_ table: (number: String, form: FormDefinition, labels: [String], line: Int)) -> String {
            "table \(table.number) in \(table.form.id)'s (\(table.form.issuedBy): \(table.labels.prefix(3).joined(separator: ", ")))"
        }
        return .error(.importMixedFormats, at: SourceLocation(path: path, line: other.line),
            "the report prints \(described(first)) and \(described(other)): two formats in one report, which no form describes (read by either, the other table's rows would be missing or extra)",
            hint: "ask the agency for the report in one format (国办公开办函〔2021〕30号 for reports from 2021), or type it with `portal new report`, copying the figures of the rows the formats share")
    }

    /// A table whose rows are all another form's too, told by what it leaves out: the trial
    /// template's table 三 prints （六）其他处理 as one row, the 2021 format's three rows under it
    /// missing. The form whose every row label the text prints, while each other form's own
    /// labels (two or more) are all missing from it; with those missing labels.
    private static func printedWhole(_ table: String, text: String, forms: [FormDefinition]) -> (FormDefinition, [String])? {
        let whole = forms.filter { form in
            guard ownLabels(of: table, in: form, among: forms).isEmpty, let rows = form.table(table)?.blocks.flatMap(\.leafRows) else { return false }
            return !rows.isEmpty && rows.allSatisfy { text.contains(LabelText($0.label).string) }
        }
        guard whole.count == 1 else { return nil }
        let missing = forms.filter { $0.id != whole[0].id }.map { ownLabels(of: table, in: $0, among: forms) }
        guard missing.allSatisfy({ $0.count >= 2 && !$0.contains { text.contains(LabelText($0).string) } }) else { return nil }
        return (whole[0], missing.flatMap { $0 })
    }

    /// The labels of a form's table that no other form's table of that id prints,
    /// even as part of a label (处理决定数量 is inside 本年处理决定数量): four letters or more.
    private static func ownLabels(of table: String, in form: FormDefinition, among forms: [FormDefinition]) -> [String] {
        let others = forms.filter { $0.id != form.id }.flatMap { labels(of: table, in: $0) }.map { LabelText($0).string }
        return labels(of: table, in: form).filter { label in
            let key = LabelText(label).string
            return key.count >= 4 && !others.contains { $0.contains(key) }
        }
    }

    private static func labels(of table: String, in form: FormDefinition) -> [String] {
        guard let table = form.table(table) else { return [] }
        func rows(_ row: FormRow) -> [String] { [row.label] + row.aliases + row.children.flatMap(rows) }
        return table.blocks.flatMap { block in
            (block.caption.map { [$0] } ?? []) + block.columns.map(\.label) + block.rows.flatMap(rows)
        }
    }
}
