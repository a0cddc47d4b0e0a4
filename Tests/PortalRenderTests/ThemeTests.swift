import Foundation
import Mustache
import PortalModel
@testable import PortalRender
import Testing

/// Templates are compiled with a content-type pragma of their own line
/// before them (`TemplateHTML`): it must print nothing, escape as Mustache
/// does, and leave a syntax error at its line in the file.
@Suite("Theme")
struct ThemeTests {
    static func theme(_ templates: [String: String]) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        let files = templates.sorted { $0.key < $1.key }.map { name, text in
            ThemeFiles.Template(name: name, path: "theme/templates/\(name).mustache", text: text)
        }
        // Every page template, so that only the ones given matter.
        let all = files + PageKind.allCases.map(\.template).filter { templates[$0] == nil }.map {
            ThemeFiles.Template(name: $0, path: "theme/templates/\($0).mustache", text: "")
        }
        return Theme.compile(ThemeFiles(templates: all, assets: [], assetsFolder: URL(fileURLWithPath: "/nonexistent"), displayPath: "theme"))
    }

    struct Value: TemplateValue {
        var text: String
        var items: [String]

        static let templateKeys = TemplateKeys<Self>([
            "text": { $0.text.templateNode },
            "items": { $0.items.templateNode },
        ])
    }

    @Test func templatesEscapeTheFiveCharactersAndPrintThePragmaAsNothing() throws {
        let theme = try #require(Self.theme(["page": "{{#items}}\n<i>{{.}}</i>\n{{/items}}\n{{text}}|{{{text}}}\n"]).theme)
        let value = Value(text: #"<a href="x">'&'</a> 公开"#, items: ["甲", "<乙>"])
        #expect(theme.render("page", value) == """
            <i>甲</i>
            <i>&lt;乙&gt;</i>
            &lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 公开|<a href="x">'&'</a> 公开

            """)
    }

    @Test func aSyntaxErrorIsAtItsLineInTheFile() throws {
        let text = "<p>\n\n{{text}}{{/items}}\n"
        // Where swift-mustache puts the error in the file as it is.
        var line = 0
        do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError { line = error.context.lineNumber }
        let (theme, diagnostics) = Self.theme(["page": text])
        #expect(theme == nil)
        #expect(line == 3)
        #expect(diagnostics.map(\.rule) == ["template-syntax"])
        #expect(diagnostics.first?.location.line == line, "\(diagnostics)")
    }
}
