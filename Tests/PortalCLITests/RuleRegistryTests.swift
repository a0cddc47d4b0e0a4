import Foundation
import PortalCLI
import PortalModel
import PortalTestSupport
import Testing

/// The rule ids are declared once, and the README documents exactly those.
@Suite("Rule registry")
struct RuleRegistryTests {
    /// `| `id` | severity | … |` lines of the README.
    static func documented() throws -> [String: String] {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        var rules: [String: String] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[0].hasPrefix("`"), cells[0].hasSuffix("`") else { continue }
            rules[String(cells[0].dropFirst().dropLast())] = cells[1]
        }
        return rules
    }

    @Test func everyRuleIsDocumentedWithItsSeverity() throws {
        let documented = try Self.documented()
        for rule in RuleRegistry.all {
            let severity = try #require(documented[rule.id], "README has no line for rule \(rule.id)")
            #expect(severity.contains(rule.severity.rawValue), "\(rule.id): README says \(severity), the program \(rule.severity)")
        }
    }

    @Test func everyDocumentedRuleExists() throws {
        let known = Set(RuleRegistry.all.map(\.id))
        let documented = try Self.documented().keys.filter { !known.contains($0) }
        #expect(documented.isEmpty, "README documents rules the program does not have: \(documented.sorted())")
    }

    @Test func idsAreUniqueAndShaped() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }
}
