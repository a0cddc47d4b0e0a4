import ArgumentParser
import Foundation
import PortalModel

/// Where the command line prints: the process's standard output and error,
/// or, in tests, whatever collects them.
public struct ConsoleOutput: Sendable {
    public var standardOutput: @Sendable (String) -> Void
    public var standardError: @Sendable (String) -> Void
    /// Colour and progress lines only on a terminal.
    public var isTerminal: Bool
    /// The variables that turn colour and progress off (NO_COLOR, CI, TERM=dumb).
    public var environment: [String: String]

    public init(standardOutput: @escaping @Sendable (String) -> Void, standardError: @escaping @Sendable (String) -> Void,
                isTerminal: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.isTerminal = isTerminal
        self.environment = environment
    }

    public static let process = ConsoleOutput(
        standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
        standardError: { FileHandle.standardError.write(Data($0.utf8)) },
        isTerminal: isatty(STDERR_FILENO) == 1
    )

    @TaskLocal public static var current: ConsoleOutput = .process
}

/// Prints diagnostics and messages. Text goes to standard error, in colour
/// only on a terminal (and never with NO_COLOR); JSON goes to standard
/// output so that tools can read it cleanly.
struct Console {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    var format: Format = .text
    /// Errors only (`--quiet`): no progress, no summary of a good run, no warnings.
    var quiet = false
    /// Warnings count as errors, so `--quiet` prints them too.
    var strict = false
    let output = ConsoleOutput.current
    var colour: Bool { output.isTerminal && output.environment["NO_COLOR"] == nil }

    /// A progress line only where a person watches: a terminal, text
    /// output, not quiet, not NO_COLOR, not a CI job, not a dumb terminal.
    var showsProgress: Bool {
        let environment = output.environment
        return output.isTerminal && format == .text && !quiet && environment["NO_COLOR"] == nil
            && environment["CI"] == nil && environment["TERM"] != "dumb"
    }

    func info(_ text: String) {
        guard format == .text, !quiet else { return }
        output.standardError(text + "\n")
    }

    /// A line that the next one overwrites, only on a terminal; nil clears
    /// it. `ProgressReporter` decides when (throttled, not when quiet).
    func transient(_ text: String?) {
        guard output.isTerminal else { return }
        output.standardError("\r\u{1B}[K" + (text ?? ""))
    }

    func error(_ text: String) {
        output.standardError((colour ? "\u{1B}[31m\(text)\u{1B}[0m" : text) + "\n")
    }

    /// A failure outside the content: what failed, where, and what to do.
    func failure(_ error: any Error) {
        if let failure = error as? Failure {
            self.error("error: \(failure.headline)")
            if let hint = failure.hint { output.standardError("  hint: \(hint)\n") }
        } else {
            self.error("error: \(error)")
        }
    }

    /// Every diagnostic, then (when there are any, or a trailer is given) a summary.
    func report(_ diagnostics: [Diagnostic], trailer: String?) {
        switch format {
        case .json:
            output.standardOutput(DiagnosticJSON.document(diagnostics))
        case .text:
            // Quiet shows what stops the run: outstanding errors (and, when strict, warnings), never acknowledged problems.
            let shown = quiet ? diagnostics.filter { strict ? $0.acknowledgement == nil : $0.isOutstandingError } : diagnostics
            // Written in pieces of about 64 KB, not one write per problem
            // (160,000 of them when every row of a national portal has a warning).
            var pending = ""
            for diagnostic in shown {
                pending += diagnostic.formatted(severity: severity) + "\n"
                if pending.utf8.count >= 65_536 {
                    output.standardError(pending)
                    pending = ""
                }
            }
            if !pending.isEmpty { output.standardError(pending) }
            if let trailer, !shown.isEmpty || (!quiet && trailer.hasPrefix("the site")) {
                output.standardError(DiagnosticSummary(diagnostics).description + "; " + trailer + "\n")
            }
        }
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
        let summary = DiagnosticSummary(diagnostics)
        let document: [String: Any] = ["diagnostics": items, "errors": summary.errors, "warnings": summary.warnings,
                                       "acknowledged": summary.acknowledged]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
