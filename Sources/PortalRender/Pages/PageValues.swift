import Foundation
import PortalModel

// The values templates see, as types: a misspelled key in Swift does not
// compile, and `PageKeyTests` checks every key a template uses against
// these types. Templates read each type by its keys (`TemplateValue`, in
// the `…+Keys.swift` files beside); an optional that is nil is absent, as
// Mustache expects ("" would count as true). Pre-rendered HTML
// is named `…HTML`/`…SVG` and printed with triple braces; everything else
// is escaped on output.

/// What every page has: the site, the way back to the root, breadcrumbs.
struct PageCommon {
    struct Site {
        var title: String
        var language: String
        var description: String?
        var publisher: String?
    }

    struct Crumb {
        var title: String
        var url: String?
        var current: Bool?
    }

    var site: Site
    var root: String
    var pageTitle: String
    var breadcrumbs: [Crumb]
    var isHome: Bool
    var canonical: String?
    /// The neighbours of a page of a long list (rel=prev/next).
    var previousURL: String?
    var nextURL: String?
}

/// A link to an agency, and what some pages add to it.
struct AgencyLink {
    var name: String
    var shortName: String
    var url: String
    var kind: String
    var slug: String
}

/// An agency in a list, with what that list shows of it (its reports,
/// parent, coverage, downloads): the link's fields plus the page's own.
typealias AgencyEntry<Extra> = Layered<AgencyLink, Extra>

struct YearLink {
    var year: Int
    var url: String
}

struct Download {
    var label: String
    var url: String
    var format: String
}

struct FigureColumn {
    var label: String
}

struct FigureValue {
    var id: String?
    var label: String?
    var value: String
}

struct FormInfo {
    var name: String
    var issuedBy: String
    var id: String?
    var url: String?
}

/// Two values read as one: a name is looked up in `extra` first, then in
/// `base`. How a page adds its own keys to what every page has, without
/// copying fields.
struct Layered<Base, Extra> {
    var base: Base
    var extra: Extra

    init(_ base: Base, _ extra: Extra) {
        self.base = base
        self.extra = extra
    }
}
