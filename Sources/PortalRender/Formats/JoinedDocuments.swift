import Foundation
import PortalModel

/// The shapes of the files that join reports (an agency's, a year's, the
/// portal's): one line per report, never a copy of it. JSON lists each
/// report's identity, key figures, checks status and the URLs of its own
/// files, which hold everything; the wide CSVs put one report on a line with
/// a column per cell, named by the form's ids.
public enum JoinedDocuments {
    public static let agencyFormat = "transparency-portal/agency@3"
    public static let yearFormat = "transparency-portal/year@3"
    public static let portalFormat = "transparency-portal/portal@3"

    /// The names of each entry's `quality` values, once in the document
    /// (version 2 repeated them in every entry: a third of its bytes).
    static let qualityColumns = JSONValue.array(ReportFacts.qualityColumnNames.map(JSONValue.string))

    /// One report's line in agency.json, year.json and portal.json.
    public static func entry(_ report: Report, index: SiteIndex) -> JSONValue {
        let agency = index.agency(of: report)
        let form = index.portal.form(of: report)
        var files: [(String, JSONValue)] = [
            ("json", .string(SitePaths.reportJSON(report.agencySlug, report.year))),
            ("csv", .string(SitePaths.reportCSV(report.agencySlug, report.year))),
        ]
        if let source = report.source, source.location != nil {
            files.append(("source", .string(SitePaths.report(report.agencySlug, report.year) + source.file)))
        }
        return .object([
            ("agency", .string(agency.slug)),
            ("agencyName", .string(agency.name)),
            ("year", .int(report.year)),
            ("form", .string(form.id)),
            ("title", .string(index.title(of: report))),
            ("published", .optional(report.published)),
            ("keyFigures", .object(form.keyFigures.map { figure in
                (figure.id, index.figure(figure.id, of: report).map { .number($0.plainText) } ?? .null)
            })),
            ("checks", .object([
                ("status", .string(ChecksStatus(report).rawValue)),
                ("acknowledged", .int(report.acknowledgements.count)),
                ("blankCells", .int(index.facts.facts(of: report).blankCells)),
            ])),
            ("quality", .array(index.facts.facts(of: report).qualityColumns().map { .string($0.1) })),
            ("url", .string(SitePaths.report(report.agencySlug, report.year))),
            ("files", .object(files)),
        ])
    }

    /// What the checks said of a published report: a report with errors is
    /// never built, so it passed them all or was published with problems
    /// the editor acknowledged.
    public enum ChecksStatus: String, Sendable {
        case consistent, acknowledged

        public init(_ report: Report) {
            self = report.acknowledgements.isEmpty ? .consistent : .acknowledged
        }
    }

    // MARK: Wide CSV

    /// The columns that name a report: who, which year, in which form, and where.
    public static let identityColumns = [
        "agency_slug", "agency_name", "agency_kind", "parent", "year", "form", "checks", "url",
    ]

    /// The columns before the cells: the report's identity, then its quality
    /// line (`ReportFacts.qualityColumns()`: published on time, problems,
    /// blank cells, text repeated from last year), so an evaluator can sort
    /// and filter one file.
    public static var reportColumns: [String] { identityColumns + ReportFacts.qualityColumnNames }

    /// A cell's column in the wide CSV: table, row and column ids, e.g.
    /// `applications.received.naturalPersons`.
    static func cellColumns(_ form: FormDefinition) -> [(id: String, table: FormTable, row: FormRow, column: ColumnPath)] {
        form.tables.flatMap { table in
            table.blocks.flatMap { block in
                let columns = ColumnPath.all(block)
                return block.leafRows.flatMap { row in
                    columns.map { column in ("\(table.id).\(row.id).\(column.column.id)", table, row, column) }
                }
            }
        }
    }

    public static func wideHeader(_ form: FormDefinition) -> [String] {
        reportColumns + cellColumns(form).map(\.id)
    }

    /// One report's line: a blank cell is empty (its published mark is in
    /// the report's own files).
    public static func wideRow(_ report: Report, index: SiteIndex) -> [String] {
        let agency = index.agency(of: report)
        let form = index.portal.form(of: report)
        var row = [agency.slug, agency.name, agency.kind.rawValue, agency.parent?.value ?? "", String(report.year), form.id,
                   ChecksStatus(report).rawValue, SitePaths.report(report.agencySlug, report.year)]
        row += index.facts.facts(of: report).qualityColumns().map(\.1)
        for table in form.tables {
            for block in table.blocks {
                for leaf in block.leafRows {
                    let cells = report.cells(table: table.id, row: leaf.id)?.values ?? []
                    for position in block.columns.indices {
                        row.append(cells.indices.contains(position) ? cells[position].number?.plainText ?? "" : "")
                    }
                }
            }
        }
        return row
    }
}
