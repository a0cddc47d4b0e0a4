import Foundation
import PortalChecks
import PortalLoader
import PortalModel

/// Runs the checks on an imported report before anything is written: in a
/// scratch copy of its agency (so the carry-over from last year is checked
/// too), loaded by the same loader `portal check` uses. What they find are
/// the published figures' own problems.
enum ImportCheck {
    static func run(site: URL, slug: String, year: Int, files: [String: Data], agencyYAML: String?) -> [Diagnostic] {
        checked(site: site, slug: slug, year: year, files: files, agencyYAML: agencyYAML).diagnostics
    }

    /// The problems, and the report as the loader read it (for what they point at).
    static func checked(site: URL, slug: String, year: Int, files: [String: Data], agencyYAML: String?)
        -> (diagnostics: [Diagnostic], report: Report?, form: FormDefinition?) {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("portal-import-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: scratch) }
        let agencies = scratch.appendingPathComponent("content/agencies")
        let agency = agencies.appendingPathComponent(slug)
        let folder = agency.appendingPathComponent(String(year))
        do {
            try manager.createDirectory(at: agencies, withIntermediateDirectories: true)
            let existing = site.appendingPathComponent("content/agencies/\(slug)")
            if manager.fileExists(atPath: existing.path) { try manager.copyItem(at: existing, to: agency) }
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("title: portal import\n".utf8).write(to: scratch.appendingPathComponent("content/site.yaml"))
            if let agencyYAML { try Data(agencyYAML.utf8).write(to: agency.appendingPathComponent("agency.yaml")) }
            for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        } catch {
            return ([.error(.importWrite, at: SourceLocation(path: "content/agencies/\(slug)/\(year)"),
                            "cannot prepare the checks: \(error.localizedDescription)")], nil, nil)
        }
        let loaded = SiteLoader(root: scratch).load()
        var found = loaded.diagnostics
        if let portal = loaded.portal { found += Checker().run(portal) }
        let prefix = "content/agencies/\(slug)/"
        let mine = "\(prefix)\(year)/"
        let report = loaded.portal?.reports.first { $0.agencySlug == slug && $0.year == year }
        return (DiagnosticsError(found.filter { d in
            d.location.path.hasPrefix(mine) || (agencyYAML != nil && d.location.path == "\(prefix)agency.yaml")
        }).diagnostics, report, report.flatMap { loaded.portal?.form(of: $0) })
    }
}
