import PortalModel

/// A report's corrections (更正) as readers see them: when, what the editor
/// says changed, and every cell whose published figure differs from the
/// superseded version's. Shown in the report's header and exported in its
/// JSON with the superseded tables.
struct CorrectionHistory {
    let report: Report
    let form: FormDefinition

    /// One changed cell between a superseded version and the next one.
    struct Change {
        var place: String
        var before: String
        var after: String
    }

    /// The cells a correction changed: superseded against the version that
    /// replaced it (the next correction's superseded one, or the current).
    func changes(_ index: Int) -> [Change] {
        let old = report.corrections[index].supersededTables
        guard !old.isEmpty else { return [] }
        let next = report.corrections.dropFirst(index + 1).first { !$0.supersededTables.isEmpty }?.supersededTables ?? report.tables
        let notes = AcknowledgementNotes(report: report, form: form)
        var changes: [Change] = []
        for table in form.tables {
            for (block, row) in table.leafRows {
                for (column, id) in block.columns.map(\.id).enumerated() {
                    guard let before = old[table.id]?[row.id]?.values[safe: column],
                          let after = next[table.id]?[row.id]?.values[safe: column], before != after else { continue }
                    let place = notes.place(of: .cell(CellRef(table: table.id, row: row.id, column: id)))
                    changes.append(Change(place: place, before: shown(before), after: shown(after)))
                }
            }
        }
        return changes
    }

    /// One correction as the page shows it.
    struct Shown {
        var date: String
        var note: String
        var changes: [Change]
    }

    var shown: [Shown] {
        report.corrections.indices.map { index in
            let correction = report.corrections[index]
            return Shown(date: correction.date, note: correction.note, changes: changes(index))
        }
    }

    /// Each correction with its changes and the superseded tables (as the
    /// report JSON shows tables: blocks of rows).
    func json(tableBlocks: (FormTable, Report) -> [JSONValue]) -> JSONValue {
        .array(report.corrections.indices.map { index in
            let correction = report.corrections[index]
            var pairs: [(String, JSONValue)] = [("date", .string(correction.date)), ("note", .string(correction.note))]
            pairs.append(("changes", .array(changes(index).map { change in
                .object([("place", .string(change.place)), ("before", .string(change.before)), ("after", .string(change.after))])
            })))
            if !correction.supersededTables.isEmpty {
                var superseded = report
                superseded.tables = correction.supersededTables
                pairs.append(("superseded", .object(form.tables.map { table in
                    (table.id, .array(tableBlocks(table, superseded)))
                })))
            }
            return .object(pairs)
        })
    }

    /// A cell as printed: its number, or its mark (“空白” for an empty cell).
    private func shown(_ value: CellValue) -> String {
        if case .blank(let mark) = value, mark.isEmpty { return "空白" }
        return value.display
    }
}

private extension RandomAccessCollection where Index == Int {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
