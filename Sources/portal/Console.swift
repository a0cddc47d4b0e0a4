import Foundation
import PortalModel

/// Prints diagnostics and messages to standard error, in colour only when
/// it is a terminal (and NO_COLOR is not set).
struct Console {
    let colour: Bool = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    func info(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func error(_ text: String) {
        info(colour ? "\u{1B}[31m\(text)\u{1B}[0m" : text)
    }

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            var line = "\(diagnostic.location): \(severity(diagnostic.severity))[\(diagnostic.rule)]: \(diagnostic.message)"
            if let hint = diagnostic.hint { line += "\n  hint: \(hint)" }
            info(line)
        }
    }

    func summary(_ diagnostics: [Diagnostic], trailer: String) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let reports = Set(diagnostics.map(\.location.path)).count
        info("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")) in \(reports) file\(reports == 1 ? "" : "s"); \(trailer)")
    }

    private func severity(_ severity: Diagnostic.Severity) -> String {
        guard colour else { return severity.rawValue }
        return severity == .error ? "\u{1B}[1;31merror\u{1B}[0m" : "\u{1B}[1;33mwarning\u{1B}[0m"
    }

    static func bytes(_ count: Int) -> String {
        count < 1024 * 1024 ? String(format: "%.1f KB", Double(count) / 1024) : String(format: "%.1f MB", Double(count) / 1048576)
    }
}
