import Foundation
import PortalChecks
import PortalLoader
import PortalModel
import PortalRender

/// What a clean build finds in each agency folder as it loads: the problems
/// of the checks that read the narratives (`NarrativeReadingChecks`) and
/// each report's repeated text (the reader facts' one use of last year's
/// text). Once both are taken the folder's narratives are let go of, so the
/// load never holds every report's text at once; the page, report.json and
/// the search index read the files again (`NarrativeFileReader`).
final class CheckedWhileLoading: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String: (problems: [Diagnostic], copied: CopiedSections)] = [:]
    /// False for `portal check`, which renders nothing: the reader facts' text is not measured.
    let findsCopiedSections: Bool

    init(findsCopiedSections: Bool) {
        self.findsCopiedSections = findsCopiedSections
    }

    /// Every folder's problems, in the folders' order (`Checker.run` sorts them with the rest).
    var diagnostics: [Diagnostic] {
        lock.withLock { found.keys.sorted().flatMap { found[$0]!.problems } }
    }

    var copied: CopiedSections {
        lock.withLock {
            var all = CopiedSections()
            for (_, folder) in found { all.merge(folder.copied) }
            return all
        }
    }

    fileprivate func add(_ slug: String, problems: [Diagnostic], copied: CopiedSections) {
        lock.withLock { found[slug] = (problems, copied) }
    }
}

/// One thread's work on the folders it loads (`SiteLoader.eachFolder`).
final class FolderChecks: FolderWork {
    private let found: CheckedWhileLoading
    private let checks = NarrativeReadingChecks()

    init(into found: CheckedWhileLoading) {
        self.found = found
    }

    func read(_ load: inout AgencyLoad, in portal: Portal) {
        let problems = checks.run(portal)
        var copied = CopiedSections()
        if found.findsCopiedSections {
            let byYear = Dictionary(portal.reports.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
            for report in portal.reports {
                copied.add(ReaderFacts.copiedSections(report, previous: byYear[report.year - 1], form: portal.form(of: report)), of: report)
            }
        }
        found.add(load.slug, problems: problems, copied: copied)
        // The portal's reports share their fields with the load's: let go of once, in both.
        for report in load.reports { report.letGoOfNarratives() }
    }
}
