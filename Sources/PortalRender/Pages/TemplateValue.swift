import Mustache

/// How a page value gives templates its properties: each key with its
/// reader, called when a template looks the key up. Rendering reads the
/// typed values directly (swift-mustache's `MustacheParent`) instead of
/// first copying them into dictionaries with `Mirror`, which was a tenth
/// of a build's CPU. `PageKeyTests` holds every type's keys against its
/// stored properties, so a property a template could use is never missing.
protocol TemplateValue: MustacheParent {
    static var templateKeys: TemplateKeys<Self> { get }
}

/// A type's template keys and how to read each. A reader returns nil for
/// an absent optional, so Mustache looks further up (as for a missing key).
struct TemplateKeys<Value>: Sendable {
    let readers: [String: @Sendable (Value) -> Any?]

    init(_ readers: KeyValuePairs<String, @Sendable (Value) -> Any?>) {
        self.readers = Dictionary(uniqueKeysWithValues: readers.map { ($0.key, $0.value) })
    }

    var names: Set<String> { Set(readers.keys) }
}

extension TemplateValue {
    func child(named name: String) -> Any? { Self.templateKeys.readers[name]?(self) }
}

/// A name is looked up in `extra` first, then in `base`: a page's own keys
/// over the ones every page has.
extension Layered: MustacheParent where Base: MustacheParent, Extra: MustacheParent {
    func child(named name: String) -> Any? { extra.child(named: name) ?? base.child(named: name) }
}
