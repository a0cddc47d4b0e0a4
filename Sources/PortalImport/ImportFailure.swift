import PortalModel

/// Why a file cannot be imported: the diagnostics to show, nothing written.
struct ImportFailure: Error {
    let diagnostics: [Diagnostic]
    /// The format recognised before the failure, when it got that far.
    var formID: String?

    init(_ diagnostics: [Diagnostic], formID: String? = nil) {
        self.diagnostics = diagnostics
        self.formID = formID
    }

    static func error(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) -> ImportFailure {
        ImportFailure([.error(rule, at: location, message, hint: hint)])
    }
}
