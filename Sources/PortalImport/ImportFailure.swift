import PortalModel

/// Why a file cannot be imported: the diagnostics to show, nothing written.
struct ImportFailure: Error {
    let diagnostics: [Diagnostic]
    /// The format recognised before the failure, when it got that far.
    var formID: String?
    /// The report as read, where it was refused for its year and prints no publisher's name either (大兴区 a 镇 2025: no
    /// title, `我镇` only): the importer says both at once, each a flag the operator gives (--year, --agency).
    var unnamed: ImportedReport?

    init(_ diagnostics: [Diagnostic], formID: String? = nil) {
        self.diagnostics = diagnostics
        self.formID = formID
    }

    static func error(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) -> ImportFailure {
        ImportFailure([.error(rule, at: location, message, hint: hint)])
    }
}
