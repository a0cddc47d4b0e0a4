import PortalModel

/// The cells of one table as read from a report, and what went wrong.
struct TableMapping {
    /// Cells per data-row id, in the form's column order.
    var rows: [String: [CellValue]] = [:]
    var diagnostics: [Diagnostic] = []
    /// Whether the report prints no cells of this table at all (a section
    /// with prose only): its cells are written blank, as published.
    var absent = false
    /// Rows the national format does not have, kept as printed.
    var extraRows: [ExtraRow] = []

    var numbers: Int { rows.values.reduce(0) { $0 + $1.filter { $0.number != nil }.count } }
    var blanks: Int { rows.values.reduce(0) { $0 + $1.filter { $0.number == nil && !UnconfirmedCells.isMarked($0) }.count } }
    /// Cells written for the operator to confirm (`UnconfirmedCells`).
    var unconfirmed: Int { rows.values.reduce(0) { $0 + $1.filter(UnconfirmedCells.isMarked).count } }
}
