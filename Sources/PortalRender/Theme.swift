import Foundation
import Mustache
import PortalModel

/// The site's look, compiled: Mustache templates and the asset files,
/// copied as they are.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    /// The templates compiled for the compiled renderer, nil when a template
    /// uses Mustache it does not cover: swift-mustache (`library`) renders then.
    let compiled: CompiledTheme?
    /// Asset files relative to `assetsFolder`, sorted.
    public let assets: [String]
    public let assetsFolder: URL

    /// Parses every template; a syntax error becomes a diagnostic at the
    /// template's line and column, a missing page template one too.
    public static func compile(_ files: ThemeFiles) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names = Set<String>()
        var texts: [(name: String, text: String)] = []
        MustacheContentTypes.register(TemplateHTML(), named: TemplateHTML.name)
        for template in files.templates {
            do {
                library.register(try MustacheTemplate(string: TemplateHTML.pragma + template.text), named: template.name)
                texts.append((template.name, TemplateHTML.pragma + template.text))
                names.insert(template.name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(.templateSyntax,
                                          at: SourceLocation(path: template.path, line: max(1, error.context.lineNumber - 1),
                                                              column: error.context.columnNumber),
                                          "invalid template: \(error.error)",
                                          hint: "check that every {{#section}} has a matching {{/section}}"))
            } catch {
                diagnostics.append(.error(.templateSyntax, at: SourceLocation(path: template.path), "invalid template: \(error)"))
            }
        }
        let required = PageKind.allCases.map(\.template)
        for name in required where !names.contains(name) && !files.templates.contains(where: { $0.name == name }) {
            diagnostics.append(.error(.theme, at: SourceLocation(path: "\(files.displayPath)/templates/\(name).mustache"),
                                      "the theme has no “\(name)” template", hint: "every theme needs: \(required.joined(separator: ", "))"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Theme(library: library, compiled: CompiledTheme(texts), assets: files.assets, assetsFolder: files.assetsFolder), diagnostics)
    }

    /// Renders a page; the template set was validated when the theme compiled.
    /// Templates read the typed page value by its keys (`TemplateValue`).
    func render(_ template: String, _ value: any TemplateObject) -> String {
        compiled?.render(template, value) ?? renderWithMustache(template, value)
    }

    /// This theme rendered by swift-mustache alone: what the compiled renderer is held against.
    var mustacheOnly: Theme { Theme(library: library, compiled: nil, assets: assets, assetsFolder: assetsFolder) }

    /// The page as swift-mustache renders it: for a theme the compiled
    /// renderer does not cover, and for tests to compare both.
    func renderWithMustache(_ template: String, _ value: any TemplateObject) -> String {
        library.render(value, withTemplate: template) ?? ""
    }
}

/// How templates escape `{{ }}`: `HTML.escape`, the same five characters
/// as swift-mustache's own HTML escape, which looks every character up in a
/// dictionary (a twentieth of a build's CPU). Set by a pragma on a line of
/// its own before each template, which prints nothing; a template may still
/// choose another content type.
struct TemplateHTML: MustacheContentType {
    static let name = "PORTAL_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
