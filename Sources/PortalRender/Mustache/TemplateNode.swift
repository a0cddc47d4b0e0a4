import Mustache

/// A value as the compiled renderer (`CompiledTemplate`) sees it: one of
/// five kinds, known without a run-time cast. An absent value (a nil
/// optional, a missing key) is `nil`, as Mustache treats it.
enum TemplateNode {
    case text(String)
    case number(Int)
    case bool(Bool)
    case list(any TemplateList)
    case object(any TemplateObject)
}

/// A value with named properties: a page value, or two layered.
/// It is a `MustacheParent` too, so swift-mustache can render it when a
/// theme uses Mustache the compiled renderer does not compile.
protocol TemplateObject: MustacheParent {
    func node(named name: String) -> TemplateNode?
    /// The same as `node(named: key.name)`; a page value reads it by the key's number.
    func node(for key: TemplateKey) -> TemplateNode?
}

extension TemplateObject {
    func node(for key: TemplateKey) -> TemplateNode? { node(named: key.name) }

    /// What swift-mustache reads: the same value, as `Any`.
    func child(named name: String) -> Any? { node(named: name)?.value }
}

extension TemplateNode {
    /// The value itself (a list or an object as its own type, as
    /// swift-mustache casts it).
    var value: Any {
        switch self {
        case let .text(text): text
        case let .number(number): number
        case let .bool(flag): flag
        case let .list(list): list
        case let .object(object): object
        }
    }
}

/// A list a section repeats over, read element by element.
protocol TemplateList {
    var count: Int { get }
    func node(at index: Int) -> TemplateNode?
}

/// A value a template key can read (`TemplateKeys`).
protocol TemplateNodeConvertible {
    /// The value as templates see it; nil when absent.
    var templateNode: TemplateNode? { get }
}

extension String: TemplateNodeConvertible {
    var templateNode: TemplateNode? { .text(self) }
}

extension Int: TemplateNodeConvertible {
    var templateNode: TemplateNode? { .number(self) }
}

extension Bool: TemplateNodeConvertible {
    var templateNode: TemplateNode? { .bool(self) }
}

extension Optional: TemplateNodeConvertible where Wrapped: TemplateNodeConvertible {
    var templateNode: TemplateNode? { self?.templateNode }
}

extension Array: TemplateNodeConvertible, TemplateList where Element: TemplateNodeConvertible {
    var templateNode: TemplateNode? { .list(self) }
    func node(at index: Int) -> TemplateNode? { self[index].templateNode }
}
