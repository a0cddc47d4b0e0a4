import PortalModel

/// One block of a report's table as `report.json` holds it (`DataDocuments.tableBlocks`),
/// written as JSON text in one pass: `{"id":…,"caption":…,"columns":[…],"rows":[…]}`, a
/// row spanning others its `id`, `label` and `rows`, a data row its `id`, `label`,
/// `values` (null for a blank) and, when a cell is blank, the marks printed under
/// `published` by column id.
struct TableBlockText {
    private(set) var text = ""

    init(_ block: FormBlock, table: String, report: Report) {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        Self.key("id", first: true, &out)
        JSONValue.writeString(block.id, to: &out)
        Self.key("caption", &out)
        if let caption = block.caption { JSONValue.writeString(caption, to: &out) } else { out.append(contentsOf: "null".utf8) }
        Self.key("columns", &out)
        out.append(UInt8(ascii: "["))
        for (index, column) in block.columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.writeString(column.id, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        Self.key("rows", &out)
        Self.rows(block.rows, columns: block.columns, table: table, report: report, &out)
        out.append(UInt8(ascii: "}"))
        text = String(decoding: out, as: UTF8.self)
    }

    /// `{"key":` for the first key of an object, `,"key":` for the others.
    private static func key(_ key: String, first: Bool = false, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: first ? "{" : ","))
        JSONValue.writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
    }

    private static func rows(_ rows: [FormRow], columns: [FormColumn], table: String, report: Report, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, row) in rows.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            key("id", first: true, &out)
            JSONValue.writeString(row.id, to: &out)
            key("label", &out)
            JSONValue.writeString(row.label, to: &out)
            if row.isGroup {
                key("rows", &out)
                self.rows(row.children, columns: columns, table: table, report: report, &out)
            } else {
                values(of: row, columns: columns, table: table, report: report, &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `"values":[…]`, then `"published":{…}` when a cell is blank.
    private static func values(of row: FormRow, columns: [FormColumn], table: String, report: Report, _ out: inout [UInt8]) {
        let cells = report.cells(table: table, row: row.id)?.values ?? []
        var published: [(column: String, mark: String)] = []
        key("values", &out)
        out.append(UInt8(ascii: "["))
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            switch cells.indices.contains(index) ? cells[index] : .blank("") {
            case .number(let number): out.append(contentsOf: number.plainText.utf8)
            case .blank(let mark):
                out.append(contentsOf: "null".utf8)
                published.append((column.id, mark))
            }
        }
        out.append(UInt8(ascii: "]"))
        guard !published.isEmpty else { return }
        key("published", &out)
        for (index, cell) in published.enumerated() {
            out.append(UInt8(ascii: index == 0 ? "{" : ","))
            JSONValue.writeString(cell.column, to: &out)
            out.append(UInt8(ascii: ":"))
            JSONValue.writeString(cell.mark, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
