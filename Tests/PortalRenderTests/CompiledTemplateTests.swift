import Foundation
import Mustache
import PortalChecks
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

/// The compiled renderer prints what swift-mustache prints: every page of
/// the example portal, and the Mustache rules themes lean on (standalone
/// lines, partials' indentation, falsy values, the stack, escaping,
/// inheritance, `empty`). Mustache it does not cover is left to swift-mustache.
@Suite("Compiled templates")
struct CompiledTemplateTests {
    /// A value of any keys, for templates to read.
    struct Bag: TemplateObject, TemplateNodeConvertible {
        var values: [String: any TemplateNodeConvertible]

        init(_ values: [String: any TemplateNodeConvertible]) { self.values = values }

        func node(named name: String) -> TemplateNode? { values[name]?.templateNode }
        var templateNode: TemplateNode? { .object(self) }
    }

    /// `page` rendered by both renderers (the other templates are partials).
    static func render(_ templates: [String: String], _ value: Bag, compiles: Bool = true) throws -> String {
        let theme = try #require(ThemeTests.theme(templates).theme)
        #expect((theme.compiled != nil) == compiles, "the compiled renderer covers these templates: \(compiles)")
        let compiled = theme.render("page", value)
        let mustache = theme.renderWithMustache("page", value)
        #expect(compiled == mustache, "compiled:\n\(compiled)\nswift-mustache:\n\(mustache)")
        return compiled
    }

    static var sample: Bag { Bag([
        "title": "甲 & 乙",
        "yes": true, "no": false, "none": String?.none, "blank": "", "zero": 0,
        "items": [Bag(["name": "一"]), Bag(["name": "二", "title": "内"])],
        "nothing": [Bag](),
        "words": ["<a>", "b"],
        "inner": Bag(["deep": Bag(["name": "深"])]),
    ]) }

    @Test func everyPageOfTheExamplePortalPrintsAsSwiftMustachePrintsIt() throws {
        let root = Repository.exampleSite
        let portal = try #require(SiteLoader(root: root).load().portal)
        let (files, _) = ThemeLoader.load(from: root.appendingPathComponent("theme"))
        let theme = try #require(Theme.compile(files).theme)
        #expect(theme.compiled != nil, "the example theme is compiled")
        let findings = Checker().run(portal)
        let compiled = MemorySink(), mustache = MemorySink()
        try SiteRenderer(portal: portal, theme: theme, diagnostics: findings).render(into: compiled)
        try SiteRenderer(portal: portal, theme: theme.mustacheOnly, diagnostics: findings).render(into: mustache)
        let pages = compiled.files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 20)
        #expect(Set(compiled.files.keys) == Set(mustache.files.keys))
        for path in compiled.files.keys.sorted() where compiled.files[path] != mustache.files[path] {
            Issue.record("\(path) differs:\n\(compiled.text(path))\n---\n\(mustache.text(path))")
        }
    }

    @Test func standaloneTagsTakeTheirWholeLine() throws {
        let text = try Self.render(["page": "a\n  {{#yes}}\n  b\n  {{/yes}}\n {{! note }} \n{{^no}}\nc {{#yes}}d{{/yes}}\n{{/no}}\ne"], Self.sample)
        #expect(text == "a\n  b\nc d\ne")
    }

    /// As swift-mustache indents: a part's text after a line's end, so a
    /// section's second line and later stay where they are.
    @Test func aStandalonePartialIndentsThePartsItPrintsOnNewLines() throws {
        let templates = ["page": "<ul>\n  {{>item}}\n</ul>\n[{{>item}}]", "item": "<li>\n{{#items}}\n{{name}}\n{{/items}}\n</li>\n"]
        let text = try Self.render(templates, Self.sample)
        #expect(text == "<ul>\n  <li>\n  一\n二\n  </li>\n</ul>\n[<li>\n一\n二\n</li>\n]")
    }

    @Test func falseAbsentAndEmptyListsAreFalsyButBlankTextAndZeroAreNot() throws {
        let text = try Self.render(["page": "{{#no}}1{{/no}}{{#none}}2{{/none}}{{#nothing}}3{{/nothing}}{{#blank}}4{{/blank}}{{#zero}}5{{.}}{{/zero}}"
                                        + "|{{^no}}6{{/no}}{{^none}}7{{/none}}{{^nothing}}8{{/nothing}}{{^blank}}9{{/blank}}{{^zero}}0{{/zero}}{{^missing}}m{{/missing}}"], Self.sample)
        #expect(text == "450|678m")
    }

    @Test func namesAreLookedUpTheStackAndDottedNamesDoNotClimb() throws {
        let text = try Self.render(["page": "{{#items}}{{name}}:{{title}},{{/items}}|{{inner.deep.name}}|{{#inner}}{{#deep}}{{name}}{{title}}{{.name}}{{/deep}}{{/inner}}"
                                        + "|{{#inner}}[{{deep.title}}][{{.title}}]{{/inner}}|{{#words}}{{.}}{{/words}}|{{yes}}{{zero}}"], Self.sample)
        #expect(text == "一:甲 &amp; 乙,二:内,|深|深甲 &amp; 乙深|[][]|&lt;a&gt;b|true0")
    }

    @Test func escapedTextReplacesTheFiveCharactersAndTripleBracesPrintAsIs() throws {
        let value = Bag(["html": #"<p class="x">'&'</p>"#])
        let text = try Self.render(["page": "{{html}}|{{{html}}}|{{&html}}"], value)
        #expect(text == #"&lt;p class=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/p&gt;|<p class="x">'&'</p>|<p class="x">'&'</p>"#)
    }

    @Test func aChildTemplateOverridesItsParentsBlocks() throws {
        let templates = [
            "layout": "<title>{{$title}}默认{{/title}}</title>\n<main>\n  {{$main}}\n  {{/main}}\n</main>\n{{$foot}}尾{{/foot}}\n",
            "page": "{{<layout}}\n{{$main}}\n<h1>{{title}}</h1>\n{{#items}}\n<p>{{name}}</p>\n{{/items}}\n{{/main}}\n{{$foot}}{{>item}}{{/foot}}\n{{/layout}}\n",
            "item": "[{{title}}]",
        ]
        let text = try Self.render(templates, Self.sample)
        #expect(text.hasPrefix("<title>默认</title>\n<main>\n"))
        #expect(text.contains("[甲 &amp; 乙]"))
    }

    @Test func emptyIsTrueForEmptyTextAndListsAndAbsentForOthers() throws {
        let text = try Self.render(["page": "{{#empty(nothing)}}a{{/empty(nothing)}}{{^empty(items)}}b{{/empty(items)}}{{#empty(blank)}}c{{/empty(blank)}}"
                                        + "{{^empty(zero)}}d{{/empty(zero)}}{{^empty(yes)}}e{{/empty(yes)}}{{^empty(missing)}}f{{/empty(missing)}}{{empty(title)}}"], Self.sample)
        #expect(text == "abcdeffalse")
    }

    @Test func aTextContentTypeStopsEscapingUntilAPartialStarts() throws {
        let templates = ["page": "{{title}}\n{{% CONTENT_TYPE: TEXT}}\n{{title}}{{>item}}", "item": "{{title}}"]
        let text = try Self.render(templates, Self.sample)
        #expect(text == "甲 &amp; 乙\n甲 & 乙甲 &amp; 乙")
    }

    @Test func windowsLineEndingsAndStrayBracesPrintAsTheyAre() throws {
        let text = try Self.render(["page": "a {b}\r\n{{#yes}}\r\n{ {{title}} }\r\n{{/yes}}\r\nz{ "], Self.sample)
        #expect(text == "a {b}\r\n{ 甲 &amp; 乙 }\r\nz{ ")
    }

    /// Whitespace and nesting cases of the Mustache rules, each printed as swift-mustache prints it.
    @Test(arguments: [
        " | {{#yes}}\t|\t{{/yes}} | \n",
        " | {{#yes}} {{! keep }}\n {{/yes}} | \n",
        " {{#yes}}YES{{/yes}}\n {{#yes}}GOOD{{/yes}}\n",
        "  {{#yes}}\n#{{/yes}}\n/",
        "#{{#yes}}\n/\n  {{/yes}}",
        "|{{# yes }}={{/ yes }}|{{ title }}|{{{ title }}}|{{& title }}",
        "{{#items}}\n{{#inner}}\n{{name}}{{title}}\n{{/inner}}\n{{/items}}\n",
        "  {{^nothing}}\n  {{#words}}\n    {{.}}\n  {{/words}}\n  {{/nothing}}\n",
        "\t{{>item}}\t\n  {{>item}}\n{{>item}}\n",
        "  {{>lines}}\n",
        "{{#items}}\n  {{>lines}}\n{{/items}}",
        "  {{<parent}}\n    {{$b}}\n    over\n      {{title}}\n    {{/b}}\n  {{/parent}}\n",
        "{{<parent}}{{/parent}}|{{$b}}top{{/b}}",
        "{{<parent}}{{$b}}{{>item}}{{/b}}{{/parent}}",
        "{{!\nlong\n}}\n{{title}}{{! }}\r\n{{#yes}}\r\n{{/yes}}\r\n",
        "{{missing}}{{missing.deep}}{{.missing}}{{#missing}}x{{/missing}}{{nothing}}{{items}}",
    ])
    func whitespaceAndNestingPrintAsInSwiftMustache(_ template: String) throws {
        let templates = [
            "page": template, "item": "<{{title}}>\n",
            "lines": "one\n{{#items}}\n- {{name}}\n{{/items}}\ntwo {{title}}\n",
            "parent": "<p>\n  {{$b}}\n  default\n  {{/b}}\n</p>\n{{$c}}c{{/c}}\n",
        ]
        _ = try Self.render(templates, Self.sample)
    }

    @Test(arguments: [
        "{{=<% %>=}}<% title %>",
        "{{#reversed(words)}}{{.}}{{/reversed(words)}}",
        "{{#items}}{{#first()}}*{{/first()}}{{name}}{{/items}}",
        "{{>*dynamic}}",
        "{{%CONTENT_TYPE: UPPER}}\n{{title}}",
    ])
    func mustacheTheCompiledRendererDoesNotCoverIsLeftToSwiftMustache(_ template: String) throws {
        let value = Bag(["title": "甲", "words": ["a", "b"], "items": Self.sample.values["items"]!, "dynamic": "item"])
        MustacheContentTypes.register(UpperCase(), named: "UPPER")
        _ = try Self.render(["page": template, "item": "i"], value, compiles: false)
    }

    @Test func aKeyReadByItsNumberFindsWhatItsNameFinds() throws {
        let change = CorrectionHistory.Change(place: "表三", before: "1", after: "2")
        let total = KeyFigureTotal.Shown(id: "a", label: "申请", value: "3", incomplete: true, missing: 1)
        let layered = Layered(change, total)
        // Keys of both types, in both orders of interning: a name first met in a template, or in a type.
        let names = ["place", "before", "after", "id", "label", "value", "incomplete", "missing", "note", "absent-\(UUID())"]
        for name in names {
            let key = TemplateKey(name)
            #expect(key.id == TemplateKey(name).id, "one number per name")
            #expect(change.node(for: key).map(Self.printed) == change.node(named: name).map(Self.printed), "\(name)")
            #expect(total.node(for: key).map(Self.printed) == total.node(named: name).map(Self.printed), "\(name)")
            #expect(layered.node(for: key).map(Self.printed) == layered.node(named: name).map(Self.printed), "\(name)")
        }
        #expect(layered.node(for: TemplateKey("place")).map(Self.printed) == "text 表三" && change.node(for: TemplateKey("id")) == nil)
        #expect(TemplateKey("place").id != TemplateKey("before").id)
    }

    static func printed(_ node: TemplateNode) -> String {
        switch node {
        case let .text(text): "text \(text)"
        case let .number(number): "number \(number)"
        case let .bool(flag): "bool \(flag)"
        case let .list(list): "list \(list.count)"
        case .object: "object"
        }
    }

    /// A content type of a user's own: swift-mustache's to apply.
    struct UpperCase: MustacheContentType {
        func escapeText(_ text: String) -> String { text.uppercased() }
    }
}
