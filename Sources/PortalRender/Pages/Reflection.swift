import Mustache

/// A value that answers templates' lookups itself (see `Layered`).
protocol MustacheLookup: MustacheParent {
    /// Whether `name` is one of its keys, even when its value is absent.
    func declares(_ name: String) -> Bool
}

/// How templates read a page value's properties: by name, through the
/// same reflection swift-mustache uses, with nil optionals absent.
enum Reflection {
    static func value(named name: String, in object: Any) -> Any? {
        if let lookup = object as? MustacheLookup { return lookup.child(named: name) }
        for child in Mirror(reflecting: object).children where child.label == name {
            return unwrapped(child.value)
        }
        return nil
    }

    static func declares(_ name: String, _ object: Any) -> Bool {
        if let lookup = object as? MustacheLookup { return lookup.declares(name) }
        return Mirror(reflecting: object).children.contains { $0.label == name }
    }

    /// Every property name of `object` and of every value inside it: the
    /// keys templates can use on the pages it stands for.
    static func keys(of object: Any, into found: inout Set<String>) {
        if let layered = object as? any LayeredValue {
            keys(of: layered.baseValue, into: &found)
            keys(of: layered.extraValue, into: &found)
            return
        }
        let mirror = Mirror(reflecting: object)
        for child in mirror.children {
            if let label = child.label, mirror.displayStyle == .struct { found.insert(label) }
            keys(of: child.value, into: &found)
        }
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }
}

/// `Layered` seen without its type parameters.
protocol LayeredValue {
    var baseValue: Any { get }
    var extraValue: Any { get }
}

extension Layered: LayeredValue {
    var baseValue: Any { base }
    var extraValue: Any { extra }
}

extension SiteRenderer {
    /// Every key the pages of this portal give their templates, found by
    /// reflecting every page value (a key whose value is absent counts):
    /// what a test holds the templates' keys against.
    public func pageKeys() -> Set<String> {
        let pages = PageContext(index: index)
        let portal = index.portal
        var values: [Any] = [pages.home(), pages.agencies(), pages.years(), pages.downloads(), pages.search(), pages.notFound()]
        values += portal.agencies.map(pages.agency)
        values += portal.reports.map(pages.report)
        values += portal.years.map(pages.year)
        var keys = Set<String>()
        for value in values { Reflection.keys(of: value, into: &keys) }
        return keys
    }
}
