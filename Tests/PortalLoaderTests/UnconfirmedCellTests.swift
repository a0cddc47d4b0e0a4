import Foundation
import PortalLoader
import PortalModel
import PortalTestSupport
import Testing

/// A cell `portal import` marked for confirmation (`"575?"`: OCR was not sure of it) is read as its reading and fails
/// the load until the mark is gone: the build never publishes it, the operator is told which cell and what to do.
@Suite("Unconfirmed cells")
struct UnconfirmedCellTests {
    static let report = "content/agencies/xiasha/2021/report.yaml"
    static let received = "  received:                   [2, 0, 0, 0, 0, 0, 2]"

    func load(_ site: TestSite) -> (problems: [String], received: [CellValue]?) {
        let loaded = SiteLoader(root: site.root).load()
        let report = loaded.portal?.reports.first { $0.agencySlug == "xiasha" && $0.year == 2021 }
        return (loaded.diagnostics.map(\.description), report?.cells(table: "applications", row: "received").map { $0.map(\.value) })
    }

    @Test func aMarkedFigureIsAnErrorNamingItsCellAndReadAsItsReading() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: Self.received, with: "  received:                   [\"2?\", 0, 0, 0, 0, 0, 2]")
        let line = try site.line(of: "  received:", in: Self.report)
        let loaded = load(site)
        #expect(loaded.problems == [
            "\(Self.report):\(line):32: error[cell-unconfirmed]: the cell 一 自然人 holds “2?”: an import marked it for you to confirm (it read 2, but was not sure of it)\n  hint: compare it with the published report (the file under source:) and write the figure as printed, without “?”; portal build stops until every marked cell is confirmed",
        ])
        #expect(loaded.received == [.number(2), .number(0), .number(0), .number(0), .number(0), .number(0), .number(2)])
    }

    @Test func aMarkWithoutAReadingIsBlankAndAnError() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: Self.received, with: "  received:                   [2, 0, 0, 0, 0, 0, \"?\"]")
        let loaded = load(site)
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems.first?.contains("error[cell-unconfirmed]: the cell 一 总计 holds “?”: an import marked it for you to confirm (it read nothing from the ink there)") == true, "\(loaded.problems)")
        #expect(loaded.received?.last == .blank(""))
    }

    /// A full-width ？ typed by hand marks a cell too; a fraction's reading is read exactly.
    @Test(arguments: ["2？", "1.5?", " 2 ?"]) func otherMarksAreMarks(cell: String) throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: Self.received, with: "  received:                   [\"\(cell)\", 0, 0, 0, 0, 0, 2]")
        let loaded = load(site)
        #expect(loaded.problems.count == 1 && loaded.problems[0].contains("error[cell-unconfirmed]"), "\(loaded.problems)")
    }

    /// Text before the mark that is no figure is no reading: the cell is text, as any other.
    @Test(arguments: ["两?", "1,000?", "??", "2?3"]) func textWithAQuestionMarkIsNotAReading(cell: String) throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: Self.received, with: "  received:                   [\"\(cell)\", 0, 0, 0, 0, 0, 2]")
        let loaded = load(site)
        #expect(loaded.problems.count == 1 && loaded.problems[0].contains("error[cell-value]"), "\(loaded.problems)")
    }

    /// Confirmed (the mark taken away), the report loads clean.
    @Test func theFigureConfirmedLoadsClean() throws {
        let site = try TestSite()
        try site.edit(Self.report, replacing: Self.received, with: "  received:                   [\"2?\", 0, 0, 0, 0, 0, 2]")
        #expect(!load(site).problems.isEmpty)
        try site.edit(Self.report, replacing: "[\"2?\",", with: "[2,")
        #expect(load(site).problems.isEmpty)
    }
}
