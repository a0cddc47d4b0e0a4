import Foundation
import PortalBuild
import PortalChecks
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// One small site per rule under Fixtures/: each must produce exactly the
/// diagnostics in its expected.txt (rule, file, line, column, message and
/// hint), and `valid` none at all.
@Suite("Fixture sites")
struct FixtureSiteTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The pipeline's checking steps, as `portal check` runs them; fixture
    /// sites hold only content and share the example portal's theme.
    static func diagnostics(of fixture: String) -> [Diagnostic] {
        SiteBuilder(root: folder.appendingPathComponent(fixture), theme: Repository.exampleSite.appendingPathComponent("theme"))
            .check().diagnostics
    }

    /// Rules that may come with a fixture's own: a blank cell is always
    /// reported as such (and a blank total over non-zero parts as well).
    static let companions: [String: Set<String>] = ["blank-cell": ["blank-total"]]

    @Test func everyCheckHasAFixture() {
        let formRules = FormLoader.builtInForms().forms.values.flatMap(Checker.rules(of:))
        let checks = Set((Checker.rules + formRules).map(\.id))
        #expect(Set(Self.fixtures).isSuperset(of: checks), "missing: \(checks.subtracting(Self.fixtures).sorted())")
        #expect(Self.fixtures.contains("valid"))
    }

    @Test(arguments: fixtures)
    func producesExactlyTheExpectedDiagnostics(fixture: String) throws {
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("\(fixture)/expected.txt"), encoding: .utf8)
        let found = Self.diagnostics(of: fixture).map(\.description).joined(separator: "\n")
        #expect(found == expected.trimmingCharacters(in: .newlines))
        if fixture != "valid" {
            // Each fixture is about its own rule: it names it, and nothing else
            // (but the blank-cell warnings that its blank cells bring).
            // Acknowledged problems are the must-pass side: they stop nothing.
            let outstanding = Self.diagnostics(of: fixture).outstanding
            #expect(Set(outstanding.map(\.rule)).subtracting(Self.companions[fixture] ?? ["blank-cell"]) == [fixture])
        }
    }

    @Test func theExamplePortalPassesEveryCheck() throws {
        let checked = SiteBuilder(root: Repository.exampleSite).check()
        #expect(checked.portal != nil && checked.theme != nil)
        // Nothing but the one problem the invented 示例区教育局 2022 report
        // was published with, acknowledged by the editor.
        let found = checked.diagnostics
        #expect(found.outstanding.isEmpty)
        #expect(found.map(\.rule) == ["narrative-figure"])
        #expect(found.first?.location.path == "content/agencies/example-education/2022/overview.md")
        #expect(found.first?.acknowledgement?.contains("更正稿待发布") == true)
    }
}
