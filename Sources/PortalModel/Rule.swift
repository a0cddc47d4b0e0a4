/// A kind of problem portal reports: the id diagnostics carry, its usual
/// severity, the step that finds it, and one line on what it means.
///
/// Every stage declares the rules it emits as values of this type, and
/// `RuleRegistry` (PortalCLI, which sees every stage) lists them all: the README's tables and the
/// fixture sites are checked against that list. The accounting identities
/// are rules too, but they are data: each form file declares its own.
public struct Rule: Sendable, Hashable, Comparable {
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        /// Reading files: YAML, forms, agencies, reports, narratives.
        case load
        /// The checks over the loaded portal.
        case check
        /// Reading the theme's templates and assets.
        case theme
        /// Turning published documents into content files.
        case `import`
    }

    public let id: String
    public let severity: Diagnostic.Severity
    public let stage: Stage
    public let summary: String

    public init(_ id: String, _ severity: Diagnostic.Severity, _ stage: Stage, _ summary: String) {
        self.id = id
        self.severity = severity
        self.stage = stage
        self.summary = summary
    }

    public static func < (lhs: Rule, rhs: Rule) -> Bool { lhs.id < rhs.id }
}

extension Diagnostic {
    /// A problem of a declared rule, with the rule's severity.
    public init(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.init(rule.severity, rule.id, at: location, message, hint: hint)
    }

    public static func error(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, rule.id, at: location, message, hint: hint)
    }

    public static func warning(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, rule.id, at: location, message, hint: hint)
    }
}
