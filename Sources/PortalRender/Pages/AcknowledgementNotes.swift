import PortalModel

/// The editor's acknowledgements of a report, as readers see them: where
/// each one is (表三 三（七） 自然人, 一、总体情况 第3行), which check, and the
/// note. Shown in a 数据核对说明 box beside the table or paragraph, carried
/// in the report's JSON, marked on agency and year pages.
struct AcknowledgementNotes {
    let report: Report
    let form: FormDefinition

    /// The section a note stands beside: a table's id or a narrative's.
    static func section(of target: Acknowledgement.Target) -> String {
        switch target {
        case .cell(let ref): ref.table
        case .line(let narrative, _): narrative
        }
    }

    /// One note as the page shows it.
    struct Shown {
        var place: String
        var check: String
        var rule: String
        var note: String
    }

    /// Notes for one section (`preamble` for the opening paragraphs).
    func shown(for section: String) -> [Shown] {
        report.acknowledgements.filter { Self.section(of: $0.target) == section }.map { entry in
            Shown(place: place(of: entry.target), check: check(entry.rule), rule: entry.rule, note: entry.note)
        }
    }

    /// 表三 三（七） 自然人, or 一、总体情况 第3行.
    func place(of target: Acknowledgement.Target) -> String {
        switch target {
        case .cell(let ref):
            guard let (table, block, row, index) = form.resolve(ref) else { return ref.description }
            let columnName = block.columnName(block.columns[index].id)
            return "表\(table.number) \(block.hasRowLabels ? row.ref + " " : "")\(columnName)"
        case .line(let narrative, let line):
            let heading = form.sections.first { $0.content == .narrative(narrative) }?.heading ?? "前言"
            return "\(heading) 第\(line)行"
        }
    }

    /// A rule's id with the identity it checks, when the form declares it.
    func check(_ rule: String) -> String {
        form.rules.first { $0.id == rule }.map { "\(rule)：\($0.description)" } ?? rule
    }

    /// The JSON of the report's acknowledgements.
    var json: JSONValue {
        .array(report.acknowledgements.map { entry in
            var pairs: [(String, JSONValue)] = [("rule", .string(entry.rule))]
            switch entry.target {
            case .cell(let ref): pairs.append(("cell", .string(ref.description)))
            case .line(let narrative, let line): pairs += [("narrative", .string(narrative)), ("line", .int(line))]
            }
            pairs += [("place", .string(place(of: entry.target))), ("note", .string(entry.note))]
            return .object(pairs)
        })
    }
}
