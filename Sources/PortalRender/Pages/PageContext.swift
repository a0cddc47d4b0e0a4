import Foundation
import PortalModel

/// Builds the values templates see. Everything a template prints is a
/// plain string, number or list here; templates escape it on output.
/// Pre-rendered HTML (narratives, official tables) is marked `…HTML` and
/// printed with triple braces.
struct PageContext {
    let index: SiteIndex

    var portal: Portal { index.portal }

    /// What every page has: site, the way back to the root, breadcrumbs.
    func base(folder: String, title: String, trail: [(String, String)] = []) -> [String: Any] {
        let root = SitePaths.root(from: folder)
        let site = portal.site
        var crumbs: [[String: Any]] = [["title": "首页", "url": root]]
        crumbs += trail.map { ["title": $0.0, "url": root + $0.1] }
        crumbs.append(["title": title, "current": true])
        var siteContext: [String: Any] = ["title": site.title, "language": site.language]
        // Absent values stay absent: Mustache treats "" as true.
        siteContext["description"] = site.description
        siteContext["publisher"] = site.publisher
        var context: [String: Any] = [
            "site": siteContext,
            "root": root,
            "pageTitle": title,
            "breadcrumbs": folder.isEmpty ? [] : crumbs,
            "isHome": folder.isEmpty,
        ]
        if let baseURL = site.baseURL { context["canonical"] = baseURL + folder }
        return context
    }

    func agencyLink(_ agency: Agency, from root: String) -> [String: Any] {
        ["name": agency.name, "shortName": agency.shortName, "url": root + SitePaths.agency(agency.slug),
         "kind": agency.kind.label, "slug": agency.slug]
    }

    func figures(_ report: Report) -> [[String: Any]] {
        let form = portal.form(of: report)
        return form.keyFigures.map { figure in
            ["id": figure.id, "label": figure.label, "value": report.keyFigure(figure, in: form)?.plainText ?? "—"]
        }
    }

    /// Key figures of one report, aligned to `columns` (which may come from
    /// several forms).
    func figures(_ report: Report, columns: [KeyFigure]) -> [[String: Any]] {
        let form = portal.form(of: report)
        return columns.map { figure in
            let value = form.figure(figure.id).flatMap { report.keyFigure($0, in: form)?.plainText }
            return ["value": value ?? "—"]
        }
    }

    func download(_ label: String, _ path: String, root: String, format: String) -> [String: Any] {
        ["label": label, "url": root + path, "format": format]
    }
}
