import Foundation

/// How tests hold the template keys (`TemplateValue`) against the page
/// values' stored properties, read by reflection. Rendering never reflects.
enum Reflection {
    /// Every template key of `object` and of every value inside it: the
    /// keys templates can use on the pages it stands for.
    static func keys(of object: Any, into found: inout Set<String>) {
        if let value = object as? any TemplateValue { found.formUnion(names(of: value)) }
        forEachValue(in: object) { keys(of: $0, into: &found) }
    }

    /// Where the template keys of `object` (and of every value inside it)
    /// differ from its stored properties: a type without keys, a property
    /// without a key or a key without a property, or a key that reads
    /// something else than the property of its name.
    static func keyProblems(of object: Any) -> [String] {
        var problems: [String] = []
        collectKeyProblems(of: object, into: &problems)
        let byProperties = describe(plain(object, byKeys: false))
        let byKeys = describe(plain(object, byKeys: true))
        if byProperties != byKeys {
            problems.append("\(type(of: object)): read by key:\n\(byKeys)\nstored:\n\(byProperties)")
        }
        return problems
    }

    private static func collectKeyProblems(of object: Any, into problems: inout [String]) {
        let mirror = Mirror(reflecting: object)
        if mirror.displayStyle == .struct, !(object is any LayeredValue) {
            if let value = object as? any TemplateValue {
                let properties = Set(mirror.children.compactMap(\.label))
                let keys = names(of: value)
                for name in properties.subtracting(keys).sorted() { problems.append("\(type(of: object)): property “\(name)” has no template key") }
                for name in keys.subtracting(properties).sorted() { problems.append("\(type(of: object)): template key “\(name)” is no property") }
            } else {
                problems.append("\(type(of: object)) is not a TemplateValue: templates cannot read it")
            }
        }
        forEachValue(in: object) { collectKeyProblems(of: $0, into: &problems) }
    }

    private static func names<Value: TemplateValue>(of value: Value) -> Set<String> { Value.templateKeys.names }

    /// The values directly inside `object`: a struct's properties, a
    /// collection's elements, an optional's value, a `Layered`'s two.
    private static func forEachValue(in object: Any, _ body: (Any) -> Void) {
        if let layered = object as? any LayeredValue {
            body(layered.baseValue)
            body(layered.extraValue)
            return
        }
        for child in Mirror(reflecting: object).children { body(child.value) }
    }

    /// The value as plain dictionaries and arrays, each struct read by its
    /// stored properties or by its template keys; absent optionals left
    /// out, as Mustache sees them; `Layered` values merged, extra over base.
    private static func plain(_ value: Any, byKeys: Bool) -> Any? {
        switch value {
        case let text as String: return text
        case let number as Int: return number
        case let flag as Bool: return flag
        case let layered as any LayeredValue:
            var merged = plain(layered.baseValue, byKeys: byKeys) as? [String: Any] ?? [:]
            for (key, item) in plain(layered.extraValue, byKeys: byKeys) as? [String: Any] ?? [:] { merged[key] = item }
            return merged
        case let keyed as any TemplateValue where byKeys:
            var dictionary: [String: Any] = [:]
            for name in names(of: keyed) {
                if let item = keyed.child(named: name), let converted = plain(item, byKeys: true) { dictionary[name] = converted }
            }
            return dictionary
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional: return mirror.children.first.flatMap { plain($0.value, byKeys: byKeys) }
            case .collection: return mirror.children.compactMap { plain($0.value, byKeys: byKeys) }
            case .struct:
                var dictionary: [String: Any] = [:]
                for child in mirror.children {
                    guard let label = child.label, let converted = plain(child.value, byKeys: byKeys) else { continue }
                    dictionary[label] = converted
                }
                return dictionary
            default: return value
            }
        }
    }

    /// A plain value as text, dictionary keys sorted, types named.
    private static func describe(_ value: Any?) -> String {
        switch value {
        case nil: return "nil"
        case let dictionary as [String: Any]:
            return "{" + dictionary.keys.sorted().map { "\($0): \(describe(dictionary[$0]))" }.joined(separator: ", ") + "}"
        case let array as [Any]: return "[" + array.map(describe).joined(separator: ", ") + "]"
        case let .some(value): return "\(type(of: value))(\(value))"
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
    /// Every page value of this portal: one of each page, every agency,
    /// report and year, and what the pages of a long list add.
    func pageValues() -> [Any] {
        let pages = PageContext(index: index)
        let portal = index.portal
        var values: [Any] = [pages.home(), pages.agencies(), pages.years(), pages.downloads(), pages.search(), pages.compare(), pages.notFound()]
        values += portal.agencies.map(pages.agency)
        values += portal.reports.map(pages.report)
        values += portal.years.map { pages.year($0) }
        // What the pages of a long list add, though the example fits on one page.
        values.append(Pagination(number: 2, count: 9, list: SitePaths.agencies, root: "../../../") as Any)
        return values
    }

    /// Every key the pages of this portal give their templates (a key
    /// whose value is absent counts): what a test holds the templates'
    /// keys against.
    public func pageKeys() -> Set<String> {
        var keys = Set<String>()
        for value in pageValues() { Reflection.keys(of: value, into: &keys) }
        return keys
    }

    /// Where the pages' template keys differ from their values' properties
    /// (see `Reflection.keyProblems`); empty when templates see every property.
    public func templateKeyProblems() -> [String] {
        pageValues().flatMap(Reflection.keyProblems)
    }
}
