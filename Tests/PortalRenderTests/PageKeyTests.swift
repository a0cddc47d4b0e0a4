import Foundation
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

/// Mustache prints a misspelled key as nothing. Every key a template uses
/// must be a property of the typed page values (`PageValues.swift`).
@Suite("Template keys")
struct PageKeyTests {
    /// The names a template looks up: variables, sections, inverted
    /// sections and transform arguments, each part of a dotted name.
    /// Partials, blocks, parents and comments are not keys, and a closing
    /// tag only repeats its opening one.
    static func keys(in template: String) -> [(name: String, line: Int)] {
        var found: [(String, Int)] = []
        for (number, line) in template.components(separatedBy: "\n").enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
                var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                if tag.hasPrefix("{") { tag = String(tag.dropFirst()) }
                guard let sigil = tag.first else { continue }
                if "!>$<=/".contains(sigil) { continue }
                if "#^&".contains(sigil) { tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces) }
                // empty(otherYears) → otherYears
                if let paren = tag.firstIndex(of: "("), tag.hasSuffix(")") {
                    tag = String(tag[tag.index(after: paren)..<tag.index(before: tag.endIndex)])
                }
                for part in tag.split(separator: ".") { found.append((String(part), number + 1)) }
            }
        }
        return found
    }

    static func unknownKeys(theme: URL, declared: Set<String>) throws -> [String] {
        let (files, _) = ThemeLoader.load(from: theme)
        return files.templates.flatMap { template in
            keys(in: template.text).filter { !declared.contains($0.name) }.map { "\(template.path):\($0.line): \($0.name)" }
        }
    }

    /// `body` over the pages of the example portal, with one thing the
    /// example does not show: a correction (更正) with its superseded version.
    static func withPages<T>(_ body: (SiteRenderer) throws -> T) throws -> T {
        let site = try TestSite()
        let report = "content/agencies/example-education/2022/report.yaml"
        try site.write("content/agencies/example-education/2022/superseded-2023-01-20.yaml",
                       try site.read(report).replacingOccurrences(of: "  fees:               [0.28]", with: "  fees:               [0.82]"))
        try site.write(report, try site.read(report).replacingOccurrences(of: "published: 2023-01-30", with: """
            published: 2023-01-30
            corrections:
              - date: 2023-01-30
                note: 更正收费金额（示例）
                superseded: superseded-2023-01-20.yaml
            """))
        let loaded = SiteLoader(root: site.root).load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let portal = try #require(loaded.portal)
        let (files, _) = ThemeLoader.load(from: Repository.exampleSite.appendingPathComponent("theme"))
        let theme = try #require(Theme.compile(files).theme)
        // The site's folder lives until the pages are made.
        return try withExtendedLifetime(site) { try body(SiteRenderer(portal: portal, theme: theme)) }
    }

    /// The keys of every page of the example portal.
    static func declaredKeys() throws -> Set<String> {
        try withPages { $0.pageKeys() }
    }

    @Test func everyKeyATemplateUsesIsAPropertyOfItsPage() throws {
        let unknown = try Self.unknownKeys(theme: Repository.exampleSite.appendingPathComponent("theme"), declared: Self.declaredKeys())
        #expect(unknown.isEmpty, "templates use keys no page provides: \(unknown)")
    }

    /// Templates read page values by their keys (`TemplateValue`), written
    /// by hand beside the types: every stored property must have its key,
    /// reading what the property holds, or a template using it prints nothing.
    @Test func everyPropertyOfEveryPageIsAKeyReadingIt() throws {
        let problems = try Self.withPages { $0.templateKeyProblems() }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test func aPropertyWithoutItsKeyIsCaught() {
        let problems = Reflection.keyProblems(of: [Listed(name: "甲", url: nil, extra: "乙")])
        #expect(problems.contains("Listed: property “url” has no template key"))
        #expect(problems.contains("Listed: template key “link” is no property"))
        // “extra” is read as “name”: the values differ.
        #expect(problems.contains { $0.hasPrefix("Array<Listed>: read by key:") })
        #expect(Reflection.keyProblems(of: Unkeyed(name: "甲")) == ["Unkeyed is not a TemplateValue: templates cannot read it"])
    }

    @Test func aMisspelledKeyIsCaught() throws {
        let site = try TestSite()
        try site.edit("theme/templates/report.mustache", replacing: "{{agency.name}}", with: "{{agency.nmae}}")
        let unknown = try Self.unknownKeys(theme: site.url("theme"), declared: Self.declaredKeys())
        #expect(unknown == ["theme/templates/report.mustache:5: nmae"])
    }

    @Test func theScannerReadsEveryKindOfTag() {
        let names = Self.keys(in: "{{<layout}}{{$main}}{{#a.b}}{{{c}}}{{^empty(d)}}{{/d}}{{>partials/x}}{{! note }}{{&e}}{{/a.b}}{{/main}}").map(\.name)
        #expect(names == ["a", "b", "c", "d", "e"])
    }
}

/// A page value whose keys were written wrong: one property has no key
/// (a nil one, so only the key list can tell), one key names no
/// property, one key reads another property.
private struct Listed: TemplateValue {
    var name: String
    var url: String?
    var extra: String

    static let templateKeys = TemplateKeys<Self>([
        "name": { $0.name.templateNode },
        "link": { $0.url.templateNode },
        "extra": { $0.name.templateNode },
    ])
}

private struct Unkeyed {
    var name: String
}
