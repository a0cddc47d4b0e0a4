/// One problem found in the input: a value, never a printed string, so the
/// edge (terminal, JSON, the dev server's overlay) decides how to show it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// Stable identifier of the rule or the kind of problem, e.g. `yaml-syntax`.
    public var rule: String
    public var location: SourceLocation
    public var message: String
    /// What the user can do about it, when there is something useful to say.
    public var hint: String?
    /// The editor's note when the report acknowledges this problem: it is
    /// shown, never hidden, but no longer stops a build.
    public var acknowledgement: String?

    /// Whether the problem stops a build (errors not acknowledged).
    public var isOutstandingError: Bool { severity == .error && acknowledgement == nil }

    /// With a rule id given as text: only for rules that are data (a
    /// form's identities); every other rule is a declared `Rule`.
    public init(_ severity: Severity, _ rule: String, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.rule = rule
        self.location = location
        self.message = message
        self.hint = hint
    }


    /// `path:line:column: error[rule]: message` — the format compilers use, so
    /// editors and terminals make it clickable.
    public var description: String {
        formatted { $0.rawValue }
    }

    /// The same line with the severity written by the caller (a terminal
    /// colours it). An acknowledged problem reads `acknowledged[rule]` and
    /// shows the editor's note instead of advice.
    public func formatted(severity label: (Severity) -> String) -> String {
        var text = "\(location): \(acknowledgement == nil ? label(severity) : "acknowledged")[\(rule)]: \(message)"
        if let acknowledgement { text += "\n  note: \(acknowledgement)" } else if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Thrown when a stage found errors; carries every diagnostic of the run,
/// not just the first.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.location, $0.rule, $0.message) < ($1.location, $1.rule, $1.message) }
    }

    public var errorCount: Int { DiagnosticSummary(diagnostics).errors }
    public var warningCount: Int { DiagnosticSummary(diagnostics).warnings }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Errors that stop a build: acknowledged ones do not.
    public var hasErrors: Bool { contains { $0.isOutstandingError } }
    /// Everything not acknowledged (what `--strict` counts).
    public var outstanding: [Diagnostic] { filter { $0.acknowledgement == nil } }
}
