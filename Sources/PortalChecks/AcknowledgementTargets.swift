import PortalModel

/// Where a report's problems point, as `acknowledged:` entries name them: a
/// cell of report.yaml (`applications.received.naturalPersons`) or a
/// narrative line (`overview.md:7`). The checks match entries through it;
/// `portal import --acknowledge` writes entries through it.
public struct AcknowledgementTargets {
    let report: Report
    let cells: [SourceLocation: CellRef]

    public init(_ report: Report, form: FormDefinition) {
        self.report = report
        var cells: [SourceLocation: CellRef] = [:]
        for table in form.tables {
            for (block, row) in table.leafRows {
                for (index, column) in block.columns.enumerated() {
                    guard let cell = report.cells(table: table.id, row: row.id), cell.indices.contains(index) else { continue }
                    cells[cell[index].location] = CellRef(table: table.id, row: row.id, column: column.id)
                }
            }
        }
        self.cells = cells
    }

    /// The cell or narrative line a problem at `location` concerns; nil
    /// when it is neither (the report's form, its year…).
    public func target(of location: SourceLocation) -> Acknowledgement.Target? {
        if location.path == report.location.path { return cells[location].map { .cell($0) } }
        return report.narrativeID(atPath: location.path).map { .line(narrative: $0, line: location.line) }
    }
}
