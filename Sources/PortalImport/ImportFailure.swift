import PortalModel

/// Why a file cannot be imported: the diagnostics to show, nothing written.
struct ImportFailure: Error {
    let diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    static func error(_ rule: String, at location: SourceLocation, _ message: String, hint: String? = nil) -> ImportFailure {
        ImportFailure([.error(rule, at: location, message, hint: hint)])
    }
}
