import Mustache

/// How a page value gives templates its properties: each key with its
/// reader, called when a template looks the key up. Rendering reads the
/// typed values directly (`TemplateObject`) instead of first copying them
/// into dictionaries with `Mirror`, which was a tenth of a build's CPU.
/// `PageKeyTests` holds every type's keys against its stored properties,
/// so a property a template could use is never missing.
protocol TemplateValue: TemplateObject, TemplateNodeConvertible {
    static var templateKeys: TemplateKeys<Self> { get }
}

/// A type's template keys and how to read each: `{ $0.name.templateNode }`.
/// A reader returns nil for an absent optional, so Mustache looks further
/// up (as for a missing key).
struct TemplateKeys<Value>: Sendable {
    typealias Reader = @Sendable (Value) -> TemplateNode?
    let readers: [String: Reader]
    /// The readers by their keys' numbers (`TemplateKey`), nil for a key the type has not.
    private let byNumber: [Reader?]

    init(_ readers: KeyValuePairs<String, Reader>) {
        self.readers = Dictionary(uniqueKeysWithValues: readers.map { ($0.key, $0.value) })
        let numbered = readers.map { (TemplateKey($0.key).id, $0.value) }
        var byNumber = [Reader?](repeating: nil, count: (numbered.map(\.0).max() ?? -1) + 1)
        for (number, reader) in numbered { byNumber[number] = reader }
        self.byNumber = byNumber
    }

    func reader(_ key: TemplateKey) -> Reader? {
        key.id < byNumber.count ? byNumber[key.id] : nil
    }

    var names: Set<String> { Set(readers.keys) }
}

extension TemplateValue {
    func node(named name: String) -> TemplateNode? { Self.templateKeys.readers[name]?(self) }
    func node(for key: TemplateKey) -> TemplateNode? { Self.templateKeys.reader(key)?(self) }
    var templateNode: TemplateNode? { .object(self) }
}

/// A name is looked up in `extra` first, then in `base`: a page's own keys
/// over the ones every page has.
extension Layered: MustacheParent, TemplateObject, TemplateNodeConvertible where Base: TemplateObject, Extra: TemplateObject {
    func node(named name: String) -> TemplateNode? { extra.node(named: name) ?? base.node(named: name) }
    func node(for key: TemplateKey) -> TemplateNode? { extra.node(for: key) ?? base.node(for: key) }
    var templateNode: TemplateNode? { .object(self) }
}
