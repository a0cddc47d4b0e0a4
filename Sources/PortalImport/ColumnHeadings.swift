import PortalModel

/// A block's column headings printed in another form's words over the chosen form's rows (黑河市气象局 2021: table 二's
/// 第二十条第（一）项 headed `本年新 | 本年新 | 对外公开总数量`, the 2019 trial form's, over the 2021 form's 规章 and
/// 第二十条第（五）项's one column). The figures are read in the chosen form's columns, which mean other things
/// (本年新公开数量 is not 本年废止件数): where all are 0 or blank they read the same in either, and a warning says so;
/// a figure other than 0 could belong to another column, and the report is refused — never misread.
enum ColumnHeadings {
    static func contradicting(_ lines: [SourceLine], headings: [Int?], report: ImportedReport, forms: [FormDefinition],
                              path: String) -> [Diagnostic] {
        let form = report.form
        let found = headings.compactMap { $0 }
        var diagnostics: [Diagnostic] = []
        for (section, heading) in zip(form.sections, headings) {
            guard case .table(let id) = section.content, let heading, let table = form.table(id) else { continue }
            let end = found.filter { $0 > heading }.min() ?? lines.count
            let printed = lines[(heading + 1)..<end].map { (line: $0, text: LabelText($0.cells?.joined(separator: " ") ?? $0.text).string) }
            for block in table.blocks where block.columns.count > 1 {
                let own = block.columns.map { LabelText($0.label).string }
                // The other forms' headings for the block, four letters or more, that no heading of this form's holds or is held by.
                let foreign = forms.filter { $0.id != form.id }.compactMap { other in other.table(id)?.blocks.first { $0.id == block.id }.map { (other, $0) } }
                    .flatMap { other, theirs in theirs.columns.map { (form: other, label: $0.label, key: LabelText($0.label).string) } }
                    .filter { column in column.key.count >= 4 && !own.contains { $0.contains(column.key) || column.key.contains($0) } }
                // A header line (no paragraph) printing another form's heading and none of this form's.
                guard let header = printed.first(where: { line in line.text.count < 80 && foreign.contains { line.text.contains($0.key) } && !own.contains { line.text.contains($0) } }),
                      let other = foreign.first(where: { header.text.contains($0.key) }) else { continue }
                let named = foreign.filter { header.text.contains($0.key) && $0.form.id == other.form.id }.map { "“\($0.label)”" }
                let figures = block.leafRows.compactMap { report.cells[id]?[$0.id] }.flatMap { $0 }.compactMap(\.number)
                let described = "table \(table.number)'s \(block.caption ?? block.id) is headed in \(other.form.id)'s words (\(named.joined(separator: ", "))), over \(form.id)'s rows, whose columns are \(block.columns.map(\.label).joined(separator: ", "))"
                if figures.allSatisfy({ $0 == 0 }) {
                    diagnostics.append(.warning(.importColumnHeadings, at: SourceLocation(path: path, line: header.line.position.line),
                        described + ": its figures, all 0 or blank, were read in \(form.id)'s columns, where they read the same",
                        hint: "check the report: its column headings are not the form's"))
                } else {
                    diagnostics.append(.error(.importMixedFormats, at: SourceLocation(path: path, line: header.line.position.line),
                        described + ": its figures could be in other columns than the form's, and cannot be read",
                        hint: "ask the agency which columns its figures are in, or type the report with `portal new report`"))
                }
            }
        }
        return diagnostics
    }
}
