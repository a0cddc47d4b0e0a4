import Foundation
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

/// `report.json`'s table blocks are written straight to text (`TableBlockText`);
/// these tests hold them to the tree of `JSONValue`s they were built as before,
/// kept here as the shape's reference, byte for byte.
@Suite("Table blocks as JSON text")
struct TableBlockTextTests {
    /// The blocks as a tree, as `DataDocuments.tableBlocks` built them until session 33.
    static func tree(_ table: FormTable, report: Report) -> [JSONValue] {
        table.blocks.map { block in
            let columns = block.columns
            func rowTree(_ rows: [FormRow]) -> JSONValue {
                .array(rows.map { row in
                    var pairs: [(String, JSONValue)] = [("id", .string(row.id)), ("label", .string(row.label))]
                    if row.isGroup {
                        pairs.append(("rows", rowTree(row.children)))
                        return .object(pairs)
                    }
                    let cells = report.cells(table: table.id, row: row.id)?.values ?? []
                    var values: [JSONValue] = []
                    var published: [(String, JSONValue)] = []
                    for (index, column) in columns.enumerated() {
                        switch cells.indices.contains(index) ? cells[index] : .blank("") {
                        case .number(let n): values.append(.number(n.plainText))
                        case .blank(let mark):
                            values.append(.null)
                            published.append((column.id, .string(mark)))
                        }
                    }
                    pairs.append(("values", .array(values)))
                    if !published.isEmpty { pairs.append(("published", .object(published))) }
                    return .object(pairs)
                })
            }
            return .object([
                ("id", .string(block.id)),
                ("caption", .optional(block.caption)),
                ("columns", .array(columns.map { .string($0.id) })),
                ("rows", rowTree(block.rows)),
            ])
        }
    }

    static func expectSameText(_ report: Report, form: FormDefinition) {
        for table in form.tables {
            let written = DataDocuments.tableBlocks(table, report: report).map { $0.fragment() }
            let built = tree(table, report: report).map { $0.fragment() }
            #expect(written == built, "\(report.agencySlug) \(report.year) \(table.id)")
            // Valid JSON, whatever the marks hold.
            for text in written { #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(text.prefix(80))") }
        }
    }

    @Test func everyExampleReportsBlocksAreTheTreesBytes() throws {
        let portal = try #require(SiteLoader(root: Repository.exampleSite).load().portal)
        #expect(portal.reports.count > 5)
        for report in portal.reports { Self.expectSameText(report, form: portal.form(of: report)) }
    }

    /// Marks that need escaping, decimals, a row the file lacks, a row short of cells: the same bytes.
    @Test func marksDecimalsAndMissingCellsAreTheTreesBytes() throws {
        let portal = try #require(SiteLoader(root: Repository.exampleSite).load().portal)
        for formID in portal.forms.keys.sorted() {
            let form = try #require(portal.forms[formID])
            let marks = ["", "-", "/", "\\", "\"无\"", "\n", "—", "\u{2028}"]
            var tables: [String: [String: CellRow]] = [:]
            var counter = 0
            for table in form.tables {
                for block in table.blocks {
                    // Every third row left out; every other row one cell short.
                    for (position, row) in Self.dataRows(block.rows).enumerated() where position % 3 != 2 {
                        let width = position % 2 == 0 ? block.columns.count : max(0, block.columns.count - 1)
                        tables[table.id, default: [:]][row.id] = CellRow((0..<width).map { _ in
                            counter += 1
                            let value: CellValue = counter % 4 == 0 ? .blank(marks[counter / 4 % marks.count])
                                : counter % 7 == 0 ? .number(Decimal(string: "12.5")!) : .number(Decimal(counter % 50))
                            return Located(value, at: SourceLocation(path: "report.yaml"))
                        })
                    }
                }
            }
            let report = Report(agencySlug: "made", year: 2022, formID: formID, tables: tables, narratives: [:],
                                location: SourceLocation(path: "report.yaml"))
            Self.expectSameText(report, form: form)
        }
    }

    static func dataRows(_ rows: [FormRow]) -> [FormRow] {
        rows.flatMap { $0.isGroup ? dataRows($0.children) : [$0] }
    }
}
