import Foundation
import PortalModel

/// The shapes of the JSON and CSV downloads. They are a public interface:
/// ids are stable, official labels travel beside them, and keys come in a
/// fixed order. `format` names the shape and its version.
public enum DataDocuments {
    public static let reportFormat = "transparency-portal/report@4"

    public static func agencySummary(_ agency: Agency) -> JSONValue {
        // `formerNames` only for a renamed agency: added without changing the shapes' versions (a reader of the others
        // never meets it), and no other agency's bytes change.
        let formerNames: [(String, JSONValue)] = agency.formerNames.isEmpty ? [] : [("formerNames", .array(agency.formerNames.map { .object([("name", .string($0.name)), ("until", $0.until.map(JSONValue.int) ?? .null)]) }))]
        return .object([
            ("slug", .string(agency.slug)),
            ("name", .string(agency.name)),
            ("shortName", .string(agency.shortName)),
        ] + formerNames + [
            ("kind", .string(agency.kind.rawValue)),
            ("kindLabel", .string(agency.kind.label)),
            ("parent", .optional(agency.parent?.value)),
            ("contact", .object([
                ("phone", .optional(agency.contact.phone)),
                ("address", .optional(agency.contact.address)),
                ("postcode", .optional(agency.contact.postcode)),
                ("email", .optional(agency.contact.email)),
            ])),
            ("website", .optional(agency.website)),
            ("url", .string(SitePaths.agency(agency.slug))),
        ])
    }

    /// A form's identity; with `definition`, the URL of its file, which has
    /// the labels of the tables' columns and rows.
    public static func formSummary(_ form: FormDefinition, definition: Bool = false) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(form.id)), ("name", .string(form.name)), ("issuedBy", .string(form.issuedBy))]
        if definition { pairs.append(("definition", .string(SitePaths.form(form.id)))) }
        return .object(pairs)
    }

    public static func keyFigures(_ report: Report, form: FormDefinition) -> JSONValue {
        .array(form.keyFigures.map { figure in
            .object([
                ("id", .string(figure.id)),
                ("label", .string(figure.label)),
                ("value", report.keyFigure(figure, in: form).map { .number($0.plainText) } ?? .null),
            ])
        })
    }

    /// One report: agency, form, key figures, the six sections in order
    /// (Markdown for narratives, every cell for tables).
    public static func report(_ report: Report, index: SiteIndex) -> JSONValue {
        let agency = index.agency(of: report)
        let form = index.portal.form(of: report)
        let narratives = index.narratives(of: report)
        let sections: [JSONValue] = form.sections.map { section in
            var pairs: [(String, JSONValue)] = [("number", .string(section.number)), ("title", .string(section.title))]
            switch section.content {
            case .narrative(let id):
                pairs += [("kind", .string("narrative")), ("id", .string(id)),
                          ("markdown", .optional(narratives[id]?.value))]
            case .table(let id):
                pairs += [("kind", .string("table")), ("id", .string(id))]
                if let table = form.table(id) {
                    pairs.append(("blocks", .array(tableBlocks(table, report: report))))
                }
            }
            return .object(pairs)
        }
        var pairs: [(String, JSONValue)] = [
            ("format", .string(reportFormat)),
            ("agency", agencySummary(agency)),
            ("year", .int(report.year)),
            ("title", .string(index.title(of: report))),
            ("published", .optional(report.published)),
            ("form", formSummary(form, definition: true)),
            ("url", .string(SitePaths.report(report.agencySlug, report.year))),
            ("keyFigures", keyFigures(report, form: form)),
            ("preamble", .optional(narratives["preamble"]?.value)),
            ("sections", .array(sections)),
            // Computed by the portal, not published: timeliness, the change
            // since last year, repeated text, the quality line.
            ("facts", index.facts.facts(of: report).json),
        ]
        // Only a report published with acknowledged problems has the key,
        // so every other report's document stays as it was.
        if !report.acknowledgements.isEmpty {
            pairs.append(("acknowledgements", AcknowledgementNotes(report: report, form: form).json))
        }
        if !report.corrections.isEmpty {
            pairs.append(("corrections", CorrectionHistory(report: report, form: form).json { tableBlocks($0, report: $1) }))
        }
        return .object(pairs)
    }

    /// A table as blocks: each block's `columns` are its leaf columns' ids
    /// in order, and its `rows` a tree, as the official table prints them: a
    /// row spanning others is its `id` and `label` with its `rows` under it;
    /// a data row has its `values` in the order of the columns. A blank cell
    /// is null, with the mark the report printed under `published`, keyed
    /// by column id. The header is the form's, the same in every report of
    /// it: its labels, groups and units are in `data/forms/<form>.json`
    /// (`form.definition`), by block and column id. (report@2 repeated every
    /// group's label on each row and column under it, a quarter of the
    /// table's bytes; report@3 wrote the header tree with its labels in every
    /// report, ≈ 1.6 KB, and gave each row its official `ref` too, which the
    /// labels above it spell out — 三（三）1 for 三、本年度办理结果 ›
    /// （三）不予公开 › 1.属于国家秘密 — and the form file and report.csv
    /// keep: together they put every report.json one 4 KB block over.)
    ///
    /// Each block is written straight to its JSON text (`TableBlockText`):
    /// built as a tree of `JSONValue`s first, a row an object and a cell a
    /// value, the tables were ≈ 5 % of a clean build's CPU, most of it
    /// allocating. The bytes are the tree's (`DataDocumentsTests`).
    static func tableBlocks(_ table: FormTable, report: Report) -> [JSONValue] {
        table.blocks.map { block in .raw(TableBlockText(block, table: table.id, report: report).text) }
    }

    /// A form definition as data, so users can read labels and ids without
    /// parsing a report.
    public static func form(_ form: FormDefinition) -> JSONValue {
        func rowTree(_ rows: [FormRow]) -> JSONValue {
            .array(rows.map { row in
                var pairs: [(String, JSONValue)] = [("id", .string(row.id)), ("ref", .string(row.ref)), ("label", .string(row.label))]
                if row.isGroup { pairs.append(("rows", rowTree(row.children))) }
                return .object(pairs)
            })
        }
        return .object([
            ("id", .string(form.id)), ("name", .string(form.name)), ("issuedBy", .string(form.issuedBy)),
            ("firstYear", form.firstYear.map(JSONValue.int) ?? .null),
            ("lastYear", form.lastYear.map(JSONValue.int) ?? .null),
            ("tables", .array(form.tables.map { table in
                .object([
                    ("id", .string(table.id)), ("number", .string(table.number)), ("title", .string(table.title)),
                    ("blocks", .array(table.blocks.map { block in
                        .object([
                            ("id", .string(block.id)),
                            ("caption", .optional(block.caption)),
                            ("columns", .array(ColumnPath.all(block).map { column in
                                .object([
                                    ("id", .string(column.column.id)), ("label", .string(column.column.label)),
                                    ("header", .array(column.groups.map(JSONValue.string))),
                                    ("unit", .optional(column.column.unit)), ("kind", .string(column.column.kind.rawValue)),
                                ])
                            })),
                            ("rows", rowTree(block.rows)),
                        ])
                    })),
                ])
            })),
            ("keyFigures", .array(form.keyFigures.map { figure in
                .object([("id", .string(figure.id)), ("label", .string(figure.label)),
                         ("sum", .array(figure.cells.map { .string($0.description) }))])
            })),
            ("rules", .array(form.rules.map { rule in
                .object([("id", .string(rule.id)), ("description", .string(rule.description)),
                         ("table", .string(rule.table)), ("each", .string(rule.each.rawValue)),
                         ("left", .array(rule.left.map(JSONValue.string))), ("right", .array(rule.right.map(JSONValue.string)))])
            })),
            ("crossYearRules", .array(form.crossYearRules.map { rule in
                .object([("id", .string(rule.id)), ("description", .string(rule.description)), ("table", .string(rule.table)),
                         ("current", .string(rule.current)), ("previous", .string(rule.previous))])
            })),
        ])
    }

    // MARK: CSV

    /// The long CSV's shape and version. `cells@2` dropped `agency_slug`,
    /// `year` and `form` (the same on every line of a report's file, they
    /// are in its URL, its report.json and datapackage.json); `cells@3`
    /// dropped `table`, which a form's row ids name (they are unique in a
    /// form: `FormValidator`), as `data/forms/<form>.json` lists them: one
    /// line in six was the table's id again, and the file a 4 KB block larger.
    public static let cellsFormat = "transparency-portal/cells@3"

    /// One line per cell, by ids: every spreadsheet and statistics package
    /// can pivot it, and it stays small. Labels are in the report JSON, the
    /// form files (data/forms/<id>.json) and data/datapackage.json; the
    /// official row reference stays, for a person reading one report in Excel.
    public static let cellCSVHeader = ["row_id", "row_ref", "column_id", "value", "published_mark"]

    public static func appendCells(of report: Report, index: SiteIndex, to csv: inout CSVTable) {
        let form = index.portal.form(of: report)
        for table in form.tables {
            for block in table.blocks {
                for row in block.leafRows {
                    let values = report.cells(table: table.id, row: row.id)?.values ?? []
                    for (i, column) in block.columns.enumerated() {
                        let value = values.indices.contains(i) ? values[i] : .blank("")
                        csv.append([row.id, row.ref, column.id,
                                    value.number?.plainText ?? "", value.number == nil ? value.display : ""])
                    }
                }
            }
        }
    }

    /// One line per agency that owes a report for `year`: its report's
    /// quality line (`ReportFacts.qualityColumns()`), or `missing` (未收录)
    /// with the other columns empty.
    public static func qualityCSV(_ year: Int, index: SiteIndex) -> CSVTable {
        var csv = CSVTable(header: ["agency_slug", "agency_name", "year", "report"] + ReportFacts.qualityColumnNames)
        let reports = Dictionary((index.reportsByYear[year] ?? []).map { ($0.agencySlug, $0) }, uniquingKeysWith: { first, _ in first })
        for agency in index.portal.agencies {
            if let report = reports[agency.slug] {
                csv.append([agency.slug, agency.name, String(year), "published"] + index.facts.facts(of: report).qualityColumns().map(\.1))
            } else if agency.owesReport(for: year) {
                csv.append([agency.slug, agency.name, String(year), "missing"] + ReportFacts.qualityColumnNames.map { _ in "" })
            }
        }
        return csv
    }

    /// key-figures.csv's columns before the figures' ids.
    static let keyFigureColumns = ["agency_slug", "agency_name", "year", "form"]

    /// A report's line of key-figures.csv: `columns` are the figure ids of
    /// every form the portal's reports use; a figure its form lacks, or
    /// with a blank cell, is empty.
    static func keyFigureLine(_ report: Report, columns: [String], index: SiteIndex) -> Data {
        let agency = index.agency(of: report)
        var line: [UInt8] = []
        CSVTable.appendLine([agency.slug, agency.name, String(report.year), report.formID] + columns.map { id in
            index.figure(id, of: report)?.plainText ?? ""
        }, to: &line)
        return Data(line)
    }
}

/// A data column with the labels of the header groups above it, e.g.
/// 行政诉讼 / 未经复议直接起诉 / 结果维持.
struct ColumnPath {
    var groups: [String]
    var column: FormColumn

    static func all(_ block: FormBlock) -> [ColumnPath] {
        func walk(_ nodes: [ColumnHeader], _ groups: [String]) -> [ColumnPath] {
            nodes.flatMap { node -> [ColumnPath] in
                switch node {
                case .column(let column): [ColumnPath(groups: groups, column: column)]
                case .group(let label, let children): walk(children, groups + [label])
                }
            }
        }
        return walk(block.header, [])
    }
}
