import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing
@testable import PortalChecks

/// The form rules, values and blank cells read a report laid out by its
/// form (every report read from a file) from the packed cells, in whole
/// numbers; any other report, and any cell that is not a count, the
/// general way. Both must find the same problems.
@Suite("Checks on packed cells")
struct PackedCellCheckTests {
    static let report = "content/agencies/xiasha/2021/report.yaml"

    /// The example portal after `edit`, as loaded (packed in the forms'
    /// layouts) and with every report's cells laid out afresh (the general way).
    static func portals(after edit: (TestSite) throws -> Void) throws -> (packed: Portal, general: Portal) {
        let site = try TestSite()
        try edit(site)
        let packed = try #require(SiteLoader(root: site.root).load().portal)
        var general = packed
        general.reports = packed.reports.map { report in
            var copy = report
            copy.tables = report.tables
            return copy
        }
        #expect(general.reports.allSatisfy { !$0.cells.uses(general.form(of: $0).cellLayout) })
        #expect(packed.reports.allSatisfy { $0.cells.uses(packed.form(of: $0).cellLayout) })
        return (packed, general)
    }

    static func problems(_ portal: Portal) -> [String] {
        (FormRuleCheck.run(portal) + ValueCheck.run(portal) + BlankCellCheck.run(portal)).map(\.description).sorted()
    }

    @Test(arguments: [
        // A total that does not add up, in a column rule and in a row rule.
        ("  received:                   [2, 0, 0, 0, 0, 0, 2]", "  received:                   [2, 0, 0, 0, 0, 0, 3]"),
        ("  received:                   [2, 0, 0, 0, 0, 0, 2]", "  received:                   [3, 0, 0, 0, 0, 0, 3]"),
        // A negative count, a fraction, blanks, a total too large to add in an Int.
        ("  received:                   [2, 0, 0, 0, 0, 0, 2]", "  received:                   [-2, 0, 0, 0, 0, 0, -2]"),
        ("  received:                   [2, 0, 0, 0, 0, 0, 2]", "  received:                   [2.5, 0, 0, 0, 0, 0, 2.5]"),
        ("  received:                   [2, 0, 0, 0, 0, 0, 2]", "  received:                   [\"\", 0, \"-\", 0, 0, 0, 2]"),
        ("  received:                   [2, 0, 0, 0, 0, 0, 2]", "  received:                   [999999999999, 999999999999, 0, 0, 0, 0, 2]"),
    ])
    func findTheSameProblems(old: String, new: String) throws {
        let (packed, general) = try Self.portals { try $0.edit(Self.report, replacing: old, with: new) }
        let found = Self.problems(packed)
        #expect(!found.isEmpty)
        #expect(found == Self.problems(general))
    }

    @Test func theExamplePortalAsPublished() throws {
        let (packed, general) = try Self.portals { _ in }
        #expect(Self.problems(packed) == Self.problems(general))
    }

    /// Reports of counts only skip the cell-by-cell checks; one blank,
    /// mark, fraction or negative sends the report through them.
    @Test func holdsOnlyCounts() throws {
        let (packed, _) = try Self.portals { _ in }
        let report = try #require(packed.reports.first { $0.agencySlug == "xiasha" })
        #expect(report.cells.holdsOnlyCounts)
        for cell in ["\"\"", "\"-\"", "0.5", "-1"] {
            let (edited, _) = try Self.portals {
                try $0.edit(Self.report, replacing: "  received:                   [2,", with: "  received:                   [\(cell),")
            }
            #expect(edited.reports.first { $0.agencySlug == "xiasha" }?.cells.holdsOnlyCounts == false, "\(cell)")
        }
    }
}
