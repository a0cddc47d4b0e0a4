import Foundation
import PortalModel

/// Writes report.yaml in the layout of the hand-written examples: one line
/// per row in the official column order, the official labels as comments.
enum ReportYAML {
    /// `extraRows`: rows the national format does not have, written as comments under their block.
    static func text(form: FormDefinition, year: Int, agencyName: String?, cells: [String: [String: [CellValue]]],
                     extraRows: [String: [ExtraRow]] = [:], published: PublicationDate? = nil, source: ReportSource) -> String {
        var out: [String] = []
        out.append("# \(agencyName.map { "\($0) " } ?? "")\(year)年政府信息公开工作年度报告（由 portal import 从所发布的 \(source.format) 文件导入）")
        out.append("# Every cell exactly as published, in the official column order.")
        out.append("# A blank cell is \"\" and a dash is \"-\": never write 0 for them.")
        let toConfirm = cells.values.flatMap(\.values).joined().filter(UnconfirmedCells.isMarked).count
        if toConfirm > 0 {
            out.append("# \(toConfirm) cell\(toConfirm == 1 ? "" : "s") end\(toConfirm == 1 ? "s" : "") in “?”: OCR was not sure of \(toConfirm == 1 ? "it" : "them") (“?” alone: it read nothing).")
            out.append("# Compare each with the published file (source: below) and write the figure without “?”: portal build stops until then.")
        }
        out.append("form: \(form.id)")
        out.append("year: \(year)")
        if let published {
            out.append("published: \(published.date)  # \(published.printed) as printed in the file")
        }
        out.append("")
        out.append("# The published file this report was imported from, kept beside it as \(source.file).")
        out.append("source:")
        out.append("  name: \(quoted(source.originalName))")
        out.append("  file: \(source.file)")
        out.append("  format: \(source.format)")
        out.append("  sha256: \(source.sha256)")
        out.append("  imported: \(quoted(source.imported))")
        for table in form.tables {
            out.append("")
            out.append("# \(table.number)、\(table.title)")
            out.append("\(table.id):")
            out += rows(of: table, cells: cells[table.id] ?? [:], extraRows: extraRows[table.id] ?? [])
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func rows(of table: FormTable, cells: [String: [CellValue]], extraRows: [ExtraRow]) -> [String] {
        var out: [String] = []
        let width = (table.leafRows.map(\.row.id.count).max() ?? 0) + 2
        for block in table.blocks {
            let columns = block.columns.map(\.label).joined(separator: ", ")
            out.append(block.caption.map { "  # \($0) — \(columns)" } ?? "  # columns: \(columns)")
            for row in block.rows { out += lines(for: row, width: width, cells: cells, columns: block.columns) }
            out += extraRows.filter { $0.blockID == block.id }.map(\.comment)
        }
        return out
    }

    private static func lines(for row: FormRow, width: Int, cells: [String: [CellValue]], columns: [FormColumn]) -> [String] {
        if row.isGroup {
            return ["  # \(row.label)"] + row.children.flatMap { lines(for: $0, width: width, cells: cells, columns: columns) }
        }
        let values = cells[row.id] ?? Array(repeating: .blank(""), count: columns.count)
        let key = "\(row.id):".padding(toLength: width, withPad: " ", startingAt: 0)
        var comment = row.label.isEmpty ? "" : "  # \(row.label)"
        let marked = zip(values, columns.map(\.label)).filter { UnconfirmedCells.isMarked($0.0) }.map(\.1)
        if !marked.isEmpty { comment += (comment.isEmpty ? "  # " : " — ") + "to confirm: " + marked.joined(separator: ", ") }
        return ["  \(key)[\(values.map(cell).joined(separator: ", "))]\(comment)"]
    }

    static func cell(_ value: CellValue) -> String {
        switch value {
        case .number(let number): number.plainText
        case .blank(let mark): quoted(mark)
        }
    }

    /// A YAML double-quoted scalar: a JSON string is one (YAML 1.2 reads JSON).
    static func quoted(_ text: String) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes]) else {
            return "\"\""
        }
        return String(decoding: data, as: UTF8.self)
    }
}
