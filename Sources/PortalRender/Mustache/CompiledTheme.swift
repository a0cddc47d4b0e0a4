/// A theme's templates compiled once for the Mustache they use
/// (`TemplateParser`), rendered without swift-mustache's run-time casts:
/// names are keys read from typed values (`TemplateNode`).
struct CompiledTheme: Sendable {
    let templates: [String: CompiledTemplate]

    /// Every template compiled, or nil when one uses Mustache the compiled
    /// renderer does not cover (or parses otherwise than swift-mustache):
    /// swift-mustache then renders the whole theme, so pages print the same.
    init?(_ templates: [(name: String, text: String)]) {
        var compiled: [String: CompiledTemplate] = [:]
        for template in templates {
            guard let parsed = try? TemplateParser.parse(template.text) else { return nil }
            compiled[template.name] = parsed
        }
        self.templates = compiled
    }

    /// The page `value` shown by template `name`; "" for a template the theme does not have.
    func render(_ name: String, _ value: any TemplateObject) -> String {
        guard let template = templates[name] else { return "" }
        var rendering = TemplateRendering(templates: templates, root: .object(value))
        var output = ""
        rendering.render(template, TemplateRendering.Context(), into: &output)
        return output
    }
}
