import ArgumentParser
import Foundation
import PortalModel

/// Prints diagnostics and messages. Text goes to standard error, in colour
/// only on a terminal (and never with NO_COLOR); JSON goes to standard
/// output so that tools can read it cleanly.
struct Console {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    var format: Format = .text
    let colour: Bool = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    func info(_ text: String) {
        guard format == .text else { return }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A line that the next one overwrites (progress), only on a terminal;
    /// nil clears it.
    func transient(_ text: String?) {
        guard colour || isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (text ?? "")).utf8))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data(((colour ? "\u{1B}[31m\(text)\u{1B}[0m" : text) + "\n").utf8))
    }

    /// Every diagnostic, then (when there are any, or a trailer is given) a summary.
    func report(_ diagnostics: [Diagnostic], trailer: String?) {
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(DiagnosticJSON.document(diagnostics).utf8))
        case .text:
            for diagnostic in diagnostics {
                let shown = diagnostic.acknowledgement == nil ? severity(diagnostic.severity) : "acknowledged"
                var line = "\(diagnostic.location): \(shown)[\(diagnostic.rule)]: \(diagnostic.message)"
                // An acknowledged problem shows the editor's note instead of advice.
                if let note = diagnostic.acknowledgement {
                    line += "\n  note: \(note)"
                } else if let hint = diagnostic.hint {
                    line += "\n  hint: \(hint)"
                }
                info(line)
            }
            if let trailer, !diagnostics.isEmpty || trailer.hasPrefix("the site") {
                info(Self.summary(diagnostics) + "; " + trailer)
            }
        }
    }

    /// `2 errors, 1 warning in 1 report`.
    static func summary(_ diagnostics: [Diagnostic]) -> String {
        if diagnostics.isEmpty { return "no problems" }
        let outstanding = diagnostics.outstanding
        let errors = outstanding.filter { $0.severity == .error }.count
        let warnings = outstanding.count - errors
        let acknowledged = diagnostics.count - outstanding.count
        let reports = Set(diagnostics.compactMap { reportFolder($0.location.path) }).count
        let others = Set(diagnostics.filter { reportFolder($0.location.path) == nil }.map(\.location.path)).count
        var text = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if acknowledged > 0 { text += ", \(acknowledged) acknowledged" }
        if reports > 0 || others == 0 { text += " in \(reports) report\(reports == 1 ? "" : "s")" }
        if others > 0 { text += (reports > 0 ? " and " : " in ") + "\(others) other file\(others == 1 ? "" : "s")" }
        return text
    }

    /// `content/agencies/x/2021` for a file inside a report folder.
    private static func reportFolder(_ path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count >= 4, parts[0] == "content", parts[1] == "agencies", parts[3].count == 4,
              Int(parts[3]) != nil else { return nil }
        return parts[0...3].joined(separator: "/")
    }

    private func severity(_ severity: Diagnostic.Severity) -> String {
        guard colour else { return severity.rawValue }
        return severity == .error ? "\u{1B}[1;31merror\u{1B}[0m" : "\u{1B}[1;33mwarning\u{1B}[0m"
    }

    static func bytes(_ count: Int) -> String {
        count < 1024 * 1024 ? String(format: "%.1f KB", Double(count) / 1024) : String(format: "%.1f MB", Double(count) / 1048576)
    }
}

/// Diagnostics as JSON, for editors and CI: one object per problem, with
/// the same fields the text line shows.
enum DiagnosticJSON {
    static func document(_ diagnostics: [Diagnostic]) -> String {
        let items: [[String: Any]] = diagnostics.map { d in
            var item: [String: Any] = [
                "severity": d.severity.rawValue, "rule": d.rule, "path": d.location.path,
                "line": d.location.line, "column": d.location.column, "message": d.message,
            ]
            if let hint = d.hint { item["hint"] = hint }
            if let note = d.acknowledgement { item["acknowledged"] = note }
            return item
        }
        let outstanding = diagnostics.outstanding
        let errors = outstanding.filter { $0.severity == .error }.count
        let document: [String: Any] = ["diagnostics": items, "errors": errors, "warnings": outstanding.count - errors,
                                       "acknowledged": diagnostics.count - outstanding.count]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
