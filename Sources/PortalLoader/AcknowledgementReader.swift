import PortalModel

/// Reads `acknowledged:` from report.yaml: a list of problems the editor
/// acknowledges, each with its rule, the cell or narrative line it
/// concerns, and a note shown beside it on the report page.
///
/// ```yaml
/// acknowledged:
///   - rule: balance
///     cell: applications.received.naturalPersons
///     note: 机关已确认为笔误，更正稿待发布
///   - rule: narrative-figure
///     line: overview.md:3
///     note: 正文与表格不一致，以表格为准
/// ```
struct AcknowledgementReader {
    let document: YAMLDocument
    let log: DiagnosticLog
    let form: FormDefinition

    func read(_ node: YAMLNode) -> [Acknowledgement] {
        guard let items = node.sequence else {
            log.error(.yamlType, at: document.location(of: node), "“acknowledged” must be a list of entries (rule, cell or line, note)")
            return []
        }
        return items.compactMap(entry)
    }

    private func entry(_ node: YAMLNode) -> Acknowledgement? {
        guard var map = MappingReader(node, in: document, log: log, what: "an acknowledgement") else { return nil }
        let rule = map.string("rule", required: true)
        let cell = map.string("cell")
        let line = map.string("line")
        let note = map.string("note", required: true)
        map.reportUnknownKeys(what: "an acknowledgement")
        guard let rule, let note else { return nil }
        let target: Acknowledgement.Target
        switch (cell, line) {
        case (let cell?, nil):
            guard let ref = CellRef(cell.value), form.resolve(ref) != nil else {
                log.error(.acknowledgement, at: cell.location, "“\(cell.value)” is not a cell of the form “\(form.id)”",
                          hint: "name the cell as table.row.column, e.g. applications.closedTotal.total (the ids are in data/forms/\(form.id).json)")
                return nil
            }
            target = .cell(ref)
        case (nil, let line?):
            let parts = line.value.split(separator: ":")
            let names = ["preamble"] + form.narrativeIDs
            guard parts.count == 2, parts[0].hasSuffix(".md"), names.contains(String(parts[0].dropLast(3))),
                  let number = Int(parts[1]), number > 0 else {
                log.error(.acknowledgement, at: line.location, "“\(line.value)” is not a line of a narrative",
                          hint: "write file:line, e.g. overview.md:3 (files: \(names.map { "\($0).md" }.joined(separator: ", ")))")
                return nil
            }
            target = .line(narrative: String(parts[0].dropLast(3)), line: number)
        default:
            log.error(.acknowledgement, at: map.location, "an acknowledgement names either a “cell” or a narrative “line”, not both",
                      hint: "e.g. cell: applications.closedTotal.total, or line: overview.md:3")
            return nil
        }
        return Acknowledgement(rule: rule.value, target: target, note: note.value, location: map.location)
    }
}
