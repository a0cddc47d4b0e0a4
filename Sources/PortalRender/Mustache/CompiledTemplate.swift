/// A template parsed once into a tree, its names split into keys once:
/// what `TemplateParser` makes and `TemplateRendering` walks. Its parts are
/// swift-mustache's tokens, for the Mustache the compiled renderer covers.
struct CompiledTemplate: Sendable {
    var parts: [Part]

    enum Part: Sendable {
        case text(String)
        case variable(TemplateName, escaped: Bool)
        case section(TemplateName, CompiledTemplate, inverted: Bool)
        /// `{{$name}}` outside a `{{<parent}}`: the parent's block, with its default.
        case block(String, default: CompiledTemplate, indentation: String)
        /// `{{>name}}`, or `{{<name}}` with the blocks it overrides.
        case partial(String, indentation: String?, overrides: [String: CompiledTemplate]?)
        /// `{{$name}}` inside a `{{<parent}}`; only kept there.
        case blockDefinition(String, CompiledTemplate)
        /// A `CONTENT_TYPE` pragma: whether `{{name}}` escapes HTML from here on.
        case escaping(Bool)
    }
}

/// A looked-up name, compiled: its keys, whether it starts at the current
/// value only (`.` and `.name`), and the transforms around it.
struct TemplateName: Sendable {
    var keys: [TemplateKey]
    var fromTop: Bool
    /// Applied last to first, as swift-mustache applies them.
    var transforms: [TemplateTransform]

    init(_ name: String, transforms: [TemplateTransform]) {
        keys = name == "." ? [] : name.split(separator: ".").map { TemplateKey(String($0)) }
        fromTop = name.first == "."
        self.transforms = transforms
    }
}

/// The transforms the compiled renderer applies, as swift-mustache does.
enum TemplateTransform: String, Sendable {
    /// True for an empty text or list; absent for anything else.
    case empty

    func apply(to node: TemplateNode) -> TemplateNode? {
        switch (self, node) {
        case let (.empty, .text(text)): .bool(text.isEmpty)
        case let (.empty, .list(list)): .bool(list.count == 0)
        default: nil
        }
    }
}
