/// What a run found, counted the way a person reads it:
/// `2 errors, 1 warning, 1 acknowledged in 1 report and 1 other file`.
/// Acknowledged problems are counted apart: they no longer stop a build.
public struct DiagnosticSummary: Sendable, CustomStringConvertible {
    public let errors: Int
    public let warnings: Int
    public let acknowledged: Int
    /// Report folders with a problem (`content/agencies/<slug>/<year>`).
    public let reports: Int
    /// Other files with a problem (site.yaml, an agency.yaml, a template).
    public let otherFiles: Int

    public init(_ diagnostics: [Diagnostic]) {
        let outstanding = diagnostics.outstanding
        errors = outstanding.filter { $0.severity == .error }.count
        warnings = outstanding.count - errors
        acknowledged = diagnostics.count - outstanding.count
        // Each path once: problems come sorted by location, a file's together
        // (a portal with a warning in every row has 160,000 of them).
        var folders = Set<String>(), others = Set<String>()
        var lastPath: String?
        for diagnostic in diagnostics where diagnostic.location.path != lastPath {
            let path = diagnostic.location.path
            lastPath = path
            if let folder = ContentPaths.reportFolder(containing: path) { folders.insert(folder) } else { others.insert(path) }
        }
        reports = folders.count
        otherFiles = others.count
    }

    public var description: String {
        if errors + warnings + acknowledged == 0 { return "no problems" }
        var text = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if acknowledged > 0 { text += ", \(acknowledged) acknowledged" }
        if reports > 0 || otherFiles == 0 { text += " in \(reports) report\(reports == 1 ? "" : "s")" }
        if otherFiles > 0 { text += (reports > 0 ? " and " : " in ") + "\(otherFiles) other file\(otherFiles == 1 ? "" : "s")" }
        return text
    }
}

/// The content layout, where more than the loader needs to know it.
public enum ContentPaths {
    public static let content = "content"
    public static let agencies = "content/agencies"

    /// `content/agencies/x/2021` for a file inside a report folder, else nil.
    public static func reportFolder(containing path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count >= 4, parts[0] == "content", parts[1] == "agencies", parts[3].count == 4,
              Int(parts[3]) != nil else { return nil }
        return parts[0...3].joined(separator: "/")
    }
}
