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
    static let report2019 = "content/agencies/example-district/2020/report.yaml"

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
        // An amount (万元) below zero; 本年增/减 (2019) in fractions, or as a mark.
        ("  fees:               [0]", "  fees:               [-0.5]"),
        ("  fees:               [0]", "  fees:               [-3]"),
        ("  fees:                    [9, -1]", "  fees:                    [9, -1.5]"),
        ("  fees:                    [9, -1]", "  fees:                    [9, \"-\"]"),
        ("  fees:                    [9, -1]", "  fees:                    [-9, -1]"),
        ("  centralProcurement:      [14, 2360]", "  centralProcurement:      [14.5, -2360.5]"),
    ])
    func findTheSameProblems(old: String, new: String) throws {
        let (packed, general) = try Self.portals { site in
            for path in [Self.report, Self.report2019] {
                if try site.read(path).contains(old) { try site.edit(path, replacing: old, with: new) }
            }
        }
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

    /// Fees in 万元 and the 2019 本年增/减 below zero are figures their
    /// columns take: such reports skip the cell-by-cell checks too. A
    /// figure its column does not take, a blank or a mark, does not; nor
    /// does a report whose columns are not known (not laid out by its form).
    @Test func holdsOnlyFitFigures() throws {
        let (packed, general) = try Self.portals { _ in }
        let fractions = try #require(packed.reports.first { $0.agencySlug == "example-district" && $0.year == 2021 })
        let negative = try #require(packed.reports.first { $0.agencySlug == "example-district" && $0.year == 2020 })
        for report in [fractions, negative] {
            #expect(!report.cells.holdsOnlyCounts)
            #expect(report.cells.holdsOnlyFitFigures)
            #expect(general.reports.first { $0.location == report.location }?.cells.holdsOnlyFitFigures == false)
        }
        let unfit = [
            (Self.report, "  fees:               [0]", ["[-0.5]", "[-2]", "[\"\"]", "[\"-\"]"]),
            (Self.report, "  received:                   [2,", ["[0.5,", "[-2,", "[\"无\","]),
            (Self.report2019, "  fees:                    [9, -1]", ["[9, -1.5]", "[-9, -1]", "[9.5, -1]", "[9, \"-\"]"]),
        ]
        for (path, line, cells) in unfit {
            let row = line.prefix { $0 != "[" }
            for cell in cells {
                let (edited, _) = try Self.portals { try $0.edit(path, replacing: line, with: row + cell) }
                let report = edited.reports.first { $0.location.path == String(path.dropLast("/report.yaml".count)) + "/report.yaml" }
                #expect(report?.cells.holdsOnlyFitFigures == false, "\(path) \(row)\(cell)")
                #expect(report != nil)
            }
        }
    }
}
