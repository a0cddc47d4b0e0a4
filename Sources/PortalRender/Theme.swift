import Foundation
import Mustache
import PortalModel

/// The site's look: Mustache templates from `theme/templates` and files
/// from `theme/assets`, copied as they are.
public struct Theme: Sendable {
    /// Templates every theme must have, one per kind of page.
    public static let requiredTemplates = ["home", "agencies", "agency", "report", "years", "year", "downloads", "search", "404"]

    public let library: MustacheLibrary
    /// Asset files relative to `theme/assets`, sorted.
    public let assets: [String]
    public let assetsFolder: URL

    /// Loads and parses every template; a syntax error becomes a diagnostic
    /// at the template's line and column.
    public static func load(from folder: URL, displayPath: String = "theme") -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let templates = folder.appendingPathComponent("templates")
        var library = MustacheLibrary()
        var names = Set<String>()
        for relative in files(under: templates) where relative.hasSuffix(".mustache") {
            let path = "\(displayPath)/templates/\(relative)"
            guard let data = FileManager.default.contents(atPath: templates.appendingPathComponent(relative).path),
                  let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("theme", at: SourceLocation(path: path), "cannot read the template as UTF-8 text"))
                continue
            }
            let name = String(relative.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template-syntax",
                                          at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber),
                                          "invalid template: \(error.error)",
                                          hint: "check that every {{#section}} has a matching {{/section}}"))
            } catch {
                diagnostics.append(.error("template-syntax", at: SourceLocation(path: path), "invalid template: \(error)"))
            }
        }
        for name in requiredTemplates where !names.contains(name) && !diagnostics.contains(where: { $0.location.path.hasSuffix("/\(name).mustache") }) {
            diagnostics.append(.error("theme", at: SourceLocation(path: "\(displayPath)/templates/\(name).mustache"),
                                      "the theme has no “\(name)” template", hint: "every theme needs: \(requiredTemplates.joined(separator: ", "))"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let assetsFolder = folder.appendingPathComponent("assets")
        return (Theme(library: library, assets: files(under: assetsFolder), assetsFolder: assetsFolder), diagnostics)
    }

    /// Renders a page; the template set was validated when the theme loaded.
    func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// Regular files below `folder`, as sorted relative paths; hidden files are skipped.
    static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            // A link whose target is gone is listed too: copying it fails
            // loudly instead of the asset silently going missing.
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            if !exists || !isDirectory.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }
}
