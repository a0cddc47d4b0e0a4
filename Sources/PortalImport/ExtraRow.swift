import Foundation
import PortalModel

/// A row a province's template adds to a national table (湖北's: 其他主动公开文件
/// under 第二十条第（一）项). The form has no place for it, and the pages show
/// the form's rows only: the national rows are imported, the extra row is
/// said (`import-row-extra`) and kept in report.yaml as a comment under its
/// block, as printed — not data, and not lost.
struct ExtraRow: Equatable {
    /// The label and the cells, as printed.
    var label: String
    var cells: [String]
    /// The block it is printed in: the one of the national row above it.
    var blockID: String
    var position: SourcePosition

    /// The line as such a row: a label of words (no sentence, no wording of
    /// its block's rows), printed under a national row, with as many readable
    /// cells as that row's block has columns. Anything else stays figures no
    /// row claims, an error.
    static func read(_ line: RegionLine, under block: FormBlock?) -> ExtraRow? {
        guard let block, case .success(let cells) = line.cells(count: block.columns.count),
              cells.allSatisfy({ CellText.value($0) != nil }) else { return nil }
        let label = printedLabel(line, cells: cells)
        // (Four letters at least: a vertical label's character beside figures, 本 or 年, is no row's label.)
        guard line.label.characters.count >= 4, label.count <= 160, !label.contains("。"),
              label.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) else { return nil }
        // An official row's wording printed again is a row twice or misplaced figures, never an extra row;
        // its note in brackets may name one (其他主动公开文件（…除规范性文件以外的…）).
        let named = label.replacingMatches(ofPattern: #"[（(][^（()）]*[)）]"#, with: "")
        let core = LabelText.core(of: named).string
        // The groups' labels too: a piece of 三、本年度办理结果 beside figures (`办理结果 2 0 0 0 0 0 2`, a PDF's label centred
        // across rows) is a row's figures set beside the wrong words, never a row of the agency's own.
        func labels(_ rows: [FormRow]) -> [String] { rows.flatMap { [$0.label] + $0.aliases + labels($0.children) } }
        let official = labels(block.rows).map { LabelText.core(of: $0).string }
        guard !core.isEmpty, !official.contains(where: { !$0.isEmpty && (core.contains($0) || $0.contains(core)) }) else { return nil }
        // Words each a piece of one (`三、本年度 法提供`: 三、本年度办理结果's and （四）无法提供's, a browser's print
        // centring both across rows, 蒋湖农场 2021) are no label of the agency's either.
        let words = named.split(whereSeparator: \.isWhitespace).map { LabelText.core(of: String($0)).string }
        if words.count >= 2, words.allSatisfy({ word in !word.isEmpty && official.contains { $0.contains(word) } }) { return nil }
        return ExtraRow(label: label, cells: cells, blockID: block.id, position: line.line.position)
    }

    /// The words before the cells: a table row's label cells, a text line's words.
    private static func printedLabel(_ line: RegionLine, cells: [String]) -> String {
        if let row = line.line.cells {
            var labels: [String] = []
            for cell in row where CellText.value(cell) == nil && !labels.contains(cell) { labels.append(cell) }
            return labels.joined(separator: " ")
        }
        let words = line.line.text.split(whereSeparator: \.isWhitespace)
        return words.dropLast(min(words.count, line.cells?.count ?? 0)).joined(separator: " ")
    }

    /// The warning naming the row and where it is kept.
    func warning(table: FormTable, path: String) -> Diagnostic {
        let caption = table.blocks.first { $0.id == blockID }?.caption.map { " under \($0)" } ?? ""
        return .warning(.importRowExtra, at: SourceLocation(path: path, line: position.line),
            "table \(table.number): the row “\(label)” (\(position): \(cells.joined(separator: ", "))) is not in the national format: \(Self.imported) in report.yaml\(caption), as printed",
            hint: "the portal publishes the form's rows only; the published file kept beside the report (source.*) prints the row too")
    }

    private static let imported = "the national rows are imported, this one is kept as a comment"
    private static let refused = "once the errors are settled, the national rows are imported and this one kept as a comment"

    /// The warnings of a report refused for other errors: nothing is imported, and they say so.
    static func refused(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.rule == Rule.importRowExtra.id else { return diagnostic }
            var refused = diagnostic
            refused.message = diagnostic.message.replacingOccurrences(of: imported, with: Self.refused)
            return refused
        }
    }

    /// report.yaml's comment line for it.
    var comment: String {
        let printed = "\(label) — \(cells.map { $0.isEmpty ? "\"\"" : $0 }.joined(separator: ", "))"
        return "  # not in the national format, as printed (not data): " + printed.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
