import PortalModel

/// One form's tables and rows as `PlainReportFile` matches them: made once
/// per form for a whole load.
struct ReportFileShape: Sendable {
    struct Row: Sendable {
        var id: [UInt8]
        var name: String
        var columns: Int
        /// The row's place among all the form's data rows.
        var position: Int
    }

    struct Table: Sendable {
        var id: [UInt8]
        var name: String
        var rows: [Row]
    }

    let tables: [Table]
    let rowCount: Int
    let cellCount: Int
    /// False for a form that names a table or a row twice: left to the general path.
    let isReadable: Bool

    init(_ form: FormDefinition) {
        var position = 0
        var cellCount = 0
        tables = form.tables.map { table in
            Table(id: Array(table.id.utf8), name: table.id, rows: table.leafRows.map { block, row in
                defer { position += 1 }
                cellCount += block.columns.count
                return Row(id: Array(row.id.utf8), name: row.id, columns: block.columns.count, position: position)
            })
        }
        rowCount = position
        self.cellCount = cellCount
        isReadable = Set(tables.map(\.name)).count == tables.count
            && tables.allSatisfy { table in Set(table.rows.map(\.name)).count == table.rows.count }
    }
}
