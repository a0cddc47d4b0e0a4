import PortalModel

/// The files of a new report with nothing filled in, generated from its
/// form: every table row of the form in printed order with every cell
/// blank (`""`, so that nothing can be mistaken for a published 0), the
/// official labels as comments, and each narrative section's file holding
/// the form's guidance as a note (`NarrativeNotes`: never published).
///
/// A new form file therefore gives the right skeleton without code.
public struct ReportSkeleton: Sendable {
    public let form: FormDefinition
    public let year: Int
    /// The agency's official name, for the heading comment.
    public let agencyName: String?

    public init(form: FormDefinition, year: Int, agencyName: String?) {
        self.form = form
        self.year = year
        self.agencyName = agencyName
    }

    /// Each file of the report folder with its text, in a fixed order.
    public var files: [(name: String, text: String)] {
        [("report.yaml", reportYAML)] + form.sections.compactMap { section in
            guard case .narrative(let id) = section.content else { return nil }
            return ("\(id).md", narrative(section))
        }
    }

    /// report.yaml in the shape of the example report: one list per row in
    /// the official column order, keys aligned within each table.
    public var reportYAML: String {
        var lines = [
            "# \(agencyName.map { $0 + " " } ?? "")\(year)年政府信息公开工作年度报告",
            "# Every cell is blank (\"\"): fill each row in the official column order, exactly as published.",
            "# A cell the report leaves blank stays \"\" and a dash is \"-\": never write 0 for them.",
            "form: \(form.id)",
            "year: \(year)",
            "# published: \(year + 1)-01-31   # optional: the publication date",
        ]
        for section in form.sections {
            guard case .table(let id) = section.content, let table = form.table(id) else { continue }
            lines += ["", "# \(section.heading)", "\(table.id):"] + rows(of: table)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func rows(of table: FormTable) -> [String] {
        let width = (table.leafRows.map(\.row.id.count).max() ?? 0) + 2
        var lines: [String] = []
        func add(_ row: FormRow, columns: Int) {
            guard row.isGroup else {
                let key = (row.id + ":").padding(toLength: width, withPad: " ", startingAt: 0)
                let cells = "[" + Array(repeating: "\"\"", count: columns).joined(separator: ", ") + "]"
                lines.append("  " + key + cells + (row.label.isEmpty ? "" : "  # " + row.label))
                return
            }
            lines.append("  # " + row.label)
            for child in row.children { add(child, columns: columns) }
        }
        for block in table.blocks {
            let columns = block.columns.map(\.label).joined(separator: ", ")
            lines.append("  # " + (block.caption.map { "\($0) — " } ?? "columns: ") + columns)
            for row in block.rows { add(row, columns: block.columns.count) }
        }
        return lines
    }

    /// A narrative's file: only the note, so that the section counts as
    /// empty (`empty-narrative`) until someone writes it.
    func narrative(_ section: FormSection) -> String {
        var note = ["<!--", section.heading]
        if let guidance = section.guidance { note.append(guidance) }
        note += ["（本说明写给填报人，不会发布。请在下方用 Markdown 撰写本节正文；小标题写作 ### （一）……）", "-->", ""]
        return note.joined(separator: "\n") + "\n"
    }
}
