import Foundation
import PortalChecks
import PortalLoader
import PortalModel

/// Runs the checks on an imported report before anything is written: in a
/// scratch copy of its agency (so the carry-over from last year is checked
/// too), loaded by the same loader `portal check` uses. What they find are
/// the published figures' own problems.
enum ImportCheck {
    /// The report's problems, and those it brings to the agency's next year's report (上年结转
    /// against this year's 结转下年度, 较上年 against this year's figures): in a folder of
    /// downloads imported newest first, the later year is there before the earlier one comes.
    static func run(site: URL, slug: String, year: Int, files: [String: Data], agencyYAML: String?) -> [Diagnostic] {
        checked(site: site, slug: slug, year: year, files: files, agencyYAML: agencyYAML, withNextYear: true).diagnostics
    }

    /// The problems, and the report as the loader read it (for what they point at).
    static func checked(site: URL, slug: String, year: Int, files: [String: Data], agencyYAML: String?, withNextYear: Bool = false)
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
        let prefix = "content/agencies/\(slug)/"
        let mine = "\(prefix)\(year)/"
        let next = "\(prefix)\(year + 1)/"
        let hasNextYear = withNextYear && manager.fileExists(atPath: agency.appendingPathComponent(String(year + 1)).path)
        // The next year's problems without this report, to tell which ones it brings.
        let nextBefore = hasNextYear ? Set(problems(scratch, without: folder).filter { $0.location.path.hasPrefix(next) }) : []
        let loaded = SiteLoader(root: scratch).load()
        var found = loaded.diagnostics
        if let portal = loaded.portal { found += Checker().run(portal) }
        let report = loaded.portal?.reports.first { $0.agencySlug == slug && $0.year == year }
        return (DiagnosticsError(found.filter { d in
            d.location.path.hasPrefix(mine) || (agencyYAML != nil && d.location.path == "\(prefix)agency.yaml")
                || (hasNextYear && d.location.path.hasPrefix(next) && !nextBefore.contains(d))
        }).diagnostics, report, report.flatMap { loaded.portal?.form(of: $0) })
    }

    /// Every problem of the scratch site with the report's folder taken away for a moment.
    private static func problems(_ scratch: URL, without folder: URL) -> [Diagnostic] {
        let manager = FileManager.default
        let aside = folder.deletingLastPathComponent().appendingPathComponent(".aside-\(UUID().uuidString)")
        guard (try? manager.moveItem(at: folder, to: aside)) != nil else { return [] }
        defer { try? manager.moveItem(at: aside, to: folder) }
        let loaded = SiteLoader(root: scratch).load()
        return loaded.diagnostics + (loaded.portal.map { Checker().run($0) } ?? [])
    }
}
