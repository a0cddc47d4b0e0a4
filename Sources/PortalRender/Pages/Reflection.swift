/// How templates see page values: their property names, read once by
/// reflection.
enum Reflection {
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
        var values: [Any] = [pages.home(), pages.agencies(), pages.years(), pages.downloads(), pages.search(), pages.compare(), pages.notFound()]
        values += portal.agencies.map(pages.agency)
        values += portal.reports.map(pages.report)
        values += portal.years.map { pages.year($0) }
        // What the pages of a long list add, though the example fits on one page.
        values.append(Pagination(number: 2, count: 9, list: SitePaths.agencies, root: "../../../") as Any)
        var keys = Set<String>()
        for value in values { Reflection.keys(of: value, into: &keys) }
        return keys
    }
}

extension Reflection {
    /// The value as plain dictionaries and arrays, each struct reflected
    /// once: what templates then read by key, as fast as before the page
    /// values were typed (a lookup through reflection costs a `Mirror` per
    /// key, which made pages three times slower). Absent optionals are left
    /// out, as Mustache expects; `Layered` values are merged, page keys over
    /// common ones.
    static func plain(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text
        case let number as Int: return number
        case let flag as Bool: return flag
        case let layered as any LayeredValue:
            var merged = plain(layered.baseValue) as? [String: Any] ?? [:]
            for (key, item) in plain(layered.extraValue) as? [String: Any] ?? [:] { merged[key] = item }
            return merged
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional: return mirror.children.first.flatMap { plain($0.value) }
            case .collection: return mirror.children.compactMap { plain($0.value) }
            case .struct:
                var dictionary: [String: Any] = [:]
                for child in mirror.children {
                    guard let label = child.label, let converted = plain(child.value) else { continue }
                    dictionary[label] = converted
                }
                return dictionary
            default: return value
            }
        }
    }
}
