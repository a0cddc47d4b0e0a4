/// Renders compiled templates (`CompiledTheme`) as swift-mustache renders
/// their tokens: names looked up the stack of values, sections, partials
/// with their indentation, blocks and their overrides. One output string
/// is appended to throughout, except inside an indented partial, whose
/// parts are each rendered apart to indent their lines as swift-mustache does.
struct TemplateRendering {
    let templates: [String: CompiledTemplate]
    /// The values sections entered, innermost last.
    private var stack: [TemplateNode]

    init(templates: [String: CompiledTemplate], root: TemplateNode) {
        self.templates = templates
        stack = [root]
    }

    /// What a part renders in: swift-mustache's context besides the stack.
    struct Context {
        var indentation: String?
        var overrides: [String: CompiledTemplate]?
        var escapes = true
    }

    mutating func render(_ template: CompiledTemplate, _ context: Context, into output: inout String) {
        var context = context
        guard let indentation = context.indentation, !indentation.isEmpty else {
            // By index: the part is read in place, not copied out by an iterator.
            for index in template.parts.indices { render(template.parts[index], &context, into: &output) }
            return
        }
        var rendered = ""
        for part in template.parts {
            var text = ""
            render(part, &context, into: &text)
            if !text.isEmpty, rendered.last == "\n" { rendered += indentation }
            rendered += text
        }
        output += rendered
    }

    private mutating func render(_ part: CompiledTemplate.Part, _ context: inout Context, into output: inout String) {
        switch part {
        case let .text(text):
            output += text
        case let .variable(name, escaped):
            guard let node = lookUp(name) else { return }
            let text = Self.text(of: node)
            output += escaped && context.escapes ? HTML.escape(text) : text
        case let .section(name, body, inverted):
            let node = lookUp(name)
            if inverted { renderInverted(node, body, context, into: &output) } else { renderSection(node, body, context, into: &output) }
        case let .block(name, fallback, indentation):
            var inner = context
            inner.indentation = (context.indentation ?? "") + indentation
            render(context.overrides?[name] ?? fallback, inner, into: &output)
        case let .partial(name, indentation, overrides):
            guard let template = templates[name] else { return }
            var inner = Context(indentation: context.indentation, overrides: context.overrides, escapes: true)
            if let indentation { inner.indentation = (context.indentation ?? "") + indentation }
            if let overrides {
                // The outer template's overrides win, as in swift-mustache.
                inner.overrides = context.overrides?.merging(overrides) { outer, _ in outer } ?? overrides
            }
            render(template, inner, into: &output)
        case let .escaping(escapes):
            context.escapes = escapes
        case .blockDefinition:
            break
        }
    }

    private mutating func renderSection(_ node: TemplateNode?, _ body: CompiledTemplate, _ context: Context, into output: inout String) {
        switch node {
        case let .list(list):
            for index in 0..<list.count { renderWith(list.node(at: index), body, context, into: &output) }
        case let .bool(flag):
            if flag { render(body, context, into: &output) }
        case let .some(value):
            renderWith(value, body, context, into: &output)
        case .none:
            break
        }
    }

    private mutating func renderInverted(_ node: TemplateNode?, _ body: CompiledTemplate, _ context: Context, into output: inout String) {
        switch node {
        case let .list(list):
            if list.count == 0 { renderWith(node, body, context, into: &output) }
        case let .bool(flag):
            if !flag { render(body, context, into: &output) }
        case .some:
            break
        case .none:
            render(body, context, into: &output)
        }
    }

    /// Renders `body` with `value` entered (an absent list element enters
    /// nothing a name could be found in).
    private mutating func renderWith(_ value: TemplateNode?, _ body: CompiledTemplate, _ context: Context, into output: inout String) {
        guard let value else {
            render(body, context, into: &output)
            return
        }
        stack.append(value)
        render(body, context, into: &output)
        stack.removeLast()
    }

    /// The value a name stands for: its first key looked up from the
    /// innermost value outwards (or in the innermost only), the rest inside it.
    private func lookUp(_ name: TemplateName) -> TemplateNode? {
        var node: TemplateNode?
        if name.keys.isEmpty {
            node = stack.last
        } else if name.fromTop {
            node = Self.child(of: stack.last, name.keys[...])
        } else {
            // By index, innermost first: no reversed copy of the stack per name.
            let first = name.keys[0]
            var level = stack.count - 1
            while level >= 0 {
                if case let .object(object) = stack[level], let found = object.node(for: first) {
                    node = name.keys.count == 1 ? found : Self.child(of: found, name.keys.dropFirst())
                    break
                }
                level -= 1
            }
        }
        for transform in name.transforms.reversed() {
            guard let value = node else { return nil }
            node = transform.apply(to: value)
        }
        return node
    }

    private static func child(of node: TemplateNode?, _ key: TemplateKey) -> TemplateNode? {
        guard case let .object(object) = node else { return nil }
        return object.node(for: key)
    }

    private static func child(of node: TemplateNode?, _ keys: ArraySlice<TemplateKey>) -> TemplateNode? {
        var node = node
        for key in keys {
            guard let found = child(of: node, key) else { return nil }
            node = found
        }
        return node
    }

    /// How swift-mustache prints a value: text as it is, a whole number in
    /// decimal digits, anything else as Swift describes it.
    private static func text(of node: TemplateNode) -> String {
        switch node {
        case let .text(text): text
        case let .number(number): String(number)
        case let .bool(flag): String(describing: flag)
        case let .list(list): String(describing: list)
        case let .object(object): String(describing: object)
        }
    }
}
