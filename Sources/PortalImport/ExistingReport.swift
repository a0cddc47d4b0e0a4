import Foundation
import PortalModel

/// A report folder already in the site: importing over it must not lose
/// anyone's work silently.
struct ExistingReport {
    let folder: URL

    var reportYAML: String? { try? String(contentsOf: folder.appendingPathComponent("report.yaml"), encoding: .utf8) }
    var exists: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.yaml").path) }

    func isIdentical(to files: [String: Data]) -> Bool {
        files.allSatisfy { name, data in (try? Data(contentsOf: folder.appendingPathComponent(name))) == data }
    }

    /// The date the same file was imported on before, when it was.
    func importDate(ifDigestIs digest: String) -> String? {
        guard let text = reportYAML, text.contains("sha256: \(digest)") else { return nil }
        guard let line = text.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("imported:") }) else { return nil }
        return line.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
    }

    /// The refusal, naming every row whose cells differ (or the other files that do).
    func refusal(files: [String: Data], folder display: String, path: String) -> Diagnostic {
        let old = rows(reportYAML ?? "")
        let new = rows(files["report.yaml"].map { String(decoding: $0, as: UTF8.self) } ?? "")
        var differences = new.keys.sorted().compactMap { key -> String? in
            old[key] == new[key] ? nil : "\(key): \(old[key] ?? "(none)") → \(new[key] ?? "(none)")"
        }
        differences += old.keys.sorted().filter { new[$0] == nil }.map { "\($0): \(old[$0] ?? "") → (none)" }
        var summary = "cells that differ: \(differences.joined(separator: "; "))"
        if differences.isEmpty {
            let files = files.keys.sorted().compactMap { name -> String? in
                guard let old = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return "\(name) is new" }
                return old == files[name] ? nil : "\(name) differs"
            }
            summary = "every cell is equal, but \(files.joined(separator: ", "))"
        }
        return .error(.importExists, at: SourceLocation(path: "\(display)/report.yaml"),
                      "the report already exists and differs from the import; \(summary)",
                      hint: "compare the two; pass --force to replace it (imported from \(path))")
    }

    /// When every cell equals the import's (the same report from another
    /// file, or the same file read by another version of portal): a
    /// warning naming the file the report was imported from.
    func sameReport(as files: [String: Data], folder display: String, path: String) -> Diagnostic? {
        guard let text = reportYAML, let new = files["report.yaml"].map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
        let cells = rows(text)
        guard !cells.isEmpty, cells == rows(new) else { return nil }
        let original = text.split(separator: "\n").first { $0.hasPrefix("  name: ") }
            .map { String($0.dropFirst("  name: ".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        let differing = files.keys.sorted().filter { name in (try? Data(contentsOf: folder.appendingPathComponent(name))) != files[name] }
            .filter { $0 != "report.yaml" && !$0.hasPrefix("source.") }
        let words = differing.isEmpty ? "" : " (\(differing.joined(separator: ", ")) read differently)"
        return .warning(.importSameReport, at: SourceLocation(path: "\(display)/report.yaml"),
                        "the report is already imported\(original.map { " from “\($0)”" } ?? ""), every cell equal to this file's\(words): kept as it is",
                        hint: "nothing to do if it is the same report in another format; pass --force to replace it with this file (imported from \(path))")
    }

    /// `table.row` → its cells as written, from the `  row: [...]` lines.
    private func rows(_ text: String) -> [String: String] {
        var rows: [String: String] = [:]
        var table = ""
        for line in text.split(separator: "\n") {
            if !line.hasPrefix(" "), !line.hasPrefix("#"), line.hasSuffix(":") { table = String(line.dropLast()) }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("  "), let colon = trimmed.firstIndex(of: ":"),
                  let open = trimmed.firstIndex(of: "["), let close = trimmed.lastIndex(of: "]"), open < close else { continue }
            rows["\(table).\(trimmed[..<colon])"] = String(trimmed[open...close])
        }
        return rows
    }
}
