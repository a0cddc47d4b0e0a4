import Foundation

/// The table cells of a report@4 document, in printed order: its blocks'
/// `rows` are trees, the values on the leaf rows in the order of the
/// block's `columns` (their ids).
struct ReportDocumentCells {
    struct Cell: Equatable {
        var table: String
        var row: String
        var column: String
        /// The number as JSON gave it, or nil for a blank cell.
        var value: NSNumber?
        /// The mark printed in a blank cell.
        var published: String?
    }

    /// Leaves of a tree whose inner nodes keep their children under `children`.
    static func leaves(_ nodes: [[String: Any]], children: String) -> [[String: Any]] {
        nodes.flatMap { node in (node[children] as? [[String: Any]]).map { leaves($0, children: children) } ?? [node] }
    }

    static func cells(_ report: [String: Any]) -> [Cell] {
        var cells: [Cell] = []
        for section in report["sections"] as? [[String: Any]] ?? [] where section["kind"] as? String == "table" {
            let table = section["id"] as? String ?? ""
            for block in section["blocks"] as? [[String: Any]] ?? [] {
                let columns = block["columns"] as? [String] ?? []
                for row in leaves(block["rows"] as? [[String: Any]] ?? [], children: "rows") {
                    let values = row["values"] as? [Any] ?? []
                    let published = row["published"] as? [String: String] ?? [:]
                    for (index, column) in columns.enumerated() {
                        cells.append(Cell(table: table, row: row["id"] as? String ?? "", column: column,
                                          value: values.indices.contains(index) ? values[index] as? NSNumber : nil,
                                          published: published[column]))
                    }
                }
            }
        }
        return cells
    }
}
