import PortalModel

/// Collects the problems of one load so that a run reports every one of
/// them, not just the first (swift-argument-parser's habit).
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.error(rule, at: location, message, hint: hint))
    }

    func warning(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.warning(rule, at: location, message, hint: hint))
    }

    var hasErrors: Bool { diagnostics.hasErrors }
}
